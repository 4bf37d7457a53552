#include "ui/emptystatepage.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QListWidget>
#include <QSettings>
#include <QTest>
#include <memory>

using namespace authdesk;

Q_DECLARE_METATYPE(authdesk::MainWindow::Page)

namespace {

// The console as the app builds it, minus the services: the shell alone must already work.
std::unique_ptr<MainWindow> newWindow()
{
    return std::make_unique<MainWindow>(ConsoleContext {});
}

void clickSidebarRow(MainWindow &window, int row)
{
    QListWidget *sidebar = window.sidebar();
    const QRect rect = sidebar->visualItemRect(sidebar->item(row));
    QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, rect.center());
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void sidebarListsPagesInOrder();
    void clickingAnEntryShowsItsPage_data();
    void clickingAnEntryShowsItsPage();
    void everyPageExplainsItself_data();
    void everyPageExplainsItself();
    void firstRunShowsApplications();
    void remembersGeometryAndPage();
};

void TestMainWindow::initTestCase()
{
    // Settings of a name of our own, under the private HOME the test runs with, so the real console's
    // settings are never touched.
    QCoreApplication::setOrganizationName(QStringLiteral("AuthDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::sidebarListsPagesInOrder()
{
    const std::unique_ptr<MainWindow> window = newWindow();
    QStringList entries;
    for (int row = 0; row < window->sidebar()->count(); ++row)
        entries << window->sidebar()->item(row)->text();
    QCOMPARE(entries,
        (QStringList { QStringLiteral("Applications"), QStringLiteral("Test users"), QStringLiteral("Sessions"),
            QStringLiteral("Requests"), QStringLiteral("Audit log"), QStringLiteral("Server"), QStringLiteral("Try it"),
            QStringLiteral("Identity providers"), QStringLiteral("Test controls") }));
}

void TestMainWindow::clickingAnEntryShowsItsPage_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<MainWindow::Page>("page");

    // Applications last, so every row is a change of page.
    QTest::addRow("Test users") << 1 << MainWindow::Page::TestUsers;
    QTest::addRow("Sessions") << 2 << MainWindow::Page::Sessions;
    QTest::addRow("Requests") << 3 << MainWindow::Page::Requests;
    QTest::addRow("Audit log") << 4 << MainWindow::Page::AuditLog;
    QTest::addRow("Server") << 5 << MainWindow::Page::Server;
    QTest::addRow("Applications") << 0 << MainWindow::Page::Applications;
}

void TestMainWindow::clickingAnEntryShowsItsPage()
{
    QFETCH(int, row);
    QFETCH(MainWindow::Page, page);

    const std::unique_ptr<MainWindow> window = newWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    window->showPage(row == 0 ? MainWindow::Page::Server : MainWindow::Page::Applications);

    clickSidebarRow(*window, row);

    QCOMPARE(window->currentPage(), page);
    QCOMPARE(window->sidebar()->currentRow(), row);
    for (int other = 0; other < window->sidebar()->count(); ++other) {
        const auto otherPage = static_cast<MainWindow::Page>(other);
        QCOMPARE(window->pageWidget(otherPage)->isVisible(), otherPage == page);
    }
    QVERIFY(qobject_cast<EmptyStatePage *>(window->pageWidget(page)));
}

void TestMainWindow::everyPageExplainsItself_data()
{
    QTest::addColumn<MainWindow::Page>("page");

    QTest::addRow("Applications") << MainWindow::Page::Applications;
    QTest::addRow("Test users") << MainWindow::Page::TestUsers;
    QTest::addRow("Sessions") << MainWindow::Page::Sessions;
    QTest::addRow("Requests") << MainWindow::Page::Requests;
    QTest::addRow("Audit log") << MainWindow::Page::AuditLog;
    QTest::addRow("Server") << MainWindow::Page::Server;
}

void TestMainWindow::everyPageExplainsItself()
{
    QFETCH(MainWindow::Page, page);

    const std::unique_ptr<MainWindow> window = newWindow();
    auto *empty = qobject_cast<EmptyStatePage *>(window->pageWidget(page));
    QVERIFY2(empty, "every page is an empty state for now");
    QVERIFY(!empty->heading().trimmed().isEmpty());
    QVERIFY(!empty->explanation().trimmed().isEmpty());
    // A sentence that says what the page will hold, not a placeholder word.
    QVERIFY2(
        empty->explanation().split(QLatin1Char(' '), Qt::SkipEmptyParts).size() >= 8, qPrintable(empty->explanation()));
}

void TestMainWindow::firstRunShowsApplications()
{
    const std::unique_ptr<MainWindow> window = newWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QCOMPARE(window->currentPage(), MainWindow::Page::Applications);
    QVERIFY(window->pageWidget(MainWindow::Page::Applications)->isVisible());
}

void TestMainWindow::remembersGeometryAndPage()
{
    const QSize size(640, 420);
    const QPoint position(30, 40);
    {
        const std::unique_ptr<MainWindow> window = newWindow();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->resize(size);
        window->move(position);
        QTRY_COMPARE(window->size(), size);
        clickSidebarRow(*window, 2);
        QCOMPARE(window->currentPage(), MainWindow::Page::Sessions);
        QVERIFY(window->close());
    }

    const std::unique_ptr<MainWindow> reopened = newWindow();
    reopened->show();
    QVERIFY(QTest::qWaitForWindowExposed(reopened.get()));
    QCOMPARE(reopened->size(), size);
    QCOMPARE(reopened->pos(), position);
    QCOMPARE(reopened->currentPage(), MainWindow::Page::Sessions);
    QVERIFY(reopened->pageWidget(MainWindow::Page::Sessions)->isVisible());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
