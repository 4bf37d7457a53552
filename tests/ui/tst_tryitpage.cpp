#include "apifixture.h"
#include "server/authserver.h"
#include "services/requestlog.h"
#include "services/servicehub.h"
#include "ui/tryitpage.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QLineEdit>
#include <QTest>

using namespace authdesk;

class TestTryItPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void offersOnlyTheGrantsOfTheApplication();
    void issuesAnAnonymousToken();
    void issuesAPasswordToken();
    void showsWhyItWasRefused();
    void integrationNeedsItsSecret();

private:
    static void choose(QComboBox *combo, const QString &data);
    static QJsonObject json(const QString &text) { return QJsonDocument::fromJson(text.toUtf8()).object(); }

    ApiFixture m_fixture;
};

void TestTryItPage::initTestCase()
{
    QVERIFY(m_fixture.start());
}

void TestTryItPage::choose(QComboBox *combo, const QString &data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data));
    combo->setCurrentIndex(index);
}

void TestTryItPage::offersOnlyTheGrantsOfTheApplication()
{
    TryItPage page(m_fixture.services().applications(), m_fixture.services().tokens(), &m_fixture.server());
    choose(page.applicationCombo(), QString::fromLatin1(ApiFixture::MarketplaceClientId));
    QStringList grants;
    for (int i = 0; i < page.grantCombo()->count(); ++i)
        grants << page.grantCombo()->itemData(i).toString();
    QCOMPARE(grants,
        (QStringList { QStringLiteral("client_credentials"), QStringLiteral("password"),
            QStringLiteral("refresh_token"), QStringLiteral("token_exchange") }));

    choose(page.applicationCombo(), QString::fromLatin1(ApiFixture::IntegrationClientId));
    for (int i = 0; i < page.grantCombo()->count(); ++i) {
        const QString grant = page.grantCombo()->itemData(i).toString();
        QVERIFY2(grant == QStringLiteral("client_credentials") || grant == QStringLiteral("refresh_token"),
            qPrintable(grant));
    }
}

void TestTryItPage::issuesAnAnonymousToken()
{
    TryItPage page(m_fixture.services().applications(), m_fixture.services().tokens(), &m_fixture.server());
    choose(page.applicationCombo(), QString::fromLatin1(ApiFixture::MarketplaceClientId));
    choose(page.grantCombo(), QStringLiteral("client_credentials"));
    QVERIFY(!page.emailField()->isEnabled());
    QVERIFY(page.issueToken());

    const QJsonObject response = json(page.responseText());
    QVERIFY(!response.value(QStringLiteral("access_token")).toString().isEmpty());
    QCOMPARE(response.value(QStringLiteral("token_type")).toString(), QStringLiteral("bearer"));
    QCOMPARE(response.value(QStringLiteral("scope")).toString(), QStringLiteral("public-read"));
    QVERIFY(!response.contains(QStringLiteral("refresh_token")));

    const QJsonObject claims = json(page.claimsText());
    QCOMPARE(claims.value(QStringLiteral("scope")).toString(), QStringLiteral("public-read"));
    QCOMPARE(
        claims.value(QStringLiteral("client_id")).toString(), QString::fromLatin1(ApiFixture::MarketplaceClientId));
    QCOMPARE(claims.value(QStringLiteral("iss")).toString(), m_fixture.server().baseUrl().toString());
    QVERIFY(page.claimsText().contains(QStringLiteral("\n    \""))); // pretty, not one line
    QCOMPARE(json(page.headerText()).value(QStringLiteral("alg")).toString(), QStringLiteral("EdDSA"));
    QVERIFY(page.outcomeText().startsWith(QStringLiteral("Issued")));
    // The times are shown as dates beside their numbers too.
    const qint64 exp = claims.value(QStringLiteral("exp")).toInteger();
    const QString expDate = QDateTime::fromSecsSinceEpoch(exp).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    QVERIFY2(page.shownClaimsText().contains(QStringLiteral("\"exp\": %1,  // %2").arg(exp).arg(expDate)),
        qPrintable(page.shownClaimsText()));
    // Shown here, and logged nowhere.
    QVERIFY(m_fixture.services().requestLog().snapshot().isEmpty());
}

