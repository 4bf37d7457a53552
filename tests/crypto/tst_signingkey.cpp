#include "crypto/signingkey.h"
#include "crypto/sodium.h"

#include <QTest>
#include <sodium.h>

using namespace authdesk;

namespace {

QByteArray fromBase64Url(const QByteArray &text)
{
    return QByteArray::fromBase64(text, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray toBase64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool signatureVerifies(const QByteArray &signature, const QByteArray &message, const QByteArray &publicKey)
{
    return signature.size() == crypto_sign_BYTES && publicKey.size() == crypto_sign_PUBLICKEYBYTES
        && crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
               reinterpret_cast<const unsigned char *>(message.constData()),
               static_cast<unsigned long long>(message.size()),
               reinterpret_cast<const unsigned char *>(publicKey.constData()))
        == 0;
}

// RFC 8037 appendix A.1-A.4: an Ed25519 key, its thumbprint and a signature made with it.
const QByteArray Rfc8037D = "nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A";
const QByteArray Rfc8037X = "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo";
const QString Rfc8037Thumbprint = QStringLiteral("kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k");
const QByteArray Rfc8037SigningInput = "eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc";
const QByteArray Rfc8037Signature
    = "hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg";

} // namespace

class TestSigningKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void kidIsTheRfc8037Thumbprint();
    void signsLikeRfc8037();
    void publicJwkHasTheRequiredMembers();
    void generatedKeySignsAndVerifies();
    void generatedKeysDiffer();
    void fromSecretKeyRoundTrip();
    void fromSecretKeyRejectsWrongSize_data();
    void fromSecretKeyRejectsWrongSize();
    void fromSecretKeyRejectsMismatchedHalves();
};

void TestSigningKey::initTestCase()
{
    QVERIFY(Sodium::initialize());
}

void TestSigningKey::kidIsTheRfc8037Thumbprint()
{
    const QByteArray publicKey = fromBase64Url(Rfc8037X);
    QCOMPARE(SigningKey::kidFor(publicKey), Rfc8037Thumbprint);

    const Result<SigningKey> key = SigningKey::fromSecretKey(fromBase64Url(Rfc8037D) + publicKey);
    QVERIFY(key);
    QCOMPARE(key->publicKey(), publicKey);
    QCOMPARE(key->kid(), Rfc8037Thumbprint);
}

void TestSigningKey::signsLikeRfc8037()
{
    // Ed25519 is deterministic, so the RFC's signature must come out byte for byte.
    const Result<SigningKey> key = SigningKey::fromSecretKey(fromBase64Url(Rfc8037D) + fromBase64Url(Rfc8037X));
    QVERIFY(key);
    QCOMPARE(toBase64Url(key->sign(Rfc8037SigningInput)), Rfc8037Signature);
}

void TestSigningKey::publicJwkHasTheRequiredMembers()
{
    const Result<SigningKey> key = SigningKey::fromSecretKey(fromBase64Url(Rfc8037D) + fromBase64Url(Rfc8037X));
    QVERIFY(key);
    const QJsonObject jwk = key->publicJwk();
    QCOMPARE(jwk.size(), 6);
    QCOMPARE(jwk.value(QStringLiteral("kty")).toString(), QStringLiteral("OKP"));
    QCOMPARE(jwk.value(QStringLiteral("crv")).toString(), QStringLiteral("Ed25519"));
    QCOMPARE(jwk.value(QStringLiteral("x")).toString(), QString::fromLatin1(Rfc8037X));
    QCOMPARE(jwk.value(QStringLiteral("kid")).toString(), Rfc8037Thumbprint);
    QCOMPARE(jwk.value(QStringLiteral("alg")).toString(), QStringLiteral("EdDSA"));
    QCOMPARE(jwk.value(QStringLiteral("use")).toString(), QStringLiteral("sig"));
    QCOMPARE(SigningKey::publicJwk(key->publicKey()), jwk);
}

void TestSigningKey::generatedKeySignsAndVerifies()
{
    const SigningKey key = SigningKey::generate();
    QCOMPARE(key.publicKey().size(), 32);
    QCOMPARE(key.secretKey().size(), 64);
    QCOMPARE(key.kid(), SigningKey::kidFor(key.publicKey()));
    QCOMPARE(key.kid().size(), 43);

    const QByteArray message = "header.claims";
    const QByteArray signature = key.sign(message);
    QCOMPARE(signature.size(), 64);
    QVERIFY(signatureVerifies(signature, message, key.publicKey()));
    QVERIFY(!signatureVerifies(signature, "header.claimz", key.publicKey()));
    QVERIFY(!signatureVerifies(signature, message, SigningKey::generate().publicKey()));
}

void TestSigningKey::generatedKeysDiffer()
{
    const SigningKey a = SigningKey::generate();
    const SigningKey b = SigningKey::generate();
    QCOMPARE_NE(a.publicKey(), b.publicKey());
    QCOMPARE_NE(a.kid(), b.kid());
}

void TestSigningKey::fromSecretKeyRoundTrip()
{
    const SigningKey original = SigningKey::generate();
    const Result<SigningKey> restored = SigningKey::fromSecretKey(original.secretKey());
    QVERIFY(restored);
    QCOMPARE(restored->publicKey(), original.publicKey());
    QCOMPARE(restored->secretKey(), original.secretKey());
    QCOMPARE(restored->kid(), original.kid());
    QCOMPARE(restored->sign("message"), original.sign("message"));
}

void TestSigningKey::fromSecretKeyRejectsWrongSize_data()
{
    QTest::addColumn<int>("size");
    for (const int size : { 0, 1, 32, 63, 65, 96 })
        QTest::addRow("%d bytes", size) << size;
}

void TestSigningKey::fromSecretKeyRejectsWrongSize()
{
    QFETCH(int, size);
    const Result<SigningKey> key
        = SigningKey::fromSecretKey(SigningKey::generate().secretKey().leftJustified(size, 'x', true));
    QVERIFY(!key);
    QCOMPARE(key.error().code(), Error::Code::InvalidArgument);
}

void TestSigningKey::fromSecretKeyRejectsMismatchedHalves()
{
    // The seed of one key with the public half of another: signatures would match neither.
    const QByteArray mixed = SigningKey::generate().secretKey().left(32) + SigningKey::generate().publicKey();
    const Result<SigningKey> key = SigningKey::fromSecretKey(mixed);
    QVERIFY(!key);
    QCOMPARE(key.error().code(), Error::Code::InvalidArgument);
}

QTEST_GUILESS_MAIN(TestSigningKey)
#include "tst_signingkey.moc"
