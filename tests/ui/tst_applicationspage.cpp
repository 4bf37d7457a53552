#include "apifixture.h"
#include "emptystatefits.h"
#include "inmainwindow.h"
#include "services/applicationservice.h"
#include "services/servicehub.h"
#include "ui/applicationdetailpane.h"
#include "ui/applicationspage.h"
#include "ui/applicationtablemodel.h"
#include "ui/durationedit.h"
#include "ui/emptystatepage.h"
#include "ui/messagebox.h"
#include "ui/newapplicationdialog.h"
#include "ui/secretdialog.h"
#include "whenmodal.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUrl>

using namespace authdesk;
using namespace std::chrono_literals;

namespace {

const QString Actor = QStringLiteral("tester");
const QString Integration = QString::fromLatin1(ApiFixture::IntegrationClientId);
const QString Marketplace = QString::fromLatin1(ApiFixture::MarketplaceClientId);

QByteArray clientCredentials(const QString &clientId, const QString &secret)
{
    return "grant_type=client_credentials&client_id=" + QUrl::toPercentEncoding(clientId)
        + "&client_secret=" + QUrl::toPercentEncoding(secret);
}

// Every text a person could read anywhere in the application's windows.
QStringList visibleTexts()
{
    QStringList texts;
    for (QWidget *top : QApplication::allWidgets()) {
        if (auto *edit = qobject_cast<QLineEdit *>(top))
            texts << edit->text() << edit->placeholderText();
        else if (auto *label = qobject_cast<QLabel *>(top))
            texts << label->text();
        else if (auto *plain = qobject_cast<QPlainTextEdit *>(top))
            texts << plain->toPlainText();
    }
    return texts;
}

// What the secret dialog showed, read while it was open.
struct Shown
{
    QString clientId;
    QString secret;
    QString previousSecret;
    QString clipboardAfterCopy;
    QString title;
    bool secretShownWhole = false;
    bool clientIdShownWhole = false;
};

// The whole text is in view: with the cursor at its end, the field did not have to scroll.
bool shownWhole(QLineEdit *field)
{
    field->end(false);
    const QRect cursor = field->inputMethodQuery(Qt::ImCursorRectangle).toRect();
    return cursor.center().x() >= field->fontMetrics().horizontalAdvance(field->text());
}

// Reads the secret dialog, copies the secret, then closes it with the only button it has.
void readAndCloseSecretDialog(Shown &shown)
{
    whenModal<SecretDialog>([&shown](SecretDialog *dialog) {
        shown.title = dialog->windowTitle();
        shown.clientId = dialog->findChild<QLineEdit *>(QStringLiteral("clientId"))->text();
        shown.secret = dialog->findChild<QLineEdit *>(QStringLiteral("secret"))->text();
        shown.secretShownWhole = shownWhole(dialog->findChild<QLineEdit *>(QStringLiteral("secret")));
        shown.clientIdShownWhole = shownWhole(dialog->findChild<QLineEdit *>(QStringLiteral("clientId")));
        if (auto *previous = dialog->findChild<QLabel *>(QStringLiteral("previousSecret")))
            shown.previousSecret = previous->text();
        // Esc does not lose the secret.
        QTest::keyClick(dialog, Qt::Key_Escape);
        QVERIFY(dialog->isVisible());
        QTest::mouseClick(dialog->copySecretButton(), Qt::LeftButton);
        shown.clipboardAfterCopy = QGuiApplication::clipboard()->text();
        QCOMPARE(dialog->storedButton()->text(), QStringLiteral("I have stored the secret"));
        QTest::mouseClick(dialog->storedButton(), Qt::LeftButton);
    });
}

} // namespace

class TestApplicationsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listsTheApplications();
    void createShowsTheSecretExactlyOnce();
    void copiedSecretLeavesTheClipboard();
    void clipboardKeepsWhatWasCopiedLater();
    void cancelCreatesNothing();
    void ctrlNOpensTheNewApplicationDialog();
    void rotateKeepsTheOldSecretForTheOverlap();
    void disableRefusesClientCredentials();
    void invalidSettingsAreRefusedWithTheReason();
    void onlyGrantsOfTheTypeAreOffered();
    void loginAsSettingsAreEditedAndChecked();
    void copyClientId();
    void deleteAsksAndNamesTheClient();
    void emptyStateWhenNoApplications();
    void sortsNamesAsPeopleRead();
    void lifetimesAreDurationsAcrossThePane();
    void savesConfirmInTheStatusBar();

private:
    void selectRow(const QString &clientId);

    std::unique_ptr<ApiFixture> m_api;
    std::unique_ptr<ApplicationsPage> m_page;
};

