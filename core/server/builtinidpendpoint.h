#pragma once

#include "domain/auditreason.h"

#include <QString>

class QHttpServerRequest;
class QHttpServerResponse;

namespace authdesk {

class BuiltinIdp;
class Clock;
class RequestLog;
struct BuiltinIdpOutcome;
struct TokenDecision;

// The HTTP side of the built-in test identity provider under /idp/: its OpenID configuration and
// keys, the page that picks an identity (GET and POST /idp/authorize), the code exchange and userinfo.
// The decisions are BuiltinIdp's.
class BuiltinIdpEndpoint
{
public:
    // issuer: the server's base URL + "/idp".
    BuiltinIdpEndpoint(BuiltinIdp &idp, RequestLog &log, const Clock &clock, QString issuer);

    QHttpServerResponse discovery() const;
    QHttpServerResponse jwks() const;
    QHttpServerResponse authorize(const QHttpServerRequest &request) const;
    QHttpServerResponse token(const QHttpServerRequest &request) const;
    QHttpServerResponse userInfo(const QHttpServerRequest &request) const;

private:
    QHttpServerResponse answer(const BuiltinIdpOutcome &outcome, TokenDecision &decision) const;
    QHttpServerResponse refuse(const char *message, const AuditReason &reason, TokenDecision &decision) const;

    BuiltinIdp &m_idp;
    RequestLog &m_log;
    const Clock &m_clock;
    QString m_issuer;
};

} // namespace authdesk
