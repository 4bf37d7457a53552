#pragma once

#include "services/oauth.h"
#include "services/tokendecision.h"
#include "services/tokenservice.h"

#include <QString>
#include <QStringList>
#include <variant>

class QHttpServerRequest;
class QHttpServerResponse;

namespace authdesk {

class ApiAccess;
class Clock;
class RateLimiter;
class RequestLog;
class RevocationService;

// POST /v1/auth/token, /v1/auth/revoke and /v1/auth/introspect: HTTP decoding (content type, form, client
// credentials) and encoding; the decisions are the services'. Every answer is logged to the request
// log with its reason.
class TokenEndpoint
{
public:
    // A token request that passed checks 4 to 6 (spec section 3), ready for TokenService.
    struct Call
    {
        TokenRequest request;
        TokenDecision decision;
        // Where the server runs it, as the token service says (TokenService::runFor).
        TokenService::Run run = TokenService::Run::Inline;

        // The password grant runs argon2id, so the server runs it on the hashing pool.
        bool hashesPassword() const { return run == TokenService::Run::Hashing; }
        // Grants that store a token (a rotation, a new family) and so wait for a commit. Anonymous
        // client_credentials tokens store nothing, whether or not a secret came with them.
        bool writesTokens() const { return run == TokenService::Run::Commit; }
    };

    TokenEndpoint(TokenService &tokens, RevocationService &revocation, ApiAccess &access, RequestLog &log,
        const Clock &clock, QString issuer);

    // rateLimiter: the optional per-IP limit of check 6; it must outlive the endpoint.
    void setRateLimiter(RateLimiter *rateLimiter) { m_rateLimiter = rateLimiter; }

    QHttpServerResponse token(const QHttpServerRequest &request) const;
    // token() in two halves, for the server to run the second on another thread: the answer at once
    // (a decoding error, the rate limit), or the call to complete.
    std::variant<QHttpServerResponse, Call> prepareToken(const QHttpServerRequest &request) const;
    // Decides, logs and encodes. Thread-safe.
    QHttpServerResponse completeToken(const Call &call) const;
    // completeToken() in two halves, for the commit batcher: the decision alone (its writes), on the
    // writer thread; then, once they are on disk, signing, logging and encoding on the caller's.
    TokenResult decideToken(const Call &call) const;
    QHttpServerResponse answerDecided(const Call &call, TokenResult outcome) const;
    // The answer when the hashing pool is full: 503 temporarily_unavailable + Retry-After, logged.
    QHttpServerResponse refuseBusy(const Call &call) const;
    // The answer when the grant was decided but its batch could not be saved: 503, logged.
    QHttpServerResponse refuseUnsaved(const Call &call) const;
    // POST /v1/auth/auth_with_idp in the same two halves: decoding here, then completeIdpLogin() on a
    // worker thread, because it may wait for an identity provider's keys.
    std::variant<QHttpServerResponse, Call> prepareIdpLogin(const QHttpServerRequest &request) const;
    QHttpServerResponse completeIdpLogin(const Call &call) const;
    QHttpServerResponse revoke(const QHttpServerRequest &request) const;
    // RFC 7662, for clients that authenticate with their secret.
    QHttpServerResponse introspect(const QHttpServerRequest &request) const;

private:
    std::variant<QHttpServerResponse, Call> prepare(
        const QHttpServerRequest &request, const QStringList &known, const QString &endpoint) const;
    QHttpServerResponse answerToken(
        TokenDecision decision, const TokenResult &outcome, ClientCredentials::Method method) const;

    TokenService &m_tokens;
    RevocationService &m_revocation;
    ApiAccess &m_access;
    RequestLog &m_log;
    const Clock &m_clock;
    QString m_issuer;
    RateLimiter *m_rateLimiter = nullptr;
};

} // namespace authdesk
