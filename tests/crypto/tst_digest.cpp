#include "crypto/digest.h"
#include "crypto/sodium.h"

#include <QTest>

using namespace authdesk;

class TestDigest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sha256KnownVectors_data();
    void sha256KnownVectors();
    void equalConstantTime_data();
    void equalConstantTime();
    void deriveKeyIsDeterministic();
    void deriveKeyDiffersPerPurpose();
    void deriveKeyDiffersPerSecret();
    void deriveKeyTakesAnyPurposeLength();
};

void TestDigest::initTestCase()
{
    QVERIFY(Sodium::initialize());
}

void TestDigest::sha256KnownVectors_data()
{
    // FIPS 180-2 appendix B and the empty message.
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("hex");
    QTest::addRow("abc") << QByteArray("abc")
                         << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QTest::addRow("empty") << QByteArray()
                           << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QTest::addRow("two blocks") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                                << QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

void TestDigest::sha256KnownVectors()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, hex);
    QCOMPARE(digest::sha256(input).toHex(), hex);
}

void TestDigest::equalConstantTime_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("equal");
    QTest::addRow("same") << QByteArray("secret-value") << QByteArray("secret-value") << true;
    QTest::addRow("both empty") << QByteArray() << QByteArray() << true;
    QTest::addRow("first byte differs") << QByteArray("secret-value") << QByteArray("Secret-value") << false;
    QTest::addRow("last byte differs") << QByteArray("secret-value") << QByteArray("secret-valuE") << false;
    QTest::addRow("prefix") << QByteArray("secret") << QByteArray("secret-value") << false;
    QTest::addRow("longer") << QByteArray("secret-value!") << QByteArray("secret-value") << false;
    QTest::addRow("one empty") << QByteArray() << QByteArray("x") << false;
    QTest::addRow("embedded NUL") << QByteArray("a\0b", 3) << QByteArray("a\0c", 3) << false;
}

void TestDigest::equalConstantTime()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, equal);
    QCOMPARE(digest::equalConstantTime(a, b), equal);
    QCOMPARE(digest::equalConstantTime(b, a), equal);
}

void TestDigest::deriveKeyIsDeterministic()
{
    const QByteArray key = digest::deriveKey("adr_some-refresh-token", "successor");
    QCOMPARE(key.size(), 32);
    QCOMPARE(digest::deriveKey("adr_some-refresh-token", "successor"), key);
}

void TestDigest::deriveKeyDiffersPerPurpose()
{
    const QByteArray secret = "adr_some-refresh-token";
    const QByteArray a = digest::deriveKey(secret, "successor");
    const QByteArray b = digest::deriveKey(secret, "other-purpose");
    const QByteArray unkeyed = digest::deriveKey(secret, QByteArray());
    QCOMPARE_NE(a, b);
    QCOMPARE_NE(a, unkeyed);
    QCOMPARE_NE(b, unkeyed);
    QCOMPARE_NE(a, secret.left(32));
}

void TestDigest::deriveKeyDiffersPerSecret()
{
    QCOMPARE_NE(digest::deriveKey("adr_token-one", "successor"), digest::deriveKey("adr_token-two", "successor"));
}

void TestDigest::deriveKeyTakesAnyPurposeLength()
{
    const QByteArray secret = "adr_some-refresh-token";
    const QByteArray long64(64, 'p');
    const QByteArray long65(65, 'p');
    const QByteArray long200(200, 'p');
    QCOMPARE(digest::deriveKey(secret, long64).size(), 32);
    QCOMPARE(digest::deriveKey(secret, long65).size(), 32);
    QCOMPARE_NE(digest::deriveKey(secret, long64), digest::deriveKey(secret, long65));
    QCOMPARE_NE(digest::deriveKey(secret, long65), digest::deriveKey(secret, long200));
    QCOMPARE(digest::deriveKey(secret, long200), digest::deriveKey(secret, long200));
}

QTEST_GUILESS_MAIN(TestDigest)
#include "tst_digest.moc"
