#include "apifixture.h"
#include "server/authserver.h"
#include "services/auditlog.h"
#include "services/servicehub.h"
#include "services/sessionservice.h"
#include "services/testuserservice.h"
#include "ui/auditlogmodel.h"
#include "ui/auditpage.h"
#include "ui/mainwindow.h"
#include "ui/reasondialog.h"
#include "ui/sessionspage.h"
#include "ui/sessiontablemodel.h"
#include "ui/testuserspage.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUrlQuery>

using namespace authdesk;

namespace {

const QString Actor = QStringLiteral("tester");

int rowOfFamily(const SessionTableModel &model, const QString &familyId)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.family(row).id == familyId)
            return row;
    }
    return -1;
}

QString familyOf(const QJsonObject &login)
{
    const QList<QByteArray> parts = login.value(QStringLiteral("access_token")).toString().toLatin1().split('.');
    if (parts.size() != 3)
        return {};
    const QByteArray claims = QByteArray::fromBase64(parts.at(1), QByteArray::Base64UrlEncoding);
    return QJsonDocument::fromJson(claims).object().value(QStringLiteral("fid")).toString();
}

} // namespace

class TestSessionsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void reasonIsRequired();
    void showsTheLoginWithUserAndApplication();
    void revokeOneWithAReason();
    void cancellingRevokesNothing();
    void revokeAllOfAUser();
    void revokeAllOfAnApplication();
    void filtersAsYouType();
    void showsWhereTheSessionCameFrom();
    void testUserMenuShowsTheirSessions();

private:
    int liveFamilies(const QString &clientId = {}, const QString &userId = {});
    void answer(ReasonDialog *dialog, const QString &reason);

    ApiFixture m_fixture;
    QString m_userId;
};

void TestSessionsPage::initTestCase()
{
    QVERIFY(m_fixture.start());
    const Result<std::optional<TestUser>> user
        = m_fixture.services().testUsers().findByEmail(QString::fromLatin1(ApiFixture::UserEmail));
    QVERIFY(user && user->has_value());
    m_userId = (*user)->id;
}

int TestSessionsPage::liveFamilies(const QString &clientId, const QString &userId)
{
    FamilyFilter filter;
    filter.clientId = clientId;
    filter.userId = userId;
    filter.state = TokenFamily::State::Live;
    const Result<int> count = m_fixture.services().sessions().count(filter);
    return count ? *count : -1;
}

void TestSessionsPage::answer(ReasonDialog *dialog, const QString &reason)
{
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->acceptButton()->isEnabled());
    QTest::keyClicks(dialog->findChild<QWidget *>(QStringLiteral("reason")), reason);
    QVERIFY(dialog->acceptButton()->isEnabled());
    QTest::mouseClick(dialog->acceptButton(), Qt::LeftButton);
}

void TestSessionsPage::reasonIsRequired()
{
    ReasonDialog dialog(QStringLiteral("Revoke"), QStringLiteral("Why?"), QStringLiteral("Revoke session"));
    QSignalSpy given(&dialog, &ReasonDialog::reasonGiven);
    QVERIFY(!dialog.acceptButton()->isEnabled());
    QCOMPARE(dialog.acceptButton()->text(), QStringLiteral("Revoke session"));
    dialog.setReason(QStringLiteral("   \n "));
    QVERIFY(!dialog.acceptButton()->isEnabled());
    dialog.accept(); // e.g. Enter: refused while empty
    QCOMPARE(given.count(), 0);
    dialog.setReason(QString(501, QLatin1Char('x')));
    QVERIFY(!dialog.acceptButton()->isEnabled());
    dialog.setReason(QStringLiteral("  user asked  "));
    QVERIFY(dialog.acceptButton()->isEnabled());
    dialog.accept();
    QCOMPARE(given.count(), 1);
    QCOMPARE(given.first().first().toString(), QStringLiteral("user asked"));
}

