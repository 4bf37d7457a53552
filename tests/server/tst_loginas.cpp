// Login-as over real HTTP against a real server and database (spec section 11): GET and POST
// /api/authorize-as with every refusal, the approval page, and the authorization_code grant.

#include "apifixture.h"
#include "queryparameters.h"
#include "rawhttp.h"
#include "services/applicationservice.h"
#include "services/auditlog.h"
#include "services/loginasservice.h"
#include "services/requestlog.h"
#include "services/servicehub.h"
#include "services/sessionservice.h"
#include "services/testuserservice.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

using namespace authdesk;

namespace {

using Headers = HttpClient::Headers;

const QString AutoApp = QStringLiteral("11111111-1111-4111-8111-111111111111");
const QString ApprovalApp = QStringLiteral("22222222-2222-4222-8222-222222222222");
const QString LiveApp = QStringLiteral("33333333-3333-4333-8333-333333333333");
const QString DisabledApp = QStringLiteral("44444444-4444-4444-8444-444444444444");
const QString NoGrantApp = QStringLiteral("55555555-5555-4555-8555-555555555555");
const QString NoUrlApp = QString::fromLatin1(ApiFixture::MarketplaceClientId);
const QString RedirectUri = QStringLiteral("http://localhost:3000/api/login-as");
const QString Verifier = QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
const QString Challenge = QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
const QString State = QStringLiteral("st&te 1");

QByteArray enc(const QString &value)
{
    return QUrl::toPercentEncoding(value);
}

// The query of an authorization request; `changes` replace (or, with an empty value, drop) parameters.
QString authorizePath(const QString &clientId, const QString &userId, const QueryParameters &changes = {})
{
    const QueryParameters params { { QStringLiteral("response_type"), QStringLiteral("code") },
        { QStringLiteral("client_id"), clientId }, { QStringLiteral("redirect_uri"), RedirectUri },
        { QStringLiteral("user_id"), userId }, { QStringLiteral("state"), State },
        { QStringLiteral("code_challenge"), Challenge },
        { QStringLiteral("code_challenge_method"), QStringLiteral("S256") } };
    return QStringLiteral("/api/authorize-as?") + QString::fromLatin1(encodedParameters(withChanges(params, changes)));
}

QUrlQuery locationQuery(const HttpReply &reply)
{
    return QUrlQuery(QUrl::fromEncoded(reply.header("Location")));
}

QString param(const HttpReply &reply, const QString &name)
{
    return locationQuery(reply).queryItemValue(name, QUrl::FullyDecoded);
}

QByteArray codeForm(const QString &clientId, const QString &code, const QString &redirectUri = RedirectUri,
    const QString &verifier = Verifier)
{
    return "grant_type=authorization_code&client_id=" + enc(clientId) + "&code=" + enc(code)
        + "&redirect_uri=" + enc(redirectUri) + "&code_verifier=" + enc(verifier);
}

Headers bearer(const QByteArray &token)
{
    return { { QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + token } };
}

QJsonObject jwtPayload(const QByteArray &token)
{
    return QJsonDocument::fromJson(QByteArray::fromBase64(token.split('.').value(1),
                                       QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
        .object();
}

} // namespace

class TestLoginAs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void autoApproveRedirectsWithCode();
    void untrustedRequestsAre400Pages_data();
    void untrustedRequestsAre400Pages();
    void otherProblemsRedirectWithError_data();
    void otherProblemsRedirectWithError();
    void approvalPageIsSelfContained();
    void approveRedirectsWithCodeOnce();
    void approvalsAreAuditedUnderTheOperatorsName();
    void denyRedirectsWithAccessDenied();
    void approvalFromAnotherOriginIs403();
    void badApprovalsAre400();
    void codeGivesLoginAsSession();
    void liveGivesUserLimited();
    void codeRefusals_data();
    void codeRefusals();
    void missingGrantParametersAre400();
    void codeUsedTwiceRevokesItsSession();
    void loginAsTokenCannotBeExchanged();
    void loginAsSessionIsListedAndRevocable();
    void nothingSecretIsLogged();
    void routeHasPrefix405AndHostGuard();
    void metadataListsTheGrant();

private:
    QString codeFor(const QString &clientId);
    HttpReply redeem(const QString &clientId, const QString &code);
    QString formTokenOf(const HttpReply &page);
    HttpReply answer(const QString &formToken, const QByteArray &decision, const QByteArray &origin = {});

    ApiFixture m_api;
    QString m_joeId;
    QString m_bannedId;
};

void TestLoginAs::initTestCase()
{
    QVERIFY(m_api.start());
    ApplicationService &applications = m_api.services().applications();
    auto add = [&](const QString &id, const QString &name, MarketplaceEnvironment environment, bool autoApprove,
                   bool enabled = true, bool grant = true) {
        Application app;
        app.clientId = id;
        app.name = name;
        app.type = ApplicationType::Marketplace;
        app.settings = GrantSettings::defaultsFor(app.type);
        if (!grant)
            app.settings.enabledGrants.removeAll(GrantType::AuthorizationCode);
        app.enabled = enabled;
        app.loginAs.marketplaceUrl = QStringLiteral("http://localhost:3000");
        app.loginAs.environment = environment;
        app.loginAs.autoApprove = autoApprove;
        return bool(applications.createWith(app, QStringLiteral("secret-") + name, QStringLiteral("test")));
    };
    QVERIFY(add(AutoApp, QStringLiteral("Auto shop"), MarketplaceEnvironment::Dev, true));
    QVERIFY(add(ApprovalApp, QStringLiteral("Approval <shop>"), MarketplaceEnvironment::Test, false));
    QVERIFY(add(LiveApp, QStringLiteral("Live shop"), MarketplaceEnvironment::Live, true));
    QVERIFY(add(DisabledApp, QStringLiteral("Disabled shop"), MarketplaceEnvironment::Dev, true, false));
    QVERIFY(add(NoGrantApp, QStringLiteral("No grant shop"), MarketplaceEnvironment::Dev, true, true, false));

    const QByteArray token = m_api.login().value(QLatin1String("access_token")).toString().toUtf8();
    m_joeId = jwtPayload(token).value(QLatin1String("sub")).toString();
    QVERIFY(!m_joeId.isEmpty());
    const Result<TestUser> banned = m_api.services().testUsers().create(
        { QStringLiteral("banned@example.com"), QStringLiteral("Banned"), QStringLiteral("banned-password"), true },
        QStringLiteral("test"));
    QVERIFY(banned);
    m_bannedId = banned->id;
}

void TestLoginAs::init()
{
    m_api.clock().advance(1); // each test's tokens get an iat of their own
}

QString TestLoginAs::codeFor(const QString &clientId)
{
    const HttpReply reply = m_api.http().get(authorizePath(clientId, m_joeId));
    if (reply.status != 302)
        qWarning("authorize-as answered %d %s", reply.status, reply.body.constData());
    return param(reply, QStringLiteral("code"));
}

HttpReply TestLoginAs::redeem(const QString &clientId, const QString &code)
{
    return m_api.token(codeForm(clientId, code));
}

QString TestLoginAs::formTokenOf(const HttpReply &page)
{
    const QRegularExpressionMatch match
        = QRegularExpression(QStringLiteral("name=\"form_token\" value=\"([A-Za-z0-9_-]+)\""))
              .match(QString::fromUtf8(page.body));
    return match.captured(1);
}

HttpReply TestLoginAs::answer(const QString &formToken, const QByteArray &decision, const QByteArray &origin)
{
    Headers headers;
    if (!origin.isEmpty())
        headers.append({ QByteArrayLiteral("Origin"), origin });
    return m_api.http().postForm(
        QStringLiteral("/api/authorize-as"), "form_token=" + enc(formToken) + "&decision=" + decision, headers);
}

void TestLoginAs::autoApproveRedirectsWithCode()
{
    const HttpReply reply = m_api.http().get(authorizePath(AutoApp, m_joeId));
    QCOMPARE(reply.status, 302);
    QCOMPARE(reply.header("Cache-Control"), QByteArrayLiteral("no-store"));
    const QUrl location = QUrl::fromEncoded(reply.header("Location"));
    QCOMPARE(location.adjusted(QUrl::RemoveQuery).toString(), RedirectUri);
    QCOMPARE(param(reply, QStringLiteral("state")), State);
    const QString code = param(reply, QStringLiteral("code"));
    QVERIFY2(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]{43}$")).match(code).hasMatch(), qPrintable(code));
    QVERIFY(param(reply, QStringLiteral("error")).isEmpty());
    // Two requests get two codes.
    QVERIFY(codeFor(AutoApp) != code);
}

void TestLoginAs::untrustedRequestsAre400Pages_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    const QString mismatch = QStringLiteral("Mismatch between redirect_uri parameter value and Marketplace URL");
    QTest::addRow("unknown client") << authorizePath(QStringLiteral("99999999-9999-4999-8999-999999999999"), {})
                                    << QStringLiteral("Unknown client_id");
    QTest::addRow("no client") << authorizePath(QString(), {}, { { QStringLiteral("client_id"), QString() } })
                               << QStringLiteral("Unknown client_id");
    QTest::addRow("disabled client") << authorizePath(DisabledApp, {}) << QStringLiteral("Unknown client_id");
    QTest::addRow("integration client") << authorizePath(QString::fromLatin1(ApiFixture::IntegrationClientId), {})
                                        << QStringLiteral("Unknown client_id");
    QTest::addRow("app without marketplace URL") << authorizePath(NoUrlApp, {}) << mismatch;
    for (const char *uri : { "http://evil.example/api/login-as", "http://localhost:3001/api/login-as",
             "https://localhost:3000/api/login-as", "http://localhost.evil.example:3000/api/login-as",
             "http://user@localhost:3000/api/login-as", "http://localhost:3000/api/login-as#frag", "/api/login-as",
             "javascript:alert(1)" }) {
        QTest::addRow("redirect %s", uri)
            << authorizePath(AutoApp, {}, { { QStringLiteral("redirect_uri"), QString::fromLatin1(uri) } }) << mismatch;
    }
    QTest::addRow("no redirect_uri") << authorizePath(AutoApp, {}, { { QStringLiteral("redirect_uri"), QString() } })
                                     << mismatch;
    QTest::addRow("repeated client_id") << QString(authorizePath(AutoApp, {}) + QStringLiteral("&client_id=") + AutoApp)
                                        << QStringLiteral("must appear once");
}

