#include "ui/mainwindow.h"

#include "ui/applicationspage.h"
#include "ui/auditpage.h"
#include "ui/emptystatepage.h"
#include "ui/icons.h"
#include "ui/identityproviderspage.h"
#include "ui/messagebox.h"
#include "ui/postgresdialog.h"
#include "ui/refreshablepage.h"
#include "ui/requestspage.h"
#include "ui/serverpage.h"
#include "ui/sessionspage.h"
#include "ui/settingsdialog.h"
#include "ui/testuserspage.h"
#include "ui/tryitpage.h"

#include "services/healthservice.h"
#include "services/servicehub.h"

#include <QAction>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace authdesk {

namespace {

const auto GeometryKey = QLatin1String("mainWindow/geometry");
const auto StateKey = QLatin1String("mainWindow/state");
const auto PageKey = QLatin1String("mainWindow/page");

} // namespace

MainWindow::MainWindow(ConsoleContext context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(std::move(context))
    , m_sidebar(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_databaseBanner(new QLabel(this))
    , m_databaseCheck(new QTimer(this))
{
    // Which database is in use, so a PostgreSQL console is never mistaken for a local one.
    setWindowTitle(m_context.database ? tr("AuthDesk — %1").arg(m_context.database->location()) : tr("AuthDesk"));
    setObjectName(QStringLiteral("MainWindow"));

    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setFixedWidth(180);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSpacing(2);

    // Without services (the window's own tests) every page is its empty state.
    const bool live = m_context.services != nullptr;
    addPage(Page::Applications, tr("Applications"),
            live ? static_cast<QWidget *>(new ApplicationsPage(m_context))
                 : new EmptyStatePage(tr("No applications yet"),
                                      tr("Applications are the clients of the Authentication API. Each one gets a "
                                         "client ID and a secret that is shown once. Create one to let the "
                                         "Sharetribe SDK log in against AuthDesk.")),
            icon(Icon::Application));
    addPage(Page::TestUsers, tr("Test users"),
            live ? static_cast<QWidget *>(new TestUsersPage(m_context))
                 : new EmptyStatePage(tr("No test users yet"),
                                      tr("Test users log in with the password grant. Create them here to try login "
                                         "flows; you can reset their passwords, ban them or lift a lockout.")),
            icon(Icon::User));
    addPage(Page::Sessions, tr("Sessions"),
            live ? static_cast<QWidget *>(new SessionsPage(m_context))
                 : new EmptyStatePage(tr("No sessions yet"),
                                      tr("Every login starts a session: a family of refresh tokens. They appear "
                                         "here with their user and application, and can be revoked with a reason.")),
            icon(Icon::Session));
    addPage(Page::Requests, tr("Requests"),
            live ? static_cast<QWidget *>(new RequestsPage(m_context))
                 : new EmptyStatePage(tr("No requests yet"),
                                      tr("Every call to the token endpoint is listed here as it happens, with the "
                                         "decision and its reason in plain words. Secrets are never shown.")),
            icon(Icon::Requests));
    addPage(Page::AuditLog, tr("Audit log"),
            live ? static_cast<QWidget *>(new AuditPage(m_context))
                 : new EmptyStatePage(tr("Nothing audited yet"),
                                      tr("Admin actions and security events, such as a revoked session or a reused "
                                         "refresh token, are recorded here with who did what and why.")),
            icon(Icon::Audit));
    addPage(Page::Server, tr("Server"),
            live ? static_cast<QWidget *>(new ServerPage(m_context))
                 : new EmptyStatePage(tr("Server"),
                                      tr("The local Authentication API: its address, its state, and the browser "
                                         "origins it allows. Point the Sharetribe SDK's baseUrl at it.")),
            icon(Icon::Server));
    addPage(Page::TryIt, tr("Try it"),
        live ? static_cast<QWidget *>(new TryItPage(m_context))
             : new EmptyStatePage(tr("Try it"),
                 tr("Issue a token from the console for an application and a test user, and "
                    "see the token response and its decoded claims.")),
        icon(Icon::TryIt));
    addPage(Page::IdentityProviders, tr("Identity providers"),
        live ? static_cast<QWidget *>(new IdentityProvidersPage(m_context))
             : new EmptyStatePage(tr("Identity providers"),
                 tr("OpenID Connect providers (Google, an SSO, a mock IdP) whose ID tokens log "
                    "test users in through the SDK's loginWithIdp.")),
        icon(Icon::Key));

    auto *refresh = new QAction(tr("&Refresh"), this);
    refresh->setShortcuts(QKeySequence::Refresh);
    addAction(refresh);
    connect(refresh, &QAction::triggered, this, &MainWindow::refreshCurrentPage);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *settings = file->addAction(tr("&Settings…"));
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);
    connect(settings, &QAction::triggered, this, [this] {
        SettingsDialog dialog(this);
        dialog.exec();
    });
    if (m_context.database)
        addDatabaseActions(file);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcuts(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &MainWindow::close);

    m_databaseBanner->setObjectName(QStringLiteral("databaseBanner"));
    m_databaseBanner->setWordWrap(true);
    m_databaseBanner->setMargin(8);
    m_databaseBanner->setStyleSheet(
        QStringLiteral("QLabel { background: #fdecea; color: #611a15; border-bottom: 1px solid #f5c6cb; }"));
    m_databaseBanner->hide();

    auto *central = new QWidget(this);
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_databaseBanner);
    auto *layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_pages, 1);
    column->addLayout(layout, 1);
    setCentralWidget(central);

    if (live) {
        // A database that goes away (a PostgreSQL restart) shows a banner, not an error per click,
        // and the console carries on once it is back, without a restart.
        m_databaseCheck->setInterval(DatabaseCheckMs);
        connect(m_databaseCheck, &QTimer::timeout, this, &MainWindow::checkDatabase);
        m_databaseCheck->start();
    }

    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    resize(1100, 700);
    restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(Page page, const QString &title, QWidget *widget, const QIcon &icon)
{
    Q_ASSERT(m_pages->count() == static_cast<int>(page));
    m_sidebar->addItem(new QListWidgetItem(icon, title));
    m_pages->addWidget(widget);
}

