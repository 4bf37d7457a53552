#include "apifixture.h"
#include "server/authserver.h"
#include "services/applicationservice.h"
#include "services/servicehub.h"
#include "services/sessionservice.h"
#include "services/testuserservice.h"
#include "ui/applicationtablemodel.h"
#include "ui/auditlogmodel.h"
#include "ui/mainwindow.h"
#include "ui/requestlogmodel.h"
#include "ui/sessiontablemodel.h"
#include "ui/testusertablemodel.h"

#include <QAbstractScrollArea>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QUrl>

using namespace authdesk;

Q_DECLARE_METATYPE(authdesk::MainWindow::Page)

namespace {

const QByteArray Firefox = "Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0";
const QByteArray Safari = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, "
                          "like Gecko) Version/17.2 Mobile/15E148 Safari/604.1";
const QByteArray Sdk = "sharetribe-flex-sdk-js/1.21.0 node/20.10.0";

// What a header cell or a table cell needs to show its text uncut: the widest text among the rows,
// measured with the view's font, plus what the view itself adds (margins, an icon).
int contentWidth(const QTableView &view, int column)
{
    int widest = 0;
    for (int row = 0; row < view.model()->rowCount(); ++row) {
        const QString text = view.model()->index(row, column).data().toString();
        widest = std::max(widest, view.fontMetrics().horizontalAdvance(text));
    }
    return std::max(widest, static_cast<const QAbstractItemView &>(view).sizeHintForColumn(column));
}

QString columnName(const QTableView &view, int column)
{
    return view.model()->headerData(column, Qt::Horizontal).toString();
}

// "User 160, Application 80, ... in 885": the widths of the shown columns, for a failure's message.
QString sizes(const QTableView &view)
{
    const QHeaderView *header = view.horizontalHeader();
    QStringList shown;
    for (int column = 0; column < header->count(); ++column) {
        if (!header->isSectionHidden(column))
            shown << QStringLiteral("%1 %2").arg(columnName(view, column)).arg(header->sectionSize(column));
    }
    return shown.join(QStringLiteral(", ")) + QStringLiteral(" in %1").arg(view.viewport()->width());
}

} // namespace

// Issue #14: at the main window's default size, with the rows a team has after a day of work, no page
// scrolls sideways and nothing an operator reads (e-mails, times, client IDs, states, reasons) is cut;
// minor columns (addresses, user agents) give way, cut with "…" and whole in their tooltips.
class TestConsoleLayout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void pagesFitTheDefaultWindow_data();
    void pagesFitTheDefaultWindow();
    void cutCellsShowTheirWholeTextInATooltip();

private:
    ConsoleContext context()
    {
        return { &m_fixture.services(), &m_fixture.server(), QStringLiteral("the key file /tmp/x"),
            QStringLiteral("maria") };
    }
    HttpReply login(const char *email, const QByteArray &userAgent, const QByteArray &clientId = {});

    ApiFixture m_fixture;
};

HttpReply TestConsoleLayout::login(const char *email, const QByteArray &userAgent, const QByteArray &clientId)
{
    return m_fixture.token("grant_type=password&scope=user&password=long%20enough%20pass&username="
            + QUrl::toPercentEncoding(QString::fromLatin1(email))
            + "&client_id=" + (clientId.isEmpty() ? QByteArray(ApiFixture::MarketplaceClientId) : clientId),
        { { "User-Agent", userAgent } });
}