void TestLoginAs::untrustedRequestsAre400Pages()
{
    QFETCH(QString, path);
    QFETCH(QString, message);
    const HttpReply reply = m_api.http().get(path);
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.header("Location").isEmpty());
    QVERIFY(reply.header("Content-Type").startsWith("text/html"));
    QCOMPARE(reply.header("X-Frame-Options"), QByteArrayLiteral("DENY"));
    QVERIFY(reply.header("Content-Security-Policy").startsWith("default-src 'none'"));
    QVERIFY2(reply.body.contains(message.toUtf8()), reply.body.constData());
    QVERIFY(!reply.body.contains("evil"));
}

void TestLoginAs::otherProblemsRedirectWithError_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("error");
    QTest::addColumn<bool>("hasState");
    const QString invalid = QStringLiteral("invalid_request");
    QTest::addRow("response_type token") << authorizePath(
        AutoApp, m_joeId, { { QStringLiteral("response_type"), QStringLiteral("token") } })
                                         << invalid << true;
    QTest::addRow("no response_type") << authorizePath(
        AutoApp, m_joeId, { { QStringLiteral("response_type"), QString() } })
                                      << invalid << true;
    QTest::addRow("no state") << authorizePath(AutoApp, m_joeId, { { QStringLiteral("state"), QString() } }) << invalid
                              << false;
    QTest::addRow("no code_challenge") << authorizePath(
        AutoApp, m_joeId, { { QStringLiteral("code_challenge"), QString() } })
                                       << invalid << true;
    QTest::addRow("malformed code_challenge")
        << authorizePath(AutoApp, m_joeId, { { QStringLiteral("code_challenge"), QStringLiteral("short") } }) << invalid
        << true;
    QTest::addRow("method plain") << authorizePath(
        AutoApp, m_joeId, { { QStringLiteral("code_challenge_method"), QStringLiteral("plain") } })
                                  << invalid << true;
    QTest::addRow("no method") << authorizePath(
        AutoApp, m_joeId, { { QStringLiteral("code_challenge_method"), QString() } })
                               << invalid << true;
    QTest::addRow("unknown user") << authorizePath(AutoApp, QStringLiteral("no-such-user")) << invalid << true;
    QTest::addRow("no user") << authorizePath(AutoApp, QString(), { { QStringLiteral("user_id"), QString() } })
                             << invalid << true;
    QTest::addRow("banned user") << authorizePath(AutoApp, m_bannedId) << invalid << true;
    QTest::addRow("repeated state") << QString(authorizePath(AutoApp, m_joeId) + QStringLiteral("&state=x")) << invalid
                                    << true;
    QTest::addRow("grant disabled") << authorizePath(NoGrantApp, m_joeId) << QStringLiteral("unauthorized_client")
                                    << true;
}

