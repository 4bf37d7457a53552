#include "ui/tryitresult.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTest>

using namespace authdesk;

// What the Try it page shows for a token request's outcome, without a window (issue #16).
class TestTryItResult : public QObject
{
    Q_OBJECT

private slots:
    void issuedTokensAsTheEndpointSendsThem();
    void refusalAsTheEndpointSendsIt();
    void decodesTheJwtWithTheServicesDecoder_data();
    void decodesTheJwtWithTheServicesDecoder();
    void datesBesideTheTimeClaims();

private:
    static QByteArray part(const QByteArray &json)
    {
        return json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    }
    static QJsonObject json(const QString &text) { return QJsonDocument::fromJson(text.toUtf8()).object(); }
};

void TestTryItResult::issuedTokensAsTheEndpointSendsThem()
{
    IssuedTokens tokens;
    tokens.accessToken = "not-a-jwt";
    tokens.expiresIn = 3600;
    tokens.scope = QStringLiteral("user");
    tokens.refreshToken = "refresh-1";
    tokens.reason = QStringLiteral("password login of joe@example.com");
    const TryItResult shown = TryItResult::from(tokens);
    QVERIFY(shown.issued);
    const QJsonObject body = json(shown.response);
    QCOMPARE(body.value(QStringLiteral("access_token")).toString(), QStringLiteral("not-a-jwt"));
    QCOMPARE(body.value(QStringLiteral("token_type")).toString(), QStringLiteral("bearer"));
    QCOMPARE(body.value(QStringLiteral("expires_in")).toInteger(), 3600);
    QCOMPARE(body.value(QStringLiteral("scope")).toString(), QStringLiteral("user"));
    QCOMPARE(body.value(QStringLiteral("refresh_token")).toString(), QStringLiteral("refresh-1"));
    QVERIFY(shown.response.contains(QStringLiteral("\n    \""))); // indented, not one line
    QCOMPARE(shown.outcome, QStringLiteral("Issued: password login of joe@example.com."));
    // Not a JWT: nothing decoded.
    QVERIFY(shown.header.isEmpty());
    QVERIFY(shown.claims.isEmpty());

    tokens.refreshToken.clear();
    QVERIFY(!json(TryItResult::from(tokens).response).contains(QStringLiteral("refresh_token")));
}

void TestTryItResult::refusalAsTheEndpointSendsIt()
{
    const OAuthError error { OAuthError::Code::InvalidGrant, "Invalid credentials.", QStringLiteral("wrong password") };
    const TryItResult shown = TryItResult::from(error);
    QVERIFY(!shown.issued);
    QCOMPARE(json(shown.response),
        (QJsonObject { { QStringLiteral("error"), QStringLiteral("invalid_grant") },
            { QStringLiteral("error_description"), QStringLiteral("Invalid credentials.") } }));
    QCOMPARE(shown.outcome, QStringLiteral("Refused (invalid_grant): wrong password"));
    QVERIFY(shown.header.isEmpty());
    QVERIFY(shown.claims.isEmpty());
}

void TestTryItResult::decodesTheJwtWithTheServicesDecoder_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<bool>("decoded");
    const QByteArray header = part(R"({"alg":"EdDSA","typ":"JWT","kid":"k1"})");
    const QByteArray claims = part(R"({"sub":"x?","scope":"user"})");
    const QByteArray signature = part(QByteArray(64, 'S'));
    QTest::addRow("jwt") << header + '.' + claims + '.' + signature << true;
    QTest::addRow("two parts") << header + '.' + claims << false;
    QTest::addRow("not base64url") << header + ".!!!." + signature << false;
    QTest::addRow("claims not an object") << header + '.' + part("[1,2]") + '.' + signature << false;
    QTest::addRow("padded base64") << header + '.' + claims + "=." + signature << false;
}

void TestTryItResult::decodesTheJwtWithTheServicesDecoder()
{
    QFETCH(QByteArray, token);
    QFETCH(bool, decoded);
    IssuedTokens tokens;
    tokens.accessToken = token;
    const TryItResult shown = TryItResult::from(tokens);
    QCOMPARE(!shown.claims.isEmpty(), decoded);
    QCOMPARE(!shown.header.isEmpty(), decoded);
    if (decoded) {
        QCOMPARE(json(shown.header).value(QStringLiteral("kid")).toString(), QStringLiteral("k1"));
        QCOMPARE(json(shown.claims).value(QStringLiteral("sub")).toString(), QStringLiteral("x?"));
    }
}

void TestTryItResult::datesBesideTheTimeClaims()
{
    const qint64 iat = QDateTime(QDate(2026, 11, 28), QTime(10, 0, 0)).toSecsSinceEpoch();
    const qint64 exp = iat + 3600;
    IssuedTokens tokens;
    tokens.accessToken = part(R"({"alg":"EdDSA"})") + '.'
        + part(
            QStringLiteral(R"({"exp":%1,"iat":%2,"sub":"1700000000","nested":{"exp":5}})").arg(exp).arg(iat).toUtf8())
        + '.' + part("sig");
    const TryItResult shown = TryItResult::from(tokens);
    // The JSON stays JSON (Copy copies it); the shown text has local dates to the second beside the numbers.
    QCOMPARE(json(shown.claims).value(QStringLiteral("exp")).toInteger(), exp);
    QVERIFY(!shown.claims.contains(QStringLiteral("//")));
    QVERIFY2(shown.annotatedClaims.contains(QStringLiteral("\"exp\": %1,  // 2026-11-28 11:00:00").arg(exp)),
        qPrintable(shown.annotatedClaims));
    QVERIFY2(shown.annotatedClaims.contains(QStringLiteral("\"iat\": %1,  // 2026-11-28 10:00:00").arg(iat)),
        qPrintable(shown.annotatedClaims));
    // Only top-level time claims, and not a string that looks like a number.
    QCOMPARE(shown.annotatedClaims.count(QStringLiteral("//")), 2);
}

QTEST_GUILESS_MAIN(TestTryItResult)
#include "tst_tryitresult.moc"
