#include "services/jwksfetcher.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrl>

namespace authdesk {

namespace {

// A JWKS or an OpenID configuration is a few KiB; a bigger answer is not one.
constexpr qint64 MaxDocumentBytes = 512 * 1024;

bool isHttpUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

void finish(const std::shared_ptr<QPromise<IdpDiscovery>> &promise, const IdpDiscovery &discovery)
{
    promise->addResult(discovery);
    promise->finish();
}

IdpDiscovery failed(const QString &error)
{
    IdpDiscovery discovery;
    discovery.error = error;
    return discovery;
}

} // namespace

JwksFetcher::JwksFetcher(std::chrono::milliseconds timeout, QObject *parent)
    : QObject(parent)
    , m_timeout(timeout)
{ }

void JwksFetcher::fetch(const IdentityProvider &provider, std::shared_ptr<QPromise<IdpDiscovery>> promise)
{
    promise->start();
    if (!provider.jwksUri.isEmpty()) {
        fetchKeys(provider.jwksUri, IdpDiscovery(), promise);
        return;
    }
    const QString configurationUrl = provider.discoveryUrl();
    getJson(
        configurationUrl, [this, configurationUrl, promise](const QJsonObject &configuration, const QString &error) {
            if (!error.isEmpty()) {
                finish(promise, failed(tr("%1: %2").arg(configurationUrl, error)));
                return;
            }
            IdpDiscovery discovery;
            discovery.issuer = configuration.value(QLatin1String("issuer")).toString();
            const QString jwksUri = configuration.value(QLatin1String("jwks_uri")).toString();
            if (jwksUri.isEmpty()) {
                finish(promise, failed(tr("%1 names no jwks_uri.").arg(configurationUrl)));
                return;
            }
            fetchKeys(jwksUri, discovery, promise);
        });
}

void JwksFetcher::fetchKeys(
    const QString &jwksUri, IdpDiscovery discovery, std::shared_ptr<QPromise<IdpDiscovery>> promise)
{
    discovery.jwksUri = jwksUri;
    getJson(jwksUri, [jwksUri, discovery, promise](const QJsonObject &jwks, const QString &error) mutable {
        if (!error.isEmpty()) {
            finish(promise, failed(tr("%1: %2").arg(jwksUri, error)));
            return;
        }
        const QJsonValue keys = jwks.value(QLatin1String("keys"));
        if (!keys.isArray()) {
            finish(promise, failed(tr("%1 is not a JWKS (it has no keys array).").arg(jwksUri)));
            return;
        }
        for (const QJsonValue &key : keys.toArray()) {
            const QString kid = key.toObject().value(QLatin1String("kid")).toString();
            if (kid.isEmpty())
                ++discovery.keysWithoutKid;
            else
                discovery.keys.insert(kid, key.toObject());
        }
        discovery.reachable = true;
        finish(promise, discovery);
    });
}

void JwksFetcher::getJson(const QString &url, std::function<void(const QJsonObject &, const QString &)> done)
{
    const QUrl target(url);
    if (!isHttpUrl(target)) {
        done({}, tr("not an http or https URL"));
        return;
    }
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    QNetworkRequest request(target);
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setTransferTimeout(static_cast<int>(m_timeout.count()));
    QNetworkReply *reply = m_network->get(request);
    // The transfer timeout counts only silence; this bounds the whole exchange too.
    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, &QNetworkReply::abort);
    deadline->start(m_timeout);
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError) {
            done({},
                reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError
                    ? tr("no answer in time")
                    : tr("unreachable (%1)").arg(reply->errorString()));
            return;
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 200) {
            done({}, tr("answered HTTP %1").arg(status));
            return;
        }
        const QByteArray body = reply->read(MaxDocumentBytes + 1);
        if (body.size() > MaxDocumentBytes) {
            done({}, tr("the answer is too large"));
            return;
        }
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            done({}, tr("the answer is not a JSON object"));
            return;
        }
        done(document.object(), QString());
    });
}

} // namespace authdesk
