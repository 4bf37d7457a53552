#include "server/authserver.h"

#include "server/guardedtcpserver.h"
#include "server/hashingpool.h"
#include "server/ratelimiter.h"
#include "server/routes.h"
#include "server/serverlog.h"

#include <QHttpServer>

namespace authdesk {

AuthServer::AuthServer(ServerServices services, ServerOptions options, QObject *parent)
    : ServerControl(parent)
    , m_services(services)
    , m_options(options)
{
    m_thread.setObjectName(QStringLiteral("AuthServer"));
}

AuthServer::~AuthServer()
{
    stop();
}

Result<quint16> AuthServer::start(const QHostAddress &address, quint16 port)
{
    if (isRunning())
        return m_port;

    m_hashing = std::make_unique<HashingPool>(m_options.hashingThreads, m_options.hashingQueue);
    if (m_options.rateLimitPerMinute > 0)
        m_rateLimiter = std::make_unique<RateLimiter>(m_options.rateLimitPerMinute);
    m_thread.start();
    m_context = new QObject;
    m_context->moveToThread(&m_thread);

    quint16 bound = 0;
    // The server and its sockets must be created on the thread that serves them. Routes go in after
    // listen() (before any request can be read) because the issuer needs the port.
    QMetaObject::invokeMethod(
        m_context,
        [this, &bound, address, port] {
            auto *tcp = new GuardedTcpServer(m_options.limits);
            if (!tcp->listen(address, port)) {
                delete tcp;
                return;
            }
            bound = tcp->serverPort();
            auto *http = new QHttpServer(m_context);
            http->bind(tcp); // makes http the parent of tcp
            RouteOptions routes;
            routes.hostGuard = HostGuard(address, bound);
            routes.hashing = m_hashing.get();
            routes.rateLimiter = m_rateLimiter.get();
            Routes(m_services, baseUrlFor(address, bound).toString(), routes).install(*http);
        },
        Qt::BlockingQueuedConnection);

    if (bound == 0) {
        stop();
        return Error(Error::Code::Conflict,
                     tr("Cannot listen on %1 port %2: the address is not available or the port is in use.")
                         .arg(address.toString())
                         .arg(port));
    }
    m_address = address;
    m_port = bound;
    qCInfo(lcServer) << "listening on" << baseUrl().toString();
    emit runningChanged(true);
    return m_port;
}

void AuthServer::stop()
{
    // The grants in flight first: their answers are posted to the server thread, which handles them
    // (or drops them, for clients that left) before it deletes the server below.
    if (m_hashing)
        m_hashing->shutDown();
    if (m_context) {
        QObject *context = std::exchange(m_context, nullptr);
        QMetaObject::invokeMethod(context, [context] { delete context; }, Qt::BlockingQueuedConnection);
    }
    if (m_thread.isRunning()) {
        m_thread.quit();
        m_thread.wait();
    }
    m_hashing.reset();
    m_rateLimiter.reset();
    if (std::exchange(m_port, 0) != 0)
        emit runningChanged(false);
}

QUrl AuthServer::baseUrl() const
{
    return baseUrlFor(m_address, m_port);
}

QUrl AuthServer::baseUrlFor(const QHostAddress &address, quint16 port)
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(address.toString());
    url.setPort(port);
    return url;
}

} // namespace authdesk
