#include "server/routes.h"

#include "server/apiendpoints.h"
#include "server/jsonreply.h"
#include "server/tokenendpoint.h"
#include "services/corspolicy.h"
#include "services/healthservice.h"

#include <QHttpServer>
#include <QJsonDocument>

#include <functional>
#include <memory>

namespace authdesk {

namespace {

using Method = QHttpServerRequest::Method;
using Methods = QHttpServerRequest::Methods;
using Handler = std::function<QHttpServerResponse(const QHttpServerRequest &)>;

const QByteArray AllowedRequestHeaders = QByteArrayLiteral("Authorization, Content-Type, Accept, X-Transit-Verbose");

QHttpServerResponse originNotAllowed()
{
    QHttpServerResponse response = jsonreply::json({ { QStringLiteral("error"), QStringLiteral("origin_not_allowed") } }, 403);
    response.setHeader(QByteArrayLiteral("Vary"), QByteArrayLiteral("Origin"));
    return response;
}

// Spec section 6: a browser request from an origin that is not allowed does no work; an allowed one
// gets CORS headers on every answer, errors and 401s included.
class CorsGuard
{
public:
    explicit CorsGuard(const CorsPolicy *policy)
        : m_policy(policy)
    {
    }

    QHttpServerResponse handle(const QHttpServerRequest &request, const Handler &handler) const
    {
        const QByteArray origin = request.value(QByteArrayLiteral("Origin"));
        if (!origin.isEmpty() && !allowed(origin))
            return originNotAllowed();
        QHttpServerResponse response = handler(request);
        decorate(response, origin);
        return response;
    }

    QHttpServerResponse preflight(const QHttpServerRequest &request, const QByteArray &allow) const
    {
        const QByteArray origin = request.value(QByteArrayLiteral("Origin"));
        QHttpServerResponse response(QHttpServerResponse::StatusCode::NoContent);
        response.setHeader(QByteArrayLiteral("Allow"), allow);
        if (origin.isEmpty())
            return response;
        if (!allowed(origin))
            return originNotAllowed();
        decorate(response, origin);
        response.setHeader(QByteArrayLiteral("Access-Control-Allow-Methods"), QByteArrayLiteral("GET, POST"));
        response.setHeader(QByteArrayLiteral("Access-Control-Allow-Headers"), AllowedRequestHeaders);
        response.setHeader(QByteArrayLiteral("Access-Control-Max-Age"), QByteArrayLiteral("600"));
        return response;
    }

private:
    bool allowed(const QByteArray &origin) const { return m_policy && m_policy->isAllowed(QString::fromUtf8(origin)); }

    static void decorate(QHttpServerResponse &response, const QByteArray &origin)
    {
        response.setHeader(QByteArrayLiteral("Vary"), QByteArrayLiteral("Origin"));
        if (origin.isEmpty())
            return;
        response.setHeader(QByteArrayLiteral("Access-Control-Allow-Origin"), origin);
        response.setHeader(QByteArrayLiteral("Access-Control-Expose-Headers"),
                           QByteArrayLiteral("WWW-Authenticate, Retry-After"));
    }