void TestSessionsPage::showsWhereTheSessionCameFrom()
{
    // Three logins of one user in one application: told apart by where they came from.
    const QByteArray form = "grant_type=password&username=joe%40example.com&password=secret%20pass%26%3D%2B&scope=user"
                            "&client_id="
        + QByteArray(ApiFixture::MarketplaceClientId);
    QStringList families;
    for (const QByteArray &agent : { QByteArray("Firefox/133.0"), QByteArray("okhttp/4.12"), QByteArray("curl/8.5") }) {
        const HttpReply reply = m_fixture.token(form, { { "User-Agent", agent } });
        QCOMPARE(reply.status, 200);
        families << familyOf(reply.json());
    }
    const HttpReply refreshed = m_fixture.token(
        "grant_type=refresh_token&client_id=" + QByteArray(ApiFixture::MarketplaceClientId) + "&refresh_token="
            + QUrl::toPercentEncoding(m_fixture.token(form, { { "User-Agent", "Safari/17" } })
                                          .json()
                                          .value(QLatin1String("refresh_token"))
                                          .toString()),
        { { "User-Agent", "Safari/18" } });
    QCOMPARE(refreshed.status, 200);

    SessionsPage page(m_fixture.services().sessions(), m_fixture.services().applications(),
        m_fixture.services().testUsers(), m_fixture.clock(), Actor);
    const SessionTableModel &model = *page.model();
    QCOMPARE(model.headerData(SessionTableModel::LoginFrom, Qt::Horizontal).toString(), QStringLiteral("Login from"));
    QCOMPARE(model.headerData(SessionTableModel::RefreshFrom, Qt::Horizontal).toString(),
        QStringLiteral("Last refresh from"));
    QStringList shown;
    for (const QString &family : families)
        shown << model.index(rowOfFamily(model, family), SessionTableModel::LoginFrom).data().toString();
    QCOMPARE(shown,
        (QStringList { QStringLiteral("127.0.0.1 · Firefox/133.0"), QStringLiteral("127.0.0.1 · okhttp/4.12"),
            QStringLiteral("127.0.0.1 · curl/8.5") }));
    const int row = rowOfFamily(model, familyOf(refreshed.json()));
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, SessionTableModel::LoginFrom).data().toString(), QStringLiteral("127.0.0.1 · Safari/17"));
    QCOMPARE(
        model.index(row, SessionTableModel::RefreshFrom).data().toString(), QStringLiteral("127.0.0.1 · Safari/18"));
    QVERIFY(!model.index(row, SessionTableModel::LastUsed).data().toString().isEmpty());
}

void TestSessionsPage::testUserMenuShowsTheirSessions()
{
    MainWindow window(ConsoleContext { &m_fixture.services(), &m_fixture.server(), QStringLiteral("test key"), Actor });
    auto *users = qobject_cast<TestUsersPage *>(window.pageWidget(MainWindow::Page::TestUsers));
    auto *sessions = qobject_cast<SessionsPage *>(window.pageWidget(MainWindow::Page::Sessions));
    QVERIFY(users && sessions);
    window.showPage(MainWindow::Page::TestUsers);
    QVERIFY(users->select(m_userId));

    std::unique_ptr<QMenu> menu(users->createContextMenu());
    QStringList names;
    for (QAction *action : menu->actions()) {
        if (!action->isSeparator())
            names << action->objectName();
    }
    // Show sessions, then the user actions the page's buttons offer.
    QCOMPARE(names.first(), QStringLiteral("showSessions"));
    for (const QString &action : { QStringLiteral("editDisplayName"), QStringLiteral("resetPassword"),
             QStringLiteral("ban"), QStringLiteral("unlock"), QStringLiteral("delete") })
        QVERIFY2(names.contains(action), qPrintable(names.join(QLatin1Char(','))));
    QAction *show = menu->findChild<QAction *>(QStringLiteral("showSessions"));
    QVERIFY(show && show->isEnabled());
    show->trigger();

    QCOMPARE(window.currentPage(), MainWindow::Page::Sessions);
    QCOMPARE(sessions->userFilter()->text(), QString::fromLatin1(ApiFixture::UserEmail));
    QVERIFY(sessions->model()->rowCount() > 0);
    for (int row = 0; row < sessions->model()->rowCount(); ++row)
        QCOMPARE(sessions->model()->family(row).userId, m_userId);
}

