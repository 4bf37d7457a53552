#pragma once

#include <QMutex>
#include <QSet>
#include <QString>
#include <QStringList>
#include <memory>

namespace authdesk {

class ApplicationRepository;

// Which browser origins may call the API (spec section 6): a global list, by default the usual
// local development servers, united with each application's own list. Thread-safe.
//
// The applications' origins are read once and kept: every request with an Origin header asks, and
// reading every application each time was the hot path's largest cost. They are read again once an
// application changed, in this process or another on the same database
// (ApplicationRepository::generation()).
class CorsPolicy
{
public:
    explicit CorsPolicy(ApplicationRepository &applications);
    ~CorsPolicy();

    static QStringList defaultGlobalOrigins();
    void setGlobalOrigins(const QStringList &origins);
    QStringList globalOrigins() const;

    // Origins compare exactly as browsers send them (scheme://host[:port]); false when the database
    // cannot tell, so an outage never opens the API to every page.
    bool isAllowed(const QString &origin) const;

private:
    struct ApplicationOrigins;

    std::shared_ptr<const ApplicationOrigins> applicationOrigins() const;

    ApplicationRepository &m_applications;
    mutable QMutex m_mutex;
    QStringList m_globalOrigins;
    mutable std::shared_ptr<const ApplicationOrigins> m_cached; // null: never read, or unreadable
};

} // namespace authdesk