    const CorsPolicy *m_policy;
};

QByteArray methodName(Method method)
{
    return method == Method::Get ? QByteArrayLiteral("GET") : QByteArrayLiteral("POST");
}

// One path of the API: the handler for its method, CORS preflight, 405 for every other method, and
// the same under a one-segment prefix (a baseUrl such as http://127.0.0.1:8787/prefix).
void addRoute(QHttpServer &server, const std::shared_ptr<CorsGuard> &cors, const QString &path, Method method,
              Handler handler)
{
    const QByteArray allow = methodName(method) + QByteArrayLiteral(", OPTIONS");
    const auto serve = [cors, handler](const QHttpServerRequest &request) { return cors->handle(request, handler); };
    const auto preflight = [cors, allow](const QHttpServerRequest &request) { return cors->preflight(request, allow); };
    const Handler notAllowed = [allow](const QHttpServerRequest &) {
        QHttpServerResponse response = jsonreply::error(QByteArrayLiteral("method_not_allowed"),
                                                        QByteArrayLiteral("This method is not allowed here."), 405);
        response.setHeader(QByteArrayLiteral("Allow"), allow);
        return response;
    };
    const auto refuse = [cors, notAllowed](const QHttpServerRequest &request) {
        return cors->handle(request, notAllowed);
    };
    // Qt 6.4 has no automatic 405: another route on the same path catches every other method.
    const Methods others = Methods(Method::AnyKnown) & ~Methods(method) & ~Methods(Method::Options);

    for (const QString &pattern : { path, QString(QStringLiteral("/<arg>") + path) }) {
        if (pattern == path) {
            server.route(pattern, method, serve);
            server.route(pattern, Method::Options, preflight);
            server.route(pattern, others, refuse);
        } else {
            server.route(pattern, method, [serve](const QString &, const QHttpServerRequest &r) { return serve(r); });
            server.route(pattern, Method::Options,
                         [preflight](const QString &, const QHttpServerRequest &r) { return preflight(r); });
            server.route(pattern, others, [refuse](const QString &, const QHttpServerRequest &r) { return refuse(r); });
        }
    }
}

} // namespace

Routes::Routes(ServerServices services, QString issuer)
    : m_services(services)
    , m_issuer(std::move(issuer))
{
}

void Routes::install(QHttpServer &server) const
{
    const auto cors = std::make_shared<CorsGuard>(m_services.cors);

    HealthService *health = m_services.health;
    addRoute(server, cors, QStringLiteral("/health"), Method::Get, [health](const QHttpServerRequest &) {
        if (!health->check())
            return jsonreply::json({ { QStringLiteral("status"), QStringLiteral("unavailable") } }, 503);
        return jsonreply::json({ { QStringLiteral("status"), QStringLiteral("ok") } }, 200);
    });

    if (m_services.tokens && m_services.revocation && m_services.requestLog && m_services.apiAccess
        && m_services.clock) {
        auto tokens = std::make_shared<TokenEndpoint>(*m_services.tokens, *m_services.revocation,
                                                      *m_services.apiAccess, *m_services.requestLog,
                                                      *m_services.clock, m_issuer);
        addRoute(server, cors, QStringLiteral("/v1/auth/token"), Method::Post,
                 [tokens](const QHttpServerRequest &request) { return tokens->token(request); });
        addRoute(server, cors, QStringLiteral("/v1/auth/revoke"), Method::Post,
                 [tokens](const QHttpServerRequest &request) { return tokens->revoke(request); });
        addRoute(server, cors, QStringLiteral("/v1/auth/introspect"), Method::Post,
                 [tokens](const QHttpServerRequest &request) { return tokens->introspect(request); });
    }
    if (m_services.apiAccess && m_services.signingKeys) {
        auto api = std::make_shared<ApiEndpoints>(*m_services.apiAccess, *m_services.signingKeys, m_issuer);
        addRoute(server, cors, QStringLiteral("/v1/api/current_user/show"), Method::Get,
                 [api](const QHttpServerRequest &request) { return api->currentUser(request); });
        addRoute(server, cors, QStringLiteral("/v1/api/marketplace/show"), Method::Get,
                 [api](const QHttpServerRequest &request) { return api->marketplace(request); });
        addRoute(server, cors, QStringLiteral("/v1/integration_api/marketplace/show"), Method::Get,
                 [api](const QHttpServerRequest &request) { return api->integrationMarketplace(request); });
        addRoute(server, cors, QStringLiteral("/.well-known/oauth-authorization-server"), Method::Get,
                 [api](const QHttpServerRequest &) { return api->metadata(); });
        addRoute(server, cors, QStringLiteral("/.well-known/jwks.json"), Method::Get,
                 [api](const QHttpServerRequest &) { return api->jwks(); });
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
