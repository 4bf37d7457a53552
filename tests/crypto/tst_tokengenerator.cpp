#include "crypto/sodium.h"
#include "crypto/tokengenerator.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace authdesk;

class TestTokenGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tokensHavePrefixLengthAndAlphabet_data();
    void tokensHavePrefixLengthAndAlphabet();
    void tokensCarry32RandomBytes();
    void tokensAreUnique();
    void uuidIsVersion4WithoutBraces();
    void uuidsAreUnique();
};

using Generator = QByteArray (*)();
Q_DECLARE_METATYPE(Generator)

void TestTokenGenerator::initTestCase()
{
    QVERIFY(Sodium::initialize());
}

void TestTokenGenerator::tokensHavePrefixLengthAndAlphabet_data()
{
    QTest::addColumn<Generator>("generate");
    QTest::addColumn<QByteArray>("prefix");
    QTest::addRow("client secret") << &tokengenerator::newClientSecret << QByteArray("ads_");
    QTest::addRow("refresh token") << &tokengenerator::newRefreshToken << QByteArray("adr_");
}

void TestTokenGenerator::tokensHavePrefixLengthAndAlphabet()
{
    QFETCH(Generator, generate);
    QFETCH(QByteArray, prefix);
    // 32 bytes are 43 base64url characters without padding.
    const QRegularExpression form(
        QRegularExpression::anchoredPattern(QString::fromLatin1(prefix) + QStringLiteral("[A-Za-z0-9_-]{43}")));
    for (int i = 0; i < 100; ++i) {
        const QByteArray token = generate();
        QCOMPARE(token.size(), prefix.size() + 43);
        QVERIFY2(form.match(QString::fromLatin1(token)).hasMatch(), token.constData());
    }
}

void TestTokenGenerator::tokensCarry32RandomBytes()
{
    const QByteArray token = tokengenerator::newRefreshToken();
    const auto decoded = QByteArray::fromBase64Encoding(token.mid(4),
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals | QByteArray::AbortOnBase64DecodingErrors);
    QVERIFY(decoded);
    QCOMPARE(decoded.decoded.size(), 32);
}

void TestTokenGenerator::tokensAreUnique()
{
    QSet<QByteArray> seen;
    for (int i = 0; i < 1000; ++i) {
        seen.insert(tokengenerator::newClientSecret().mid(4));
        seen.insert(tokengenerator::newRefreshToken().mid(4));
    }
    QCOMPARE(seen.size(), 2000);
}

void TestTokenGenerator::uuidIsVersion4WithoutBraces()
{
    const QRegularExpression form(QRegularExpression::anchoredPattern(
        QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")));
    for (int i = 0; i < 100; ++i) {
        const QString uuid = tokengenerator::newUuid();
        QVERIFY2(form.match(uuid).hasMatch(), qPrintable(uuid));
    }
}

void TestTokenGenerator::uuidsAreUnique()
{
    QSet<QString> seen;
    for (int i = 0; i < 1000; ++i)
        seen.insert(tokengenerator::newUuid());
    QCOMPARE(seen.size(), 1000);
}

QTEST_GUILESS_MAIN(TestTokenGenerator)
#include "tst_tokengenerator.moc"
