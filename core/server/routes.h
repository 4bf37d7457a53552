#pragma once

#include "server/hostguard.h"
#include "server/serverservices.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <functional>

namespace authdesk {

class ApiServer;
class CommitBatcher;
class HashingPool;
class RateLimiter;

// What the routes need of the running server besides the services.
struct RouteOptions
{
    HostGuard hostGuard; // default: allows every Host
    HashingPool *hashing = nullptr; // null: password grants run on the network thread
    RateLimiter *rateLimiter = nullptr; // null: no rate limit
    CommitBatcher *batcher = nullptr; // null: grants that store tokens commit one by one
};

// Installs every route of the HTTP API on a QHttpServer: the map from paths to endpoints, and the
// 404/405 answers for everything else. HTTP only; the decisions are the services'.
class Routes
{
public:
    // issuer: the server's base URL, for the tokens' `iss` claim.
    Routes(ServerServices services, QString issuer, RouteOptions options = {});

    // The methods a path answers, as an Allow value (e.g. "POST, OPTIONS"), with or without the
    // one-segment prefix; empty for a path the API does not have. Thread-safe.
    using AllowedMethods = std::function<QByteArray(QByteArrayView path)>;

    // Returns the allowed methods of the routes it installed, for the layer under QHttpServer
    // (GuardedSocket answers 405 itself to methods QHttpServer 6.4 cannot route).
    AllowedMethods install(ApiServer &server) const;

private:
    ServerServices m_services;
    QString m_issuer;
    RouteOptions m_options;
};

} // namespace authdesk
