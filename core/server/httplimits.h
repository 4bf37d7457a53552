#pragma once

#include "domain/steadyclock.h"

#include <QThread>
#include <QtGlobal>

namespace authdesk {

// The HTTP limits of spec section 5. The defaults are the spec's numbers; tests shorten the
// timeouts and lower the connection cap.
struct HttpLimits
{
    qsizetype maxHeadBytes = 16 * 1024; // request line + headers, in all (431 beyond)
    qint64 maxBodyBytes = 64 * 1024; // 413 beyond
    int requestTimeoutMs = 10'000; // head and body within this time of the first byte (or of accept)
    int idleTimeoutMs = 60'000; // a keep-alive connection with nothing to do is closed after this
    int maxConnections = 1024; // open connections; beyond, new ones get 503 at once
    int lingerMs = 2'000; // after an error answer: drain the input this long, then close hard
    // Per connection, against a client that pipelines requests without reading the answers: at most
    // this many requests read and not yet answered (the next one gets 429 and the connection closes
    // after the earlier answers), and reading pauses while more than maxUnsentBytes of answers wait.
    int maxPipelinedRequests = 32;
    qint64 maxUnsentBytes = 256 * 1024;

    // What one connection may hold of unread input: one request of the largest size, with room for
    // the whitespace QHttpServer skips between requests.
    qint64 maxBufferedBytes() const { return maxHeadBytes + maxBodyBytes + 4 * 1024; }
};

// How the server runs, beyond the routes: network threads, limits, the password-hashing pool, the
// rate limit.
struct ServerOptions
{
    static constexpr int MaxNetworkThreads = 16;
    // One per core, at most 4: past that, the database and the other threads on the machine are the limit.
    static int defaultNetworkThreads() { return qBound(1, QThread::idealThreadCount(), 4); }

    int networkThreads = defaultNetworkThreads(); // each with its own QHttpServer and database connection
    HttpLimits limits;
    int hashingThreads = 1; // argon2id workers; one leaves a core of the two for the network thread
    int hashingQueue = 64; // password grants waiting for a worker; beyond, 503 + Retry-After
    // Fairness (docs/architecture.md): while password grants are in flight, a network thread that
    // answered a token request itself pauses this long per grant in flight (at most
    // maxLoginYieldUs), so an anonymous flood leaves the CPU to the hashing pool. 0: never pauses.
    int loginYieldUs = 200;
    int maxLoginYieldUs = 2000;
    int rateLimitPerMinute = 0; // token requests per client IP and minute; 0: no limit
    // Grants that store tokens committed together, sharing one sync (SQLite only); 1: each alone.
    int commitBatch = 64;
    // The base URL clients use when a load balancer is in front (`--public-url`): the tokens' issuer
    // and a Host the host guard accepts. Empty: the address the server is bound to.
    QString publicUrl;
    // What the deadlines and the rate limit are measured by; it must outlive the server. Null: the
    // system's (tests pass a ManualSteadyClock and advance it).
    const SteadyClock *steadyClock = nullptr;

    const SteadyClock &steady() const { return steadyClock ? *steadyClock : SteadyClock::system(); }
};

} // namespace authdesk
