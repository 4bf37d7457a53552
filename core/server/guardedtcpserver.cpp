#include "server/guardedtcpserver.h"

#include "server/guardedsocket.h"
#include "server/serverlog.h"
#include "services/apierrors.h"

#include <sys/socket.h>
#include <unistd.h>
#include <utility>

namespace authdesk {

namespace {

QByteArray refusal()
{
    const QByteArray body = apierrors::TooManyConnections.json();
    return QByteArrayLiteral("HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nContent-Length: ")
        + QByteArray::number(body.size())
        + QByteArrayLiteral("\r\nCache-Control: no-store\r\nRetry-After: 1\r\nConnection: close\r\n\r\n") + body;
}

} // namespace

GuardedTcpServer::GuardedTcpServer(
    const HttpLimits &limits, const SteadyClock &clock, OpenCount openCount, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
    , m_clock(clock)
    , m_openCount(std::move(openCount))
{
    // One timer for every socket (a QTimer per socket restarted per request costs ~20 %, pitfall 3).
    const int shortest = qMin(qMin(limits.requestTimeoutMs, limits.idleTimeoutMs), limits.lingerMs);
    m_sweepTimer.setInterval(qBound(10, shortest / 4, 250));
    connect(&m_sweepTimer, &QTimer::timeout, this, &GuardedTcpServer::sweep);
    m_sweepTimer.start();
}

GuardedTcpServer::~GuardedTcpServer() = default;

void GuardedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    const int fd = static_cast<int>(socketDescriptor);
    if (m_openCount->fetch_add(1) >= m_limits.maxConnections) {
        m_openCount->fetch_sub(1);
        // Refused at once, and the served connections keep working.
        static const QByteArray answer = refusal();
        ::send(fd, answer.constData(), static_cast<size_t>(answer.size()), MSG_DONTWAIT | MSG_NOSIGNAL);
        ::shutdown(fd, SHUT_WR);
        ::close(fd);
        qCDebug(lcServer) << "refused a connection: " << m_limits.maxConnections << "are open";
        return;
    }
    if (m_peers.isEmpty()) {
        adopt(socketDescriptor);
        return;
    }
    GuardedTcpServer *peer = m_peers.at(m_nextPeer);
    m_nextPeer = (m_nextPeer + 1) % m_peers.size();
    if (peer == this)
        adopt(socketDescriptor);
    else
        handOff(peer, socketDescriptor);
}

void GuardedTcpServer::handOff(GuardedTcpServer *peer, qintptr socketDescriptor)
{
    // Owns the descriptor and its place under the cap until the peer adopts it. A hand-off still
    // queued when the peer is deleted (at stop) is destroyed with its event: the connection is
    // closed and its place given back, so nothing leaks.
    struct Pending
    {
        Q_DISABLE_COPY_MOVE(Pending)
        Pending(qintptr descriptor, OpenCount count)
            : fd(descriptor)
            , openCount(std::move(count))
        { }
        ~Pending()
        {
            if (fd < 0)
                return;
            ::close(static_cast<int>(fd));
            openCount->fetch_sub(1);
        }
        qintptr fd;
        OpenCount openCount;
    };
    auto pending = std::make_shared<Pending>(socketDescriptor, m_openCount);
    QMetaObject::invokeMethod(
        peer, [peer, pending] { peer->adopt(std::exchange(pending->fd, -1)); }, Qt::QueuedConnection);
}

void GuardedTcpServer::adopt(qintptr socketDescriptor)
{
    auto *socket = new GuardedSocket(m_limits, m_clock, m_openCount, this); // gives the place back when deleted
    // Counted once the socket exists: a test that sees the count knows the connection's time runs.
    m_adopted.fetch_add(1, std::memory_order_release);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        ::close(static_cast<int>(socketDescriptor));
        return;
    }
    socket->attach(parent()); // the QHttpServer, after bind()
    socket->setAllowedMethods(m_allowedMethods);
    socket->setFaultLog(m_faultLog);
    // Our slot first, then QHttpServer's (connected inside addPendingConnection), then ours again.
    connect(socket, &QIODevice::readyRead, socket, &GuardedSocket::onPreReadyRead);
    addPendingConnection(socket);
    connect(socket, &QIODevice::readyRead, socket, &GuardedSocket::onPostReadyRead);
}

void GuardedTcpServer::sweep()
{
    const qint64 now = m_clock.nowMs();
    const QList<GuardedSocket *> sockets = findChildren<GuardedSocket *>(Qt::FindDirectChildrenOnly);
    for (GuardedSocket *socket : sockets)
        socket->sweep(now);
}

} // namespace authdesk