void TestLoginAs::otherProblemsRedirectWithError()
{
    QFETCH(QString, path);
    QFETCH(QString, error);
    QFETCH(bool, hasState);
    const HttpReply reply = m_api.http().get(path);
    QCOMPARE(reply.status, 302);
    QVERIFY(reply.header("Location").startsWith(QByteArray(RedirectUri.toUtf8() + '?')));
    QCOMPARE(param(reply, QStringLiteral("error")), error);
    QVERIFY(!param(reply, QStringLiteral("error_description")).isEmpty());
    QVERIFY(param(reply, QStringLiteral("code")).isEmpty());
    QCOMPARE(locationQuery(reply).hasQueryItem(QStringLiteral("state")), hasState);
    if (hasState && !path.contains(QStringLiteral("&state=x")))
        QCOMPARE(param(reply, QStringLiteral("state")), State);
}

void TestLoginAs::approvalPageIsSelfContained()
{
    const HttpReply page = m_api.http().get(authorizePath(ApprovalApp, m_joeId));
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    QCOMPARE(page.header("X-Frame-Options"), QByteArrayLiteral("DENY"));
    QCOMPARE(page.header("Cache-Control"), QByteArrayLiteral("no-store"));
    const QByteArray csp = page.header("Content-Security-Policy");
    QVERIFY2(csp.startsWith("default-src 'none'; style-src 'sha256-"), csp.constData());
    QVERIFY2(csp.contains("; form-action 'self' http://localhost:3000; frame-ancestors 'none'; base-uri 'none'"),
        csp.constData());
    // The style's hash in the policy is the inline stylesheet's.
    const QByteArray style = page.body.mid(page.body.indexOf("<style>") + 7);
    const QByteArray hash
        = QCryptographicHash::hash(style.left(style.indexOf("</style>")), QCryptographicHash::Sha256).toBase64();
    QVERIFY(csp.contains(QByteArray("'sha256-" + hash + "'")));
    // It names the application (escaped), the user and the environment, and loads nothing.
    QVERIFY(page.body.contains("Approval &lt;shop&gt;"));
    QVERIFY(page.body.contains("joe@example.com"));
    QVERIFY(page.body.contains("id=\"environment\" class=\"env\">test<"));
    for (const char *external : { "<script", "src=", "href=", "<link", "<img", "<iframe", "url(" })
        QVERIFY2(!page.body.contains(external), external);
    QVERIFY(page.body.contains("<form method=\"post\" action=\"authorize-as\">"));
    QVERIFY(!formTokenOf(page).isEmpty());
}

