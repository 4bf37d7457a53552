// The request log (issue 3, spec section 7): every answer of the token and revocation endpoints is
// published, in the snapshot and to a follower reading it in batches, with client, grant, status, error and
// a reason in plain words, and never with a secret.

#include "apifixture.h"
#include "services/requestlog.h"
#include "services/requestlogfollower.h"
#include "services/servicehub.h"

#include <QJsonObject>
#include <QMutex>
#include <QTest>
#include <QUrl>

using namespace authdesk;

namespace {

const QByteArray Market = ApiFixture::MarketplaceClientId;
const QByteArray Integ = ApiFixture::IntegrationClientId;

QByteArray enc(const QByteArray &value)
{
    return QUrl::toPercentEncoding(QString::fromUtf8(value));
}

// Every text of a decision, for searching secrets in it.
QStringList textsOf(const TokenDecision &decision)
{
    QStringList texts { decision.endpoint, decision.clientId, decision.grantType, decision.error,
        decision.reason.english(), decision.method, decision.path, decision.origin, decision.clientAddress,
        decision.userAgent, decision.responseBody };
    for (const auto *pairs : { &decision.parameters, &decision.headers }) {
        for (const auto &[name, value] : *pairs)
            texts << name << value;
    }
    return texts;
}

using Headers = HttpClient::Headers;

} // namespace

Q_DECLARE_METATYPE(Headers)

class TestRequestLog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void everyAnswerIsRecorded_data();
    void everyAnswerIsRecorded();
    void successfulRefreshAndExchangeLeakNothing();
    void revocationsAreRecorded();
    void credentialHeadersAreRedacted();
    void secretsInAnswersAreRedacted();
    void aReasonKeepsItsWordsAndCutsWhatWasSent();
    void aReaderLearnsWhatTheRingDropped();

private:
    // Sends one request and returns the one decision it produced (checked in both channels).
    TokenDecision sendAndCapture(const QString &path, const QByteArray &body, const Headers &headers, HttpReply &reply);
    void verifyNoSecret(const TokenDecision &decision, const QList<QByteArray> &secrets);

    ApiFixture m_api;
    std::unique_ptr<RequestLogFollower> m_follower; // on the test's thread, as the console's pages are
    QList<TokenDecision> m_signalled;
};

void TestRequestLog::initTestCase()
{
    QVERIFY(m_api.start());
    // As the console reads it: in batches on its own thread, while the server records on its own.
    m_follower = std::make_unique<RequestLogFollower>(m_api.services().requestLog());
    connect(m_follower.get(), &RequestLogFollower::arrived, this,
        [this](const QList<TokenDecision> &decisions, quint64 missed) {
            QCOMPARE(missed, quint64(0));
            m_signalled.append(decisions);
        });
}

void TestRequestLog::init()
{
    QTRY_VERIFY(m_api.services().requestLog().snapshot().size() == m_signalled.size()); // nothing in flight
    m_api.services().requestLog().clear();
    m_signalled.clear();
}

TokenDecision TestRequestLog::sendAndCapture(
    const QString &path, const QByteArray &body, const Headers &headers, HttpReply &reply)
{
    m_follower->poll(); // what earlier requests recorded is read before this one is sent
    const qsizetype before = m_api.services().requestLog().snapshot().size();
    const qsizetype signalledBefore = m_signalled.size();
    reply = m_api.http().postForm(path, body, headers);
    const QList<TokenDecision> snapshot = m_api.services().requestLog().snapshot();
    if (snapshot.size() != before + 1) {
        qWarning("the snapshot grew by %lld instead of 1", static_cast<long long>(snapshot.size() - before));
        return {};
    }
    if (!QTest::qWaitFor([&] { return m_signalled.size() > signalledBefore; }, 5000)) {
        qWarning("the follower read nothing");
        return {};
    }
    if (m_signalled.size() != signalledBefore + 1) {
        qWarning("the follower read more than one decision");
        return {};
    }
    const TokenDecision &fromSignal = m_signalled.last();
    const TokenDecision &fromSnapshot = snapshot.last();
    if (fromSignal.reason != fromSnapshot.reason || fromSignal.status != fromSnapshot.status
        || fromSignal.parameters != fromSnapshot.parameters || fromSignal.at != fromSnapshot.at) {
        qWarning("the follower and the snapshot disagree");
        return {};
    }
    return fromSnapshot;
}

