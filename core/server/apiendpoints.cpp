#include "server/apiendpoints.h"

#include "server/jsonreply.h"
#include "server/oauthresponses.h"
#include "server/transit.h"
#include "server/transitreader.h"
#include "services/apiaccess.h"
#include "services/scopes.h"
#include "services/signingkeys.h"
#include "services/signupservice.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>

namespace authdesk {

namespace {

QHttpServerResponse transitReply(const QByteArray &body, int status = 200)
{
    QHttpServerResponse response(QByteArrayLiteral("application/transit+json;charset=UTF-8"), body,
        static_cast<QHttpServerResponse::StatusCode>(status));
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}

// The Marketplace API's resource envelope: {data: {id, type, attributes, relationships}, meta,
// included}; writeAttributes writes the members of the attributes map.
template<typename WriteAttributes>
QHttpServerResponse resourceReply(const QString &id, QByteArrayView type, WriteAttributes writeAttributes)
{
    transit::Writer out;
    out.beginMap().key("data").beginMap().key("id").uuid(id).key("type").keyword(type).key("attributes").beginMap();
    writeAttributes(out);
    out.endMap().key("relationships").beginMap().endMap().endMap();
    out.key("meta").beginMap().endMap().key("included").beginArray().endArray().endMap();
    return transitReply(out.finish());
}

QHttpServerResponse currentUserReply(const TestUser &u)
{
    return resourceReply(u.id, "currentUser", [&u](transit::Writer &out) {
        out.key("email").string(u.email).key("emailVerified").boolean(u.emailVerified);
        out.key("banned").boolean(u.banned).key("deleted").boolean(false).key("createdAt").time(u.createdAt);
        out.key("profile").beginMap();
        out.key("displayName").string(u.displayName).key("abbreviatedName").string(u.abbreviatedName());
        out.endMap();
    });
}

// The Marketplace API's error envelope: {errors: [{status, code, title}]}. The title is fixed text.
QHttpServerResponse apiError(int status, const QByteArray &code, const QString &title)
{
    transit::Writer out;
    out.beginMap().key("errors").beginArray().beginMap();
    out.key("status").number(status).key("code").string(QString::fromLatin1(code)).key("title").string(title);
    out.endMap().endArray().endMap();
    return transitReply(out.finish(), status);
}

} // namespace

ApiEndpoints::ApiEndpoints(ApiAccess &access, const SigningKeys &keys, QString issuer)
    : m_access(access)
    , m_keys(keys)
    , m_issuer(std::move(issuer))
{ }

QHttpServerResponse ApiEndpoints::currentUser(const QHttpServerRequest &request) const
{
    const auto claims = m_access.authorize(request.value(QByteArrayLiteral("Authorization")),
        { scopes::User, scopes::UserLimited, scopes::TrustedUser }, ApplicationType::Marketplace);
    if (const auto *error = std::get_if<OAuthError>(&claims))
        return oauthresponses::error(*error, ClientCredentials::Method::None);
    const auto user = m_access.currentUser(std::get<AccessTokenClaims>(claims));
    if (const auto *error = std::get_if<OAuthError>(&user))
        return oauthresponses::error(*error, ClientCredentials::Method::None);
    return currentUserReply(std::get<TestUser>(user));
}

QHttpServerResponse ApiEndpoints::signUp(const SignUp &call) const
{
    const auto claims = m_access.authorize(
        call.authorization, { scopes::PublicRead, scopes::User, scopes::TrustedUser }, ApplicationType::Marketplace);
    if (const auto *error = std::get_if<OAuthError>(&claims))
        return oauthresponses::error(*error, ClientCredentials::Method::None);
    if (!m_signup)
        return apiError(503, QByteArrayLiteral("temporarily-unavailable"), QStringLiteral("Sign-up is not available."));
    const QByteArray contentType = call.contentType.toLower();
    if (!contentType.startsWith("application/transit+json"))
        return apiError(400, QByteArrayLiteral("bad-request"), QStringLiteral("The body must be Transit JSON."));
    const Result<QJsonValue> body = TransitReader::read(call.body);
    if (!body || !body->isObject())
        return apiError(400, QByteArrayLiteral("bad-request"), QStringLiteral("The body is not a Transit map."));
    const QJsonObject params = body->toObject();
    for (auto it = params.constBegin(); it != params.constEnd(); ++it) {
        if (!it.value().isString()
            && (it.key() != QLatin1String("protectedData") && it.key() != QLatin1String("publicData")
                && it.key() != QLatin1String("privateData")))
            return apiError(400, QByteArrayLiteral("validation-invalid-params"),
                QStringLiteral("Every sign-up parameter but the data maps is a string."));
    }
    SignupRequest signup;
    signup.email = params.value(QLatin1String("email")).toString();
    signup.password = params.value(QLatin1String("password")).toString();
    signup.firstName = params.value(QLatin1String("firstName")).toString();
    signup.lastName = params.value(QLatin1String("lastName")).toString();
    signup.displayName = params.value(QLatin1String("displayName")).toString();
    signup.idpId = params.value(QLatin1String("idpId")).toString();
    signup.idpClientId = params.value(QLatin1String("idpClientId")).toString();
    signup.idpToken = params.value(QLatin1String("idpToken")).toString().toUtf8();
    const std::variant<TestUser, SignupError> created
        = call.withIdp ? m_signup->createWithIdp(signup) : m_signup->create(signup);
    if (const auto *error = std::get_if<SignupError>(&created)) {
        // The title is fixed per code: the reason may echo input.
        const QString title = error->status == 409 ? QStringLiteral("Conflict.")
            : error->status == 401                 ? QStringLiteral("The identity provider token is not valid.")
            : error->status == 503                 ? QStringLiteral("Temporarily unavailable; try again.")
                                                   : QStringLiteral("Invalid sign-up parameters.");
        return apiError(error->status, error->code, title);
    }
    return currentUserReply(std::get<TestUser>(created));
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
    return resourceReply(m_access.marketplaceId(), "marketplace",
        [](transit::Writer &out) { out.key("name").string(QStringLiteral("AuthDesk local marketplace")); });
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
