#pragma once

#include "domain/auditreason.h"

#include <QString>

class QHttpServerRequest;
class QHttpServerResponse;

namespace authdesk {

class Clock;
class LoginAsService;
class RequestLog;
struct LoginAsOutcome;
struct TokenDecision;

// GET and POST /api/authorize-as (spec section 11): decodes the query or the approval form, asks
// LoginAsService, and answers with a page or a redirect. Every answer goes to the request log.
class LoginAsEndpoint
{
public:
    LoginAsEndpoint(LoginAsService &loginAs, RequestLog &log, const Clock &clock);

    QHttpServerResponse handle(const QHttpServerRequest &request) const;

private:
    QHttpServerResponse authorize(const QHttpServerRequest &request, TokenDecision &decision) const;
    QHttpServerResponse decide(const QHttpServerRequest &request, TokenDecision &decision) const;
    QHttpServerResponse answer(const LoginAsOutcome &outcome, TokenDecision &decision) const;
    QHttpServerResponse refuse(
        const char *message, int status, const AuditReason &reason, TokenDecision &decision) const;

    LoginAsService &m_loginAs;
    RequestLog &m_log;
    const Clock &m_clock;
};

} // namespace authdesk