void TestRequestLog::verifyNoSecret(const TokenDecision &decision, const QList<QByteArray> &secrets)
{
    const QStringList texts = textsOf(decision);
    for (const QByteArray &secret : secrets) {
        const QString plain = QString::fromUtf8(secret);
        const QString encoded = QString::fromLatin1(enc(secret));
        for (const QString &text : texts) {
            QVERIFY2(!text.contains(plain), qPrintable(QStringLiteral("a secret appears in \"%1\"").arg(text)));
            QVERIFY2(!text.contains(encoded), qPrintable(QStringLiteral("a secret appears in \"%1\"").arg(text)));
        }
    }
}

void TestRequestLog::everyAnswerIsRecorded_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QString>("grant");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("reasonContains");
    QTest::addColumn<QList<QByteArray>>("secrets"); // values that must not appear anywhere
    QTest::addColumn<QStringList>("redacted"); // parameters whose value must read "[redacted]"

    const QString token = QStringLiteral("/v1/auth/token");
    const QString market = QString::fromLatin1(Market);
    const QString integ = QString::fromLatin1(Integ);
    const Headers none;

    QTest::newRow("anonymous token") << token
                                     << QByteArray(
                                            "grant_type=client_credentials&scope=public-read&client_id=" + Market)
                                     << none << market << "client_credentials" << 200 << QString() << "anonymous"
                                     << QList<QByteArray>() << QStringList();
    QTest::newRow("login")
        << token
        << QByteArray(
               "grant_type=password&username=joe%40example.com&password=secret%20pass%26%3D%2B&client_id=" + Market)
        << none << market << "password" << 200 << QString() << "joe@example.com"
        << QList<QByteArray> { "secret pass&=+" } << QStringList { QStringLiteral("password") };
    QTest::newRow("wrong password")
        << token
        << QByteArray("grant_type=password&username=joe%40example.com&password=hunter2-guess&client_id=" + Market)
        << none << market << "password" << 401 << "invalid_grant"
        << "wrong password" << QList<QByteArray> { "hunter2-guess" } << QStringList { QStringLiteral("password") };
    QTest::newRow("unknown user")
        << token
        << QByteArray("grant_type=password&username=nobody%40example.com&password=pw-of-nobody&client_id=" + Market)
        << none << market << "password" << 401 << "invalid_grant"
        << "no test user" << QList<QByteArray> { "pw-of-nobody" } << QStringList { QStringLiteral("password") };
    QTest::newRow("wrong client secret")
        << token << QByteArray("grant_type=client_credentials&client_secret=wrong-secret-123&client_id=" + Integ)
        << none << integ << "client_credentials" << 401 << "invalid_client"
        << "client secret is wrong" << QList<QByteArray> { "wrong-secret-123" }
        << QStringList { QStringLiteral("client_secret") };
    QTest::newRow("integration token")
        << token << QByteArray("grant_type=client_credentials&client_secret=another-plain-secret&client_id=" + Integ)
        << none << integ << "client_credentials" << 200 << QString() << "integration"
        << QList<QByteArray> { "another-plain-secret" } << QStringList { QStringLiteral("client_secret") };
    QTest::newRow("Basic client secret") << token << QByteArray("grant_type=client_credentials")
                                         << Headers { { "Authorization",
                                                "Basic " + QByteArray(Integ + ":another-plain-secret").toBase64() } }
                                         << integ << "client_credentials" << 200 << QString() << "integration"
                                         << QList<QByteArray> { "another-plain-secret" } << QStringList();
    QTest::newRow("unknown refresh token")
        << token << QByteArray("grant_type=refresh_token&refresh_token=adr_made-up-refresh-value&client_id=" + Market)
        << none << market << "refresh_token" << 401 << "invalid_grant"
        << "unknown" << QList<QByteArray> { "adr_made-up-refresh-value", "made-up-refresh-value" }
        << QStringList { QStringLiteral("refresh_token") };
    QTest::newRow("bad subject token") << token
                                       << QByteArray("grant_type=token_exchange&subject_token=subject-secret-garbage&"
                                                     "client_secret=optional-plain-secret&client_id="
                                              + Market)
                                       << none << market << "token_exchange" << 401 << "invalid_grant"
                                       << "subject token"
                                       << QList<QByteArray> { "subject-secret-garbage", "optional-plain-secret" }
                                       << QStringList { QStringLiteral("subject_token"),
                                              QStringLiteral("client_secret") };
    QTest::newRow("unsupported grant") << token << QByteArray("grant_type=implicit&client_id=" + Market) << none
                                       << market << "implicit" << 400 << "unsupported_grant_type"
                                       << "not supported" << QList<QByteArray>() << QStringList();
    QTest::newRow("unknown client")
        << token << QByteArray("grant_type=client_credentials&client_id=no-such-client&client_secret=nope-secret-77")
        << none << "no-such-client"
        << "client_credentials" << 401 << "invalid_client"
        << "no application" << QList<QByteArray> { "nope-secret-77" }
        << QStringList { QStringLiteral("client_secret") };
    QTest::newRow("secret in the query string") << QStringLiteral("/v1/auth/token?client_secret=query-secret-99")
                                                << QByteArray("grant_type=client_credentials&client_id=" + Market)
                                                << none << QString() << QString() << 400 << "invalid_request"
                                                << "URL" << QList<QByteArray> { "query-secret-99" } << QStringList();
    QTest::newRow("not a form") << token << QByteArray("{\"password\":\"json-secret-1\"}")
                                << Headers { { "Content-Type", "application/json" } } << QString() << QString() << 400
                                << "invalid_request"
                                << "content type" << QList<QByteArray> { "json-secret-1" } << QStringList();
}

