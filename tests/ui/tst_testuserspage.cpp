#include "apifixture.h"
#include "emptystatefits.h"
#include "inmainwindow.h"
#include "server/authserver.h"
#include "services/applicationservice.h"
#include "services/servicehub.h"
#include "services/testuserservice.h"
#include "ui/applicationspage.h"
#include "ui/bulkcreatedialog.h"
#include "ui/emptystatepage.h"
#include "ui/icons.h"
#include "ui/loginasbutton.h"
#include "ui/mainwindow.h"
#include "ui/messagebox.h"
#include "ui/newapplicationdialog.h"
#include "ui/newtestuserdialog.h"
#include "ui/testuserspage.h"
#include "ui/testusertablemodel.h"
#include "whenmodal.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QUrl>

using namespace authdesk;

namespace {

const QString Actor = QStringLiteral("tester");
const QString Joe = QString::fromLatin1(ApiFixture::UserEmail);

QByteArray passwordLogin(const QString &email, const QString &password)
{
    return "grant_type=password&scope=user&client_id=" + QByteArray(ApiFixture::MarketplaceClientId)
        + "&username=" + QUrl::toPercentEncoding(email) + "&password=" + QUrl::toPercentEncoding(password);
}

QByteArray refresh(const QString &refreshToken)
{
    return "grant_type=refresh_token&client_id=" + QByteArray(ApiFixture::MarketplaceClientId)
        + "&refresh_token=" + QUrl::toPercentEncoding(refreshToken);
}

} // namespace

class TestTestUsersPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listsUsers();
    void createUser();
    void searchAsYouType();
    void editDisplayName();
    void resetPasswordEndsSessions();
    void banAndUnban();
    void unlockALockedUser();
    void deleteAsks();
    void bulkCreateWithProgress();
    void cancelledBulkCreatesNone();
    void emptyStateWhenNoUsers();
    void ctrlNCreatesOnTheShownPage();
    void logInAsOpensTheMarketplace();
    void sortsAsPeopleReadAndFitsTheEmails();
    void confirmsInTheStatusBar();
    void passwordLabelLeadsToItsField();

private:
    void selectUser(const QString &email);
    QString stateOf(const QString &email) const;

    std::unique_ptr<ApiFixture> m_api;
    std::unique_ptr<TestUsersPage> m_page;
};

void TestTestUsersPage::init()
{
    m_api = std::make_unique<ApiFixture>();
    QVERIFY(m_api->start());
    ServiceHub &services = m_api->services();
    m_page = std::make_unique<TestUsersPage>(
        services.testUsers(), services.applications(), services.identityProviders(), m_api->clock(), Actor);
    m_page->resize(1000, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestTestUsersPage::cleanup()
{
    m_page.reset();
    m_api.reset();
}

void TestTestUsersPage::selectUser(const QString &email)
{
    const TestUserTableModel *model = m_page->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->user(row).email == email) {
            QVERIFY(m_page->select(model->user(row).id));
            QCOMPARE(m_page->selectedUserId(), model->user(row).id);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("%1 is not in the table").arg(email)));
}

QString TestTestUsersPage::stateOf(const QString &email) const
{
    const TestUserTableModel *model = m_page->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->user(row).email == email)
            return model->index(row, TestUserTableModel::State).data().toString();
    }
    return {};
}

void TestTestUsersPage::listsUsers()
{
    QVERIFY(!m_page->isShowingEmptyState());
    QCOMPARE(m_page->tableView()->model()->rowCount(), 1);
    QCOMPARE(m_page->model()->user(0).email, Joe);
    QVERIFY(m_page->statusLabel()->text().contains(QStringLiteral("1 test user")));
    // Nothing selected: nothing to act on.
    QVERIFY(!m_page->resetPasswordButton()->isEnabled());
    selectUser(Joe);
    QVERIFY(m_page->resetPasswordButton()->isEnabled());
    QVERIFY(!m_page->unlockButton()->isEnabled());
}