void TestLoginAs::approveRedirectsWithCodeOnce()
{
    const HttpReply page = m_api.http().get(authorizePath(ApprovalApp, m_joeId));
    const QString formToken = formTokenOf(page);
    const QByteArray self = "http://127.0.0.1:" + QByteArray::number(m_api.port());
    const HttpReply approved = answer(formToken, "approve", self);
    QCOMPARE(approved.status, 302);
    QCOMPARE(param(approved, QStringLiteral("state")), State);
    const QString code = param(approved, QStringLiteral("code"));
    QCOMPARE(code.size(), 43);
    const HttpReply token = redeem(ApprovalApp, code);
    QCOMPARE(token.status, 200);
    QCOMPARE(token.json().value(QLatin1String("scope")).toString(), QStringLiteral("user")); // test environment

    // The form token is single-use: a second answer, either way, is refused.
    for (const QByteArray &decision : { QByteArrayLiteral("approve"), QByteArrayLiteral("deny") }) {
        const HttpReply again = answer(formToken, decision);
        QCOMPARE(again.status, 400);
        QVERIFY(again.body.contains("expired or was already answered"));
    }
    Result<QList<AuditEvent>> events = m_api.services().audit().list({}, 20, 0);
    QVERIFY(events);
    QStringList actions;
    for (const AuditEvent &event : *events) {
        actions << event.action;
        QVERIFY(!event.reason.contains(code));
        QVERIFY(!event.target.contains(code));
    }
    QVERIFY(actions.contains(QStringLiteral("login_as.approved")));
    QVERIFY(actions.contains(QStringLiteral("login_as.code_issued")));
}

