#include "server/authserver.h"

#include "domain/clock.h"
#include "server/apiserver.h"
#include "server/commitbatcher.h"
#include "server/guardedtcpserver.h"
#include "server/hashingpool.h"
#include "server/ratelimiter.h"
#include "server/requestfacts.h"
#include "server/routes.h"
#include "server/serverlog.h"
#include "services/groupcommit.h"
#include "services/requestlog.h"

#include <QCoreApplication>
#include <fcntl.h>
#include <functional>
#include <unistd.h>

namespace authdesk {

namespace {

// The limits layer's refusals, as the Requests page shows them.
GuardedSocket::FaultLog faultLog(RequestLog *log, const Clock *clock, const HttpLimits &limits)
{
    if (!log || !clock)
        return {};
    return [log, clock, limits](int status, const QByteArray &head, const QString &peer, const QByteArray &body) {
        TokenDecision decision;
        decision.at = clock->now();
        requestfacts::describeHead(head, peer, decision);
        decision.endpoint = decision.path;
        decision.status = status;
        decision.responseBody = QString::fromUtf8(body);
        switch (status) {
        case 411:
            decision.reason = AuditReason(
                "AuthServer", QT_TRANSLATE_NOOP("AuthServer", "a chunked body (Transfer-Encoding) is not accepted"));
            break;
        case 413:
            decision.reason = AuditReason("AuthServer",
                QT_TRANSLATE_NOOP("AuthServer", "the body is larger than the limit of %1 bytes"),
                { QString::number(limits.maxBodyBytes) });
            break;
        case 431:
            decision.reason = AuditReason("AuthServer",
                QT_TRANSLATE_NOOP("AuthServer", "the request line and headers are larger than the limit of %1 bytes"),
                { QString::number(limits.maxHeadBytes) });
            break;
        case 429:
            decision.reason = AuditReason(
                "AuthServer", QT_TRANSLATE_NOOP("AuthServer", "too many requests were sent ahead of their answers"));
            break;
        case 405:
        case 501:
            decision.reason
                = AuditReason("AuthServer", QT_TRANSLATE_NOOP("AuthServer", "the server does not know this method"));
            break;
        default:
            decision.reason = AuditReason(
                "AuthServer", QT_TRANSLATE_NOOP("AuthServer", "the request line or a header is malformed"));
            break;
        }
        decision.error = status == 405 ? QStringLiteral("method_not_allowed")
            : status == 429            ? QStringLiteral("too_many_requests")
                                       : QStringLiteral("invalid_request");
        log->record(decision);
    };
}

} // namespace

// One thread that serves HTTP: its event loop, and on it the QHttpServer with its routes and its
// GuardedTcpServer. Everything on it is created and deleted on that thread.
struct AuthServer::NetworkThread
{
    QThread thread;
    QObject *context = nullptr; // lives on `thread`; parent of the QHttpServer
    GuardedTcpServer *tcp = nullptr; // owned by the QHttpServer (or by context until bound)

