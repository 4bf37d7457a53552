#include "server/builtinidpendpoint.h"

#include "domain/clock.h"
#include "server/approvalpage.h"
#include "server/clientcredentialsreader.h"
#include "server/formdecoder.h"
#include "server/jsonreply.h"
#include "server/requestfacts.h"
#include "services/builtinidp.h"
#include "services/requestlog.h"
#include "services/tokendecision.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QUrl>

namespace authdesk {

namespace {

using Method = QHttpServerRequest::Method;

QByteArray hidden(const char *name, const QString &value)
{
    return QByteArrayLiteral("<input type=\"hidden\" name=\"") + name + "\" value=\"" + ApprovalPage::escaped(value)
        + "\">";
}

// The authorization request again, for each of the page's forms.
QByteArray requestFields(const BuiltinIdpRequest &request)
{
    return hidden("response_type", QStringLiteral("code")) + hidden("client_id", request.clientId)
        + hidden("redirect_uri", request.redirectUri) + hidden("scope", request.scope) + hidden("state", request.state)
        + hidden("nonce", request.nonce) + hidden("code_challenge", request.codeChallenge)
        + hidden("code_challenge_method", QStringLiteral("S256"));
}

QHttpServerResponse identityPage(const BuiltinIdpOutcome &outcome)
{
    const BuiltinIdpRequest &request = outcome.request;
    const QByteArray fields = requestFields(request);
    QByteArray body = "<h1>Who are you?</h1><p>AuthDesk's test identity provider signs in whoever you say, "
                      "without a password. The application <b id=\"client\">"
        + ApprovalPage::escaped(request.clientId) + "</b> gets an ID token for them.</p>";
    if (!outcome.registered) {
        body += "<p class=\"note\" id=\"unregistered\">No identity provider of this AuthDesk names this issuer "
                "yet: register it (Add AuthDesk's built-in test IdP on the Identity providers page) to pick "
                "from the test users here.</p>";
    } else if (!outcome.identities.isEmpty()) {
        body
            += "<h2>Pick a test user</h2><form method=\"post\" action=\"authorize\">" + fields + "<ul class=\"picks\">";
        for (const BuiltinIdpIdentity &identity : outcome.identities) {
            const QString name
                = QStringList { identity.givenName, identity.familyName }.join(QLatin1Char(' ')).trimmed();
            body += "<li><button type=\"submit\" name=\"user\" value=\"" + ApprovalPage::escaped(identity.email) + "\">"
                + ApprovalPage::escaped(name.isEmpty() ? identity.email : name) + " &lt;"
                + ApprovalPage::escaped(identity.email) + "&gt;</button></li>";
        }
        body += "</ul></form>";
    }
    body += "<h2>Or type an identity</h2><form method=\"post\" action=\"authorize\" id=\"typed\">" + fields
        + "<label>E-mail <input type=\"email\" name=\"email\" id=\"email\" required></label>"
          "<label>Given name <input type=\"text\" name=\"given_name\" id=\"given_name\"></label>"
          "<label>Family name <input type=\"text\" name=\"family_name\" id=\"family_name\"></label>"
          "<label><input type=\"checkbox\" name=\"email_verified\" id=\"email_verified\" value=\"1\" checked> "
          "The e-mail is verified</label>"
          "<div class=\"buttons\"><button type=\"submit\" class=\"approve\" id=\"continue\">Continue</button></div>"
          "</form><p class=\"note\">For testing only: the ID token is signed with a key of this AuthDesk, and is "
          "accepted where an identity provider names this issuer.</p>";
    // The forms post here; the answer redirects to the application.
    const QString origin = QUrl(request.redirectUri, QUrl::StrictMode)
                               .adjusted(QUrl::RemovePath | QUrl::RemoveQuery)
                               .toString(QUrl::FullyEncoded);
    return ApprovalPage::page(
        "Sign in - AuthDesk test identity provider", body, 200, "'self' " + ApprovalPage::escaped(origin));
}

// An OAuth error as RFC 6749 section 5.2 answers it (invalid_grant is a 400 here, unlike the
// Authentication API's 401), for the OpenID Connect client libraries that talk to this provider.
QHttpServerResponse idpError(const OAuthError &error)
{
    using Code = OAuthError::Code;
    const int status = error.code == Code::InvalidClient || error.code == Code::InvalidToken ? 401
        : error.code == Code::TemporarilyUnavailable                                         ? 503
                                                                                             : 400;
    QHttpServerResponse response = jsonreply::error(OAuthError::codeName(error.code), error.description, status);
    if (error.code == Code::InvalidToken)
        response.setHeader(QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer error=\"invalid_token\""));
    return response;
}

} // namespace

BuiltinIdpEndpoint::BuiltinIdpEndpoint(BuiltinIdp &idp, RequestLog &log, const Clock &clock, QString issuer)
    : m_idp(idp)
    , m_log(log)
    , m_clock(clock)
    , m_issuer(std::move(issuer))
{ }

QHttpServerResponse BuiltinIdpEndpoint::discovery() const
{
    return jsonreply::json(BuiltinIdp::discovery(m_issuer), 200);
}

QHttpServerResponse BuiltinIdpEndpoint::jwks() const
{
    const Result<QJsonObject> keys = m_idp.jwks();
    if (!keys) {
        return idpError({ OAuthError::Code::TemporarilyUnavailable,
            "The identity provider's key cannot be read right now.", keys.error().message() });
    }
    return jsonreply::json(*keys, 200);
}