void TestLoginAs::approvalsAreAuditedUnderTheOperatorsName()
{
    LoginAsService &loginAs = m_api.services().loginAs();
    // A headless server: nobody has said who answers the approval page.
    QCOMPARE(loginAs.operatorName(), QStringLiteral("operator"));
    // The console names its operator (File > Settings), as it does for every other audited action.
    loginAs.setOperatorName(QStringLiteral("maria"));
    const QString approved = formTokenOf(m_api.http().get(authorizePath(ApprovalApp, m_joeId)));
    QCOMPARE(answer(approved, "approve").status, 302);
    const QString denied = formTokenOf(m_api.http().get(authorizePath(ApprovalApp, m_joeId)));
    QCOMPARE(answer(denied, "deny").status, 302);
    loginAs.setOperatorName(QString());

    const Result<QList<AuditEvent>> events = m_api.services().audit().list({}, 3, 0);
    QVERIFY(events);
    QStringList actions;
    for (const AuditEvent &event : *events) {
        actions << event.action;
        QCOMPARE(event.actor, QStringLiteral("maria"));
    }
    QCOMPARE(actions,
        (QStringList { QStringLiteral("login_as.denied"), QStringLiteral("login_as.code_issued"),
            QStringLiteral("login_as.approved") }));
}

void TestLoginAs::denyRedirectsWithAccessDenied()
{
    const QString formToken = formTokenOf(m_api.http().get(authorizePath(ApprovalApp, m_joeId)));
    const HttpReply denied = answer(formToken, "deny");
    QCOMPARE(denied.status, 302);
    QCOMPARE(param(denied, QStringLiteral("error")), QStringLiteral("access_denied"));
    QCOMPARE(param(denied, QStringLiteral("state")), State);
    QVERIFY(param(denied, QStringLiteral("code")).isEmpty());
    Result<QList<AuditEvent>> events = m_api.services().audit().list({}, 5, 0);
    QVERIFY(events);
    QVERIFY(std::any_of(events->cbegin(), events->cend(),
        [](const AuditEvent &e) { return e.action == QLatin1String("login_as.denied"); }));
}

void TestLoginAs::approvalFromAnotherOriginIs403()
{
    const QString formToken = formTokenOf(m_api.http().get(authorizePath(ApprovalApp, m_joeId)));
    const HttpReply refused = answer(formToken, "approve", "http://localhost:3000");
    QCOMPARE(refused.status, 403);
    // The refused answer used nothing up.
    QCOMPARE(answer(formToken, "approve").status, 302);
}