void TestTryItPage::issuesAPasswordToken()
{
    TryItPage page(m_fixture.services().applications(), m_fixture.services().tokens(), &m_fixture.server());
    choose(page.applicationCombo(), QString::fromLatin1(ApiFixture::MarketplaceClientId));
    choose(page.grantCombo(), QStringLiteral("password"));
    QVERIFY(page.emailField()->isEnabled());
    page.emailField()->setText(QString::fromLatin1(ApiFixture::UserEmail));
    page.passwordField()->setText(QString::fromLatin1(ApiFixture::UserPassword));
    QVERIFY2(page.issueToken(), qPrintable(page.outcomeText()));

    const QJsonObject response = json(page.responseText());
    QVERIFY(!response.value(QStringLiteral("refresh_token")).toString().isEmpty());
    const QJsonObject claims = json(page.claimsText());
    QCOMPARE(claims.value(QStringLiteral("scope")).toString(), QStringLiteral("user"));
    QCOMPARE(
        claims.value(QStringLiteral("client_id")).toString(), QString::fromLatin1(ApiFixture::MarketplaceClientId));
    QVERIFY(!claims.value(QStringLiteral("sub")).toString().isEmpty());
    QVERIFY(!claims.value(QStringLiteral("fid")).toString().isEmpty());
    QVERIFY(m_fixture.services().requestLog().snapshot().isEmpty());

    // The refresh token it shows works as one.
    choose(page.grantCombo(), QStringLiteral("refresh_token"));
    QVERIFY(page.tokenField()->isEnabled());
    page.tokenField()->setText(response.value(QStringLiteral("refresh_token")).toString());
    QVERIFY2(page.issueToken(), qPrintable(page.outcomeText()));
}

void TestTryItPage::showsWhyItWasRefused()
{
    TryItPage page(m_fixture.services().applications(), m_fixture.services().tokens(), &m_fixture.server());
    choose(page.applicationCombo(), QString::fromLatin1(ApiFixture::MarketplaceClientId));
    choose(page.grantCombo(), QStringLiteral("password"));
    page.emailField()->setText(QString::fromLatin1(ApiFixture::UserEmail));
    page.passwordField()->setText(QStringLiteral("not the password"));
    QVERIFY(!page.issueToken());
    QVERIFY2(page.outcomeText().contains(QStringLiteral("invalid_grant")), qPrintable(page.outcomeText()));
    QVERIFY(page.outcomeText().contains(QStringLiteral("wrong password for joe@example.com")));
    QCOMPARE(json(page.responseText()).value(QStringLiteral("error")).toString(), QStringLiteral("invalid_grant"));
    QVERIFY(page.claimsText().isEmpty());
    QVERIFY(page.headerText().isEmpty());
}

void TestTryItPage::integrationNeedsItsSecret()
{
    TryItPage page(m_fixture.services().applications(), m_fixture.services().tokens(), &m_fixture.server());
    choose(page.applicationCombo(), QString::fromLatin1(ApiFixture::IntegrationClientId));
    choose(page.grantCombo(), QStringLiteral("client_credentials"));
    QVERIFY(!page.issueToken());
    QVERIFY(page.outcomeText().contains(QStringLiteral("invalid_client")));
    page.secretField()->setText(QString::fromLatin1(ApiFixture::IntegrationSecret));
    QVERIFY2(page.issueToken(), qPrintable(page.outcomeText()));
    QCOMPARE(json(page.claimsText()).value(QStringLiteral("scope")).toString(), QStringLiteral("integ"));
}

QTEST_MAIN(TestTryItPage)
#include "tst_tryitpage.moc"
