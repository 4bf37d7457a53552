#include "ui/serverbanner.h"

#include "services/servercontrol.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace authdesk {

ServerBanner::ServerBanner(ServerControl *server, QWidget *parent)
    : QFrame(parent)
    , m_server(server)
    , m_message(new QLabel(this))
    , m_useAnotherPort(new QPushButton(tr("&Use another port"), this))
    , m_dismiss(new QPushButton(tr("&Dismiss"), this))
{
    setObjectName(QStringLiteral("serverBanner"));
    m_message->setObjectName(QStringLiteral("serverBannerMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_useAnotherPort->setToolTip(tr("Start the Authentication API on a free port instead."));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_useAnotherPort);
    layout->addWidget(m_dismiss);

    connect(m_useAnotherPort, &QPushButton::clicked, this, &ServerBanner::useAnotherPort);
    connect(m_dismiss, &QPushButton::clicked, this, &QWidget::hide);
    hide();
    if (!m_server)
        return;
    connect(m_server, &ServerControl::startFailed, this, [this](const QString &reason) {
        if (!m_trying)
            showFailure(reason);
    });
    // Started some other way (the Server page): nothing left to warn about.
    connect(m_server, &ServerControl::runningChanged, this, [this](bool running) {
        if (running && !m_trying && m_useAnotherPort->isVisible())
            hide();
    });
    if (!m_server->isRunning() && !m_server->lastFailure().isEmpty())
        showFailure(m_server->lastFailure());
}

void ServerBanner::setWarning(bool warning)
{
    setStyleSheet(warning ? QStringLiteral("#serverBanner { background: #fdecea; border-bottom: 1px solid #f5c6cb; }"
                                           " #serverBannerMessage { color: #611a15; }")
                          : QStringLiteral("#serverBanner { background: #e8f4fd; border-bottom: 1px solid #b8daff; }"
                                           " #serverBannerMessage { color: #0c3c60; }"));
}

void ServerBanner::showFailure(const QString &reason)
{
    setWarning(true);
    m_message->setText(tr("The Authentication API is not running. %1").arg(reason));
    m_useAnotherPort->show();
    m_dismiss->hide();
    show();
}

void ServerBanner::showStarted(quint16 refusedPort, quint16 port)
{
    setWarning(false);
    m_message->setText(tr("Port %1 was taken, so the Authentication API now runs on port %2: %3. Point the "
                          "Sharetribe SDK's baseUrl there.")
                           .arg(refusedPort)
                           .arg(port)
                           .arg(m_server->baseUrl().toString()));
    m_useAnotherPort->hide();
    m_dismiss->show();
    show();
}

bool ServerBanner::useAnotherPort()
{
    if (!m_server || m_server->isRunning())
        return m_server != nullptr;
    const QHostAddress address = m_server->lastFailedAddress().isNull() ? QHostAddress(QHostAddress::LocalHost)
                                                                        : m_server->lastFailedAddress();
    const quint16 refused = m_server->lastFailedPort();
    const QString firstReason = m_server->lastFailure();
    m_trying = true;
    // Nearby ports first, so the new address is easy to remember; then whichever one is free.
    QList<quint16> candidates;
    for (int port = refused + 1; refused != 0 && port <= 65535 && port <= refused + NextPortsToTry; ++port)
        candidates << static_cast<quint16>(port);
    candidates << 0;
    bool started = false;
    for (const quint16 port : std::as_const(candidates)) {
        if (m_server->start(address, port)) {
            started = true;
            break;
        }
    }
    m_trying = false;
    if (started)
        showStarted(refused, m_server->port());
    else
        showFailure(firstReason);
    return started;
}

} // namespace authdesk