void MainWindow::addDatabaseActions(QMenu *file)
{
    file->addSeparator();
    QAction *connectPostgres = file->addAction(tr("Connect to &PostgreSQL…"));
    connectPostgres->setObjectName(QStringLiteral("connectPostgresAction"));
    connect(connectPostgres, &QAction::triggered, this, [this] {
        DatabaseSwitch *database = m_context.database;
        PostgresDialog dialog(
            database->lastPostgres(), [database](const PostgresTarget &login) { return database->testPostgres(login); },
            this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        // The console reopens on the new database once this window is closed.
        database->switchToPostgres(dialog.login(), dialog.rememberPassword());
        close();
    });

    QAction *useLocal = file->addAction(tr("Use the &local database"));
    useLocal->setObjectName(QStringLiteral("useLocalDatabaseAction"));
    useLocal->setEnabled(m_context.database->isPostgres());
    connect(useLocal, &QAction::triggered, this, [this] {
        if (!MessageBox::confirm(this, tr("Use the local database"),
                tr("AuthDesk will reopen on the database file on this computer and stop using %1. "
                   "Nothing is copied between the two.")
                    .arg(m_context.database->location()),
                tr("Use the local database")))
            return;
        m_context.database->switchToLocal();
        close();
    });
}

void MainWindow::refreshCurrentPage()
{
    if (auto *page = dynamic_cast<RefreshablePage *>(m_pages->currentWidget()))
        page->refresh();
}

void MainWindow::checkDatabase()
{
    const Result<void> healthy = m_context.services->health().check();
    if (!healthy) {
        m_databaseBanner->setText(
            tr("%1 Nothing can be shown or saved until the database is back; this banner goes away by itself.")
                .arg(healthy.error().message()));
        m_databaseBanner->show();
        return;
    }
    if (m_databaseBanner->isVisible()) {
        m_databaseBanner->hide();
        refreshCurrentPage();
    }
}

void MainWindow::showPage(Page page)
{
    m_sidebar->setCurrentRow(static_cast<int>(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

QWidget *MainWindow::pageWidget(Page page) const
{
    return m_pages->widget(static_cast<int>(page));
}

void MainWindow::showServerStatus(const QString &text)
{
    statusBar()->showMessage(text);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    restoreState(settings.value(StateKey).toByteArray());
    const int page = settings.value(PageKey, 0).toInt();
    m_sidebar->setCurrentRow(page >= 0 && page < m_pages->count() ? page : 0);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(PageKey, m_pages->currentIndex());
}

} // namespace authdesk
