#pragma once

#include "server/serverservices.h"

#include <QString>

class QHttpServer;

namespace authdesk {

// Installs every route of the HTTP API on a QHttpServer: the map from paths to endpoints, and the
// 404/405 answers for everything else. HTTP only; the decisions are the services'.
class Routes
{
public:
    // issuer: the server's base URL, for the tokens' `iss` claim.
    Routes(ServerServices services, QString issuer);

    void install(QHttpServer &server) const;

private:
    ServerServices m_services;
    QString m_issuer;
};

} // namespace authdesk
