// The Identity providers page and the linked identities under Test users, on a real database, with
// a real OpenID Connect provider (TestIdp) for Test discovery.

#include "apifixture.h"
#include "server/authserver.h"
#include "services/builtinidp.h"
#include "services/identityproviderservice.h"
#include "services/servicehub.h"
#include "services/testuserservice.h"
#include "testidp.h"
#include "ui/identityproviderspage.h"
#include "ui/linkedidentitiespanel.h"
#include "ui/messagebox.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace authdesk;

class TestIdentityProvidersPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void addShowsValidationMessagesThenSaves();
    void editAndRemove();
    void testDiscoveryShowsWhatItFound();
    void testDiscoveryOfAnUnreachableIssuer();
    void linkedIdentitiesAreShownAndUnlinkable();
    void oneClickAddsTheBuiltinTestIdp();

private:
    void fill(const QString &idpId, const QString &name, const QString &issuer, const QString &clientId);

    std::unique_ptr<ApiFixture> m_api;
    std::unique_ptr<TestIdp> m_idp;
    std::unique_ptr<IdentityProvidersPage> m_page;
};

void TestIdentityProvidersPage::init()
{
    m_api = std::make_unique<ApiFixture>();
    QVERIFY(m_api->start());
    m_idp = std::make_unique<TestIdp>();
    QVERIFY(m_idp->start());
    m_page = std::make_unique<IdentityProvidersPage>(m_api->services().identityProviders(), QStringLiteral("tester"));
    m_page->resize(900, 600);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestIdentityProvidersPage::cleanup()
{
    m_page.reset();
    m_idp.reset();
    m_api.reset();
}

void TestIdentityProvidersPage::fill(
    const QString &idpId, const QString &name, const QString &issuer, const QString &clientId)
{
    m_page->idpIdEdit()->setText(idpId);
    m_page->nameEdit()->setText(name);
    m_page->issuerEdit()->setText(issuer);
    m_page->clientIdEdit()->setText(clientId);
}

void TestIdentityProvidersPage::addShowsValidationMessagesThenSaves()
{
    QCOMPARE(m_page->listView()->count(), 0);
    fill(QStringLiteral("Google!"), QStringLiteral("Google"), QStringLiteral("https://accounts.google.com"),
        QStringLiteral("abc"));
    QVERIFY(!m_page->save());
    QVERIFY(m_page->validationLabel()->text().startsWith(QLatin1String("idp_id:")));
    m_page->idpIdEdit()->setText(QStringLiteral("google"));
    m_page->issuerEdit()->setText(QStringLiteral("accounts.google.com"));
    QVERIFY(!m_page->save());
    QVERIFY(m_page->validationLabel()->text().startsWith(QLatin1String("issuer:")));
    m_page->issuerEdit()->setText(QStringLiteral("https://accounts.google.com"));
    m_page->trustedEdit()->setPlainText(QStringLiteral("ios-app\n\nandroid-app\n"));
    QVERIFY(m_page->save());
    QVERIFY(m_page->validationLabel()->text().isEmpty());
    QCOMPARE(m_page->listView()->count(), 1);
    const auto stored = m_api->services().identityProviders().find(QStringLiteral("google"));
    QVERIFY(stored && stored->has_value());
    QCOMPARE((*stored)->trustedClientIds, QStringList({ QStringLiteral("ios-app"), QStringLiteral("android-app") }));

    // The same idp_id again: the service's conflict, shown under the form.
    m_page->newProvider();
    fill(QStringLiteral("google"), QStringLiteral("Again"), QStringLiteral("https://x.test"), QStringLiteral("c"));
    QVERIFY(!m_page->save());
    QVERIFY(m_page->validationLabel()->text().contains(QLatin1String("already exists")));
}

void TestIdentityProvidersPage::editAndRemove()
{
    fill(QStringLiteral("sso"), QStringLiteral("SSO"), m_idp->issuer(), QStringLiteral("client"));
    QVERIFY(m_page->save());
    QVERIFY(m_page->select(QStringLiteral("sso")));
    QVERIFY(m_page->idpIdEdit()->isReadOnly());
    m_page->nameEdit()->setText(QStringLiteral("Company SSO"));
    QVERIFY(m_page->save());
    QCOMPARE((*m_api->services().identityProviders().find(QStringLiteral("sso")))->name, QStringLiteral("Company SSO"));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    m_page->removeSelected();
    QVERIFY(!m_api->services().identityProviders().find(QStringLiteral("sso"))->has_value());
    QCOMPARE(m_page->listView()->count(), 0);
}

void TestIdentityProvidersPage::testDiscoveryShowsWhatItFound()
{
    fill(QStringLiteral("sso"), QStringLiteral("SSO"), m_idp->issuer(), QStringLiteral("client"));
    m_page->testDiscovery();
    QTRY_VERIFY(!m_page->isTesting());
    QTRY_VERIFY(m_page->discoveryView()->toPlainText().contains(m_idp->currentKid()));
    const QString shown = m_page->discoveryView()->toPlainText();
    QVERIFY2(shown.contains(m_idp->jwksUri()), qPrintable(shown));
    QVERIFY(shown.contains(QStringLiteral("Issuer in the metadata: %1").arg(m_idp->issuer())));
    QCOMPARE(m_idp->configurationFetches(), 1);
}

void TestIdentityProvidersPage::testDiscoveryOfAnUnreachableIssuer()
{
    const QString issuer = m_idp->issuer();
    m_idp->stop();
    fill(QStringLiteral("sso"), QStringLiteral("SSO"), issuer, QStringLiteral("client"));
    m_page->testDiscovery();
    QTRY_VERIFY_WITH_TIMEOUT(
        m_page->discoveryView()->toPlainText().startsWith(QLatin1String("Discovery failed")), 15000);
    QVERIFY(m_page->discoveryView()->toPlainText().contains(QLatin1String("503")));
}

void TestIdentityProvidersPage::linkedIdentitiesAreShownAndUnlinkable()
{
    IdentityProvider provider;
    provider.idpId = QStringLiteral("sso");
    provider.name = QStringLiteral("SSO");
    provider.issuer = m_idp->issuer();
    provider.clientId = QStringLiteral("client");
    IdentityProviderService &service = m_api->services().identityProviders();
    QVERIFY(service.create(provider, QStringLiteral("test")));
    const auto joe = m_api->services().testUsers().findByEmail(QString::fromLatin1(ApiFixture::UserEmail));
    QVERIFY(joe && joe->has_value());
    QVERIFY(service.link({ QStringLiteral("sso"), QStringLiteral("sub-123"), (*joe)->id, {} }, QStringLiteral("test")));

    LinkedIdentitiesPanel panel(service, QStringLiteral("tester"));
    panel.showUser(**joe);
    QVERIFY(panel.verifiedLabel()->text().startsWith(QLatin1String("E-mail verified: yes")));
    QCOMPARE(panel.identitiesView()->count(), 1);
    QVERIFY(panel.identitiesView()->item(0)->text().startsWith(QLatin1String("sso: sub-123")));

    panel.identitiesView()->setCurrentRow(0);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    panel.unlinkSelected();
    QVERIFY(service.identitiesOf((*joe)->id)->isEmpty());
    QCOMPARE(panel.identitiesView()->item(0)->text(), QStringLiteral("No linked identities."));
}

void TestIdentityProvidersPage::oneClickAddsTheBuiltinTestIdp()
{
    // Without a server there is nothing to point at: the button says why.
    QVERIFY(!m_page->addTestIdpButton()->isEnabled());
    QVERIFY(m_page->addTestIdpButton()->toolTip().contains(QLatin1String("Start the server")));

    IdentityProvidersPage page(m_api->services().identityProviders(), QStringLiteral("tester"), &m_api->server());
    QPushButton *button = page.addTestIdpButton();
    QVERIFY(button->isEnabled());
    QVERIFY(button->text().contains(QLatin1String("test")));
    const QString issuer = m_api->server().baseUrl().toString() + QLatin1String("/idp");
    QVERIFY2(button->toolTip().contains(issuer), qPrintable(button->toolTip()));
    QTest::mouseClick(button, Qt::LeftButton);

    const auto stored = m_api->services().identityProviders().find(QString::fromLatin1(BuiltinIdp::ProviderId));
    QVERIFY(stored && stored->has_value());
    QCOMPARE((*stored)->issuer, issuer);
    QCOMPARE((*stored)->jwksUri, issuer + QLatin1String("/jwks.json"));
    QCOMPARE((*stored)->clientId, QString::fromLatin1(BuiltinIdp::DefaultClientId));
    QCOMPARE(page.issuerEdit()->text(), issuer);
    QVERIFY(!button->isEnabled());
    QVERIFY(button->toolTip().contains(QLatin1String("already")));
}

QTEST_MAIN(TestIdentityProvidersPage)
#include "tst_identityproviderspage.moc"
