#pragma once

#include "domain/result.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

namespace authdesk {

// What the console may do with the HTTP server, without knowing how it is built: the console depends
// on services, never on the server layer, and the server implements this.
class ServerControl : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual bool isRunning() const = 0;
    virtual QUrl baseUrl() const = 0;
    virtual QHostAddress address() const = 0;
    virtual quint16 port() const = 0;
    // Returns the port it listens on (port 0 picks a free one).
    virtual Result<quint16> start(const QHostAddress &address, quint16 port) = 0;
    virtual void stop() = 0;

    // Why the last start() failed, in words for the operator (e.g. "Port 3500 is in use by another
    // program."); empty once a start succeeded. With the address and port it tried.
    QString lastFailure() const { return m_lastFailure; }
    QHostAddress lastFailedAddress() const { return m_lastFailedAddress; }
    quint16 lastFailedPort() const { return m_lastFailedPort; }

signals:
    void runningChanged(bool running);
    void startFailed(const QString &reason);

protected:
    // For implementations: call from start().
    void startFailedBecause(const QHostAddress &address, quint16 port, const QString &reason)
    {
        m_lastFailure = reason;
        m_lastFailedAddress = address;
        m_lastFailedPort = port;
        emit startFailed(reason);
    }
    void startSucceeded() { m_lastFailure.clear(); }

private:
    QString m_lastFailure;
    QHostAddress m_lastFailedAddress;
    quint16 m_lastFailedPort = 0;
};

} // namespace authdesk
