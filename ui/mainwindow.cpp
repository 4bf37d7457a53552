#include "ui/mainwindow.h"

#include "ui/emptystatepage.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

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
{
    setWindowTitle(tr("AuthDesk"));
    setObjectName(QStringLiteral("MainWindow"));

    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setFixedWidth(180);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSpacing(2);

    addPage(Page::Applications, tr("Applications"),
            new EmptyStatePage(tr("No applications yet"),
                               tr("Applications are the clients of the Authentication API. Each one gets a "
                                  "client ID and, for confidential clients, a secret that is shown once. "
                                  "Create one to let the Sharetribe SDK log in against AuthDesk.")));
    addPage(Page::TestUsers, tr("Test users"),
            new EmptyStatePage(tr("No test users yet"),
                               tr("Test users log in with the password grant. Create them here to try login "
                                  "flows; you can reset their passwords, ban them or lift a lockout.")));
    addPage(Page::Sessions, tr("Sessions"),
            new EmptyStatePage(tr("No sessions yet"),
                               tr("Every login starts a session: a family of refresh tokens. They appear here "
                                  "with their user and application, and can be revoked with a reason.")));
    addPage(Page::Requests, tr("Requests"),
            new EmptyStatePage(tr("No requests yet"),
                               tr("Every call to the token endpoint is listed here as it happens, with the "
                                  "decision and its reason in plain words. Secrets are never shown.")));
    addPage(Page::AuditLog, tr("Audit log"),
            new EmptyStatePage(tr("Nothing audited yet"),
                               tr("Admin actions and security events, such as a revoked session or a reused "
                                  "refresh token, are recorded here with who did what and why.")));
    addPage(Page::Server, tr("Server"),
            new EmptyStatePage(tr("Server"),
                               tr("The local Authentication API: its address, its state, and the browser "
                                  "origins it allows. Point the Sharetribe SDK's baseUrl at it.")));

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    resize(1100, 700);
    restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(Page page, const QString &title, QWidget *widget)
{
    Q_ASSERT(m_pages->count() == static_cast<int>(page));
    m_sidebar->addItem(title);
    m_pages->addWidget(widget);
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
