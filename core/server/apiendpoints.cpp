#include "server/apiendpoints.h"

#include "server/jsonreply.h"
#include "server/oauthresponses.h"
#include "server/transit.h"
#include "services/apiaccess.h"
#include "services/scopes.h"
#include "services/signingkeys.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>

namespace authdesk {

namespace {

QHttpServerResponse transitReply(const QJsonValue &document)
{
    const QByteArray body = document.isArray() ? QJsonDocument(document.toArray()).toJson(QJsonDocument::Compact)
                                               : QJsonDocument(document.toObject()).toJson(QJsonDocument::Compact);
    QHttpServerResponse response(QByteArrayLiteral("application/transit+json;charset=UTF-8"), body,
                                 QHttpServerResponse::StatusCode::Ok);
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}

// The Marketplace API's resource envelope: {data, meta, included}.
QJsonValue resource(const QString &id, const QString &type, const transit::Entries &attributes)
{
    return transit::map({ { QStringLiteral("data"),
                            transit::map({ { QStringLiteral("id"), transit::uuid(id) },
                                           { QStringLiteral("type"), transit::keyword(type) },
                                           { QStringLiteral("attributes"), transit::map(attributes) },
                                           { QStringLiteral("relationships"), transit::map({}) } }) },
                          { QStringLiteral("meta"), transit::map({}) },
                          { QStringLiteral("included"), QJsonArray() } });
}

} // namespace

ApiEndpoints::ApiEndpoints(ApiAccess &access, const SigningKeys &keys, QString issuer)
    : m_access(access)
    , m_keys(keys)
    , m_issuer(std::move(issuer))
{
}

QHttpServerResponse ApiEndpoints::currentUser(const QHttpServerRequest &request) const
{
    const auto claims = m_access.authorize(request.value(QByteArrayLiteral("Authorization")),
                                           { scopes::User, scopes::UserLimited, scopes::TrustedUser },
                                           ApplicationType::Marketplace);
    if (const auto *error = std::get_if<OAuthError>(&claims))
        return oauthresponses::error(*error, ClientCredentials::Method::None);
    const auto user = m_access.currentUser(std::get<AccessTokenClaims>(claims));
    if (const auto *error = std::get_if<OAuthError>(&user))
        return oauthresponses::error(*error, ClientCredentials::Method::None);
    const TestUser &u = std::get<TestUser>(user);
    return transitReply(resource(
        u.id, QStringLiteral("currentUser"),
        { { QStringLiteral("email"), transit::string(u.email) },
          { QStringLiteral("emailVerified"), true },
          { QStringLiteral("banned"), u.banned },
          { QStringLiteral("deleted"), false },
          { QStringLiteral("createdAt"), transit::time(u.createdAt) },
          { QStringLiteral("profile"),
            transit::map({ { QStringLiteral("displayName"), transit::string(u.displayName) },
                           { QStringLiteral("abbreviatedName"), transit::string(u.abbreviatedName()) } }) } }));
}

QHttpServerResponse ApiEndpoints::marketplace(const QHttpServerRequest &request) const
{
    return marketplaceFor(request, false);
}

QHttpServerResponse ApiEndpoints::integrationMarketplace(const QHttpServerRequest &request) const
{
    return marketplaceFor(request, true);
}

QHttpServerResponse ApiEndpoints::marketplaceFor(const QHttpServerRequest &request, bool integration) const
{
    const QStringList allowed = integration
        ? QStringList { scopes::Integration }
        : QStringList { scopes::PublicRead, scopes::User, scopes::UserLimited, scopes::TrustedUser };
    const auto claims = m_access.authorize(request.value(QByteArrayLiteral("Authorization")), allowed,
                                           integration ? ApplicationType::Integration : ApplicationType::Marketplace);
    if (const auto *error = std::get_if<OAuthError>(&claims))
        return oauthresponses::error(*error, ClientCredentials::Method::None);
    return transitReply(resource(m_access.marketplaceId(), QStringLiteral("marketplace"),
                                 { { QStringLiteral("name"), QStringLiteral("AuthDesk local marketplace") } }));
}

QHttpServerResponse ApiEndpoints::metadata() const
{
    const QJsonArray authMethods { QStringLiteral("client_secret_basic"), QStringLiteral("client_secret_post"),
                                   QStringLiteral("none") };
    return jsonreply::json(
        { { QStringLiteral("issuer"), m_issuer },
          { QStringLiteral("authorization_endpoint"), QString(m_issuer + QStringLiteral("/api/authorize-as")) },
          { QStringLiteral("token_endpoint"), QString(m_issuer + QStringLiteral("/v1/auth/token")) },
          { QStringLiteral("revocation_endpoint"), QString(m_issuer + QStringLiteral("/v1/auth/revoke")) },
          { QStringLiteral("introspection_endpoint"), QString(m_issuer + QStringLiteral("/v1/auth/introspect")) },
          { QStringLiteral("jwks_uri"), QString(m_issuer + QStringLiteral("/.well-known/jwks.json")) },
          { QStringLiteral("grant_types_supported"),
            QJsonArray { QStringLiteral("client_credentials"), QStringLiteral("password"),
                         QStringLiteral("refresh_token"), QStringLiteral("token_exchange"),
                         QStringLiteral("authorization_code") } },
          { QStringLiteral("response_types_supported"), QJsonArray { QStringLiteral("code") } },
          { QStringLiteral("code_challenge_methods_supported"), QJsonArray { QStringLiteral("S256") } },
          { QStringLiteral("token_endpoint_auth_methods_supported"), authMethods },
          { QStringLiteral("revocation_endpoint_auth_methods_supported"), authMethods },
          { QStringLiteral("introspection_endpoint_auth_methods_supported"),
            QJsonArray { QStringLiteral("client_secret_basic"), QStringLiteral("client_secret_post") } },
          { QStringLiteral("scopes_supported"),
            QJsonArray { scopes::PublicRead, scopes::User, scopes::UserLimited, scopes::TrustedUser,
                         scopes::Integration } } },
        200);
}

QHttpServerResponse ApiEndpoints::jwks() const
{
    return jsonreply::json(m_keys.jwks(), 200);
}

} // namespace authdesk
