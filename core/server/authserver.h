#pragma once

#include "domain/result.h"
#include "server/httplimits.h"
#include "server/serverservices.h"
#include "services/servercontrol.h"

#include <QHostAddress>
#include <QObject>
#include <QThread>
#include <QUrl>
#include <atomic>
#include <memory>
#include <vector>

class QHttpServer;

namespace authdesk {

class GuardedTcpServer;
class CommitBatcher;
class HashingPool;
class RateLimiter;

// The Authentication API's HTTP front door. It serves on ServerOptions::networkThreads threads of
// its own, never on the GUI thread, each with its own QHttpServer, routes and database connection;
// the first thread accepts and hands connections to all of them in turn. start() returns once it
// accepts connections. The limits of spec section 5 sit under each QHttpServer (GuardedTcpServer),
// with one connection cap for all threads; password grants run on one bounded pool (HashingPool).
class AuthServer final : public ServerControl
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthServer)

public:
    static constexpr quint16 DefaultPort = 8787;

    explicit AuthServer(ServerServices services, ServerOptions options = {}, QObject *parent = nullptr);
    ~AuthServer() override;

    // Limits, pool and rate limit; they take effect at the next start().
    void setOptions(const ServerOptions &options) { m_options = options; }
    const ServerOptions &options() const { return m_options; }

    // Binds to address:port (port 0 picks a free one) and returns the port it listens on.
    Result<quint16> start(const QHostAddress &address, quint16 port) override;
    void stop() override;

    bool isRunning() const override { return m_port != 0; }
    quint16 port() const override { return m_port; }
    QHostAddress address() const override { return m_address; }
    // e.g. http://127.0.0.1:8787 (IPv6 addresses in brackets).
    QUrl baseUrl() const override;
    static QUrl baseUrlFor(const QHostAddress &address, quint16 port);

    // The connections each network thread has served since start(), in thread order (empty when
    // stopped). Call on the thread that started the server.
    QList<qint64> connectionsPerThread() const;
    // Connections open right now, on every thread.
    int openConnections() const;

private:
    struct NetworkThread;

    // On failure, listenError says why the port could not be bound (or stays UnknownSocketError).
    bool startThreads(const QHostAddress &address, quint16 port, QAbstractSocket::SocketError &listenError);
    static QString listenFailure(const QHostAddress &address, quint16 port, QAbstractSocket::SocketError error);
    void stopThreads();

    ServerServices m_services;
    ServerOptions m_options;
    std::unique_ptr<HashingPool> m_hashing; // outlives the QHttpServers: its grants use the services
    std::unique_ptr<RateLimiter> m_rateLimiter;
    std::unique_ptr<CommitBatcher> m_batcher; // like m_hashing: outlives the servers
    std::shared_ptr<std::atomic<int>> m_openCount; // the one connection cap of every thread
    std::vector<std::unique_ptr<NetworkThread>> m_threads; // the first one accepts
    QHostAddress m_address;
    quint16 m_port = 0;
};

} // namespace authdesk
