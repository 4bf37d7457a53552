#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace authdesk {

class ServerControl;

// Across the top of the window while the Authentication API could not start: the reason (e.g. "Port
// 3500 is in use by another program.") and *Use another port*, which starts it on a free port and then
// says which, until dismissed. Hidden while there is nothing to say.
class ServerBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerBanner)

public:
    explicit ServerBanner(ServerControl *server, QWidget *parent = nullptr);

    QLabel *message() const { return m_message; }
    QPushButton *useAnotherPortButton() const { return m_useAnotherPort; }
    QPushButton *dismissButton() const { return m_dismiss; }

    // Tries the ports after the one that failed, then any free one the system picks; says which it got.
    bool useAnotherPort();
    static constexpr int NextPortsToTry = 20;

private:
    void showFailure(const QString &reason);
    void showStarted(quint16 refusedPort, quint16 port);
    void setWarning(bool warning);

    ServerControl *m_server;
    QLabel *m_message;
    QPushButton *m_useAnotherPort;
    QPushButton *m_dismiss;
    bool m_trying = false;
};

} // namespace authdesk
