#include "crypto/jwt.h"
#include "crypto/signingkey.h"
#include "crypto/sodium.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace authdesk;

namespace {

QByteArray b64(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray b64(const QJsonObject &object)
{
    return b64(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// A token with any header we like, but a valid Ed25519 signature by key: so a rejection can only come
// from the header check, not from the signature.
QByteArray craft(const QByteArray &encodedHeader, const QByteArray &encodedClaims, const SigningKey &key)
{
    const QByteArray input = encodedHeader + '.' + encodedClaims;
    return input + '.' + b64(key.sign(input));
}

} // namespace

class TestJwt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void signThenVerify();
    void headerIsCompactEdDsa();
    void everyChangedCharacterFails();
    void craftedHeaderWithEdDsaPasses();
    void wrongHeaderIsRejected_data();
    void wrongHeaderIsRejected();
    void unknownKidIsRejected();
    void kidOfAnotherKeyIsRejected();
    void malformedIsRejected_data();
    void malformedIsRejected();
    void decodeUnverified();
    void decodeUnverifiedRejectsMalformed();

private:
    QJsonObject claims() const;
    QHash<QString, QByteArray> keys() const { return { { m_key.kid(), m_key.publicKey() } }; }

    SigningKey m_key = SigningKey::generate();
};

QJsonObject TestJwt::claims() const
{
    return {
        { QStringLiteral("iss"), QStringLiteral("http://127.0.0.1:8080") },
        { QStringLiteral("sub"), QStringLiteral("7d2c4f3e-1111-4b5b-9c2a-3f4e5d6c7b8a") },
        { QStringLiteral("client_id"), QStringLiteral("b4f5c0a2-2222-4c6d-8e9f-0a1b2c3d4e5f") },
        { QStringLiteral("scope"), QStringLiteral("user") },
        { QStringLiteral("iat"), 1795860000 },
        { QStringLiteral("exp"), 1795860900 },
        { QStringLiteral("jti"), QStringLiteral("c0ffee00-3333-4abc-8def-123456789abc") },
        { QStringLiteral("name"), QStringLiteral("Zoë ✓") },
    };
}

void TestJwt::initTestCase()
{
    QVERIFY(Sodium::initialize());
}

void TestJwt::signThenVerify()
{
    const QByteArray token = jwt::sign(claims(), m_key);
    const Result<jwt::Verified> verified = jwt::verify(token, keys());
    QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().message()));
    QCOMPARE(verified->claims, claims());
    QCOMPARE(verified->header.value(QStringLiteral("kid")).toString(), m_key.kid());
}

void TestJwt::headerIsCompactEdDsa()
{
    const QByteArray token = jwt::sign(claims(), m_key);
    QCOMPARE(token.count('.'), 2);
    QVERIFY(!token.contains('='));
    const QByteArray header = QByteArray::fromBase64(token.left(token.indexOf('.')), QByteArray::Base64UrlEncoding);
    const QJsonObject object = QJsonDocument::fromJson(header).object();
    QCOMPARE(object.size(), 3);
    QCOMPARE(object.value(QStringLiteral("alg")).toString(), QStringLiteral("EdDSA"));
    QCOMPARE(object.value(QStringLiteral("typ")).toString(), QStringLiteral("JWT"));
    QCOMPARE(object.value(QStringLiteral("kid")).toString(), m_key.kid());
    QVERIFY(!header.contains(' '));
}

void TestJwt::everyChangedCharacterFails()
{
    const QByteArray token = jwt::sign(claims(), m_key);
    for (qsizetype i = 0; i < token.size(); ++i) {
        for (const char replacement : { 'A', 'B', '.', '_' }) {
            if (token.at(i) == replacement)
                continue;
            QByteArray changed = token;
            changed[i] = replacement;
            QVERIFY2(!jwt::verify(changed, keys()),
                qPrintable(QStringLiteral("position %1 -> %2").arg(i).arg(QLatin1Char(replacement))));
        }
    }
    QVERIFY(!jwt::verify(token.chopped(1), keys()));
    QVERIFY(!jwt::verify(token + 'A', keys()));
    QVERIFY(!jwt::verify(token.mid(1), keys()));
}

void TestJwt::craftedHeaderWithEdDsaPasses()
{
    // The control for wrongHeaderIsRejected: the same crafting with a correct header verifies.
    const QJsonObject header { { QStringLiteral("alg"), QStringLiteral("EdDSA") },
        { QStringLiteral("kid"), m_key.kid() } };
    QVERIFY(jwt::verify(craft(b64(header), b64(claims()), m_key), keys()));
}

void TestJwt::wrongHeaderIsRejected_data()
{
    QTest::addColumn<QJsonObject>("header");
    const QString kid = m_key.kid();
    const auto withAlg = [&kid](const QJsonValue &alg) {
        return QJsonObject { { QStringLiteral("alg"), alg }, { QStringLiteral("typ"), QStringLiteral("JWT") },
            { QStringLiteral("kid"), kid } };
    };
    QTest::addRow("alg none") << withAlg(QStringLiteral("none"));
    QTest::addRow("alg HS256") << withAlg(QStringLiteral("HS256"));
    QTest::addRow("alg RS256") << withAlg(QStringLiteral("RS256"));
    QTest::addRow("alg ES256") << withAlg(QStringLiteral("ES256"));
    QTest::addRow("alg eddsa") << withAlg(QStringLiteral("eddsa"));
    QTest::addRow("alg Ed25519") << withAlg(QStringLiteral("Ed25519"));
    QTest::addRow("alg empty") << withAlg(QString());
    QTest::addRow("alg array") << withAlg(QJsonArray { QStringLiteral("EdDSA") });
    QTest::addRow("alg missing") << QJsonObject { { QStringLiteral("kid"), kid } };
    QTest::addRow("kid missing") << QJsonObject { { QStringLiteral("alg"), QStringLiteral("EdDSA") } };
    QTest::addRow("kid number") << QJsonObject { { QStringLiteral("alg"), QStringLiteral("EdDSA") },
        { QStringLiteral("kid"), 7 } };
    QJsonObject crit = withAlg(QStringLiteral("EdDSA"));
    crit.insert(QStringLiteral("crit"), QJsonArray { QStringLiteral("exp") });
    QTest::addRow("crit") << crit;
}