void TestSessionsPage::showsTheLoginWithUserAndApplication()
{
    const QJsonObject login = m_fixture.login();
    QVERIFY(!login.isEmpty());
    const QString familyId = familyOf(login);
    QVERIFY(!familyId.isEmpty());

    SessionsPage page(m_fixture.services().sessions(), m_fixture.services().applications(),
        m_fixture.services().testUsers(), m_fixture.clock(), Actor);
    const int row = rowOfFamily(*page.model(), familyId);
    QVERIFY(row >= 0);
    QCOMPARE(page.model()->index(row, SessionTableModel::User).data().toString(), QStringLiteral("joe@example.com"));
    QCOMPARE(page.model()->index(row, SessionTableModel::Application).data().toString(), QStringLiteral("Web shop"));
    QCOMPARE(page.model()->index(row, SessionTableModel::State).data().toString(), QStringLiteral("Live"));
    // Nothing selected: nothing to revoke.
    QVERIFY(!page.revokeSelectedSession());
}

void TestSessionsPage::revokeOneWithAReason()
{
    const QJsonObject login = m_fixture.login();
    QVERIFY(!login.isEmpty());
    const QString familyId = familyOf(login);
    const QString refreshToken = login.value(QStringLiteral("refresh_token")).toString();

    AuditPage auditPage(m_fixture.services().audit(), m_fixture.clock());
    SessionsPage page(m_fixture.services().sessions(), m_fixture.services().applications(),
        m_fixture.services().testUsers(), m_fixture.clock(), Actor);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const int row = rowOfFamily(*page.model(), familyId);
    QVERIFY(row >= 0);
    page.view()->selectRow(row);

    QPointer<ReasonDialog> dialog = page.revokeSelectedSession();
    answer(dialog, QStringLiteral("laptop stolen"));
    QTRY_VERIFY(!dialog);

    // In the audit log, with actor and reason...
    const Result<QList<AuditEvent>> events = m_fixture.services().audit().list({}, 5, 0);
    QVERIFY(events && !events->isEmpty());
    const AuditEvent &revoked = events->first();
    QCOMPARE(revoked.action, QStringLiteral("session.revoke"));
    QCOMPARE(revoked.actor, Actor);
    QCOMPARE(revoked.target, familyId);
    // The reason as given, and whose session in which application it was.
    const QString auditReason = QStringLiteral("laptop stolen (session of joe@example.com in Web shop)");
    QCOMPARE(revoked.reason, auditReason);
    // ... on the Audit page, live ...
    QTRY_COMPARE(auditPage.model()->index(0, AuditLogModel::Reason).data().toString(), auditReason);
    QCOMPARE(auditPage.model()->index(0, AuditLogModel::Actor).data().toString(), Actor);
    // ... on this page ...
    const int after = rowOfFamily(*page.model(), familyId);
    QVERIFY(after >= 0);
    QCOMPARE(page.model()->index(after, SessionTableModel::State).data(Qt::ToolTipRole).toString(),
        QStringLiteral("Revoked by tester: laptop stolen"));
    // ... and over HTTP: the refresh token is dead.
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("refresh_token"), refreshToken);
    form.addQueryItem(QStringLiteral("client_id"), QString::fromLatin1(ApiFixture::MarketplaceClientId));
    const HttpReply refused = m_fixture.token(form.toString(QUrl::FullyEncoded).toLatin1());
    QCOMPARE(refused.status, 401);
}

void TestSessionsPage::cancellingRevokesNothing()
{
    QVERIFY(!m_fixture.login().isEmpty());
    SessionsPage page(m_fixture.services().sessions(), m_fixture.services().applications(),
        m_fixture.services().testUsers(), m_fixture.clock(), Actor);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const int live = liveFamilies();
    page.stateFilter()->setCurrentIndex(page.stateFilter()->findText(QStringLiteral("Live")));
    page.applyFilters();
    page.view()->selectRow(0);
    QPointer<ReasonDialog> dialog = page.revokeAllOfSelectedApplication();
    QVERIFY(dialog);
    dialog->setReason(QStringLiteral("changed my mind"));
    dialog->reject();
    QTRY_VERIFY(!dialog);
    QCOMPARE(liveFamilies(), live);
}