void TestTestUsersPage::createUser()
{
    whenModal<NewTestUserDialog>([](NewTestUserDialog *dialog) {
        QVERIFY(!dialog->createButton()->isEnabled());
        QTest::keyClicks(dialog->emailEdit(), QStringLiteral("ann@example.com"));
        QTest::keyClicks(dialog->displayNameEdit(), QStringLiteral("Ann Example"));
        QTest::keyClicks(dialog->passwordEdit(), QStringLiteral("ann's password"));
        QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
    });
    QTest::mouseClick(m_page->newButton(), Qt::LeftButton);

    const Result<std::optional<TestUser>> ann
        = m_api->services().testUsers().findByEmail(QStringLiteral("ann@example.com"));
    QVERIFY(ann.ok() && ann->has_value());
    QCOMPARE((*ann)->displayName, QStringLiteral("Ann Example"));
    QCOMPARE(m_page->selectedUserId(), (*ann)->id);
    QCOMPARE(m_page->tableView()->model()->rowCount(), 2);
    QCOMPARE(
        m_api->token(passwordLogin(QStringLiteral("ann@example.com"), QStringLiteral("ann's password"))).status, 200);
}

void TestTestUsersPage::searchAsYouType()
{
    QList<NewTestUser> users;
    for (int n = 1; n <= 30; ++n)
        users.append({ QStringLiteral("shopper%1@example.com").arg(n), QString(), QStringLiteral("pw"), false });
    QVERIFY(m_api->services().testUsers().createMany(users, Actor).ok());
    m_page->refresh();
    QCOMPARE(m_page->model()->totalCount(), 31);

    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    QTest::keyClick(m_page->tableView(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(m_page->searchEdit()->hasFocus());
    QTest::keyClicks(m_page->searchEdit(), QStringLiteral("shopper2"));
    // Typing pauses before the query runs, so each key does not cost a search.
    QCOMPARE(m_page->model()->searchText(), QString());
    // shopper2, shopper20…shopper29
    QTRY_COMPARE(m_page->tableView()->model()->rowCount(), 11);
    QCOMPARE(m_page->model()->searchText(), QStringLiteral("shopper2"));
    QVERIFY(m_page->statusLabel()->text().contains(QStringLiteral("11")));

    m_page->searchEdit()->clear();
    QTest::keyClicks(m_page->searchEdit(), QStringLiteral("joe tester"));
    QTRY_COMPARE(m_page->tableView()->model()->rowCount(), 1);
    QCOMPARE(m_page->model()->user(0).email, Joe);

    m_page->searchEdit()->setText(QStringLiteral("nobody"));
    QTRY_COMPARE(m_page->tableView()->model()->rowCount(), 0);
    QVERIFY(!m_page->isShowingEmptyState());
    QVERIFY(m_page->statusLabel()->text().contains(QStringLiteral("nobody")));
}

void TestTestUsersPage::editDisplayName()
{
    selectUser(Joe);
    whenModal<QInputDialog>([](QInputDialog *ask) {
        QCOMPARE(ask->textValue(), QStringLiteral("Joe Tester"));
        ask->setTextValue(QStringLiteral("Joseph Tester"));
        ask->accept();
    });
    QTest::mouseClick(m_page->editButton(), Qt::LeftButton);
    QCOMPARE(
        m_page->model()->index(0, TestUserTableModel::DisplayName).data().toString(), QStringLiteral("Joseph Tester"));
    QCOMPARE(m_api->services().testUsers().findByEmail(Joe).value()->displayName, QStringLiteral("Joseph Tester"));
}

void TestTestUsersPage::resetPasswordEndsSessions()
{
    const QJsonObject login = m_api->login();
    const QString refreshToken = login.value(QStringLiteral("refresh_token")).toString();
    QVERIFY(!refreshToken.isEmpty());

    selectUser(Joe);
    QString question;
    whenModal<QInputDialog>([&question](QInputDialog *ask) {
        question = ask->labelText();
        QCOMPARE(ask->textEchoMode(), QLineEdit::Password);
        ask->setTextValue(QStringLiteral("a new password"));
        ask->accept();
    });
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(m_page->resetPasswordButton(), Qt::LeftButton);

    QVERIFY2(question.contains(QStringLiteral("ends all of their sessions")), qPrintable(question));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("1 session")), qPrintable(MessageBox::lastText()));
    QCOMPARE(m_api->token(refresh(refreshToken)).status, 401);
    QCOMPARE(m_api->token(passwordLogin(Joe, QString::fromLatin1(ApiFixture::UserPassword))).status, 401);
    QCOMPARE(m_api->token(passwordLogin(Joe, QStringLiteral("a new password"))).status, 200);
}