void TestRequestLog::everyAnswerIsRecorded()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(Headers, headers);
    QFETCH(QString, clientId);
    QFETCH(QString, grant);
    QFETCH(int, status);
    QFETCH(QString, error);
    QFETCH(QString, reasonContains);
    QFETCH(QList<QByteArray>, secrets);
    QFETCH(QStringList, redacted);

    HttpReply reply;
    const TokenDecision decision = sendAndCapture(path, body, headers, reply);
    QCOMPARE(reply.status, status);
    QCOMPARE(decision.endpoint, QStringLiteral("token"));
    QCOMPARE(decision.clientId, clientId);
    QCOMPARE(decision.grantType, grant);
    QCOMPARE(decision.status, status);
    QCOMPARE(decision.error, error);
    QCOMPARE(decision.error, reply.json().value(QLatin1String("error")).toString());
    QVERIFY(decision.at.isValid());
    QVERIFY2(!decision.reason.english().trimmed().isEmpty(), "no reason");
    QVERIFY2(
        decision.reason.english().contains(reasonContains, Qt::CaseInsensitive), qPrintable(decision.reason.english()));
    QCOMPARE(decision.usedBasicAuth, headers.value(0).second.startsWith("Basic "));

    for (const QString &name : redacted) {
        bool seen = false;
        for (const auto &[key, value] : decision.parameters) {
            if (key == name) {
                seen = true;
                QCOMPARE(value, QStringLiteral("[redacted]"));
            }
        }
        QVERIFY2(seen, qPrintable(name + QStringLiteral(" is not among the recorded parameters")));
    }
    verifyNoSecret(decision, secrets);
}

void TestRequestLog::credentialHeadersAreRedacted()
{
    const QByteArray basic = QByteArray(Integ + ':' + ApiFixture::IntegrationSecret).toBase64();
    HttpReply reply;
    const TokenDecision decision
        = sendAndCapture(QStringLiteral("/v1/auth/token"), "grant_type=client_credentials&scope=integ",
            { { "Authorization", "Basic " + basic }, { "Cookie", "sid=cookie-secret-1; theme=dark" },
                { "X-Api-Key", "api-key-secret-2" }, { "X-Session-Token", "session-secret-3" },
                { "User-Agent", "agent/1.0" } },
            reply);
    QCOMPARE(reply.status, 200);
    verifyNoSecret(
        decision, { basic, ApiFixture::IntegrationSecret, "cookie-secret-1", "api-key-secret-2", "session-secret-3" });
    QHash<QString, QString> headers;
    for (const auto &[name, value] : decision.headers)
        headers.insert(name.toLower(), value);
    QCOMPARE(headers.value(QStringLiteral("authorization")), QStringLiteral("Basic [redacted]"));
    QCOMPARE(headers.value(QStringLiteral("cookie")), QStringLiteral("[redacted]"));
    QCOMPARE(headers.value(QStringLiteral("x-api-key")), QStringLiteral("[redacted]"));
    QCOMPARE(headers.value(QStringLiteral("x-session-token")), QStringLiteral("[redacted]"));
    QCOMPARE(headers.value(QStringLiteral("user-agent")), QStringLiteral("agent/1.0")); // the rest as sent
    QCOMPARE(decision.userAgent, QStringLiteral("agent/1.0"));
    QCOMPARE(decision.method, QStringLiteral("POST"));
    QCOMPARE(decision.path, QStringLiteral("/v1/auth/token"));

    // The rules themselves, for headers no test request sends.
    const QList<QPair<QString, QString>> redacted = RequestLog::redactHeaders(
        { { QStringLiteral("Authorization"), QStringLiteral("Bearer eyJhbGciOi.secret.sig") },
            { QStringLiteral("Proxy-Authorization"), QStringLiteral("Basic cHJveHk6c2VjcmV0") },
            { QStringLiteral("Set-Cookie"), QStringLiteral("a=b") },
            { QStringLiteral("Authorization"), QStringLiteral("justatoken") },
            { QStringLiteral("Accept"), QStringLiteral("application/json") } });
    QCOMPARE(redacted.at(0).second, QStringLiteral("Bearer [redacted]"));
    QCOMPARE(redacted.at(1).second, QStringLiteral("Basic [redacted]"));
    QCOMPARE(redacted.at(2).second, QStringLiteral("[redacted]"));
    QCOMPARE(redacted.at(3).second, QStringLiteral("[redacted]"));
    QCOMPARE(redacted.at(4).second, QStringLiteral("application/json"));
}

