#pragma once

#include "server/serverservices.h"

class QHttpServer;

namespace authdesk {

// Installs every route of the HTTP API on a QHttpServer: the map from paths to services, and the
// 404/405 answers for everything else. HTTP only; the decisions are the services'.
class Routes
{
public:
    explicit Routes(ServerServices services);

    void install(QHttpServer &server) const;

private:
    ServerServices m_services;
};

} // namespace authdesk
