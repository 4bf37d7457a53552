#include "ui/serverpage.h"

#include "services/corspolicy.h"
#include "services/requestlog.h"
#include "services/requestlogfollower.h"
#include "services/servercontrol.h"
#include "ui/messagebox.h"
#include "ui/requestratechart.h"

#include <QClipboard>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace authdesk {

namespace {

const auto OriginsKey = QLatin1String("server/allowedOrigins");
const auto AddressKey = QLatin1String("server/address");
const auto PortKey = QLatin1String("server/port");
constexpr quint16 DefaultPort = 8787;

QLabel *explanation(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// An origin is scheme://host[:port] and nothing else, as a browser sends it.
bool isOrigin(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
        && !url.host().isEmpty() && url.path().isEmpty() && !url.hasQuery() && !url.hasFragment()
        && url.userInfo().isEmpty();
}

} // namespace

ServerPage::ServerPage(
    ServerControl *server, RequestLog &requestLog, CorsPolicy &cors, QString keyLocation, QWidget *parent)
    : QWidget(parent)
    , m_server(server)
    , m_cors(cors)
    , m_keyLocationText(std::move(keyLocation))
{
    setObjectName(QStringLiteral("ServerPage"));

    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    column->addWidget(createServerBox());
    column->addWidget(createOriginsBox());
    column->addWidget(createKeyBox());
    column->addStretch();

    // A scroll area, so the page stays usable in a small window or at a large font size.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    if (m_server) {
        connect(m_server, &ServerControl::runningChanged, this, &ServerPage::updateState);
        connect(m_server, &ServerControl::startFailed, this, &ServerPage::updateState);
    }
    // The log records on the server's threads; the chart reads it here in batches, a few times a
    // second. Counted when read (a fifth of a second late at most): the chart's window runs on the
    // wall clock, while decisions carry the services' clock. What the ring dropped before it was read
    // was a request too.
    auto *follower = new RequestLogFollower(requestLog, RequestLogFollower::DefaultIntervalMs, this);
    connect(follower, &RequestLogFollower::arrived, m_chart,
        [chart = m_chart](const QList<TokenDecision> &decisions, quint64 missed) {
            chart->addRequests(QDateTime::currentDateTimeUtc(), static_cast<int>(decisions.size() + qint64(missed)));
        });
    refresh();
}

QWidget *ServerPage::createServerBox()
{
    auto *box = new QGroupBox(tr("Authentication API"));
    m_state = new QLabel(box);
    m_state->setObjectName(QStringLiteral("serverState"));
    QFont bold = m_state->font();
    bold.setBold(true);
    m_state->setFont(bold);

    m_baseUrl = new QLineEdit(box);
    m_baseUrl->setReadOnly(true);
    m_copyUrl = new QPushButton(tr("&Copy"), box);
    m_copyUrl->setToolTip(tr("Copy the base URL, to paste it as the Sharetribe SDK's baseUrl."));
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(m_baseUrl, 1);
    urlRow->addWidget(m_copyUrl);

    const QSettings settings;
    m_address = new QLineEdit(box);
    m_address->setPlaceholderText(QStringLiteral("127.0.0.1"));
    m_address->setText(settings.value(AddressKey, QStringLiteral("127.0.0.1")).toString());
    m_port = new QSpinBox(box);
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("any free port"));
    m_port->setValue(settings.value(PortKey, DefaultPort).toInt());

    m_start = new QPushButton(tr("&Start"), box);
    m_stop = new QPushButton(tr("S&top"), box);
    m_restart = new QPushButton(tr("&Restart"), box);
    m_restart->setToolTip(tr("Stop, then start on the address and port above."));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_restart);
    buttons->addStretch();

    m_chart = new RequestRateChart(box);

    auto *form = new QFormLayout(box);
    form->addRow(tr("State:"), m_state);
    form->addRow(tr("Base URL:"), urlRow);
    form->addRow(tr("Bind &address:"), m_address);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(QString(), buttons);
    form->addRow(explanation(tr("127.0.0.1 accepts connections from this computer only. Another address "
                                "lets other computers log in against AuthDesk with its test users."),
        box));
    form->addRow(tr("Requests per second:"), m_chart);

    connect(m_copyUrl, &QPushButton::clicked, this, &ServerPage::copyBaseUrl);
    connect(m_start, &QPushButton::clicked, this, &ServerPage::start);
    connect(m_stop, &QPushButton::clicked, this, &ServerPage::stop);
    connect(m_restart, &QPushButton::clicked, this, &ServerPage::restart);
    return box;
}