void TestLoginAs::badApprovalsAre400()
{
    QCOMPARE(answer(QStringLiteral("not-a-token"), "approve").status, 400);
    QCOMPARE(answer(QString(), "approve").status, 400);
    const QString formToken = formTokenOf(m_api.http().get(authorizePath(ApprovalApp, m_joeId)));
    QCOMPARE(answer(formToken, "maybe").status, 400);
    const HttpReply json = m_api.http().postForm(QStringLiteral("/api/authorize-as"), "{}",
        { { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") } });
    QCOMPARE(json.status, 400);
    // An answer after the page's lifetime is refused.
    m_api.clock().advance(601);
    QCOMPARE(answer(formToken, "approve").status, 400);
}

void TestLoginAs::codeGivesLoginAsSession()
{
    const HttpReply reply = redeem(AutoApp, codeFor(AutoApp));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Cache-Control"), QByteArrayLiteral("no-store"));
    const QJsonObject body = reply.json();
    QCOMPARE(body.keys(),
        QStringList({ QStringLiteral("access_token"), QStringLiteral("expires_in"), QStringLiteral("scope"),
            QStringLiteral("token_type") }));
    QCOMPARE(body.value(QLatin1String("token_type")).toString(), QStringLiteral("bearer"));
    QCOMPARE(body.value(QLatin1String("expires_in")).toInt(), 1800);
    QCOMPARE(body.value(QLatin1String("scope")).toString(), QStringLiteral("user"));
    const QByteArray token = body.value(QLatin1String("access_token")).toString().toUtf8();
    const QJsonObject claims = jwtPayload(token);
    QCOMPARE(claims.value(QLatin1String("sub")).toString(), m_joeId);
    QVERIFY(!claims.value(QLatin1String("fid")).toString().isEmpty());
    QCOMPARE(claims.value(QLatin1String("exp")).toInteger() - claims.value(QLatin1String("iat")).toInteger(), 1800);
    const HttpReply me = m_api.http().get(QStringLiteral("/v1/api/current_user/show"), bearer(token));
    QCOMPARE(me.status, 200);
    QVERIFY(me.body.contains(m_joeId.toUtf8()));
    // A secret, if sent, must be right.
    const QString code = codeFor(AutoApp);
    const HttpReply wrongSecret = m_api.token(codeForm(AutoApp, code) + "&client_secret=wrong");
    QCOMPARE(wrongSecret.status, 401);
    QCOMPARE(wrongSecret.json().value(QLatin1String("error")).toString(), QStringLiteral("invalid_client"));
    // A scope other than the one issued is refused.
    const HttpReply scoped = m_api.token(codeForm(AutoApp, codeFor(AutoApp)) + "&scope=trusted%3Auser");
    QCOMPARE(scoped.status, 400);
    QCOMPARE(scoped.json().value(QLatin1String("error")).toString(), QStringLiteral("invalid_scope"));
}

void TestLoginAs::liveGivesUserLimited()
{
    const HttpReply reply = redeem(LiveApp, codeFor(LiveApp));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QLatin1String("scope")).toString(), QStringLiteral("user:limited"));
    const QByteArray token = reply.json().value(QLatin1String("access_token")).toString().toUtf8();
    QCOMPARE(m_api.http().get(QStringLiteral("/v1/api/current_user/show"), bearer(token)).status, 200);
    QCOMPARE(m_api.http().get(QStringLiteral("/v1/api/marketplace/show"), bearer(token)).status, 200);
}

void TestLoginAs::codeRefusals_data()
{
    QTest::addColumn<QString>("client");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("redirectUri");
    QTest::addColumn<QString>("verifier");
    QTest::addColumn<int>("wait");
    QTest::addRow("unknown code") << AutoApp << QStringLiteral("x") << RedirectUri << Verifier << 0;
    QTest::addRow("another client's code") << LiveApp << QString() << RedirectUri << Verifier << 0;
    QTest::addRow("different redirect_uri")
        << AutoApp << QString() << QStringLiteral("http://localhost:3000/api/other") << Verifier << 0;
    QTest::addRow("redirect_uri with a slash more")
        << AutoApp << QString() << QString(RedirectUri + QLatin1Char('/')) << Verifier << 0;
    QTest::addRow("wrong verifier") << AutoApp << QString() << RedirectUri << QString(43, QLatin1Char('a')) << 0;
    QTest::addRow("the challenge as verifier") << AutoApp << QString() << RedirectUri << Challenge << 0;
    QTest::addRow("short verifier") << AutoApp << QString() << RedirectUri << Verifier.left(42) << 0;
    QTest::addRow("expired code") << AutoApp << QString() << RedirectUri << Verifier << 60;
}

void TestLoginAs::codeRefusals()
{
    QFETCH(QString, client);
    QFETCH(QString, code);
    QFETCH(QString, redirectUri);
    QFETCH(QString, verifier);
    QFETCH(int, wait);
    if (code.isEmpty())
        code = codeFor(AutoApp);
    m_api.clock().advance(wait);
    const HttpReply reply = m_api.token(codeForm(client, code, redirectUri, verifier));
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.json().value(QLatin1String("error")).toString(), QStringLiteral("invalid_grant"));
    QCOMPARE(reply.header("WWW-Authenticate"), QByteArrayLiteral("Bearer realm=\"authdesk\""));
    // The code was used up by the failed attempt: the right request cannot follow it.
    QCOMPARE(m_api.token(codeForm(AutoApp, code)).status, 401);
}

