#include "server/routes.h"

#include "server/jsonreply.h"
#include "server/tokenendpoint.h"
#include "services/healthservice.h"

#include <QHttpServer>
#include <QJsonDocument>

#include <memory>

namespace authdesk {

namespace {

using Method = QHttpServerRequest::Method;

// Qt 6.4 has no automatic 405: a second route on the same path catches every other method.
void installMethodNotAllowed(QHttpServer &server, const QString &path, Method allowed, const QByteArray &allowHeader)
{
    server.route(path, QHttpServerRequest::Methods(Method::AnyKnown) & ~QHttpServerRequest::Methods(allowed),
                 [allowHeader](const QHttpServerRequest &) {
                     QHttpServerResponse response = jsonreply::error(
                         QByteArrayLiteral("method_not_allowed"), QByteArrayLiteral("This method is not allowed here."),
                         405);
                     response.setHeader(QByteArrayLiteral("Allow"), allowHeader);
                     return response;
                 });
}

} // namespace

Routes::Routes(ServerServices services, QString issuer)
    : m_services(services)
    , m_issuer(std::move(issuer))
{
}

void Routes::install(QHttpServer &server) const
{
    HealthService *health = m_services.health;
    server.route(QStringLiteral("/health"), Method::Get, [health](const QHttpServerRequest &) {
        if (!health->check())
            return jsonreply::json({ { QStringLiteral("status"), QStringLiteral("unavailable") } }, 503);
        return jsonreply::json({ { QStringLiteral("status"), QStringLiteral("ok") } }, 200);
    });
    installMethodNotAllowed(server, QStringLiteral("/health"), Method::Get, QByteArrayLiteral("GET"));

    if (m_services.tokens && m_services.revocation && m_services.requestLog) {
        auto endpoint = std::make_shared<TokenEndpoint>(*m_services.tokens, *m_services.revocation,
                                                        *m_services.requestLog, m_issuer);
        server.route(QStringLiteral("/v1/auth/token"), Method::Post,
                     [endpoint](const QHttpServerRequest &request) { return endpoint->token(request); });
        installMethodNotAllowed(server, QStringLiteral("/v1/auth/token"), Method::Post, QByteArrayLiteral("POST"));
        server.route(QStringLiteral("/v1/auth/revoke"), Method::Post,
                     [endpoint](const QHttpServerRequest &request) { return endpoint->revoke(request); });
        installMethodNotAllowed(server, QStringLiteral("/v1/auth/revoke"), Method::Post, QByteArrayLiteral("POST"));
    }

    server.setMissingHandler([](const QHttpServerRequest &, QHttpServerResponder &&responder) {
        const QJsonObject body { { QStringLiteral("error"), QStringLiteral("not_found") },
                                 { QStringLiteral("error_description"), QStringLiteral("No such endpoint.") } };
        responder.write(QJsonDocument(body).toJson(QJsonDocument::Compact),
                        { { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") },
                          { QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store") },
                          { QByteArrayLiteral("Pragma"), QByteArrayLiteral("no-cache") } },
                        QHttpServerResponder::StatusCode::NotFound);
    });
}

} // namespace authdesk
