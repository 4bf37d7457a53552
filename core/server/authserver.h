#pragma once

#include "domain/result.h"
#include "server/httplimits.h"
#include "server/serverservices.h"
#include "services/servercontrol.h"

#include <QHostAddress>
#include <QObject>
#include <QThread>
#include <QUrl>
#include <memory>

class QHttpServer;

namespace authdesk {

class HashingPool;
class RateLimiter;

// The Authentication API's HTTP front door. The QHttpServer lives on a thread of its own, never on
// the GUI thread; start() returns once it accepts connections. The limits of spec section 5 sit
// under it (GuardedTcpServer); password grants run on a bounded pool (HashingPool).
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

private:
    ServerServices m_services;
    ServerOptions m_options;
    std::unique_ptr<HashingPool> m_hashing; // outlives the QHttpServer: its grants use the services
    std::unique_ptr<RateLimiter> m_rateLimiter;
    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread; parent of the QHttpServer
    QHostAddress m_address;
    quint16 m_port = 0;
};

} // namespace authdesk