QWidget *ServerPage::createOriginsBox()
{
    auto *box = new QGroupBox(tr("Allowed browser origins"));
    m_origins = new QListWidget(box);
    m_origins->setObjectName(QStringLiteral("allowedOrigins"));
    m_origins->setMaximumHeight(110);
    const QSettings settings;
    m_origins->addItems(settings.value(OriginsKey, defaultAllowedOrigins()).toStringList());
    // The remembered list is what the server enforces from the start, not only after an edit.
    m_cors.setGlobalOrigins(allowedOrigins());

    m_newOrigin = new QLineEdit(box);
    m_newOrigin->setPlaceholderText(tr("e.g. http://localhost:5173"));
    m_addOrigin = new QPushButton(tr("A&dd"), box);
    m_removeOrigin = new QPushButton(tr("Re&move"), box);
    auto *row = new QHBoxLayout;
    row->addWidget(m_newOrigin, 1);
    row->addWidget(m_addOrigin);
    row->addWidget(m_removeOrigin);

    auto *layout = new QVBoxLayout(box);
    layout->addWidget(explanation(tr("Web pages (scheme, host and port) that may call the Authentication API from a "
                                     "browser, for every application; each application can allow more of its "
                                     "own. A browser request from any other origin is refused. Changes apply at "
                                     "once and are remembered."),
        box));
    layout->addWidget(m_origins);
    layout->addLayout(row);

    connect(m_addOrigin, &QPushButton::clicked, this, &ServerPage::addOrigin);
    connect(m_newOrigin, &QLineEdit::returnPressed, this, &ServerPage::addOrigin);
    connect(m_removeOrigin, &QPushButton::clicked, this, &ServerPage::removeOrigin);
    return box;
}

QWidget *ServerPage::createKeyBox()
{
    auto *box = new QGroupBox(tr("Signing key"));
    m_keyLocation = new QLabel(box);
    m_keyLocation->setObjectName(QStringLiteral("keyLocation"));
    m_keyLocation->setWordWrap(true);
    m_keyLocation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const QString location = m_keyLocationText.isEmpty() ? tr("unknown") : m_keyLocationText;
    m_keyLocation->setText(tr("The key-encryption key, which protects the token signing key in the database, "
                              "is kept in %1.")
                               .arg(location));

    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_keyLocation);
    // The page is only told where the key is, in words; a path means a key file. (A keychain's
    // description names no file.)
    const bool keyFile = location.contains(QLatin1Char('/')) || location.contains(QLatin1Char('\\'));
    if (keyFile) {
        layout->addWidget(explanation(
            tr("A key file works without a keychain, for example on a server or in CI. Anyone who can read the "
               "file can sign tokens that AuthDesk accepts, so keep it readable by you only (AuthDesk creates it "
               "so) and out of backups you share. To use the system keychain instead, unlock one (GNOME Keyring "
               "or KWallet, through the Secret Service) and start AuthDesk without --key-file. Keep the file "
               "while this database needs it: its signing key was wrapped with this key."),
            box));
    }
    return box;
}

void ServerPage::refresh()
{
    updateState();
}

