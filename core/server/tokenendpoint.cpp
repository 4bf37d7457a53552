#include "server/tokenendpoint.h"

#include "domain/clock.h"
#include "server/clientcredentialsreader.h"
#include "server/formdecoder.h"
#include "server/jsonreply.h"
#include "server/oauthresponses.h"
#include "server/ratelimiter.h"
#include "server/requestfacts.h"
#include "services/apiaccess.h"
#include "services/apierrors.h"
#include "services/requestlog.h"
#include "services/revocationservice.h"
#include "services/tokenservice.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QUrlQuery>

namespace authdesk {

namespace {

const QStringList IdpLoginParameters { QStringLiteral("client_id"), QStringLiteral("client_secret"),
    QStringLiteral("idp_id"), QStringLiteral("idp_client_id"), QStringLiteral("idp_token") };
const QStringList TokenParameters { QStringLiteral("grant_type"), QStringLiteral("client_id"),
    QStringLiteral("client_secret"), QStringLiteral("scope"), QStringLiteral("username"), QStringLiteral("password"),
    QStringLiteral("refresh_token"), QStringLiteral("subject_token"), QStringLiteral("subject_token_type"),
    QStringLiteral("code"), QStringLiteral("redirect_uri"), QStringLiteral("code_verifier") };
const QStringList RevokeParameters { QStringLiteral("token"), QStringLiteral("token_type_hint"),
    QStringLiteral("client_id"), QStringLiteral("client_secret") };
const QStringList IntrospectParameters { QStringLiteral("token"), QStringLiteral("token_type_hint"),
    QStringLiteral("client_id"), QStringLiteral("client_secret") };
const QStringList SecretParameters { QStringLiteral("client_secret"), QStringLiteral("password"),
    QStringLiteral("refresh_token"), QStringLiteral("subject_token"), QStringLiteral("token"),
    QStringLiteral("access_token"), QStringLiteral("idp_token") };

using apierrors::invalidRequest;

// Checks 4 and 5 of spec section 3: a form body, strictly decoded, and no credentials in the URL.
std::variant<DecodedForm, OAuthError> decodeRequest(const QHttpServerRequest &request, const QStringList &known)
{
    // Almost no token request has a query: only one that has is taken apart.
    if (request.url().hasQuery()) {
        const QUrlQuery query(request.url());
        for (const QString &name : SecretParameters) {
            if (query.hasQueryItem(name)) {
                return invalidRequest("Credentials must not be sent in the URL.",
                    AuditReason(
                        "TokenEndpoint", QT_TRANSLATE_NOOP("TokenEndpoint", "the URL query holds %1"), { name }));
            }
        }
    }
    if (!FormDecoder::isFormContentType(request.value(QByteArrayLiteral("Content-Type")))) {
        return invalidRequest("The body must be application/x-www-form-urlencoded.",
            AuditReason("TokenEndpoint", QT_TRANSLATE_NOOP("TokenEndpoint", "the content type is not a form")));
    }
    return FormDecoder::decode(request.body(), known);
}

} // namespace

TokenEndpoint::TokenEndpoint(TokenService &tokens, RevocationService &revocation, ApiAccess &access, RequestLog &log,
    const Clock &clock, QString issuer)
    : m_tokens(tokens)
    , m_revocation(revocation)
    , m_access(access)
    , m_log(log)
    , m_clock(clock)
    , m_issuer(std::move(issuer))
{ }

QHttpServerResponse TokenEndpoint::token(const QHttpServerRequest &request) const
{
    std::variant<QHttpServerResponse, Call> prepared = prepareToken(request);
    if (auto *answer = std::get_if<QHttpServerResponse>(&prepared))
        return std::move(*answer);
    return completeToken(std::get<Call>(prepared));
}

QHttpServerResponse TokenEndpoint::answerToken(
    TokenDecision decision, const TokenResult &outcome, ClientCredentials::Method method) const
{
    if (const auto *error = std::get_if<OAuthError>(&outcome)) {
        decision.status = apierrors::statusFor(error->code);
        decision.error = QString::fromLatin1(OAuthError::codeName(error->code));
        decision.reason = error->reason;
        QHttpServerResponse response = oauthresponses::error(*error, method);
        decision.responseBody = QString::fromUtf8(response.data());
        m_log.record(decision);
        return response;
    }
    const IssuedTokens &issued = std::get<IssuedTokens>(outcome);
    decision.status = 200;
    decision.reason = issued.reason;
    m_log.record(decision);
    return oauthresponses::tokens(issued);
}

std::variant<QHttpServerResponse, TokenEndpoint::Call> TokenEndpoint::prepareToken(
    const QHttpServerRequest &request) const
{
    return prepare(request, TokenParameters, QStringLiteral("token"));
}

std::variant<QHttpServerResponse, TokenEndpoint::Call> TokenEndpoint::prepareIdpLogin(
    const QHttpServerRequest &request) const
{
    std::variant<QHttpServerResponse, Call> prepared
        = prepare(request, IdpLoginParameters, QStringLiteral("auth_with_idp"));
    if (Call *call = std::get_if<Call>(&prepared))
        call->decision.grantType = QStringLiteral("auth_with_idp");
    return prepared;
}

QHttpServerResponse TokenEndpoint::completeIdpLogin(const Call &call) const
{
    return answerToken(call.decision, m_tokens.authWithIdp(call.request), call.request.client.method);
}

std::variant<QHttpServerResponse, TokenEndpoint::Call> TokenEndpoint::prepare(
    const QHttpServerRequest &request, const QStringList &known, const QString &endpoint) const
{
    TokenDecision decision;
    decision.at = m_clock.now();
    decision.endpoint = endpoint;
    requestfacts::describe(request, decision);

    const std::variant<DecodedForm, OAuthError> decoded = decodeRequest(request, known);
    if (const auto *error = std::get_if<OAuthError>(&decoded))
        return answerToken(decision, *error, ClientCredentials::Method::None);
    const DecodedForm &form = std::get<DecodedForm>(decoded);
    decision.parameters = RequestLog::redact(form.pairs);
    decision.grantType = form.values.value(QStringLiteral("grant_type"));

    // 6. the optional per-IP rate limit.
    if (m_rateLimiter) {
        if (const int wait = m_rateLimiter->take(request.remoteAddress()); wait > 0) {
            decision.clientId = form.values.value(QStringLiteral("client_id"));
            decision.status = 429;
            decision.error = QString::fromLatin1(apierrors::RateLimited.code);
            decision.reason = AuditReason("TokenEndpoint",
                QT_TRANSLATE_NOOP("TokenEndpoint", "the rate limit of this client address was reached"));
            m_log.record(decision);
            QHttpServerResponse response = jsonreply::error(apierrors::RateLimited);
            response.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(wait));
            return response;
        }
    }

