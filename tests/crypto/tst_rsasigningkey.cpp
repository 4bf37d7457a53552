#include "crypto/base64url.h"
#include "crypto/compactjws.h"
#include "crypto/rsapublickey.h"
#include "crypto/rsasigningkey.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QTest>

using namespace authdesk;

class TestRsaSigningKey : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signedTokenVerifiesWithItsPublicJwk();
    void derRoundTripKeepsTheKey();
    void kidIsTheRfc7638Thumbprint();
    void refusesWhatIsNotAKey();

private:
    std::optional<RsaSigningKey> m_key;
};

void TestRsaSigningKey::initTestCase()
{
    Result<RsaSigningKey> key = RsaSigningKey::generate();
    QVERIFY(key);
    m_key = *key;
}

void TestRsaSigningKey::signedTokenVerifiesWithItsPublicJwk()
{
    const QByteArray claims = QByteArrayLiteral("{\"iss\":\"http://127.0.0.1:8787/idp\",\"sub\":\"s\"}");
    const QByteArray token = m_key->signJwt(claims);
    const Result<CompactJws> jws = CompactJws::parse(token);
    QVERIFY(jws);
    QCOMPARE(jws->header.value(QLatin1String("alg")).toString(), QStringLiteral("RS256"));
    QCOMPARE(jws->header.value(QLatin1String("kid")).toString(), m_key->kid());
    QCOMPARE(jws->claims.value(QLatin1String("sub")).toString(), QStringLiteral("s"));
    const QJsonObject jwk = m_key->publicJwk();
    QCOMPARE(jwk.value(QLatin1String("alg")).toString(), QStringLiteral("RS256"));
    QVERIFY(!jwk.contains(QLatin1String("d")));
    const Result<RsaPublicKey> publicKey = RsaPublicKey::fromJwk(jwk);
    QVERIFY(publicKey);
    QCOMPARE(publicKey->bits(), RsaSigningKey::Bits);
    QVERIFY(publicKey->verifyRs256(jws->signingInput, jws->signature));
    QVERIFY(!publicKey->verifyRs256(jws->signingInput + "x", jws->signature));
}

void TestRsaSigningKey::derRoundTripKeepsTheKey()
{
    const Result<RsaSigningKey> again = RsaSigningKey::fromPrivateKeyDer(m_key->privateKeyDer());
    QVERIFY(again);
    QCOMPARE(again->kid(), m_key->kid());
    QCOMPARE(again->publicJwk(), m_key->publicJwk());
    const Result<CompactJws> jws = CompactJws::parse(again->signJwt(QByteArrayLiteral("{}")));
    QVERIFY(RsaPublicKey::fromJwk(m_key->publicJwk())->verifyRs256(jws->signingInput, jws->signature));
}

void TestRsaSigningKey::kidIsTheRfc7638Thumbprint()
{
    const QJsonObject jwk = m_key->publicJwk();
    const QByteArray canonical = "{\"e\":\"" + jwk.value(QLatin1String("e")).toString().toLatin1()
        + "\",\"kty\":\"RSA\",\"n\":\"" + jwk.value(QLatin1String("n")).toString().toLatin1() + "\"}";
    QCOMPARE(m_key->kid(),
        QString::fromLatin1(base64url::encode(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256))));
    QCOMPARE(jwk.value(QLatin1String("e")).toString(), QStringLiteral("AQAB"));
}

void TestRsaSigningKey::refusesWhatIsNotAKey()
{
    QVERIFY(!RsaSigningKey::fromPrivateKeyDer({}));
    QVERIFY(!RsaSigningKey::fromPrivateKeyDer(QByteArray(300, 'x')));
    QVERIFY(!RsaSigningKey::fromPrivateKeyDer(m_key->privateKeyDer().chopped(10)));
}

QTEST_GUILESS_MAIN(TestRsaSigningKey)
#include "tst_rsasigningkey.moc"
