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

signals:
    void runningChanged(bool running);
};

} // namespace authdesk