void TestSessionsPage::revokeAllOfAUser()
{
    QVERIFY(!m_fixture.login().isEmpty());
    QVERIFY(!m_fixture.login().isEmpty());
    QVERIFY(liveFamilies({}, m_userId) >= 2);

    SessionsPage page(m_fixture.services().sessions(), m_fixture.services().applications(),
        m_fixture.services().testUsers(), m_fixture.clock(), Actor);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.stateFilter()->setCurrentIndex(page.stateFilter()->findText(QStringLiteral("Live")));
    page.applyFilters();
    page.view()->selectRow(0);
    QPointer<ReasonDialog> dialog = page.revokeAllOfSelectedUser();
    answer(dialog, QStringLiteral("user asked to sign out everywhere"));
    QTRY_VERIFY(!dialog);

    QCOMPARE(liveFamilies({}, m_userId), 0);
    const Result<QList<AuditEvent>> events = m_fixture.services().audit().list({}, 1, 0);
    QVERIFY(events && !events->isEmpty());
    QCOMPARE(events->first().action, QStringLiteral("session.revoke_user"));
    QCOMPARE(events->first().target, QStringLiteral("joe@example.com"));
    QVERIFY(events->first().reason.startsWith(QStringLiteral("user asked to sign out everywhere")));
    QCOMPARE(page.model()->rowCount(), 0); // the page shows live ones only, and refreshed
}

void TestSessionsPage::revokeAllOfAnApplication()
{
    m_fixture.clock().advance(5); // a login after the user's revoke-all
    QVERIFY(!m_fixture.login().isEmpty());
    const QString marketplace = QString::fromLatin1(ApiFixture::MarketplaceClientId);
    QCOMPARE(liveFamilies(marketplace), 1);

    SessionsPage page(m_fixture.services().sessions(), m_fixture.services().applications(),
        m_fixture.services().testUsers(), m_fixture.clock(), Actor);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.applicationFilter()->setCurrentIndex(page.applicationFilter()->findData(marketplace));
    page.applyFilters();
    QVERIFY(page.model()->rowCount() > 0);
    page.view()->selectRow(0);
    QPointer<ReasonDialog> dialog = page.revokeAllOfSelectedApplication();
    answer(dialog, QStringLiteral("client secret leaked"));
    QTRY_VERIFY(!dialog);

    QCOMPARE(liveFamilies(marketplace), 0);
    const Result<QList<AuditEvent>> events = m_fixture.services().audit().list({}, 1, 0);
    QVERIFY(events && !events->isEmpty());
    QCOMPARE(events->first().action, QStringLiteral("session.revoke_application"));
    QCOMPARE(events->first().actor, Actor);
    QCOMPARE(events->first().target, marketplace);
}

void TestSessionsPage::filtersAsYouType()
{
    SessionsPage page(m_fixture.services().sessions(), m_fixture.services().applications(),
        m_fixture.services().testUsers(), m_fixture.clock(), Actor);
    QVERIFY(page.model()->totalCount() > 0);
    QTest::keyClicks(page.userFilter(), QStringLiteral("nobody@"));
    // Debounced: not yet on the first keys, soon after the last.
    QVERIFY(page.model()->totalCount() > 0);
    QTRY_COMPARE(page.model()->totalCount(), 0);
    page.userFilter()->clear();
    page.userFilter()->setText(QStringLiteral("JOE@EXAMPLE"));
    QTRY_VERIFY(page.model()->totalCount() > 0);
    QCOMPARE(page.model()->filter().userEmailContains, QStringLiteral("JOE@EXAMPLE"));
}

QTEST_MAIN(TestSessionsPage)
#include "tst_sessionspage.moc"