    // Runs work on this thread and waits for it.
    void run(const std::function<void()> &work)
    {
        QMetaObject::invokeMethod(context, work, Qt::BlockingQueuedConnection);
    }
};

AuthServer::AuthServer(ServerServices services, ServerOptions options, QObject *parent)
    : ServerControl(parent)
    , m_services(services)
    , m_options(options)
{ }

AuthServer::~AuthServer()
{
    stop();
}

Result<quint16> AuthServer::start(const QHostAddress &address, quint16 port)
{
    if (isRunning())
        return m_port;

    m_hashing = std::make_unique<HashingPool>(
        m_options.hashingThreads, m_options.hashingQueue, m_options.loginYieldUs, m_options.maxLoginYieldUs);
    if (m_options.rateLimitPerMinute > 0)
        m_rateLimiter = std::make_unique<RateLimiter>(m_options.rateLimitPerMinute, m_options.steady());
    if (m_options.commitBatch > 1 && m_services.groupCommit && m_services.groupCommit->worthBatching())
        m_batcher = std::make_unique<CommitBatcher>(*m_services.groupCommit, m_options.commitBatch);
    QAbstractSocket::SocketError listenError = QAbstractSocket::UnknownSocketError;
    if (!startThreads(address, port, listenError)) {
        stop();
        const QString reason = listenFailure(address, port, listenError);
        startFailedBecause(address, port, reason);
        return Error(Error::Code::Conflict, reason);
    }
    startSucceeded();
    emit runningChanged(true);
    return m_port;
}

QString AuthServer::listenFailure(const QHostAddress &address, quint16 port, QAbstractSocket::SocketError error)
{
    // The reason in words the console can show as it is (its banner offers another port).
    switch (error) {
    case QAbstractSocket::AddressInUseError:
        return tr("Port %1 is in use by another program.").arg(port);
    case QAbstractSocket::SocketAddressNotAvailableError:
        return tr("The address %1 does not belong to this computer.").arg(address.toString());
    case QAbstractSocket::SocketAccessError:
        return tr("Port %1 needs administrator rights (as do all ports below 1024).").arg(port);
    default:
        return tr("Cannot listen on %1 port %2: the address is not available or the port is in use.")
            .arg(address.toString())
            .arg(port);
    }
}

bool AuthServer::startThreads(const QHostAddress &address, quint16 port, QAbstractSocket::SocketError &listenError)
{
    const int count = qBound(1, m_options.networkThreads, ServerOptions::MaxNetworkThreads);
    m_openCount = std::make_shared<std::atomic<int>>(0);
    for (int i = 0; i < count; ++i) {
        auto worker = std::make_unique<NetworkThread>();
        worker->thread.setObjectName(QStringLiteral("AuthServer-%1").arg(i));
        worker->thread.start();
        worker->context = new QObject;
        worker->context->moveToThread(&worker->thread);
        m_threads.push_back(std::move(worker));
    }

    // The first thread listens, paused until every thread has its routes (the kernel's backlog
    // holds early clients). Routes go in after listen() because the issuer needs the port.
    NetworkThread &acceptor = *m_threads.front();
    quint16 bound = 0;
    qintptr listening = -1;
    acceptor.run([&] {
        auto *tcp = new GuardedTcpServer(m_options.limits, m_options.steady(), m_openCount, acceptor.context);
        if (!tcp->listen(address, port)) {
            listenError = tcp->serverError();
            delete tcp;
            return;
        }
        tcp->pauseAccepting();
        acceptor.tcp = tcp;
        bound = tcp->serverPort();
        listening = tcp->socketDescriptor();
    });
    if (bound == 0)
        return false;

    // The other threads only adopt connections. Their servers hold a copy of the listening socket
    // (QHttpServer::bind() warns about a server that is not listening) and never accept on it:
    // pausing is not enough, since nextPendingConnection() resumes, but with no room for pending
    // connections QTcpServer accepts nothing.
    for (size_t i = 1; i < m_threads.size(); ++i) {
        NetworkThread &worker = *m_threads[i];
        worker.run([&] {
            auto *tcp = new GuardedTcpServer(m_options.limits, m_options.steady(), m_openCount, worker.context);
            const int copy = ::fcntl(static_cast<int>(listening), F_DUPFD_CLOEXEC, 0);
            if (copy < 0 || !tcp->setSocketDescriptor(copy)) {
                if (copy >= 0)
                    ::close(copy);
                delete tcp;
                return;
            }
            tcp->setMaxPendingConnections(0);
            tcp->pauseAccepting();
            worker.tcp = tcp;
        });
        if (!worker.tcp)
            return false;
    }

    RouteOptions routes;
    routes.hostGuard = HostGuard(address, bound, QUrl(m_options.publicUrl));
    routes.hashing = m_hashing.get();
    routes.rateLimiter = m_rateLimiter.get();
    routes.batcher = m_batcher.get();
    const QString issuer = m_options.publicUrl.isEmpty() ? baseUrlFor(address, bound).toString() : m_options.publicUrl;
    QList<GuardedTcpServer *> peers;
    for (const std::unique_ptr<NetworkThread> &worker : m_threads) {
        worker->run([&] {
            auto *http = new ApiServer(worker->context);
            http->bind(worker->tcp); // makes http the parent of tcp
            worker->tcp->setAllowedMethods(Routes(m_services, issuer, routes).install(*http));
            worker->tcp->setFaultLog(faultLog(m_services.requestLog, m_services.clock, m_options.limits));
        });
        peers << worker->tcp;
    }
    acceptor.run([&] {
        acceptor.tcp->setPeers(peers.size() > 1 ? peers : QList<GuardedTcpServer *>());
        acceptor.tcp->resumeAccepting();
    });

    m_address = address;
    m_port = bound;
    qCInfo(lcServer) << "listening on" << baseUrl().toString() << "with" << count << "network threads";
    return true;
}

void AuthServer::stop()
{
    // The grants in flight first: their answers are posted to the network threads, which handle
    // them (or drop them, for clients that left) before they delete their servers below.
    if (m_hashing)
        m_hashing->shutDown();
    if (m_batcher)
        m_batcher->shutDown();
    stopThreads();
    m_hashing.reset();
    m_batcher.reset();
    m_rateLimiter.reset();
    if (std::exchange(m_port, 0) != 0)
        emit runningChanged(false);
}

void AuthServer::stopThreads()
{
    // The acceptor goes first, so that no connection is handed to a server that is gone; a hand-off
    // still queued for a later thread is closed with that server.
    for (const std::unique_ptr<NetworkThread> &worker : m_threads) {
        if (QObject *context = std::exchange(worker->context, nullptr)) {
            worker->tcp = nullptr;
            QMetaObject::invokeMethod(
                context, [context] { delete context; }, Qt::BlockingQueuedConnection);
        }
    }
    for (const std::unique_ptr<NetworkThread> &worker : m_threads)
        worker->thread.quit();
    for (const std::unique_ptr<NetworkThread> &worker : m_threads)
        worker->thread.wait();
    m_threads.clear();
}

QList<qint64> AuthServer::connectionsPerThread() const
{
    QList<qint64> counts;
    for (const std::unique_ptr<NetworkThread> &worker : m_threads)
        counts << (worker->tcp ? worker->tcp->adoptedConnections() : 0);
    return counts;
}

int AuthServer::openConnections() const
{
    return m_openCount ? m_openCount->load() : 0;
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
