#include "services/corspolicy.h"

#include "storage/applicationrepository.h"

namespace authdesk {

CorsPolicy::CorsPolicy(ApplicationRepository &applications)
    : m_applications(applications)
    , m_globalOrigins(defaultGlobalOrigins())
{
}

QStringList CorsPolicy::defaultGlobalOrigins()
{
    return { QStringLiteral("http://localhost:3000"), QStringLiteral("http://127.0.0.1:3000") };
}

void CorsPolicy::setGlobalOrigins(const QStringList &origins)
{
    QMutexLocker lock(&m_mutex);
    m_globalOrigins = origins;
}

QStringList CorsPolicy::globalOrigins() const
{
    QMutexLocker lock(&m_mutex);
    return m_globalOrigins;
}

bool CorsPolicy::isAllowed(const QString &origin) const
{
    if (origin.isEmpty())
        return false;
    if (globalOrigins().contains(origin))
        return true;
    const Result<QList<Application>> applications = m_applications.all();
    if (!applications)
        return false;
    for (const Application &application : *applications) {
        if (application.enabled && application.settings.corsOrigins.contains(origin))
            return true;
    }
    return false;
}

} // namespace authdesk
