#pragma once

namespace authdesk {

class ApiAccess;
class BuiltinIdp;
class Clock;
class CorsPolicy;
class GroupCommit;
class HealthService;
class LoginAsService;
class RequestLog;
class RevocationService;
class ServiceHub;
class SigningKeys;
class SignupService;
class TestControls;
class TokenService;

// The services the HTTP front door calls. The server owns none of them; all must outlive it.
struct ServerServices
{
    HealthService *health = nullptr;
    TokenService *tokens = nullptr;
    RevocationService *revocation = nullptr;
    RequestLog *requestLog = nullptr;
    ApiAccess *apiAccess = nullptr;
    CorsPolicy *cors = nullptr;
    GroupCommit *groupCommit = nullptr; // optional: without it every grant commits alone
    SigningKeys *signingKeys = nullptr;
    SignupService *signup = nullptr; // optional: without it sign-ups answer 503
    LoginAsService *loginAs = nullptr; // optional: without it there is no /api/authorize-as
    BuiltinIdp *builtinIdp = nullptr; // optional: without it there is no /idp/
    const Clock *clock = nullptr;
    TestControls *testControls = nullptr; // optional: without it no fault is injected

    static ServerServices from(ServiceHub &hub);
};

} // namespace authdesk