void TestTestUsersPage::banAndUnban()
{
    selectUser(Joe);
    QCOMPARE(m_page->banButton()->text().remove(QLatin1Char('&')), QStringLiteral("Ban…"));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(m_page->banButton(), Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(Joe));
    QCOMPARE(stateOf(Joe), QStringLiteral("Banned"));
    QVERIFY(m_api->login().isEmpty());
    QCOMPARE(m_api->token(passwordLogin(Joe, QString::fromLatin1(ApiFixture::UserPassword))).status, 401);

    QCOMPARE(m_page->banButton()->text().remove(QLatin1Char('&')), QStringLiteral("Unban"));
    QTest::mouseClick(m_page->banButton(), Qt::LeftButton);
    QCOMPARE(stateOf(Joe), QStringLiteral("Active"));
    QVERIFY(!m_api->login().isEmpty());
}

void TestTestUsersPage::unlockALockedUser()
{
    for (int attempt = 0; attempt < 10; ++attempt)
        QCOMPARE(m_api->token(passwordLogin(Joe, QStringLiteral("wrong"))).status, 401);
    QVERIFY(m_api->login().isEmpty());

    m_page->refresh();
    selectUser(Joe);
    QVERIFY2(stateOf(Joe).startsWith(QStringLiteral("Locked until")), qPrintable(stateOf(Joe)));
    QVERIFY(m_page->unlockButton()->isEnabled());
    QTest::mouseClick(m_page->unlockButton(), Qt::LeftButton);
    QCOMPARE(stateOf(Joe), QStringLiteral("Active"));
    QVERIFY(!m_page->unlockButton()->isEnabled());
    QVERIFY(!m_api->login().isEmpty());
}

void TestTestUsersPage::deleteAsks()
{
    selectUser(Joe);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(m_page->deleteButton(), Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(Joe));
    QVERIFY(m_api->services().testUsers().findByEmail(Joe).value().has_value());

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(m_page->deleteButton(), Qt::LeftButton);
    QVERIFY(!m_api->services().testUsers().findByEmail(Joe).value().has_value());
    QCOMPARE(m_page->tableView()->model()->rowCount(), 0);
    QVERIFY(m_page->isShowingEmptyState());
}

void TestTestUsersPage::bulkCreateWithProgress()
{
    QSignalSpy finished(m_page.get(), &TestUsersPage::bulkCreateFinished);
    whenModal<BulkCreateDialog>([](BulkCreateDialog *dialog) {
        dialog->countBox()->setValue(50);
        dialog->emailPatternEdit()->setText(QStringLiteral("load{n}@example.com"));
        dialog->displayNamePatternEdit()->setText(QStringLiteral("Load {n}"));
        QVERIFY(!dialog->createButton()->isEnabled());
        QTest::keyClicks(dialog->passwordEdit(), QStringLiteral("load password"));
        QVERIFY(dialog->createButton()->isEnabled());
        QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
    });
    QTest::mouseClick(m_page->bulkButton(), Qt::LeftButton);

    // The work runs on: the page is not blocked, and the progress shows.
    QVERIFY(m_page->isBulkCreating());
    QVERIFY(!m_page->bulkButton()->isEnabled());
    QProgressDialog *progress = m_page->bulkProgressDialog();
    QVERIFY(progress);
    QCOMPARE(progress->maximum(), 50);
    QTRY_VERIFY(progress->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1 || progress->value() > 0, 60000);

    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    QCOMPARE(finished.at(0).at(0).toInt(), 50);
    QVERIFY(!m_page->isBulkCreating());
    QCOMPARE(m_api->services().testUsers().count(QStringLiteral("load")).value(), 50);
    QCOMPARE(m_page->model()->totalCount(), 51);
    QVERIFY(m_page->statusLabel()->text().contains(QStringLiteral("50")));
    QTRY_VERIFY(!m_page->bulkProgressDialog());
    QCOMPARE(
        m_api->token(passwordLogin(QStringLiteral("load37@example.com"), QStringLiteral("load password"))).status, 200);
}