void TestConsoleLayout::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("AuthDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_consolelayout"));
    QVERIFY(m_fixture.start());
    ServiceHub &services = m_fixture.services();
    const QString actor = QStringLiteral("maria");

    // The applications and users of the README's demo.
    const Result<IssuedSecret> mobile
        = services.applications().create(QStringLiteral("Mobile app"), ApplicationType::Marketplace, actor);
    QVERIFY(mobile);
    QVERIFY(services.applications().create(QStringLiteral("Legacy importer"), ApplicationType::Integration, actor));
    for (const char *email : { "ann.buyer@example.com", "sam.seller@example.com", "mallory@example.com" }) {
        const bool banned = QByteArray(email).startsWith("mallory");
        QVERIFY(services.testUsers().create(
            { QString::fromLatin1(email), QStringLiteral("Demo user"), QStringLiteral("long enough pass"), banned },
            actor));
    }
    Application shop = services.applications().find(QString::fromLatin1(ApiFixture::MarketplaceClientId))->value();
    shop.settings.accessTokenTtlSeconds = 600;
    QVERIFY(services.applications().update(shop, actor));

    // A day of traffic: logins from a browser, a phone and the SDK, a refresh, failures, a CORS
    // refusal, an unknown client, a revoked session and a reused refresh token.
    QCOMPARE(login("ann.buyer@example.com", Firefox).status, 200);
    const QJsonObject phone = login("sam.seller@example.com", Safari, mobile->application.clientId.toLatin1()).json();
    QCOMPARE(login("joe@example.com", Sdk).status, 401); // the seed's password is another
    QCOMPARE(login("mallory@example.com", Firefox).status, 401);
    QCOMPARE(login("nobody@example.com", Firefox, "7a8b9c0d-1e2f-4a3b-9c4d-5e6f7a8b9c0d").status, 401);
    QCOMPARE(m_fixture
                 .token("grant_type=client_credentials&scope=public-read&client_id="
                         + QByteArray(ApiFixture::MarketplaceClientId),
                     { { "Origin", "http://localhost:4000" }, { "User-Agent", Firefox } })
                 .status,
        403);
    const QByteArray refresh = "grant_type=refresh_token&client_id=" + mobile->application.clientId.toLatin1()
        + "&refresh_token=" + QUrl::toPercentEncoding(phone.value(QLatin1String("refresh_token")).toString());
    QCOMPARE(m_fixture.token(refresh, { { "User-Agent", Safari } }).status, 200);
    m_fixture.clock().advance(120);
    QCOMPARE(m_fixture.token(refresh, { { "User-Agent", Safari } }).status, 401); // reused: the session ends
    const QJsonObject lost = login("ann.buyer@example.com", Sdk).json();
    const QJsonObject claims = QJsonDocument::fromJson(
        QByteArray::fromBase64(lost.value(QLatin1String("access_token")).toString().toLatin1().split('.').value(1),
            QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
                                   .object();
    QVERIFY(
        services.sessions().revoke(claims.value(QLatin1String("fid")).toString(), QStringLiteral("lost phone"), actor));
    QCOMPARE(login("ann.buyer@example.com", Firefox).status, 200);
}

void TestConsoleLayout::init()
{
    QSettings().clear();
}

void TestConsoleLayout::pagesFitTheDefaultWindow_data()
{
    QTest::addColumn<MainWindow::Page>("page");
    QTest::addColumn<QList<int>>("keyColumns");
    QTest::addRow("Applications") << MainWindow::Page::Applications
                                  << QList<int> { ApplicationTableModel::Name, ApplicationTableModel::ClientId };
    QTest::addRow("Test users") << MainWindow::Page::TestUsers
                                << QList<int> { TestUserTableModel::Email, TestUserTableModel::DisplayName,
                                       TestUserTableModel::State, TestUserTableModel::Created };
    QTest::addRow("Sessions") << MainWindow::Page::Sessions
                              << QList<int> { SessionTableModel::User, SessionTableModel::Application,
                                     SessionTableModel::LastUsed, SessionTableModel::State };
    QTest::addRow("Requests") << MainWindow::Page::Requests
                              << QList<int> { RequestLogModel::Time, RequestLogModel::Endpoint, RequestLogModel::Status,
                                     RequestLogModel::Reason };
    QTest::addRow("Audit log") << MainWindow::Page::AuditLog
                               << QList<int> { AuditLogModel::Time, AuditLogModel::Kind, AuditLogModel::Action,
                                      AuditLogModel::Reason };
    QTest::addRow("Server") << MainWindow::Page::Server << QList<int> {};
    QTest::addRow("Try it") << MainWindow::Page::TryIt << QList<int> {};
    QTest::addRow("Identity providers") << MainWindow::Page::IdentityProviders << QList<int> {};
}

void TestConsoleLayout::pagesFitTheDefaultWindow()
{
    QFETCH(MainWindow::Page, page);
    QFETCH(QList<int>, keyColumns);

    MainWindow window(context());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), QSize(1100, 700)); // the default, with no saved geometry
    window.showPage(page);
    QWidget *shown = window.pageWidget(page);

    // Nothing on the page scrolls sideways: tables, lists, the detail panes.
    const auto scrollsSideways = [shown]() {
        QStringList names;
        for (const QAbstractScrollArea *area : shown->findChildren<QAbstractScrollArea *>()) {
            if (area->isVisible() && area->horizontalScrollBar()->maximum() > 0)
                names << QStringLiteral("%1 (%2 px too narrow)")
                             .arg(QString::fromLatin1(area->metaObject()->className()))
                             .arg(area->horizontalScrollBar()->maximum());
        }
        return names;
    };
    QTRY_VERIFY2(scrollsSideways().isEmpty(), qPrintable(scrollsSideways().join(QStringLiteral(", "))));
    if (page == MainWindow::Page::Applications) {
        // A marketplace application's pane is the tallest (login-as settings): its vertical scroll bar
        // takes no width from the form.
        auto *table = shown->findChild<QTableView *>();
        QVERIFY(table);
        const QModelIndexList shops
            = table->model()->match(table->model()->index(0, 0), Qt::DisplayRole, QStringLiteral("Web shop"));
        QCOMPARE(shops.size(), 1);
        table->selectRow(shops.first().row());
        QTRY_VERIFY2(scrollsSideways().isEmpty(), qPrintable(scrollsSideways().join(QStringLiteral(", "))));
    }
    if (keyColumns.isEmpty())
        return;

    auto *view = shown->findChild<QTableView *>();
    QVERIFY(view);
    QVERIFY2(view->model()->rowCount() >= 4, "the page shows the day's rows");
    const QHeaderView *header = view->horizontalHeader();
    for (const int column : std::as_const(keyColumns)) {
        QVERIFY2(!header->isSectionHidden(column), qPrintable(columnName(*view, column)));
        int last = -1;
        for (int visual = header->count() - 1; visual >= 0 && last < 0; --visual) {
            if (!header->isSectionHidden(header->logicalIndex(visual)))
                last = header->logicalIndex(visual);
        }
        int need = contentWidth(*view, column);
        if (column == last) {
            // The last column (a reason) takes what the minor columns leave while they stay readable: all
            // of a typical reason, at least 40 characters of a long one (whole in its tooltip).
            need = std::min(need, 40 * view->fontMetrics().averageCharWidth());
        }
        QTRY_VERIFY2(header->sectionSize(column) >= need,
            qPrintable(QStringLiteral("%1: %2 px for %3 px of text")
                           .arg(columnName(*view, column))
                           .arg(header->sectionSize(column))
                           .arg(need)));
    }
    // A minor column gives way, but never cuts its header.
    for (int column = 0; column < header->count(); ++column) {
        if (!header->isSectionHidden(column) && !keyColumns.contains(column))
            QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column),
                qPrintable(QStringLiteral("%1 is cut; the columns: %2").arg(columnName(*view, column), sizes(*view))));
    }
}