void ServerPage::updateState()
{
    const bool running = m_server && m_server->isRunning();
    if (!m_server) {
        m_state->setText(tr("Not available in this window"));
    } else if (running) {
        m_state->setText(tr("Running"));
        m_address->setText(m_server->address().toString());
        m_port->setValue(m_server->port());
    } else if (!m_server->lastFailure().isEmpty()) {
        // Why, not only that: e.g. "Port 3500 is in use by another program.", and where it tried.
        m_state->setText(tr("Not running: %1").arg(m_server->lastFailure()));
        m_address->setText(m_server->lastFailedAddress().toString());
        m_port->setValue(m_server->lastFailedPort());
    } else {
        m_state->setText(tr("Stopped: the Authentication API does not answer"));
    }
    m_state->setForegroundRole(running ? QPalette::WindowText : QPalette::PlaceholderText);
    m_baseUrl->setText(running ? m_server->baseUrl().toString() : QString());
    m_baseUrl->setPlaceholderText(tr("not listening"));
    m_copyUrl->setEnabled(running);
    m_start->setEnabled(m_server && !running);
    m_stop->setEnabled(running);
    m_restart->setEnabled(running);
    m_address->setEnabled(m_server && !running);
    m_port->setEnabled(m_server && !running);
}

bool ServerPage::start()
{
    if (!m_server)
        return false;
    const QHostAddress address(m_address->text().trimmed());
    if (address.isNull()) {
        MessageBox::error(this, tr("The server could not be started."),
            Error::invalidArgument(
                tr("\"%1\" is not an IP address, such as 127.0.0.1 or ::1.").arg(m_address->text().trimmed())));
        return false;
    }
    const Result<quint16> started = m_server->start(address, static_cast<quint16>(m_port->value()));
    if (!started) {
        MessageBox::error(this, tr("The server could not be started."), started.error());
        updateState();
        return false;
    }
    QSettings settings;
    settings.setValue(AddressKey, address.toString());
    // "Any free port" is remembered as asked, not as the port it happened to get.
    settings.setValue(PortKey, m_port->value());
    updateState();
    return true;
}

void ServerPage::stop()
{
    if (m_server)
        m_server->stop();
    updateState();
}

bool ServerPage::restart()
{
    if (!m_server)
        return false;
    // Keep what the operator typed: stop() refills the fields only when it runs again.
    const QString address = m_address->text();
    const int port = m_port->value();
    m_server->stop();
    m_address->setText(address);
    m_port->setValue(port);
    return start();
}

void ServerPage::copyBaseUrl()
{
    if (!m_baseUrl->text().isEmpty())
        QGuiApplication::clipboard()->setText(m_baseUrl->text());
}

QStringList ServerPage::defaultAllowedOrigins()
{
    return CorsPolicy::defaultGlobalOrigins();
}

QStringList ServerPage::allowedOrigins() const
{
    QStringList origins;
    for (int row = 0; row < m_origins->count(); ++row)
        origins << m_origins->item(row)->text();
    return origins;
}

void ServerPage::addOrigin()
{
    QString origin = m_newOrigin->text().trimmed();
    while (origin.endsWith(QLatin1Char('/')))
        origin.chop(1);
    if (origin.isEmpty())
        return;
    if (!isOrigin(origin)) {
        MessageBox::error(this, tr("The origin could not be added."),
            Error::invalidArgument(tr("An origin is a scheme, a host and an optional port, such as "
                                      "http://localhost:3000, without a path.")));
        return;
    }
    if (!allowedOrigins().contains(origin))
        m_origins->addItem(origin);
    m_newOrigin->clear();
    saveOrigins();
}

void ServerPage::removeOrigin()
{
    const QList<QListWidgetItem *> selected = m_origins->selectedItems();
    for (QListWidgetItem *item : selected)
        delete item;
    saveOrigins();
}

void ServerPage::saveOrigins() const
{
    const QStringList origins = allowedOrigins();
    m_cors.setGlobalOrigins(origins);
    QSettings().setValue(OriginsKey, origins);
}

} // namespace authdesk
