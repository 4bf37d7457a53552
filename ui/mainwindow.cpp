#include "ui/mainwindow.h"

#include "services/healthservice.h"
#include "services/loginasservice.h"
#include "services/servercontrol.h"
#include "services/servicehub.h"
#include "ui/applicationspage.h"
#include "ui/auditpage.h"
#include "ui/emptystatepage.h"
#include "ui/icons.h"
#include "ui/identityproviderspage.h"
#include "ui/messagebox.h"
#include "ui/postgresdialog.h"
#include "ui/refreshablepage.h"
#include "ui/requestspage.h"
#include "ui/serverbanner.h"
#include "ui/serverpage.h"
#include "ui/sessionspage.h"
#include "ui/settingsdialog.h"
#include "ui/testcontrolspage.h"
#include "ui/testuserspage.h"
#include "ui/tryitpage.h"

#include <QAction>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace authdesk {

namespace {

const auto GeometryKey = QLatin1String("mainWindow/geometry");
const auto StateKey = QLatin1String("mainWindow/state");
const auto PageKey = QLatin1String("mainWindow/page");

// Which changes each page shows; the others it does not show, so they need no reload.
DataChangeNotifier::Kinds kindsShownOn(MainWindow::Page page)
{
    using K = DataChangeNotifier;
    switch (page) {
    case MainWindow::Page::Applications:
        return K::Applications;
    case MainWindow::Page::TestUsers:
        return K::TestUsers | K::IdentityProviders;
    case MainWindow::Page::Sessions:
        return K::Sessions | K::Applications | K::TestUsers;
    case MainWindow::Page::AuditLog:
        return K::Audit;
    case MainWindow::Page::TryIt:
        return K::Applications | K::TestUsers;
    case MainWindow::Page::IdentityProviders:
        return K::IdentityProviders;
    case MainWindow::Page::Requests: // live already, from the request log
    case MainWindow::Page::Server:
    case MainWindow::Page::TestControls: // live already, from the test controls
        return {};
    }
    return {};
}

} // namespace

