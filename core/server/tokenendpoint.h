#pragma once

#include <QString>

class QHttpServerRequest;
class QHttpServerResponse;

namespace authdesk {

class RequestLog;
class RevocationService;
class TokenService;

// POST /v1/auth/token and POST /v1/auth/revoke: HTTP decoding (content type, form, client
// credentials) and encoding; the decisions are the services'. Every answer is logged to the request
// log with its reason.
class TokenEndpoint
{
public:
    TokenEndpoint(TokenService &tokens, RevocationService &revocation, RequestLog &log, QString issuer);

    QHttpServerResponse token(const QHttpServerRequest &request) const;
    QHttpServerResponse revoke(const QHttpServerRequest &request) const;

private:
    TokenService &m_tokens;
    RevocationService &m_revocation;
    RequestLog &m_log;
    QString m_issuer;
};

} // namespace authdesk