void TestRequestLog::secretsInAnswersAreRedacted()
{
    // An answer that carried tokens would not be kept whole.
    TokenDecision decision;
    decision.status = 200;
    decision.responseBody = QStringLiteral("{\"access_token\":\"at-secret\",\"refresh_token\":\"rt-secret\",\"id_"
                                           "token\":\"id-secret\",\"scope\":\"user\"}");
    const TokenDecision kept = RequestLog::bounded(decision);
    QVERIFY(!kept.responseBody.contains(QLatin1String("at-secret")));
    QVERIFY(!kept.responseBody.contains(QLatin1String("rt-secret")));
    QVERIFY(!kept.responseBody.contains(QLatin1String("id-secret")));
    QVERIFY(kept.responseBody.contains(QLatin1String("\"scope\":\"user\"")));
    decision.responseBody = QStringLiteral("password=hunter2");
    QCOMPARE(RequestLog::bounded(decision).responseBody, QStringLiteral("[redacted]"));
}

// The log keeps a reason untranslated: its words are the program's, what a client sent reaches it
// only as an argument, and each argument is cut to MaxFieldChars, however deep.
void TestRequestLog::aReasonKeepsItsWordsAndCutsWhatWasSent()
{
    const QString sent(5000, QLatin1Char('g'));
    TokenDecision decision;
    decision.reason = AuditReason("TokenService", QT_TRANSLATE_NOOP("TokenService", "subject token: %1"),
        { AuditReason(
            "TokenService", QT_TRANSLATE_NOOP("TokenService", "grant type '%1' is not supported"), { sent }) });
    const AuditReason kept = RequestLog::bounded(decision).reason;
    const QString cut = sent.left(RequestLog::MaxFieldChars) + QChar(0x2026);
    QCOMPARE(kept.english(), QStringLiteral("subject token: grant type '%1' is not supported").arg(cut));
    QCOMPARE(kept.arguments.at(0).context, QByteArrayLiteral("TokenService"));
    // The ring counts what it keeps: not the 5000 characters that were sent.
    RequestLog log;
    log.record(decision);
    QVERIFY2(log.bytes() < 2 * 1024, QByteArray::number(log.bytes()).constData());
}

void TestRequestLog::successfulRefreshAndExchangeLeakNothing()
{
    HttpReply login;
    const TokenDecision loginDecision = sendAndCapture(QStringLiteral("/v1/auth/token"),
        "grant_type=password&username=joe%40example.com&password=secret%20pass%26%3D%2B&client_id=" + Market, {},
        login);
    QCOMPARE(login.status, 200);
    const QByteArray access = login.json().value(QLatin1String("access_token")).toString().toLatin1();
    const QByteArray refresh = login.json().value(QLatin1String("refresh_token")).toString().toLatin1();
    // What the server answered is as secret as what it was sent.
    verifyNoSecret(loginDecision, { access, refresh, "secret pass&=+" });

    HttpReply refreshed;
    const TokenDecision refreshDecision = sendAndCapture(QStringLiteral("/v1/auth/token"),
        "grant_type=refresh_token&client_id=" + Market + "&refresh_token=" + enc(refresh), {}, refreshed);
    QCOMPARE(refreshed.status, 200);
    QCOMPARE(refreshDecision.grantType, QStringLiteral("refresh_token"));
    QVERIFY(!refreshDecision.reason.isEmpty());
    verifyNoSecret(refreshDecision,
        { refresh, refreshed.json().value(QLatin1String("refresh_token")).toString().toLatin1(),
            refreshed.json().value(QLatin1String("access_token")).toString().toLatin1() });

    HttpReply exchanged;
    const TokenDecision exchangeDecision = sendAndCapture(QStringLiteral("/v1/auth/token"),
        "grant_type=token_exchange&client_id=" + Market
            + "&client_secret=optional-plain-secret&subject_token=" + access,
        {}, exchanged);
    QCOMPARE(exchanged.status, 200);
    QCOMPARE(exchangeDecision.grantType, QStringLiteral("token_exchange"));
    verifyNoSecret(exchangeDecision,
        { access, "optional-plain-secret", exchanged.json().value(QLatin1String("refresh_token")).toString().toLatin1(),
            exchanged.json().value(QLatin1String("access_token")).toString().toLatin1() });
}