void TestLoginAs::missingGrantParametersAre400()
{
    const QString code = codeFor(AutoApp);
    const QByteArray base = "grant_type=authorization_code&client_id=" + enc(AutoApp);
    for (const QByteArray &form :
        QList<QByteArray> { base + "&redirect_uri=" + enc(RedirectUri) + "&code_verifier=" + enc(Verifier),
            base + "&code=" + enc(code) + "&code_verifier=" + enc(Verifier),
            base + "&code=" + enc(code) + "&redirect_uri=" + enc(RedirectUri),
            base + "&code=&redirect_uri=" + enc(RedirectUri) + "&code_verifier=" + enc(Verifier) }) {
        const HttpReply reply = m_api.token(form);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json().value(QLatin1String("error")).toString(), QStringLiteral("invalid_request"));
    }
    // A repeated code is refused before anything is decided.
    QCOMPARE(m_api.token(codeForm(AutoApp, code) + "&code=" + enc(code)).status, 400);
    // None of that used the code up.
    QCOMPARE(redeem(AutoApp, code).status, 200);
    // Without the grant enabled: unauthorized_client.
    const HttpReply disabled = redeem(NoGrantApp, QStringLiteral("whatever"));
    QCOMPARE(disabled.status, 400);
    QCOMPARE(disabled.json().value(QLatin1String("error")).toString(), QStringLiteral("unauthorized_client"));
}

void TestLoginAs::codeUsedTwiceRevokesItsSession()
{
    const QString code = codeFor(AutoApp);
    const HttpReply first = redeem(AutoApp, code);
    QCOMPARE(first.status, 200);
    const QByteArray token = first.json().value(QLatin1String("access_token")).toString().toUtf8();
    QCOMPARE(m_api.http().get(QStringLiteral("/v1/api/current_user/show"), bearer(token)).status, 200);
    const HttpReply second = redeem(AutoApp, code);
    QCOMPARE(second.status, 401);
    QCOMPARE(second.json().value(QLatin1String("error")).toString(), QStringLiteral("invalid_grant"));
    const HttpReply me = m_api.http().get(QStringLiteral("/v1/api/current_user/show"), bearer(token));
    QCOMPARE(me.status, 401);
    Result<QList<AuditEvent>> events = m_api.services().audit().list({}, 5, 0);
    QVERIFY(events);
    const auto reuse = std::find_if(events->cbegin(), events->cend(),
        [](const AuditEvent &e) { return e.action == QLatin1String("login_as.code_reused"); });
    QVERIFY(reuse != events->cend());
    QCOMPARE(reuse->kind, AuditEvent::Kind::SecurityEvent);
    QVERIFY(!reuse->reason.contains(code) && !reuse->target.contains(code));
}

void TestLoginAs::loginAsTokenCannotBeExchanged()
{
    const QByteArray token
        = redeem(AutoApp, codeFor(AutoApp)).json().value(QLatin1String("access_token")).toString().toUtf8();
    const HttpReply exchanged = m_api.token("grant_type=token_exchange&client_id=" + enc(AutoApp)
        + "&client_secret=secret-Auto%20shop&subject_token=" + token);
    QCOMPARE(exchanged.status, 401);
    QCOMPARE(exchanged.json().value(QLatin1String("error")).toString(), QStringLiteral("invalid_grant"));
}