void TestTestUsersPage::cancelledBulkCreatesNone()
{
    QList<NewTestUser> users;
    for (int n = 1; n <= 2000; ++n)
        users.append({ QStringLiteral("cancel%1@example.com").arg(n), QString(), QStringLiteral("pw"), false });
    QSignalSpy finished(m_page.get(), &TestUsersPage::bulkCreateFinished);
    m_page->startBulkCreate(users);
    QProgressDialog *progress = m_page->bulkProgressDialog();
    QVERIFY(progress);
    QTRY_VERIFY_WITH_TIMEOUT(progress->value() > 0, 60000);
    auto *cancel = progress->findChild<QPushButton *>();
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);

    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(finished.at(0).at(0).toInt(), 0);
    QCOMPARE(m_api->services().testUsers().count(QStringLiteral("cancel")).value(), 0);
    QVERIFY2(
        m_page->statusLabel()->text().contains(QStringLiteral("Cancelled")), qPrintable(m_page->statusLabel()->text()));
    QCOMPARE(m_page->model()->totalCount(), 1);
}

void TestTestUsersPage::emptyStateWhenNoUsers()
{
    const TestUser joe = *m_api->services().testUsers().findByEmail(Joe).value();
    QVERIFY(m_api->services().testUsers().remove(joe.id, Actor).ok());
    m_page->refresh();
    QVERIFY(m_page->isShowingEmptyState());
    QVERIFY(m_page->emptyState()->isVisible());
    QVERIFY(!m_page->emptyState()->heading().isEmpty());
    verifyEmptyStateFits(m_page.get(), m_page->emptyState());
}

void TestTestUsersPage::ctrlNCreatesOnTheShownPage()
{
    // Both pages have Ctrl+N; in the console only the shown one may answer it.
    m_page.reset();
    MainWindow window(ConsoleContext { &m_api->services(), &m_api->server(), QStringLiteral("test key"), Actor });
    QVERIFY(qobject_cast<TestUsersPage *>(window.pageWidget(MainWindow::Page::TestUsers)));
    QVERIFY(qobject_cast<ApplicationsPage *>(window.pageWidget(MainWindow::Page::Applications)));
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    window.showPage(MainWindow::Page::TestUsers);
    bool userDialog = false;
    whenModal<NewTestUserDialog>([&userDialog](NewTestUserDialog *dialog) {
        userDialog = true;
        dialog->reject();
    });
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(userDialog);

    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.showPage(MainWindow::Page::Applications);
    bool applicationDialog = false;
    whenModal<NewApplicationDialog>([&applicationDialog](NewApplicationDialog *dialog) {
        applicationDialog = true;
        dialog->reject();
    });
    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(applicationDialog);
    // The sidebar shows the pages' icons.
    QVERIFY(!window.sidebar()->item(0)->icon().isNull());
    QVERIFY(!window.sidebar()->item(1)->icon().isNull());
    // Drawn from SVG at any size, which needs the SVG icon engine (libqt6svg6).
    for (Icon which : { Icon::Application, Icon::User, Icon::Key, Icon::Copy, Icon::Add, Icon::Delete }) {
        const QPixmap large = icon(which).pixmap(QSize(96, 96));
        QVERIFY(!large.isNull());
        QCOMPARE(large.size(), QSize(96, 96));
    }
}