    // 7. grant_type, before the Authorization header is even decoded (spec section 3's order). The
    // IdP login endpoint takes no grant_type.
    const bool takesGrantType = known.contains(QStringLiteral("grant_type"));
    if (const std::optional<OAuthError> error
        = takesGrantType ? TokenService::checkGrantType(decision.grantType) : std::nullopt) {
        decision.clientId = form.values.value(QStringLiteral("client_id"));
        return answerToken(decision, *error, ClientCredentials::Method::None);
    }

    const std::variant<ClientCredentials, OAuthError> credentials
        = ClientCredentialsReader::read(request.value(QByteArrayLiteral("Authorization")), form);
    if (const auto *error = std::get_if<OAuthError>(&credentials)) {
        decision.clientId = form.values.value(QStringLiteral("client_id"));
        return answerToken(decision, *error, ClientCredentials::Method::Basic);
    }

    Call call;
    call.request.parameters = form.values;
    call.request.client = std::get<ClientCredentials>(credentials);
    call.request.issuer = m_issuer;
    call.request.clientAddress = request.remoteAddress().toString();
    call.request.userAgent = QString::fromUtf8(request.value(QByteArrayLiteral("User-Agent")));
    call.decision = decision;
    call.decision.clientId = call.request.client.clientId;
    call.decision.usedBasicAuth = call.request.client.method == ClientCredentials::Method::Basic;
    if (takesGrantType) {
        if (const std::optional<GrantType> grant = grantTypeFromName(decision.grantType))
            call.run = m_tokens.runFor(*grant, call.request);
    }
    return call;
}

QHttpServerResponse TokenEndpoint::completeToken(const Call &call) const
{
    return answerToken(call.decision, m_tokens.handle(call.request), call.request.client.method);
}

TokenResult TokenEndpoint::decideToken(const Call &call) const
{
    return m_tokens.handle(call.request, TokenService::Signing::Deferred);
}