void TestRequestLog::revocationsAreRecorded()
{
    const QJsonObject login = m_api.login();
    const QByteArray access = login.value(QLatin1String("access_token")).toString().toLatin1();
    const QByteArray refresh = login.value(QLatin1String("refresh_token")).toString().toLatin1();

    HttpReply refused;
    const TokenDecision unauthenticated
        = sendAndCapture(QStringLiteral("/v1/auth/revoke"), "token=" + enc(refresh), {}, refused);
    QCOMPARE(refused.status, 401);
    QCOMPARE(unauthenticated.endpoint, QStringLiteral("revoke"));
    QCOMPARE(unauthenticated.status, 401);
    QCOMPARE(unauthenticated.error, QStringLiteral("invalid_token"));
    QVERIFY(!unauthenticated.reason.isEmpty());
    verifyNoSecret(unauthenticated, { refresh });

    HttpReply revoked;
    const TokenDecision done = sendAndCapture(QStringLiteral("/v1/auth/revoke"), "token=" + enc(refresh),
        { { "Authorization", "Bearer " + access } }, revoked);
    QCOMPARE(revoked.status, 200);
    QCOMPARE(done.status, 200);
    QVERIFY(done.error.isEmpty());
    QVERIFY(done.reason.english().contains(QLatin1String("revoked")));
    verifyNoSecret(done, { refresh, access });
    bool redacted = false;
    for (const auto &[name, value] : done.parameters)
        redacted = redacted || (name == QLatin1String("token") && value == QLatin1String("[redacted]"));
    QVERIFY(redacted);

    HttpReply byClient;
    const TokenDecision client = sendAndCapture(QStringLiteral("/v1/auth/revoke"),
        "token=adr_x&client_id=" + Integ + "&client_secret=wrong-revoke-secret", {}, byClient);
    QCOMPARE(byClient.status, 401);
    QCOMPARE(client.clientId, QString::fromLatin1(Integ));
    QCOMPARE(client.error, QStringLiteral("invalid_client"));
    verifyNoSecret(client, { "wrong-revoke-secret" });
}

void TestRequestLog::aReaderLearnsWhatTheRingDropped()
{
    RequestLog log(3);
    const auto decision = [](int status) {
        TokenDecision d;
        d.status = status;
        return d;
    };
    for (int status = 200; status < 205; ++status)
        log.record(decision(status));

    // Five recorded, three kept: a reader from the start gets the last three and learns of two lost.
    RequestLog::Batch batch = log.after(0);
    QCOMPARE(batch.missed, quint64(2));
    QCOMPARE(batch.decisions.size(), 3);
    QCOMPARE(batch.decisions.first().status, 202);
    QCOMPARE(batch.decisions.last().status, 204);
    QCOMPARE(batch.next, quint64(5));

    // A reader that kept up gets nothing twice, and only what fits when it asks for a few.
    QVERIFY(log.after(batch.next).decisions.isEmpty());
    log.record(decision(205));
    batch = log.after(4, 1);
    QCOMPARE(batch.missed, quint64(0));
    QCOMPARE(batch.decisions.size(), 1);
    QCOMPARE(batch.decisions.first().status, 204);
    QCOMPARE(batch.next, quint64(5));

    // What the operator cleared is not "missed"; what comes next is read on.
    log.clear();
    log.record(decision(206));
    batch = log.after(6);
    QCOMPARE(batch.missed, quint64(0));
    QCOMPARE(batch.decisions.size(), 1);
    QCOMPARE(batch.decisions.first().status, 206);
}

QTEST_GUILESS_MAIN(TestRequestLog)
#include "tst_requestlog.moc"
