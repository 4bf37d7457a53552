#include "consoledriver.h"

#include "app/backend.h"
#include "server/authserver.h"
#include "ui/mainwindow.h"
#include "ui/sessionspage.h"
#include "ui/sessiontablemodel.h"
#include "ui/testuserspage.h"
#include "ui/testusertablemodel.h"

#include <QApplication>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTableView>
#include <cstdio>
#include <ctime>

namespace authdesk {

namespace {

constexpr double GiveUpMs = 60000;

} // namespace

Stopwatch::Stopwatch()
    : m_cpuStartMs(processCpuMs())
{
    m_wall.start();
}

Timing Stopwatch::elapsed() const
{
    return { static_cast<double>(m_wall.nsecsElapsed()) / 1e6, processCpuMs() - m_cpuStartMs };
}

double Stopwatch::processCpuMs()
{
    timespec cpu {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu);
    return static_cast<double>(cpu.tv_sec) * 1e3 + static_cast<double>(cpu.tv_nsec) / 1e6;
}

ConsoleDriver::ConsoleDriver() = default;

ConsoleDriver::~ConsoleDriver()
{
    m_window.reset(); // the pages use the services, which the backend owns
}

bool ConsoleDriver::open(const QString &databasePath, const QString &keyFile)
{
    BackendOptions options;
    options.databasePath = databasePath;
    options.keyFile = keyFile;
    Result<std::unique_ptr<Backend>> backend = Backend::open(options);
    if (!backend) {
        std::fprintf(stderr, "console-scale: %s\n", qPrintable(backend.error().message()));
        return false;
    }
    m_backend = std::move(*backend);
    ConsoleContext context;
    context.services = &m_backend->services();
    context.server = &m_backend->server();
    context.keyLocation = m_backend->keyLocation();
    context.actor = QStringLiteral("bench");
    m_window = std::make_unique<MainWindow>(context);
    // As the console does: the Authentication API runs while the window is open.
    if (const Result<quint16> port = m_backend->server().start(QHostAddress(QHostAddress::LocalHost), 0); !port) {
        std::fprintf(stderr, "console-scale: %s\n", qPrintable(port.error().message()));
        return false;
    }
    m_window->resize(1280, 800);
    m_window->show();
    return true;
}

bool ConsoleDriver::waitForFirstPage()
{
    const Stopwatch clock;
    return waitUntil(clock,
               [this] {
                   const auto *view = m_window->pageWidget(m_window->currentPage())->findChild<QTableView *>();
                   return view && showsRows(view);
               })
               .wallMs
        >= 0;
}

Timing ConsoleDriver::openSessionsPage()
{
    auto *page = qobject_cast<SessionsPage *>(m_window->pageWidget(MainWindow::Page::Sessions));
    const Stopwatch clock;
    m_window->showPage(MainWindow::Page::Sessions);
    return waitUntil(clock, [page] { return page->isVisible() && showsRows(page->view()); });
}

Timing ConsoleDriver::filterSessionsByEmail(const QString &email)
{
    auto *page = qobject_cast<SessionsPage *>(m_window->pageWidget(MainWindow::Page::Sessions));
    {
        // Typed without starting the typing pause: the time measured begins when the pause ends.
        const QSignalBlocker typing(page->userFilter());
        page->userFilter()->setText(email);
    }
    const Stopwatch clock;
    page->applyFilters();
    return waitUntil(clock, [page, email] {
        const SessionTableModel *model = page->model();
        return showsRows(page->view())
            && model->index(0, SessionTableModel::User).data().toString().compare(email, Qt::CaseInsensitive) == 0;
    });
}

Timing ConsoleDriver::clearSessionsFilter()
{
    auto *page = qobject_cast<SessionsPage *>(m_window->pageWidget(MainWindow::Page::Sessions));
    {
        const QSignalBlocker typing(page->userFilter());
        page->userFilter()->clear();
    }
    const Stopwatch clock;
    page->applyFilters();
    return waitUntil(
        clock, [page] { return page->model()->filter().userEmailContains.isEmpty() && showsRows(page->view()); });
}

Timing ConsoleDriver::fetchSessionsAt(int depth)
{
    auto *page = qobject_cast<SessionsPage *>(m_window->pageWidget(MainWindow::Page::Sessions));
    SessionTableModel *model = page->model();
    while (model->rowCount() < depth && model->canFetchMore({}))
        model->fetchMore({});
    const int before = model->rowCount();
    const Stopwatch clock;
    model->fetchMore({});
    return waitUntil(clock, [model, before] { return model->rowCount() > before; });
}

Timing ConsoleDriver::openTestUsersPage()
{
    auto *page = qobject_cast<TestUsersPage *>(m_window->pageWidget(MainWindow::Page::TestUsers));
    const Stopwatch clock;
    m_window->showPage(MainWindow::Page::TestUsers);
    return waitUntil(clock, [page] { return page->isVisible() && showsRows(page->tableView()); });
}

Timing ConsoleDriver::searchTestUsers(const QString &text)
{
    auto *page = qobject_cast<TestUsersPage *>(m_window->pageWidget(MainWindow::Page::TestUsers));
    {
        const QSignalBlocker typing(page->searchEdit());
        page->searchEdit()->setText(text);
    }
    const Stopwatch clock;
    // What the page does when the typing pause ends.
    page->model()->setSearchText(text);
    return waitUntil(clock, [page, text] {
        return showsRows(page->tableView())
            && page->model()->index(0, TestUserTableModel::Email).data().toString().contains(text, Qt::CaseInsensitive);
    });
}

Timing ConsoleDriver::clearTestUsersSearch()
{
    auto *page = qobject_cast<TestUsersPage *>(m_window->pageWidget(MainWindow::Page::TestUsers));
    {
        const QSignalBlocker typing(page->searchEdit());
        page->searchEdit()->clear();
    }
    const Stopwatch clock;
    page->model()->setSearchText({});
    return waitUntil(clock, [page] { return showsRows(page->tableView()); });
}

void ConsoleDriver::showApplicationsPage()
{
    m_window->showPage(MainWindow::Page::Applications);
    const Stopwatch clock;
    waitUntil(clock, [] { return true; });
}

bool ConsoleDriver::showsRows(const QTableView *view)
{
    // The view has laid its rows out where the operator looks: the first row is at the top.
    return view->model()->rowCount() > 0 && view->indexAt(QPoint(1, 1)).isValid();
}

Timing ConsoleDriver::waitUntil(const Stopwatch &clock, const std::function<bool()> &ready)
{
    while (!ready()) {
        if (clock.elapsed().wallMs > GiveUpMs)
            return {};
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    // Deliver what the change posted (layout, the repaint of the view) before stopping the clock.
    QApplication::sendPostedEvents();
    QApplication::processEvents();
    return clock.elapsed();
}

} // namespace authdesk