void TestApplicationsPage::initTestCase()
{
    SecretDialog::setClipboardClearDelay(300ms);
}

void TestApplicationsPage::init()
{
    m_api = std::make_unique<ApiFixture>();
    QVERIFY(m_api->start());
    m_page = std::make_unique<ApplicationsPage>(m_api->services().applications(), m_api->clock(), Actor);
    m_page->resize(1000, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QGuiApplication::clipboard()->clear();
}

void TestApplicationsPage::cleanup()
{
    m_page.reset();
    m_api.reset();
}

void TestApplicationsPage::selectRow(const QString &clientId)
{
    QVERIFY(m_page->select(clientId));
    QCOMPARE(m_page->selectedClientId(), clientId);
    QCOMPARE(m_page->detailPane()->application().clientId, clientId);
}

void TestApplicationsPage::listsTheApplications()
{
    QVERIFY(!m_page->isShowingEmptyState());
    QCOMPARE(m_page->tableView()->model()->rowCount(), 2);
    // The first row is selected, so the pane shows something at once.
    QVERIFY(!m_page->selectedClientId().isEmpty());
    QVERIFY(m_page->detailPane()->isEnabled());
    selectRow(Integration);
    QCOMPARE(m_page->detailPane()->nameEdit()->text(), QStringLiteral("Nightly sync"));
}

void TestApplicationsPage::createShowsTheSecretExactlyOnce()
{
    whenModal<NewApplicationDialog>([](NewApplicationDialog *dialog) {
        QVERIFY(!dialog->createButton()->isEnabled());
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Console sync"));
        dialog->typeBox()->setCurrentIndex(dialog->typeBox()->findText(QStringLiteral("Integration")));
        QVERIFY(dialog->createButton()->isEnabled());
        QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
    });
    Shown shown;
    readAndCloseSecretDialog(shown);
    QTest::mouseClick(m_page->newButton(), Qt::LeftButton);

    QVERIFY2(shown.secret.size() >= 32, qPrintable(shown.secret));
    QVERIFY(shown.secretShownWhole);
    QVERIFY(shown.clientIdShownWhole);
    QVERIFY(shown.title.contains(QStringLiteral("Console sync")));
    QCOMPARE(shown.clipboardAfterCopy, shown.secret);
    QVERIFY(!shown.clientId.isEmpty());

    // The new application is in the table and selected.
    QCOMPARE(m_page->tableView()->model()->rowCount(), 3);
    QCOMPARE(m_page->selectedClientId(), shown.clientId);
    QCOMPARE(m_page->detailPane()->nameEdit()->text(), QStringLiteral("Console sync"));

    // Never again on screen: no dialog left, and no text anywhere holds it.
    QVERIFY(!QApplication::activeModalWidget());
    QVERIFY(m_page->findChildren<SecretDialog *>().isEmpty());
    for (const QString &text : visibleTexts())
        QVERIFY2(!text.contains(shown.secret), qPrintable(text));

    // And it is the real secret: the API accepts it.
    const HttpReply reply = m_api->token(clientCredentials(shown.clientId, shown.secret));
    QCOMPARE(reply.status, 200);
    QCOMPARE(m_api->token(clientCredentials(shown.clientId, QStringLiteral("guess"))).status, 401);
}

void TestApplicationsPage::copiedSecretLeavesTheClipboard()
{
    whenModal<NewApplicationDialog>([](NewApplicationDialog *dialog) {
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Clipboard app"));
        QTest::keyClick(dialog->nameEdit(), Qt::Key_Return);
    });
    Shown shown;
    readAndCloseSecretDialog(shown);
    QTest::mouseClick(m_page->newButton(), Qt::LeftButton);

    QVERIFY(!shown.secret.isEmpty());
    QCOMPARE(QGuiApplication::clipboard()->text(), shown.secret);
    QTRY_COMPARE_WITH_TIMEOUT(QGuiApplication::clipboard()->text(), QString(), 5000);
}

void TestApplicationsPage::clipboardKeepsWhatWasCopiedLater()
{
    whenModal<NewApplicationDialog>([](NewApplicationDialog *dialog) {
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Another"));
        QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
    });
    Shown shown;
    readAndCloseSecretDialog(shown);
    QTest::mouseClick(m_page->newButton(), Qt::LeftButton);

    const QString other = QStringLiteral("something the operator copied afterwards");
    QGuiApplication::clipboard()->setText(other);
    // The dialog's clearing timer started before this one, with a shorter time: it has run when
    // this one runs (a wait for that real event, not a guess at how long the machine takes).
    bool after = false;
    QTimer::singleShot(SecretDialog::clipboardClearDelay() * 2, [&after] { after = true; });
    QTRY_VERIFY_WITH_TIMEOUT(after, 10'000);
    QCOMPARE(QGuiApplication::clipboard()->text(), other);
}

void TestApplicationsPage::cancelCreatesNothing()
{
    whenModal<NewApplicationDialog>([](NewApplicationDialog *dialog) {
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Never made"));
        dialog->reject();
    });
    QTest::mouseClick(m_page->newButton(), Qt::LeftButton);
    QCOMPARE(m_page->tableView()->model()->rowCount(), 2);
    QCOMPARE(m_api->services().applications().list()->size(), 2);
}

void TestApplicationsPage::ctrlNOpensTheNewApplicationDialog()
{
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    bool opened = false;
    whenModal<NewApplicationDialog>([&opened](NewApplicationDialog *dialog) {
        opened = true;
        dialog->reject();
    });
    QTest::keyClick(m_page->tableView(), Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(opened);

    // Ctrl+F goes to the filter, which narrows the table.
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    QTest::keyClick(m_page->tableView(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(m_page->filterEdit()->hasFocus());
    QTest::keyClicks(m_page->filterEdit(), QStringLiteral("nightly"));
    QCOMPARE(m_page->tableView()->model()->rowCount(), 1);
}

void TestApplicationsPage::rotateKeepsTheOldSecretForTheOverlap()
{
    selectRow(Integration);
    const QString oldSecret = QString::fromLatin1(ApiFixture::IntegrationSecret);
    QString question;
    whenModal<QInputDialog>([&question](QInputDialog *ask) {
        question = ask->labelText();
        QCOMPARE(ask->intValue(), 24);
        ask->setIntValue(2);
        ask->accept();
    });
    Shown shown;
    readAndCloseSecretDialog(shown);
    QTest::mouseClick(m_page->detailPane()->rotateButton(), Qt::LeftButton);

    QVERIFY(question.contains(QStringLiteral("Nightly sync")));
    QCOMPARE(shown.clientId, Integration);
    QVERIFY(!shown.secret.isEmpty());
    QVERIFY(shown.secret != oldSecret);
    QVERIFY2(shown.previousSecret.contains(QStringLiteral("keeps working until")), qPrintable(shown.previousSecret));
    for (const QString &text : visibleTexts())
        QVERIFY2(!text.contains(shown.secret), qPrintable(text));

    QCOMPARE(m_api->token(clientCredentials(Integration, shown.secret)).status, 200);
    QCOMPARE(m_api->token(clientCredentials(Integration, oldSecret)).status, 200);
    m_api->clock().advance(2 * 3600 + 1);
    QCOMPARE(m_api->token(clientCredentials(Integration, oldSecret)).status, 401);
    QCOMPARE(m_api->token(clientCredentials(Integration, shown.secret)).status, 200);
}

void TestApplicationsPage::disableRefusesClientCredentials()
{
    const QString secret = QString::fromLatin1(ApiFixture::IntegrationSecret);
    QCOMPARE(m_api->token(clientCredentials(Integration, secret)).status, 200);
    selectRow(Integration);
    ApplicationDetailPane *pane = m_page->detailPane();
    QVERIFY(!pane->saveButton()->isEnabled());
    pane->enabledBox()->click();
    QVERIFY(pane->saveButton()->isEnabled());
    QTest::mouseClick(pane->saveButton(), Qt::LeftButton);

    QVERIFY(!pane->saveButton()->isEnabled());
    QCOMPARE(m_page->model()->application(m_page->model()->rowOf(Integration)).enabled, false);
    QCOMPARE(m_api->token(clientCredentials(Integration, secret)).status, 401);

    pane->enabledBox()->click();
    QTest::mouseClick(pane->saveButton(), Qt::LeftButton);
    QCOMPARE(m_api->token(clientCredentials(Integration, secret)).status, 200);
}

void TestApplicationsPage::invalidSettingsAreRefusedWithTheReason()
{
    selectRow(Marketplace);
    ApplicationDetailPane *pane = m_page->detailPane();
    const Application before = *m_api->services().applications().find(Marketplace).value();
    pane->originsEdit()->setPlainText(QStringLiteral("http://localhost:3000\nnot an origin"));
    pane->graceWindowBox()->setSeconds(120);

    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(pane->saveButton(), Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("'not an origin' is not a browser origin")),
        qPrintable(MessageBox::lastText()));
    // Nothing changed in the service; the form keeps the edits to correct.
    QCOMPARE(*m_api->services().applications().find(Marketplace).value(), before);
    QCOMPARE(pane->graceWindowBox()->seconds(), 120);

    pane->originsEdit()->setPlainText(QStringLiteral("http://localhost:3000\nhttps://shop.example.com"));
    QTest::mouseClick(pane->saveButton(), Qt::LeftButton);
    const Application after = *m_api->services().applications().find(Marketplace).value();
    QCOMPARE(after.settings.corsOrigins,
        (QStringList { QStringLiteral("http://localhost:3000"), QStringLiteral("https://shop.example.com") }));
    QCOMPARE(after.settings.graceWindowSeconds, 120);
}

void TestApplicationsPage::loginAsSettingsAreEditedAndChecked()
{
    selectRow(Integration);
    ApplicationDetailPane *pane = m_page->detailPane();
    QVERIFY(!pane->loginAsGroup()->isVisibleTo(pane)); // marketplace applications only

    selectRow(Marketplace);
    QVERIFY(pane->loginAsGroup()->isVisibleTo(pane));
    QVERIFY(pane->grantBox(GrantType::AuthorizationCode)->isVisibleTo(pane));
    QCOMPARE(pane->environmentBox()->currentData().toString(), QStringLiteral("dev"));
    QVERIFY(!pane->autoApproveBox()->isChecked());

    // A bad URL says what to write and keeps Save off.
    pane->marketplaceUrlEdit()->setText(QStringLiteral("localhost:3000"));
    QVERIFY(pane->marketplaceUrlProblem()->isVisibleTo(pane));
    QVERIFY(pane->marketplaceUrlProblem()->text().contains(QLatin1String("http://localhost:3000")));
    QVERIFY(!pane->saveButton()->isEnabled());

    pane->marketplaceUrlEdit()->setText(QStringLiteral("http://localhost:3000"));
    QVERIFY(!pane->marketplaceUrlProblem()->isVisibleTo(pane));
    pane->environmentBox()->setCurrentIndex(pane->environmentBox()->findData(QStringLiteral("live")));
    pane->autoApproveBox()->setChecked(true);
    QVERIFY(pane->saveButton()->isEnabled());
    QTest::mouseClick(pane->saveButton(), Qt::LeftButton);
    QVERIFY(!pane->saveButton()->isEnabled());
    const Application after = *m_api->services().applications().find(Marketplace).value();
    QCOMPARE(after.loginAs.marketplaceUrl, QStringLiteral("http://localhost:3000"));
    QCOMPARE(after.loginAs.environment, MarketplaceEnvironment::Live);
    QVERIFY(after.loginAs.autoApprove);

    // The service has the last word: a URL the pane would not offer to save is refused with the reason.
    Application bad = after;
    bad.loginAs.marketplaceUrl = QStringLiteral("ftp://localhost");
    const Result<Application> refused = m_api->services().applications().update(bad, QStringLiteral("tester"));
    QVERIFY(!refused);
    QVERIFY(refused.error().message().contains(QLatin1String("marketplace URL")));
}

void TestApplicationsPage::onlyGrantsOfTheTypeAreOffered()
{
    selectRow(Integration);
    ApplicationDetailPane *pane = m_page->detailPane();
    QVERIFY(pane->grantBox(GrantType::ClientCredentials)->isVisibleTo(pane));
    QVERIFY(pane->grantBox(GrantType::RefreshToken)->isVisibleTo(pane));
    QVERIFY(!pane->grantBox(GrantType::Password)->isVisibleTo(pane));
    QVERIFY(!pane->grantBox(GrantType::TokenExchange)->isVisibleTo(pane));

    selectRow(Marketplace);
    for (GrantType grant : grantsValidFor(ApplicationType::Marketplace))
        QVERIFY(pane->grantBox(grant)->isVisibleTo(pane));

    // Turning a grant off is saved, and the API then refuses it.
    pane->grantBox(GrantType::Password)->setChecked(false);
    QTest::mouseClick(pane->saveButton(), Qt::LeftButton);
    QVERIFY(!m_api->services().applications().find(Marketplace).value()->settings.isEnabled(GrantType::Password));
    QVERIFY(m_api->login().isEmpty());
}

void TestApplicationsPage::copyClientId()
{
    selectRow(Marketplace);
    QTest::mouseClick(m_page->detailPane()->copyClientIdButton(), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), Marketplace);
}

void TestApplicationsPage::deleteAsksAndNamesTheClient()
{
    selectRow(Integration);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(m_page->detailPane()->deleteButton(), Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Nightly sync")));
    QVERIFY(MessageBox::lastText().contains(Integration));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("sessions")));
    QVERIFY(m_api->services().applications().find(Integration).value().has_value());

    // The Delete key in the table asks the same question.
    m_page->tableView()->setFocus();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(m_page->tableView(), Qt::Key_Delete);
    QVERIFY(MessageBox::lastText().contains(Integration));
    QVERIFY(!m_api->services().applications().find(Integration).value().has_value());
    QCOMPARE(m_page->model()->rowOf(Integration), -1);
    QCOMPARE(m_page->tableView()->model()->rowCount(), 1);
    QCOMPARE(m_page->selectedClientId(), Marketplace);
    QCOMPARE(
        m_api->token(clientCredentials(Integration, QString::fromLatin1(ApiFixture::IntegrationSecret))).status, 401);
}

void TestApplicationsPage::emptyStateWhenNoApplications()
{
    const QList<Application> applications = m_api->services().applications().list().value();
    for (const Application &application : applications)
        QVERIFY(m_api->services().applications().remove(application.clientId, Actor).ok());
    m_page->refresh();
    QVERIFY(m_page->isShowingEmptyState());
    QVERIFY(m_page->emptyState()->isVisible());
    QVERIFY(!m_page->emptyState()->explanation().isEmpty());
    verifyEmptyStateFits(m_page.get(), m_page->emptyState());
    m_page->resize(1000, 700);

    whenModal<NewApplicationDialog>([](NewApplicationDialog *dialog) {
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("First"));
        QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
    });
    Shown shown;
    readAndCloseSecretDialog(shown);
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("emptyNewApplication")), Qt::LeftButton);
    QVERIFY(!m_page->isShowingEmptyState());
    QCOMPARE(m_page->selectedClientId(), shown.clientId);
}