QHttpServerResponse BuiltinIdpEndpoint::refuse(
    const char *message, const AuditReason &reason, TokenDecision &decision) const
{
    decision.status = 400;
    decision.error = QStringLiteral("invalid_request");
    decision.reason = reason;
    m_log.record(decision);
    const QByteArray body = "<h1>This sign-in cannot continue</h1><p id=\"message\">"
        + ApprovalPage::escaped(QString::fromLatin1(message))
        + "</p><p class=\"note\">Check the client_id and redirect_uri the application sends to AuthDesk's test "
          "identity provider.</p>";
    return ApprovalPage::page("Sign-in refused - AuthDesk test identity provider", body, 400, "'none'");
}

QHttpServerResponse BuiltinIdpEndpoint::authorize(const QHttpServerRequest &request) const
{
    TokenDecision decision;
    decision.at = m_clock.now();
    decision.endpoint = QStringLiteral("idp/authorize");
    decision.grantType = QStringLiteral("authorization_code");
    requestfacts::describe(request, decision);
    const bool post = request.method() == Method::Post;
    if (post && !FormDecoder::isFormContentType(request.value(QByteArrayLiteral("Content-Type")))) {
        return refuse("The sign-in must be sent as a form.",
            AuditReason("BuiltinIdpEndpoint", QT_TRANSLATE_NOOP("BuiltinIdpEndpoint", "the sign-in is not a form")),
            decision);
    }
    const QByteArray input = post ? request.body() : request.url().query(QUrl::FullyEncoded).toUtf8();
    const std::variant<DecodedForm, OAuthError> decoded = FormDecoder::decode(input,
        { QStringLiteral("client_id"), QStringLiteral("redirect_uri"), QStringLiteral("state"), QStringLiteral("nonce"),
            QStringLiteral("code_challenge") });
    if (const auto *error = std::get_if<OAuthError>(&decoded)) {
        return refuse("The request's parameters cannot be read.",
            AuditReason("BuiltinIdpEndpoint",
                QT_TRANSLATE_NOOP("BuiltinIdpEndpoint", "the parameters cannot be decoded: %1"), { error->reason }),
            decision);
    }
    const DecodedForm &form = std::get<DecodedForm>(decoded);
    decision.parameters = RequestLog::redact(form.pairs);
    decision.clientId = form.values.value(QStringLiteral("client_id"));
    return answer(post ? m_idp.issueCode(form.values, m_issuer) : m_idp.authorize(form.values, m_issuer), decision);
}

QHttpServerResponse BuiltinIdpEndpoint::answer(const BuiltinIdpOutcome &outcome, TokenDecision &decision) const
{
    decision.reason = outcome.reason;
    switch (outcome.kind) {
    case BuiltinIdpOutcome::Kind::Refused:
        return refuse(outcome.message.constData(), outcome.reason, decision);
    case BuiltinIdpOutcome::Kind::Redirect: {
        decision.status = 302;
        const QString location = QString::fromLatin1(outcome.location);
        if (const qsizetype at = location.indexOf(QLatin1String("error=")); at >= 0)
            decision.error = location.mid(at + 6).section(QLatin1Char('&'), 0, 0);
        m_log.record(decision);
        return ApprovalPage::redirect(outcome.location);
    }
    case BuiltinIdpOutcome::Kind::Page:
        decision.status = 200;
        m_log.record(decision);
        return identityPage(outcome);
    }
    Q_UNREACHABLE();
}

QHttpServerResponse BuiltinIdpEndpoint::token(const QHttpServerRequest &request) const
{
    const auto invalid = [](const char *description, const AuditReason &reason) {
        return idpError({ OAuthError::Code::InvalidRequest, QByteArray(description), reason });
    };
    if (!FormDecoder::isFormContentType(request.value(QByteArrayLiteral("Content-Type"))))
        return invalid("The request must be a form.", {});
    const std::variant<DecodedForm, OAuthError> decoded = FormDecoder::decode(request.body(),
        { QStringLiteral("grant_type"), QStringLiteral("code"), QStringLiteral("redirect_uri"),
            QStringLiteral("client_id"), QStringLiteral("code_verifier") });
    if (const auto *error = std::get_if<OAuthError>(&decoded))
        return idpError(*error);
    const DecodedForm &form = std::get<DecodedForm>(decoded);
    // A client may authenticate with Basic or in the body; the secret itself is not checked.
    const std::variant<ClientCredentials, OAuthError> client
        = ClientCredentialsReader::read(request.value(QByteArrayLiteral("Authorization")), form);
    if (const auto *error = std::get_if<OAuthError>(&client))
        return idpError(*error);
    QHash<QString, QString> values = form.values;
    values.insert(QStringLiteral("client_id"), std::get<ClientCredentials>(client).clientId);
    const std::variant<QJsonObject, OAuthError> exchanged = m_idp.exchange(values, m_issuer);
    if (const auto *error = std::get_if<OAuthError>(&exchanged))
        return idpError(*error);
    return jsonreply::json(std::get<QJsonObject>(exchanged), 200);
}

QHttpServerResponse BuiltinIdpEndpoint::userInfo(const QHttpServerRequest &request) const
{
    const QByteArray authorization = request.value(QByteArrayLiteral("Authorization"));
    const QByteArray scheme = QByteArrayLiteral("Bearer ");
    const QByteArray token = authorization.size() > scheme.size()
            && authorization.first(scheme.size()).compare(scheme, Qt::CaseInsensitive) == 0
        ? authorization.mid(scheme.size()).trimmed()
        : QByteArray();
    const std::variant<QJsonObject, OAuthError> claims = m_idp.userInfo(token);
    if (const auto *error = std::get_if<OAuthError>(&claims))
        return idpError(*error);
    return jsonreply::json(std::get<QJsonObject>(claims), 200);
}

} // namespace authdesk
