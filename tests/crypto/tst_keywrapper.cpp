#include "crypto/keywrapper.h"
#include "crypto/sodium.h"

#include <QRegularExpression>
#include <QTest>

using namespace authdesk;

class TestKeyWrapper : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void everyChangedByteFails();
    void truncatedFails();
    void wrongKeyFails();
    void nonceDiffersPerWrap();
    void wrongKeySizeIsRefused();
};

void TestKeyWrapper::initTestCase()
{
    QVERIFY(Sodium::initialize());
}

void TestKeyWrapper::roundTrip_data()
{
    QTest::addColumn<QByteArray>("plaintext");
    QTest::addRow("empty") << QByteArray();
    QTest::addRow("one byte") << QByteArray("x");
    QTest::addRow("signing key") << Sodium::randomBytes(64);
    QTest::addRow("refresh token") << QByteArray("adr_0123456789abcdefghijklmnopqrstuvwxyzABCDEFG");
    QTest::addRow("1 MiB") << Sodium::randomBytes(1024 * 1024);
}

void TestKeyWrapper::roundTrip()
{
    QFETCH(QByteArray, plaintext);
    const KeyWrapper wrapper(Sodium::randomBytes(KeyWrapper::KeySize));
    const QByteArray wrapped = wrapper.wrap(plaintext);
    // nonce || ciphertext || tag
    QCOMPARE(wrapped.size(), 24 + plaintext.size() + 16);
    // A short plaintext turns up in random bytes by chance (one byte: about 1 in 6 wraps), so only
    // plaintexts long enough not to are checked for.
    if (plaintext.size() >= 16)
        QVERIFY(!wrapped.contains(plaintext));
    const Result<QByteArray> unwrapped = wrapper.unwrap(wrapped);
    QVERIFY(unwrapped);
    QCOMPARE(*unwrapped, plaintext);
}

void TestKeyWrapper::everyChangedByteFails()
{
    const KeyWrapper wrapper(Sodium::randomBytes(KeyWrapper::KeySize));
    const QByteArray wrapped = wrapper.wrap("the signing key");
    for (qsizetype i = 0; i < wrapped.size(); ++i) {
        QByteArray tampered = wrapped;
        tampered[i] = static_cast<char>(tampered.at(i) ^ 0x01);
        const Result<QByteArray> unwrapped = wrapper.unwrap(tampered);
        QVERIFY2(!unwrapped, qPrintable(QStringLiteral("byte %1").arg(i)));
        QCOMPARE(unwrapped.error().code(), Error::Code::InvalidArgument);
    }
}

void TestKeyWrapper::truncatedFails()
{
    const KeyWrapper wrapper(Sodium::randomBytes(KeyWrapper::KeySize));
    const QByteArray wrapped = wrapper.wrap("the signing key");
    QVERIFY(!wrapper.unwrap(wrapped.chopped(1)));
    QVERIFY(!wrapper.unwrap(wrapped + 'x'));
    QVERIFY(!wrapper.unwrap(wrapped.left(39)));
    QVERIFY(!wrapper.unwrap(wrapped.left(24)));
    QVERIFY(!wrapper.unwrap(QByteArray()));
}

void TestKeyWrapper::wrongKeyFails()
{
    const QByteArray wrapped = KeyWrapper(Sodium::randomBytes(KeyWrapper::KeySize)).wrap("the signing key");
    const Result<QByteArray> unwrapped = KeyWrapper(Sodium::randomBytes(KeyWrapper::KeySize)).unwrap(wrapped);
    QVERIFY(!unwrapped);
    QCOMPARE(unwrapped.error().code(), Error::Code::InvalidArgument);
}

void TestKeyWrapper::nonceDiffersPerWrap()
{
    const KeyWrapper wrapper(Sodium::randomBytes(KeyWrapper::KeySize));
    const QByteArray first = wrapper.wrap("same plaintext");
    const QByteArray second = wrapper.wrap("same plaintext");
    QCOMPARE_NE(first.left(24), second.left(24));
    QCOMPARE_NE(first.mid(24), second.mid(24));
    QCOMPARE(*wrapper.unwrap(first), *wrapper.unwrap(second));
}

void TestKeyWrapper::wrongKeySizeIsRefused()
{
    QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(QStringLiteral("key of 16 bytes")));
    const KeyWrapper wrapper(Sodium::randomBytes(16));
    QVERIFY(wrapper.wrap("the signing key").isEmpty());
    QVERIFY(!wrapper.unwrap(QByteArray(64, 'x')));
}

QTEST_GUILESS_MAIN(TestKeyWrapper)
#include "tst_keywrapper.moc"
