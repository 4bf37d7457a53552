#pragma once

#include "domain/identityprovider.h"
#include "services/idpdiscovery.h"

#include <QObject>
#include <QPromise>
#include <chrono>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace authdesk {

// Fetches an identity provider's OpenID configuration (unless its jwks_uri is set) and JWKS over
// HTTP. Lives on its own thread (JwksCache owns it), so no network or GUI thread ever waits for an IdP.
class JwksFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JwksFetcher)

public:
    explicit JwksFetcher(std::chrono::milliseconds timeout, QObject *parent = nullptr);

    // On the fetcher's thread: fetches and fulfils the promise (never leaves it unfinished).
    void fetch(const IdentityProvider &provider, std::shared_ptr<QPromise<IdpDiscovery>> promise);

private:
    // GETs url as JSON; calls done with the object, or with an error sentence.
    void getJson(const QString &url, std::function<void(const QJsonObject &, const QString &)> done);
    void fetchKeys(const QString &jwksUri, IdpDiscovery discovery, std::shared_ptr<QPromise<IdpDiscovery>> promise);

    std::chrono::milliseconds m_timeout;
    QNetworkAccessManager *m_network = nullptr; // made on first use, on this object's thread
};

} // namespace authdesk
