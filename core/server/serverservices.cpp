#include "server/serverservices.h"

#include "services/servicehub.h"

namespace authdesk {

ServerServices ServerServices::from(ServiceHub &hub)
{
    ServerServices services;
    services.health = &hub.health();
    services.tokens = &hub.tokens();
    services.revocation = &hub.revocation();
    services.requestLog = &hub.requestLog();
    services.apiAccess = &hub.apiAccess();
    services.cors = &hub.cors();
    services.groupCommit = &hub.groupCommit();
    services.signingKeys = &hub.signingKeys();
    services.signup = &hub.signup();
    services.clock = &hub.clock();
    services.loginAs = &hub.loginAs();
    services.builtinIdp = &hub.builtinIdp();
    services.testControls = &hub.testControls();
    return services;
}

} // namespace authdesk
