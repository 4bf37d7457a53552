#pragma once

#include "server/httplimits.h"

#include <QTcpServer>
#include <QTimer>
#include <atomic>
#include <memory>

namespace authdesk {

// The listening socket under QHttpServer: it creates a GuardedSocket for every connection, refuses
// connections beyond the cap at once (503 + Connection: close, without touching the others), and
// runs one sweep timer that enforces every socket's deadlines. Bind it with QHttpServer::bind(),
// which makes the QHttpServer its parent.
class GuardedTcpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedTcpServer)

public:
    explicit GuardedTcpServer(const HttpLimits &limits, QObject *parent = nullptr);
    ~GuardedTcpServer() override;

    int openConnections() const { return m_openCount->load(); }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    void sweep();

    HttpLimits m_limits;
    std::shared_ptr<std::atomic<int>> m_openCount; // shared with the sockets, which may outlive us briefly
    QTimer m_sweepTimer;
};

} // namespace authdesk