void TestConsoleLayout::cutCellsShowTheirWholeTextInATooltip()
{
    MainWindow window(context());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPage(MainWindow::Page::Sessions);
    auto *view = window.pageWidget(MainWindow::Page::Sessions)->findChild<QTableView *>();
    QVERIFY(view);
    // The browser's user agent does not fit beside the e-mails and times: cut, and whole in the tooltip.
    int row = -1;
    for (int candidate = 0; candidate < view->model()->rowCount(); ++candidate) {
        if (view->model()->index(candidate, SessionTableModel::LoginFrom).data().toString().contains(u"Firefox"))
            row = candidate;
    }
    QVERIFY(row >= 0);
    const QModelIndex cell = view->model()->index(row, SessionTableModel::LoginFrom);
    QTRY_VERIFY(view->visualRect(cell).width() < view->fontMetrics().horizontalAdvance(cell.data().toString()));
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(), QStringLiteral("127.0.0.1 · ") + QString::fromLatin1(Firefox));
    // The State column says the state in a word; who revoked a session and why is in its tooltip.
    bool sawRevoked = false;
    for (int candidate = 0; candidate < view->model()->rowCount(); ++candidate) {
        const QModelIndex state = view->model()->index(candidate, SessionTableModel::State);
        if (state.data().toString() == QLatin1String("Revoked")) {
            QCOMPARE(state.data(Qt::ToolTipRole).toString(), QStringLiteral("Revoked by maria: lost phone"));
            sawRevoked = true;
        }
    }
    QVERIFY(sawRevoked);
}

QTEST_MAIN(TestConsoleLayout)
#include "tst_consolelayout.moc"
