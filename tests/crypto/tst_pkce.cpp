#include "crypto/pkce.h"

#include <QTest>

using namespace authdesk;

namespace {

// RFC 7636 appendix B.
const QString RfcVerifier = QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
const QString RfcChallenge = QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");

} // namespace

class TestPkce : public QObject
{
    Q_OBJECT

private slots:
    void challengeOfTheRfcVector();
    void verifierSyntax_data();
    void verifierSyntax();
    void challengeSyntax_data();
    void challengeSyntax();
    void matches();
};

void TestPkce::challengeOfTheRfcVector()
{
    QCOMPARE(pkce::challengeFor(RfcVerifier), RfcChallenge);
}

void TestPkce::verifierSyntax_data()
{
    QTest::addColumn<QString>("verifier");
    QTest::addColumn<bool>("valid");
    QTest::addRow("rfc") << RfcVerifier << true;
    QTest::addRow("43 chars") << QString(43, QLatin1Char('a')) << true;
    QTest::addRow("42 chars") << QString(42, QLatin1Char('a')) << false;
    QTest::addRow("128 chars") << QString(128, QLatin1Char('~')) << true;
    QTest::addRow("129 chars") << QString(129, QLatin1Char('a')) << false;
    QTest::addRow("all unreserved") << QStringLiteral("AZaz09-._~AZaz09-._~AZaz09-._~AZaz09-._~xyz") << true;
    QTest::addRow("space") << QString(QString(42, QLatin1Char('a')) + QLatin1Char(' ')) << false;
    QTest::addRow("plus") << QString(QString(42, QLatin1Char('a')) + QLatin1Char('+')) << false;
    QTest::addRow("slash") << QString(QString(42, QLatin1Char('a')) + QLatin1Char('/')) << false;
    QTest::addRow("non-ascii") << QString(QString(42, QLatin1Char('a')) + QChar(0xe4)) << false;
    QTest::addRow("empty") << QString() << false;
}

void TestPkce::verifierSyntax()
{
    QFETCH(QString, verifier);
    QFETCH(bool, valid);
    QCOMPARE(pkce::isValidVerifier(verifier), valid);
}

void TestPkce::challengeSyntax_data()
{
    QTest::addColumn<QString>("challenge");
    QTest::addColumn<bool>("valid");
    QTest::addRow("rfc") << RfcChallenge << true;
    QTest::addRow("padded") << QString(RfcChallenge + QLatin1Char('=')) << false;
    QTest::addRow("42 chars") << RfcChallenge.left(42) << false;
    QTest::addRow("standard base64") << QString(RfcChallenge).replace(QLatin1Char('-'), QLatin1Char('+')) << false;
    QTest::addRow("plain verifier") << RfcVerifier.left(43).replace(QLatin1Char('_'), QLatin1Char('.')) << false;
}

void TestPkce::challengeSyntax()
{
    QFETCH(QString, challenge);
    QFETCH(bool, valid);
    QCOMPARE(pkce::isValidChallenge(challenge), valid);
}

void TestPkce::matches()
{
    QVERIFY(pkce::verifierMatches(RfcVerifier, RfcChallenge));
    QString other = RfcVerifier;
    other[0] = QLatin1Char('e');
    QVERIFY(!pkce::verifierMatches(other, RfcChallenge));
    // The plain method is not accepted: the verifier itself is not its own challenge.
    const QString plain = QString(43, QLatin1Char('a'));
    QVERIFY(!pkce::verifierMatches(plain, plain));
    // An invalid verifier never matches, even the challenge computed from it.
    const QString tooShort = QString(42, QLatin1Char('a'));
    QVERIFY(!pkce::verifierMatches(tooShort, pkce::challengeFor(tooShort)));
}

QTEST_APPLESS_MAIN(TestPkce)
#include "tst_pkce.moc"