void TestTestUsersPage::logInAsOpensTheMarketplace()
{
    QList<QUrl> opened;
    LoginAsButton *button = m_page->loginAsButton();
    button->setUrlOpener([&](const QUrl &url) {
        opened << url;
        return true;
    });
    selectUser(Joe);
    const QString joeId = m_page->selectedUserId();
    // The example application has no marketplace URL: disabled, and the tool tip says what to do.
    QVERIFY(!button->isEnabled());
    QVERIFY2(button->toolTip().contains(QLatin1String("marketplace URL")), qPrintable(button->toolTip()));
    QCOMPARE(button->statusTip(), button->toolTip());

    ApplicationService &applications = m_api->services().applications();
    Application shop = *applications.find(QString::fromLatin1(ApiFixture::MarketplaceClientId)).value();
    shop.loginAs.marketplaceUrl = QStringLiteral("http://localhost:3000/");
    QVERIFY(applications.update(shop, Actor));
    m_page->refresh();
    // The seeded application lists its grants without authorization_code: still disabled, still saying why.
    QVERIFY(!button->isEnabled());
    QVERIFY(button->toolTip().contains(QLatin1String("authorization_code")));
    shop.settings.enabledGrants.append(GrantType::AuthorizationCode);
    QVERIFY(applications.update(shop, Actor));
    m_page->refresh();
    QCOMPARE(m_page->selectedUserId(), joeId);
    QVERIFY(button->isEnabled());
    QVERIFY(!button->menu());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(
        opened, QList<QUrl>({ QUrl(QStringLiteral("http://localhost:3000/api/initiate-login-as?user_id=") + joeId) }));

    // With two applications that can, the button offers both.
    Application staging;
    staging.clientId = QStringLiteral("0b1e4c2a-2222-4c8e-8f7a-0d9b1c2a3e22");
    staging.name = QStringLiteral("Staging shop");
    staging.settings = GrantSettings::defaultsFor(ApplicationType::Marketplace);
    staging.loginAs.marketplaceUrl = QStringLiteral("https://staging.shop.test:8443/base");
    QVERIFY(applications.createWith(staging, {}, Actor));
    m_page->refresh();
    QVERIFY(button->menu());
    QCOMPARE(button->menu()->actions().size(), 2);
    opened.clear();
    const QList<QAction *> actions = button->menu()->actions();
    const auto stagingAction = std::find_if(actions.cbegin(), actions.cend(),
        [](const QAction *action) { return action->text().startsWith(QLatin1String("Staging shop")); });
    QVERIFY(stagingAction != actions.cend());
    (*stagingAction)->trigger();
    QCOMPARE(opened,
        QList<QUrl>(
            { QUrl(QStringLiteral("https://staging.shop.test:8443/base/api/initiate-login-as?user_id=") + joeId) }));

    // A banned user cannot be logged in as.
    QVERIFY(m_api->services().testUsers().setBanned(joeId, true, Actor));
    m_page->refresh();
    QVERIFY(!button->isEnabled());
    QVERIFY(button->toolTip().contains(QLatin1String("banned")));
}

void TestTestUsersPage::sortsAsPeopleReadAndFitsTheEmails()
{
    QList<NewTestUser> users;
    for (const int n : { 10, 2, 1, 100 })
        users.append({ QStringLiteral("user%1@example.com").arg(n), QString(), QStringLiteral("pw"), false });
    QVERIFY(m_api->services().testUsers().createMany(users, Actor).ok());
    m_page->refresh();
    QStringList shown;
    const QAbstractItemModel *view = m_page->tableView()->model();
    for (int row = 0; row < view->rowCount(); ++row)
        shown << view->index(row, TestUserTableModel::Email).data().toString();
    QCOMPARE(shown,
        (QStringList { Joe, QStringLiteral("user1@example.com"), QStringLiteral("user2@example.com"),
            QStringLiteral("user10@example.com"), QStringLiteral("user100@example.com") }));
    // The selection follows the user, wherever the proxy put them.
    selectUser(QStringLiteral("user10@example.com"));
    QCOMPARE(m_page->tableView()->selectionModel()->selectedRows().first().row(), 3);

    // E-mails are not cut; times are to the second.
    QHeaderView *header = m_page->tableView()->horizontalHeader();
    QTRY_VERIFY(header->sectionSize(TestUserTableModel::Email)
        >= static_cast<const QAbstractItemView *>(m_page->tableView())->sizeHintForColumn(TestUserTableModel::Email));
    const QString created = view->index(0, TestUserTableModel::Created).data().toString();
    QVERIFY2(
        QRegularExpression(QStringLiteral("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$")).match(created).hasMatch(),
        qPrintable(created));
}

void TestTestUsersPage::confirmsInTheStatusBar()
{
    InMainWindow window(m_page.get());
    QVERIFY(window.exposed());
    selectUser(Joe);
    whenModal<QInputDialog>([](QInputDialog *dialog) {
        dialog->setTextValue(QStringLiteral("Joe Confirmed"));
        dialog->accept();
    });
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("editDisplayName")), Qt::LeftButton);
    QVERIFY2(window.statusMessage().contains(QStringLiteral("saved")), qPrintable(window.statusMessage()));
}

void TestTestUsersPage::passwordLabelLeadsToItsField()
{
    NewTestUserDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *label = dialog.findChild<QLabel *>(QStringLiteral("passwordLabel"));
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("password"));
    QVERIFY(label);
    // With a buddy, "&Password:" shows an underlined P, not an ampersand, and Alt+P goes to the field.
    QCOMPARE(label->buddy(), password);
    QTest::keyClick(&dialog, Qt::Key_P, Qt::AltModifier);
    QVERIFY(password->hasFocus());
}

QTEST_MAIN(TestTestUsersPage)
#include "tst_testuserspage.moc"