void TestLoginAs::loginAsSessionIsListedAndRevocable()
{
    const QByteArray token
        = redeem(AutoApp, codeFor(AutoApp)).json().value(QLatin1String("access_token")).toString().toUtf8();
    const QString familyId = jwtPayload(token).value(QLatin1String("fid")).toString();
    FamilyFilter filter;
    filter.clientId = AutoApp;
    filter.now = m_api.clock().now();
    filter.state = TokenFamily::State::Live;
    const Result<QList<TokenFamily>> listed = m_api.services().sessions().list(filter, 50, 0);
    QVERIFY(listed);
    const auto it
        = std::find_if(listed->cbegin(), listed->cend(), [&](const TokenFamily &f) { return f.id == familyId; });
    QVERIFY(it != listed->cend());
    QVERIFY(it->loginAs);
    QCOMPARE(it->userId, m_joeId);
    QCOMPARE(it->expiresAt, m_api.clock().now().addSecs(1800));
    QVERIFY(m_api.services().sessions().revoke(familyId, QStringLiteral("support case closed"), QStringLiteral("ops")));
    QCOMPARE(m_api.http().get(QStringLiteral("/v1/api/current_user/show"), bearer(token)).status, 401);
    // And it ends by itself after 30 minutes.
    const QByteArray other
        = redeem(AutoApp, codeFor(AutoApp)).json().value(QLatin1String("access_token")).toString().toUtf8();
    m_api.clock().advance(1800);
    QCOMPARE(m_api.http().get(QStringLiteral("/v1/api/current_user/show"), bearer(other)).status, 401);
}

void TestLoginAs::nothingSecretIsLogged()
{
    const QString code = codeFor(AutoApp);
    QCOMPARE(redeem(AutoApp, code).status, 200);
    const QList<TokenDecision> decisions = m_api.services().requestLog().snapshot();
    QVERIFY(!decisions.isEmpty());
    bool sawAuthorize = false;
    for (const TokenDecision &decision : decisions) {
        sawAuthorize = sawAuthorize || decision.endpoint == QLatin1String("authorize-as");
        QVERIFY(!decision.reason.english().contains(code));
        for (const auto &[name, value] : decision.parameters) {
            QVERIFY2(!value.contains(code), qPrintable(name));
            QVERIFY2(!value.contains(Verifier), qPrintable(name));
        }
    }
    QVERIFY(sawAuthorize);
}

void TestLoginAs::routeHasPrefix405AndHostGuard()
{
    const HttpReply prefixed = m_api.http().get(QStringLiteral("/prefix") + authorizePath(AutoApp, m_joeId));
    QCOMPARE(prefixed.status, 302);
    QVERIFY(!param(prefixed, QStringLiteral("code")).isEmpty());
    const HttpReply put = m_api.http().send("PUT", QStringLiteral("/api/authorize-as"), {}, {});
    QCOMPARE(put.status, 405);
    QCOMPARE(put.header("Allow"), QByteArrayLiteral("GET, POST"));
    RawConnection raw(m_api.port());
    raw.send("GET " + authorizePath(AutoApp, m_joeId).toUtf8() + " HTTP/1.1\r\nHost: evil.example\r\n\r\n");
    QCOMPARE(raw.readResponse().status, 403);
}

void TestLoginAs::metadataListsTheGrant()
{
    const QJsonObject meta = m_api.http().get(QStringLiteral("/.well-known/oauth-authorization-server")).json();
    QVERIFY(
        meta.value(QLatin1String("grant_types_supported")).toArray().contains(QStringLiteral("authorization_code")));
    QCOMPARE(meta.value(QLatin1String("code_challenge_methods_supported")).toArray(),
        QJsonArray({ QStringLiteral("S256") }));
    QCOMPARE(meta.value(QLatin1String("response_types_supported")).toArray(), QJsonArray({ QStringLiteral("code") }));
    QVERIFY(
        meta.value(QLatin1String("authorization_endpoint")).toString().endsWith(QLatin1String("/api/authorize-as")));
}

QTEST_GUILESS_MAIN(TestLoginAs)
#include "tst_loginas.moc"
