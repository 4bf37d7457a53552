#pragma once

#include "ui/refreshablepage.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace authdesk {

class CorsPolicy;
class RequestLog;
class RequestRateChart;
class ServerControl;

// The local Authentication API: whether it runs and where, start/stop/restart on another address or
// port, the browser origins to allow, a live requests-per-second chart, and where the key lives.
class ServerPage final : public QWidget, public RefreshablePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerPage)

public:
    // The server is null without one. The request log feeds the chart; the CORS policy gets the allowed
    // origins. keyLocation says in plain words where the key-encryption key lives, e.g. "the key file
    // /home/me/.local/share/AuthDesk/kek".
    ServerPage(ServerControl *server, RequestLog &requestLog, CorsPolicy &cors, QString keyLocation,
        QWidget *parent = nullptr);

    void refresh() override;

    // Start on the address and port in the fields; errors (e.g. the port is in use) go to a message box.
    bool start();
    void stop();
    bool restart();
    void copyBaseUrl();

    QStringList allowedOrigins() const;
    static QStringList defaultAllowedOrigins();

    QLabel *stateLabel() const { return m_state; }
    QLineEdit *baseUrlField() const { return m_baseUrl; }
    QLineEdit *addressField() const { return m_address; }
    QSpinBox *portField() const { return m_port; }
    QLabel *keyLocationLabel() const { return m_keyLocation; }
    RequestRateChart *chart() const { return m_chart; }

private:
    QWidget *createServerBox();
    QWidget *createOriginsBox();
    QWidget *createKeyBox();
    void updateState();
    void addOrigin();
    void removeOrigin();
    void saveOrigins() const;

    ServerControl *m_server;
    CorsPolicy &m_cors;
    const QString m_keyLocationText;
    QLabel *m_state = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QPushButton *m_copyUrl = nullptr;
    QLineEdit *m_address = nullptr;
    QSpinBox *m_port = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_restart = nullptr;
    QListWidget *m_origins = nullptr;
    QLineEdit *m_newOrigin = nullptr;
    QPushButton *m_addOrigin = nullptr;
    QPushButton *m_removeOrigin = nullptr;
    QLabel *m_keyLocation = nullptr;
    RequestRateChart *m_chart = nullptr;
};

} // namespace authdesk
