#include "services/corspolicy.h"

#include "storage/applicationrepository.h"

namespace authdesk {

// The origins of the enabled applications, as read at one moment.
struct CorsPolicy::ApplicationOrigins
{
    QSet<QString> origins;
    quint64 generation = 0; // ApplicationRepository::generation() before the read
};

CorsPolicy::CorsPolicy(ApplicationRepository &applications)
    : m_applications(applications)
    , m_globalOrigins(defaultGlobalOrigins())
{ }

CorsPolicy::~CorsPolicy() = default;

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

std::shared_ptr<const CorsPolicy::ApplicationOrigins> CorsPolicy::applicationOrigins() const
{
    const quint64 generation = m_applications.generation();
    {
        QMutexLocker lock(&m_mutex);
        if (m_cached && m_cached->generation == generation)
            return m_cached;
    }
    // Read outside the lock: a database read must not hold up the other threads' lookups. Two
    // threads may both read at a change; the later one wins, and both are current.
    const Result<QList<Application>> applications = m_applications.all();
    if (!applications)
        return nullptr;
    auto fresh = std::make_shared<ApplicationOrigins>();
    fresh->generation = generation;
    for (const Application &application : *applications) {
        if (!application.enabled)
            continue;
        for (const QString &origin : application.settings.corsOrigins)
            fresh->origins.insert(origin);
    }
    QMutexLocker lock(&m_mutex);
    m_cached = fresh;
    return fresh;
}

bool CorsPolicy::isAllowed(const QString &origin) const
{
    if (origin.isEmpty())
        return false;
    {
        QMutexLocker lock(&m_mutex);
        if (m_globalOrigins.contains(origin))
            return true;
    }
    const std::shared_ptr<const ApplicationOrigins> applications = applicationOrigins();
    return applications && applications->origins.contains(origin);
}

} // namespace authdesk
