#pragma once

#include <QMutex>
#include <QString>
#include <QStringList>

namespace authdesk {

class ApplicationRepository;

// Which browser origins may call the API (spec section 6): a global list, by default the usual
// local development servers, united with each application's own list. Thread-safe.
class CorsPolicy
{
public:
    explicit CorsPolicy(ApplicationRepository &applications);

    static QStringList defaultGlobalOrigins();
    void setGlobalOrigins(const QStringList &origins);
    QStringList globalOrigins() const;

    // Origins compare exactly as browsers send them (scheme://host[:port]); false when the database
    // cannot tell, so an outage never opens the API to every page.
    bool isAllowed(const QString &origin) const;

private:
    ApplicationRepository &m_applications;
    mutable QMutex m_mutex;
    QStringList m_globalOrigins;
};

} // namespace authdesk
