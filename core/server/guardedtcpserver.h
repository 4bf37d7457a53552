#pragma once

#include "server/guardedsocket.h"
#include "server/httplimits.h"

#include <QList>
#include <QTcpServer>
#include <QTimer>
#include <atomic>
#include <memory>

namespace authdesk {

// The listening socket under QHttpServer: it creates a GuardedSocket for every connection, refuses
// connections beyond the cap at once (503 + Connection: close, without touching the others), and
// runs one sweep timer that enforces every socket's deadlines. Bind it with QHttpServer::bind(),
// which makes the QHttpServer its parent.
//
// With several network threads, one of them accepts (listen()) and hands each connection round-robin
// to the servers of every thread (setPeers()), which adopt() it on their own thread. They share one
// open-connection count, so the cap holds for the whole server, not per thread.
class GuardedTcpServer final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuardedTcpServer)

public:
    using OpenCount = std::shared_ptr<std::atomic<int>>;

    // clock: what the sockets' deadlines are measured by; it must outlive the server.
    explicit GuardedTcpServer(const HttpLimits &limits, const SteadyClock &clock = SteadyClock::system(),
        OpenCount openCount = std::make_shared<std::atomic<int>>(0), QObject *parent = nullptr);
    ~GuardedTcpServer() override;

    // Open connections of every server that shares the count.
    int openConnections() const { return m_openCount->load(); }
    // Connections this server has served since it was created. Thread-safe.
    qint64 adoptedConnections() const { return m_adopted.load(); }

    // The servers (this one included) that accepted connections go to, in turn. They must outlive
    // this server. Empty: every connection stays here. Call on this server's thread.
    void setPeers(const QList<GuardedTcpServer *> &peers) { m_peers = peers; }

    // What GuardedSocket answers to methods QHttpServer cannot route (see Routes::install). Call on
    // this server's thread; connections accepted afterwards use it.
    void setAllowedMethods(GuardedSocket::AllowedMethods allowed) { m_allowedMethods = std::move(allowed); }
    // Where the sockets report the requests they refuse themselves. Same rules as setAllowedMethods.
    void setFaultLog(GuardedSocket::FaultLog log) { m_faultLog = std::move(log); }

    // Serves an accepted descriptor for which a place under the cap was already taken (see
    // incomingConnection). Call on this server's thread.
    void adopt(qintptr socketDescriptor);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    void sweep();
    void handOff(GuardedTcpServer *peer, qintptr socketDescriptor);

    HttpLimits m_limits;
    const SteadyClock &m_clock;
    OpenCount m_openCount; // shared with the peers and the sockets, which may outlive us briefly
    std::atomic<qint64> m_adopted { 0 };
    QList<GuardedTcpServer *> m_peers;
    GuardedSocket::AllowedMethods m_allowedMethods;
    GuardedSocket::FaultLog m_faultLog;
    qsizetype m_nextPeer = 0;
    QTimer m_sweepTimer;
};

} // namespace authdesk
