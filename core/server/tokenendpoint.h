#pragma once

#include <QString>

class QHttpServerRequest;
class QHttpServerResponse;

namespace authdesk {

class ApiAccess;
class Clock;
class RequestLog;
class RevocationService;
class TokenService;

// POST /v1/auth/token, /v1/auth/revoke and /v1/auth/introspect: HTTP decoding (content type, form, client
// credentials) and encoding; the decisions are the services'. Every answer is logged to the request
// log with its reason.
class TokenEndpoint
{
public:
    TokenEndpoint(TokenService &tokens, RevocationService &revocation, ApiAccess &access, RequestLog &log,
                  const Clock &clock, QString issuer);

    QHttpServerResponse token(const QHttpServerRequest &request) const;
    QHttpServerResponse revoke(const QHttpServerRequest &request) const;
    // RFC 7662, for clients that authenticate with their secret.
    QHttpServerResponse introspect(const QHttpServerRequest &request) const;

private:
    TokenService &m_tokens;
    RevocationService &m_revocation;
    ApiAccess &m_access;
    RequestLog &m_log;
    const Clock &m_clock;
    QString m_issuer;
};

} // namespace authdesk