void TestJwt::wrongHeaderIsRejected()
{
    QFETCH(QJsonObject, header);
    const Result<jwt::Verified> verified = jwt::verify(craft(b64(header), b64(claims()), m_key), keys());
    QVERIFY(!verified);
    QCOMPARE(verified.error().code(), Error::Code::Unauthorized);
}

void TestJwt::unknownKidIsRejected()
{
    const QByteArray token = jwt::sign(claims(), m_key);
    QVERIFY(!jwt::verify(token, {}));
    const SigningKey other = SigningKey::generate();
    QVERIFY(!jwt::verify(token, { { other.kid(), other.publicKey() } }));
    // The kid is known but maps to something that is not an Ed25519 public key.
    QVERIFY(!jwt::verify(token, { { m_key.kid(), QByteArray(16, 'k') } }));
}

void TestJwt::kidOfAnotherKeyIsRejected()
{
    // A token signed by one key while its header names another key that we trust.
    const SigningKey attacker = SigningKey::generate();
    const QJsonObject header { { QStringLiteral("alg"), QStringLiteral("EdDSA") },
        { QStringLiteral("kid"), m_key.kid() } };
    QVERIFY(!jwt::verify(craft(b64(header), b64(claims()), attacker), keys()));
}

void TestJwt::malformedIsRejected_data()
{
    QTest::addColumn<QByteArray>("token");
    const QByteArray token = jwt::sign(claims(), m_key);
    const QList<QByteArray> parts = token.split('.');
    const QByteArray header = b64(
        QJsonObject { { QStringLiteral("alg"), QStringLiteral("EdDSA") }, { QStringLiteral("kid"), m_key.kid() } });

    QTest::addRow("empty") << QByteArray();
    QTest::addRow("dots only") << QByteArray("..");
    QTest::addRow("two parts") << QByteArray(parts[0] + '.' + parts[1]);
    QTest::addRow("four parts") << QByteArray(token + ".AAAA");
    QTest::addRow("empty signature") << QByteArray(parts[0] + '.' + parts[1] + '.');
    QTest::addRow("short signature") << QByteArray(parts[0] + '.' + parts[1] + '.' + parts[2].left(40));
    QTest::addRow("padded signature") << QByteArray(parts[0] + '.' + parts[1] + '.' + parts[2] + "==");
    QTest::addRow("standard base64 signature") << QByteArray(
        parts[0] + '.' + parts[1] + '.' + QByteArray::fromBase64(parts[2], QByteArray::Base64UrlEncoding).toBase64());
    QTest::addRow("space") << QByteArray(token + ' ');
    QTest::addRow("newline") << QByteArray(token + '\n');
    QTest::addRow("header not JSON") << craft(b64(QByteArray("not json")), parts[1], m_key);
    QTest::addRow("header array") << craft(b64(QByteArray(R"(["EdDSA"])")), parts[1], m_key);
    QTest::addRow("header trailing garbage")
        << craft(b64(QByteArray(R"({"alg":"EdDSA","kid":")") + m_key.kid().toLatin1() + "\"}x"), parts[1], m_key);
    QTest::addRow("claims not JSON") << craft(header, b64(QByteArray("{")), m_key);
    QTest::addRow("claims array") << craft(header, b64(QByteArray("[1,2]")), m_key);
    QTest::addRow("claims string") << craft(header, b64(QByteArray(R"("sub")")), m_key);
    QTest::addRow("huge") << craft(
        header, b64(QJsonObject { { QStringLiteral("x"), QString(20000, QLatin1Char('x')) } }), m_key);
}

void TestJwt::malformedIsRejected()
{
    QFETCH(QByteArray, token);
    QVERIFY(!jwt::verify(token, keys()));
}

void TestJwt::decodeUnverified()
{
    const QByteArray token = jwt::sign(claims(), m_key);
    const Result<QJsonObject> decoded = jwt::decodeUnverified(token);
    QVERIFY(decoded);
    QCOMPARE(*decoded, claims());

    // Display only: it does not care who signed it.
    const SigningKey other = SigningKey::generate();
    const Result<QJsonObject> foreign = jwt::decodeUnverified(jwt::sign(claims(), other));
    QVERIFY(foreign);
    QCOMPARE(*foreign, claims());
}

void TestJwt::decodeUnverifiedRejectsMalformed()
{
    const QByteArray token = jwt::sign(claims(), m_key);
    const QList<QByteArray> parts = token.split('.');
    for (const QByteArray &bad : { QByteArray(), QByteArray("a.b"), QByteArray("a.b.c"), QByteArray(token + ".x"),
             QByteArray(parts[0] + '.' + b64(QByteArray("[1]")) + '.' + parts[2]) }) {
        const Result<QJsonObject> decoded = jwt::decodeUnverified(bad);
        QVERIFY(!decoded);
        QCOMPARE(decoded.error().code(), Error::Code::InvalidArgument);
    }
}

QTEST_GUILESS_MAIN(TestJwt)
#include "tst_jwt.moc"