QHttpServerResponse TokenEndpoint::answerDecided(const Call &call, TokenResult outcome) const
{
    if (auto *issued = std::get_if<IssuedTokens>(&outcome); issued && issued->signAccessToken) {
        issued->accessToken = issued->signAccessToken();
        issued->signAccessToken = nullptr;
    }
    return answerToken(call.decision, outcome, call.request.client.method);
}

QHttpServerResponse TokenEndpoint::refuseBusy(const Call &call) const
{
    return answerToken(call.decision,
        apierrors::busy(
            AuditReason("TokenEndpoint", QT_TRANSLATE_NOOP("TokenEndpoint", "the password-hashing queue is full"))),
        call.request.client.method);
}

QHttpServerResponse TokenEndpoint::refuseUnsaved(const Call &call) const
{
    return answerToken(call.decision,
        apierrors::unsaved(AuditReason("TokenEndpoint",
            QT_TRANSLATE_NOOP("TokenEndpoint", "the database could not save the grant, so it was not answered"))),
        call.request.client.method);
}

QHttpServerResponse TokenEndpoint::revoke(const QHttpServerRequest &request) const
{
    TokenDecision decision;
    decision.at = m_clock.now();
    decision.endpoint = QStringLiteral("revoke");
    requestfacts::describe(request, decision);

    auto answer = [&](const std::variant<Revoked, OAuthError> &outcome, ClientCredentials::Method method) {
        if (const auto *error = std::get_if<OAuthError>(&outcome)) {
            decision.status = apierrors::statusFor(error->code);
            decision.error = QString::fromLatin1(OAuthError::codeName(error->code));
            decision.reason = error->reason;
            QHttpServerResponse response = oauthresponses::error(*error, method);
            decision.responseBody = QString::fromUtf8(response.data());
            m_log.record(decision);
            return response;
        }
        decision.status = 200;
        decision.reason = std::get<Revoked>(outcome).reason;
        m_log.record(decision);
        return jsonreply::json(QJsonObject(), 200);
    };

    const std::variant<DecodedForm, OAuthError> decoded = decodeRequest(request, RevokeParameters);
    if (const auto *error = std::get_if<OAuthError>(&decoded))
        return answer(*error, ClientCredentials::Method::None);
    const DecodedForm &form = std::get<DecodedForm>(decoded);
    decision.parameters = RequestLog::redact(form.pairs);

    RevocationRequest revocation;
    revocation.token = form.values.value(QStringLiteral("token")).toUtf8();
    revocation.tokenTypeHint = form.values.value(QStringLiteral("token_type_hint"));
    const QByteArray authorization = request.value(QByteArrayLiteral("Authorization"));
    if (authorization.left(7).toLower() == "bearer ") {
        revocation.bearerPresent = true;
        revocation.bearerToken = authorization.mid(7).trimmed();
    } else {
        const std::variant<ClientCredentials, OAuthError> credentials
            = ClientCredentialsReader::read(authorization, form);
        if (const auto *error = std::get_if<OAuthError>(&credentials))
            return answer(*error, ClientCredentials::Method::Basic);
        revocation.client = std::get<ClientCredentials>(credentials);
        decision.usedBasicAuth = revocation.client.method == ClientCredentials::Method::Basic;
    }
    decision.clientId = revocation.client.clientId;
    return answer(m_revocation.revoke(revocation), revocation.client.method);
}

QHttpServerResponse TokenEndpoint::introspect(const QHttpServerRequest &request) const
{
    const std::variant<DecodedForm, OAuthError> decoded = decodeRequest(request, IntrospectParameters);
    if (const auto *error = std::get_if<OAuthError>(&decoded))
        return oauthresponses::error(*error, ClientCredentials::Method::None);
    const DecodedForm &form = std::get<DecodedForm>(decoded);
    const std::variant<ClientCredentials, OAuthError> credentials
        = ClientCredentialsReader::read(request.value(QByteArrayLiteral("Authorization")), form);
    if (const auto *error = std::get_if<OAuthError>(&credentials))
        return oauthresponses::error(*error, ClientCredentials::Method::Basic);
    const ClientCredentials &client = std::get<ClientCredentials>(credentials);
    const auto outcome = m_access.introspect(client, form.values.value(QStringLiteral("token")).toUtf8());
    if (const auto *error = std::get_if<OAuthError>(&outcome))
        return oauthresponses::error(*error, client.method);
    return jsonreply::json(std::get<QJsonObject>(outcome), 200);
}

} // namespace authdesk