MainWindow::MainWindow(ConsoleContext context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(std::move(context))
    , m_sidebar(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_databaseBanner(new QLabel(this))
    , m_databaseCheck(new QTimer(this))
    , m_serverBanner(new ServerBanner(m_context.server, this))
    , m_serverStatus(new QLabel(this))
{
    // Which database is in use, so a PostgreSQL console is never mistaken for a local one.
    setWindowTitle(m_context.database ? tr("AuthDesk — %1").arg(m_context.database->location()) : tr("AuthDesk"));
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(icon(Icon::AuthDesk));

    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setFixedWidth(180);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSpacing(2);

    // The one place in ui/ that knows the whole hub: each page gets only the services it uses.
    // Without services (the window's own tests) every page is its empty state.
    ServiceHub *hub = m_context.services;
    const bool live = hub != nullptr;
    const QString &actor = m_context.actor;
    addPage(Page::Applications, tr("Applications"),
        live ? static_cast<QWidget *>(new ApplicationsPage(hub->applications(), hub->clock(), actor))
             : new EmptyStatePage(tr("No applications yet"),
                 tr("Applications are the clients of the Authentication API. Each one gets a "
                    "client ID and a secret that is shown once. Create one to let the "
                    "Sharetribe SDK log in against AuthDesk.")),
        icon(Icon::Application));
    addPage(Page::TestUsers, tr("Test users"),
        live ? static_cast<QWidget *>(
            new TestUsersPage(hub->testUsers(), hub->applications(), hub->identityProviders(), hub->clock(), actor))
             : new EmptyStatePage(tr("No test users yet"),
                 tr("Test users log in with the password grant. Create them here to try login "
                    "flows; you can reset their passwords, ban them or lift a lockout.")),
        icon(Icon::User));
    addPage(Page::Sessions, tr("Sessions"),
        live ? static_cast<QWidget *>(
            new SessionsPage(hub->sessions(), hub->applications(), hub->testUsers(), hub->clock(), actor))
             : new EmptyStatePage(tr("No sessions yet"),
                 tr("Every login starts a session: a family of refresh tokens. They appear "
                    "here with their user and application, and can be revoked with a reason.")),
        icon(Icon::Session));
    RequestsPage *requests = nullptr;
    if (live) {
        requests = new RequestsPage(hub->requestLog(), hub->applications(), m_context.server, actor);
        // Clients by their applications' names as they change, without reloading (and losing the
        // selection).
        connect(
            &hub->changes(), &DataChangeNotifier::applicationsChanged, requests, &RequestsPage::reloadApplicationNames);
    }
    addPage(Page::Requests, tr("Requests"),
        live ? static_cast<QWidget *>(requests)
             : new EmptyStatePage(tr("No requests yet"),
                 tr("Every call to the token endpoint is listed here as it happens, with the "
                    "decision and its reason in plain words. Secrets are never shown.")),
        icon(Icon::Requests));
    addPage(Page::AuditLog, tr("Audit log"),
        live ? static_cast<QWidget *>(new AuditPage(hub->audit(), hub->clock()))
             : new EmptyStatePage(tr("Nothing audited yet"),
                 tr("Admin actions and security events, such as a revoked session or a reused "
                    "refresh token, are recorded here with who did what and why.")),
        icon(Icon::Audit));
    addPage(Page::Server, tr("Server"),
        live ? static_cast<QWidget *>(
            new ServerPage(m_context.server, hub->requestLog(), hub->cors(), m_context.keyLocation))
             : new EmptyStatePage(tr("Server"),
                 tr("The local Authentication API: its address, its state, and the browser "
                    "origins it allows. Point the Sharetribe SDK's baseUrl at it.")),
        icon(Icon::Server));
    addPage(Page::TryIt, tr("Try it"),
        live ? static_cast<QWidget *>(new TryItPage(hub->applications(), hub->tokens(), m_context.server))
             : new EmptyStatePage(tr("Try it"),
                 tr("Issue a token from the console for an application and a test user, and "
                    "see the token response and its decoded claims.")),
        icon(Icon::TryIt));
    addPage(Page::IdentityProviders, tr("Identity providers"),
        live ? static_cast<QWidget *>(new IdentityProvidersPage(hub->identityProviders(), actor, m_context.server))
             : new EmptyStatePage(tr("Identity providers"),
                 tr("OpenID Connect providers (Google, an SSO, a mock IdP) whose ID tokens log "
                    "test users in through the SDK's loginWithIdp.")),
        icon(Icon::Key));
    addPage(Page::TestControls, tr("Test controls"),
        live ? static_cast<QWidget *>(new TestControlsPage(hub->testControls(), actor))
             : new EmptyStatePage(tr("Test controls"),
                 tr("Move the clock to make tokens expire now, and make the server fail on purpose (503, 429, "
                    "slow, dropped) to test how your app recovers.")),
        icon(Icon::TestControls));

    // A test user's context menu: Show sessions opens the Sessions page filtered to that user.
    auto *usersPage = qobject_cast<TestUsersPage *>(pageWidget(Page::TestUsers));
    auto *sessionsPage = qobject_cast<SessionsPage *>(pageWidget(Page::Sessions));
    if (usersPage && sessionsPage) {
        connect(usersPage, &TestUsersPage::showSessionsRequested, this, [this, sessionsPage](const QString &email) {
            sessionsPage->showUser(email);
            showPage(Page::Sessions);
        });
    }

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
    addViewAndHelpMenus();

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
    column->addWidget(m_serverBanner);
    if (live) {
        m_clockBanner = new ClockBanner(hub->testControls(), actor, this);
        column->addWidget(m_clockBanner);
    }
    auto *layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_pages, 1);
    column->addLayout(layout, 1);
    setCentralWidget(central);

    if (live) {
        // The approval page of login-as is answered by this operator, in the audit log as elsewhere.
        m_context.services->loginAs().setOperatorName(m_context.actor);
        // A database that goes away (a PostgreSQL restart) shows a banner, not an error per click,
        // and the console carries on once it is back, without a restart.
        m_databaseCheck->setInterval(DatabaseCheckMs);
        connect(m_databaseCheck, &QTimer::timeout, this, &MainWindow::checkDatabase);
        m_databaseCheck->start();
        // Pages show what the services committed, whichever front door changed it (issue #14).
        connect(&m_context.services->changes(), &DataChangeNotifier::changed, this, &MainWindow::dataChanged);
    }

    // Permanent, so that neither a menu's help text nor a passing message hides it.
    m_serverStatus->setObjectName(QStringLiteral("serverStatus"));
    m_serverStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_serverStatus);
    if (m_context.server) {
        connect(m_context.server, &ServerControl::runningChanged, this, &MainWindow::updateServerStatus);
        connect(m_context.server, &ServerControl::startFailed, this, &MainWindow::updateServerStatus);
    }
    updateServerStatus();

    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    // A page shows current data whenever it is opened.
    connect(m_sidebar, &QListWidget::currentRowChanged, this, &MainWindow::refreshCurrentPage);

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

void MainWindow::addViewAndHelpMenus()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *refresh = view->addAction(tr("&Refresh"));
    refresh->setObjectName(QStringLiteral("refreshAction"));
    refresh->setShortcuts(QKeySequence::Refresh);
    refresh->setStatusTip(tr("Reload the page from the database."));
    connect(refresh, &QAction::triggered, this, &MainWindow::refreshCurrentPage);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *docs = help->addAction(tr("&Documentation"));
    docs->setObjectName(QStringLiteral("documentationAction"));
    docs->setShortcuts(QKeySequence::HelpContents);
    docs->setEnabled(documentationUrl().isValid());
    connect(docs, &QAction::triggered, this, [] { QDesktopServices::openUrl(documentationUrl()); });
    help->addSeparator();
    QAction *about = help->addAction(tr("&About AuthDesk"));
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

QUrl MainWindow::documentationUrl()
{
    // Installed: <prefix>/bin/authdesk and <prefix>/share/doc/authdesk/README.md.
    const QStringList candidates {
        QCoreApplication::applicationDirPath() + QStringLiteral("/../share/doc/authdesk/README.md"),
        QStringLiteral(AUTHDESK_SOURCE_DIR "/README.md"),
    };
    for (const QString &candidate : candidates) {
        if (QFileInfo::exists(candidate))
            return QUrl::fromLocalFile(QFileInfo(candidate).canonicalFilePath());
    }
    return {};
}

QString MainWindow::aboutText() const
{
    const QString database = m_context.services ? m_context.services->health().location() : tr("none");
    const QString dataFolder
        = QDir::toNativeSeparators(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    const QString server = m_context.server && m_context.server->isRunning() ? m_context.server->baseUrl().toString()
                                                                             : tr("not running");
    const QUrl docs = documentationUrl();
    QString text = tr("<h3>AuthDesk %1</h3>"
                      "<p>A local stand-in for the Sharetribe Authentication API, with a console to manage its "
                      "applications, test users and sessions.</p>"
                      "<p>Database: %2<br>Data folder: %3<br>Authentication API: %4</p>")
                       .arg(QCoreApplication::applicationVersion().toHtmlEscaped(), database.toHtmlEscaped(),
                           dataFolder.toHtmlEscaped(), server.toHtmlEscaped());
    if (docs.isValid()) {
        text += tr("<p>Documentation: <a href=\"%1\">%2</a></p>")
                    .arg(docs.toString(QUrl::FullyEncoded),
                        QDir::toNativeSeparators(docs.toLocalFile()).toHtmlEscaped());
    }
    return text;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About AuthDesk"), aboutText());
}

void MainWindow::updateServerStatus()
{
    ServerControl *server = m_context.server;
    if (!server) {
        m_serverStatus->clear();
        return;
    }
    if (server->isRunning()) {
        m_serverStatus->setText(tr("Server: running on %1").arg(server->baseUrl().toString()));
        m_serverStatus->setToolTip(tr("The Authentication API answers at this base URL."));
    } else {
        m_serverStatus->setText(tr("Server: not running"));
        m_serverStatus->setToolTip(server->lastFailure());
    }
}

void MainWindow::dataChanged(DataChangeNotifier::Kinds kinds)
{
    if (!isVisible() || !(kinds & kindsShownOn(currentPage())))
        return;
    // While the database is away the banner says so, rather than an error box per change; the page
    // reloads once it is back.
    if (m_databaseBanner->isVisible() || !m_context.services->health().check()) {
        checkDatabase();
        return;
    }
    refreshCurrentPage();
}

void MainWindow::checkOtherProcesses()
{
    // Another console or `authdesk serve` on the same database: the storage layer tells application
    // changes apart (PRAGMA data_version on SQLite, LISTEN/NOTIFY on PostgreSQL) at the cost of a
    // small query, so ask only while the operator works in this window. Other kinds of changes
    // show up when a page is opened or on F5.
    if (!isActiveWindow() || m_databaseBanner->isVisible())
        return;
    const quint64 generation = m_context.services->health().applicationsGeneration();
    if (m_applicationsGeneration && *m_applicationsGeneration != generation)
        m_context.services->changes().note(DataChangeNotifier::Applications);
    m_applicationsGeneration = generation;
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
    checkOtherProcesses();
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