void TestApplicationsPage::sortsNamesAsPeopleRead()
{
    for (const QString &name : { QStringLiteral("Shop 10"), QStringLiteral("Shop 2"), QStringLiteral("shop 1") })
        QVERIFY(m_api->services().applications().create(name, ApplicationType::Marketplace, Actor).ok());
    m_page->refresh();
    QStringList shops;
    const QAbstractItemModel *view = m_page->tableView()->model();
    for (int row = 0; row < view->rowCount(); ++row) {
        const QString name = view->index(row, ApplicationTableModel::Name).data().toString();
        if (name.startsWith(QLatin1String("shop"), Qt::CaseInsensitive))
            shops << name;
    }
    QCOMPARE(shops, (QStringList { QStringLiteral("shop 1"), QStringLiteral("Shop 2"), QStringLiteral("Shop 10") }));
    // The client ID is shown whole.
    QTRY_VERIFY(m_page->tableView()->horizontalHeader()->sectionSize(ApplicationTableModel::ClientId)
        >= static_cast<const QAbstractItemView *>(m_page->tableView())
               ->sizeHintForColumn(ApplicationTableModel::ClientId));
}

void TestApplicationsPage::lifetimesAreDurationsAcrossThePane()
{
    selectRow(Marketplace);
    ApplicationDetailPane *pane = m_page->detailPane();
    const Application application = pane->application();
    QCOMPARE(pane->accessTokenTtlBox()->seconds(), application.settings.accessTokenTtlSeconds);
    QCOMPARE(pane->refreshTokenTtlBox()->seconds(), application.settings.refreshTokenTtlSeconds);
    // A number and a unit, not seconds: e.g. 3600 s reads 1 hour.
    if (application.settings.accessTokenTtlSeconds % 3600 == 0)
        QCOMPARE(pane->accessTokenTtlBox()->unit(), DurationEdit::Hours);
    // The grace window is as wide as the other lifetimes: across the pane.
    QTRY_COMPARE(pane->graceWindowBox()->width(), pane->accessTokenTtlBox()->width());
    QVERIFY(pane->graceWindowBox()->width() > pane->width() / 3);

    pane->refreshTokenTtlBox()->setSeconds(2 * 86400);
    QTest::mouseClick(pane->saveButton(), Qt::LeftButton);
    QCOMPARE(m_api->services().applications().find(Marketplace).value()->settings.refreshTokenTtlSeconds, 2 * 86400);
}

void TestApplicationsPage::savesConfirmInTheStatusBar()
{
    InMainWindow window(m_page.get());
    QVERIFY(window.exposed());
    selectRow(Marketplace);
    ApplicationDetailPane *pane = m_page->detailPane();
    pane->nameEdit()->setText(QStringLiteral("Web shop renamed"));
    QTest::mouseClick(pane->saveButton(), Qt::LeftButton);
    QCOMPARE(window.statusMessage(), QStringLiteral("\"Web shop renamed\" saved."));
}

QTEST_MAIN(TestApplicationsPage)
#include "tst_applicationspage.moc"
