#include "crypto/compactjws.h"
#include "crypto/rsapublickey.h"

#include <QJsonObject>
#include <QTest>

using namespace authdesk;

namespace {

// RFC 7515 appendix A.2: the RS256 example JWS and the public half of its key (n, e).
const QByteArray VectorModulus = QByteArrayLiteral(
    "ofgWCuLjybRlzo0tZWJjNiuSfb4p4fAkd_wWJcyQoTbji9k0l8W26mPddxHmfHQp-Vaw-4qPCJrcS2mJPMEzP1Pt0Bm4d4QlL-yRT-SFd2lZS-"
    "pCgNMsD1W_YpRPEwOWvG6b32690r2jZ47soMZo9wGzjb_7OMg0LOL-bSf63kpaSHSXndS5z5rexMdbBYUsLA9e-KXBdQOS-UTo7WTBEMa2R2Ca"
    "pHg665xsmtdVMTBQY4uDZlxvb3qCo5ZwKh9kG4LT6_I5IhlJH7aGhyxXFvUK-DWNmoudF8NAco9_h9iaGNj8q2ethFkMLs91kzk2PAcDTW9gb54h"
    "4FRWyuXpoQ");
const QByteArray VectorToken = QByteArrayLiteral(
    "eyJhbGciOiJSUzI1NiJ9"
    ".eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ"
    ".cC4hiUPoj9Eetdgtv3hF80EGrhuB__dzERat0XF9g2VtQgr9PJbu3XOiZj5RZmh7AAuHIm4Bh-0Qc_lF5YKt_"
    "O8W2Fp5jujGbds9uJdbF9CUAr7t1d"
    "nZcAcQjbKBYNX4BAynRFdiuB--f_nZLgrnbyTyWzO75vRK5h6xBArLIARNPvkSjtQBMHlb1L07Qe7K0GarZRmB_eSN9383LcOLn6_dO--xi12jzDwu"
    "sC-eOkHWEsqtFZESc6BfI7noOPqvhJ1phCnvWh6IeYI2w9QOYEUipUTI8np6LbgGY9Fs98rqVt5AXLIhWkWywlVmtVrBp0igcN_"
    "IoypGlUPQGe77Rw");

QJsonObject vectorJwk()
{
    return { { QStringLiteral("kty"), QStringLiteral("RSA") },
        { QStringLiteral("n"), QString::fromLatin1(VectorModulus) }, { QStringLiteral("e"), QStringLiteral("AQAB") } };
}

} // namespace

class TestRsaPublicKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc7515VectorVerifies();
    void alteredInputOrSignatureFails();
    void refusesBadJwks_data();
    void refusesBadJwks();
    void parsesCompactJws();
    void refusesMalformedJws_data();
    void refusesMalformedJws();
};

void TestRsaPublicKey::rfc7515VectorVerifies()
{
    const Result<RsaPublicKey> key = RsaPublicKey::fromJwk(vectorJwk());
    QVERIFY(key);
    QCOMPARE(key->bits(), 2048);
    const Result<CompactJws> jws = CompactJws::parse(VectorToken);
    QVERIFY(jws);
    QCOMPARE(jws->header.value(QLatin1String("alg")).toString(), QStringLiteral("RS256"));
    QCOMPARE(jws->claims.value(QLatin1String("iss")).toString(), QStringLiteral("joe"));
    QVERIFY(key->verifyRs256(jws->signingInput, jws->signature));
}

void TestRsaPublicKey::alteredInputOrSignatureFails()
{
    const Result<RsaPublicKey> key = RsaPublicKey::fromJwk(vectorJwk());
    const Result<CompactJws> jws = CompactJws::parse(VectorToken);
    QVERIFY(key && jws);

    QByteArray input = jws->signingInput;
    input[input.size() - 1] = 'R';
    QVERIFY(!key->verifyRs256(input, jws->signature));

    QByteArray signature = jws->signature;
    signature[10] = static_cast<char>(signature.at(10) ^ 0x01);
    QVERIFY(!key->verifyRs256(jws->signingInput, signature));
    QVERIFY(!key->verifyRs256(jws->signingInput, jws->signature.left(255)));
    QVERIFY(!key->verifyRs256(jws->signingInput, QByteArray()));
    // An unsecured JWS parses, and no key verifies it.
    const Result<CompactJws> unsecured = CompactJws::parse(jws->signingInput + '.');
    QVERIFY(unsecured && unsecured->signature.isEmpty());
    QVERIFY(!key->verifyRs256(unsecured->signingInput, unsecured->signature));
}

void TestRsaPublicKey::refusesBadJwks_data()
{
    QTest::addColumn<QJsonObject>("jwk");
    QJsonObject ec = vectorJwk();
    ec.insert(QStringLiteral("kty"), QStringLiteral("EC"));
    QTest::addRow("not RSA") << ec;
    QJsonObject noN = vectorJwk();
    noN.remove(QStringLiteral("n"));
    QTest::addRow("no n") << noN;
    QJsonObject padded = vectorJwk();
    padded.insert(QStringLiteral("e"), QStringLiteral("AQAB=="));
    QTest::addRow("padded e") << padded;
    // The first 128 bytes of the modulus: a 1024-bit key, too weak for RS256.
    QJsonObject weak = vectorJwk();
    weak.insert(QStringLiteral("n"),
        QString::fromLatin1(QByteArray::fromBase64(VectorModulus, QByteArray::Base64UrlEncoding)
                                .left(128)
                                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)));
    QTest::addRow("1024 bits") << weak;
}

void TestRsaPublicKey::refusesBadJwks()
{
    QFETCH(QJsonObject, jwk);
    QVERIFY(!RsaPublicKey::fromJwk(jwk));
}

void TestRsaPublicKey::parsesCompactJws()
{
    const Result<CompactJws> jws = CompactJws::parse(VectorToken);
    QVERIFY(jws);
    QCOMPARE(jws->signature.size(), 256);
    QVERIFY(jws->signingInput.startsWith("eyJhbGciOiJSUzI1NiJ9.eyJpc3Mi"));
}

void TestRsaPublicKey::refusesMalformedJws_data()
{
    QTest::addColumn<QByteArray>("token");
    const QList<QByteArray> parts = VectorToken.split('.');
    QTest::addRow("empty") << QByteArray();
    QTest::addRow("two parts") << parts.at(0) + '.' + parts.at(1);
    QTest::addRow("four parts") << VectorToken + ".x";
    QTest::addRow("header not JSON") << QByteArray("bm90IGpzb24.") + parts.at(1) + '.' + parts.at(2);
    QTest::addRow("header an array") << QByteArray("W10.") + parts.at(1) + '.' + parts.at(2);
    QTest::addRow("bad base64url") << QByteArray("eyJ*.") + parts.at(1) + '.' + parts.at(2);
    QTest::addRow("oversized") << QByteArray(CompactJws::MaxSize + 1, 'a');
}

void TestRsaPublicKey::refusesMalformedJws()
{
    QFETCH(QByteArray, token);
    QVERIFY(!CompactJws::parse(token));
}

QTEST_APPLESS_MAIN(TestRsaPublicKey)
#include "tst_rsapublickey.moc"
