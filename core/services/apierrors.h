#pragma once

#include "services/oauth.h"

#include <QByteArray>
#include <QString>
#include <initializer_list>

// The one catalogue of the errors AuthDesk puts on the wire: every error code's HTTP status and every
// fixed description is defined here and nowhere else, so the token, revoke, login-as and IdP login
// answers and the transport's own refusals cannot drift apart. Descriptions are ASCII and never echo
// input (spec section 3); the reason, for the console's request log, tells apart cases that share a
// description.
namespace authdesk::apierrors {

// An answer refused before any OAuth decision (the transport, the router, the guards): the code, the
// status and the description (empty: the body is {"error": code} alone, as the spec pins for 403s).
struct WireError
{
    const char *code;
    int status;
    const char *description;

    // {"error":"<code>","error_description":"<description>"}, compact, as every JSON answer.
    QByteArray json() const;
};

inline constexpr WireError MalformedRequest { "invalid_request", 400, "The request is malformed." };
inline constexpr WireError OriginNotAllowed { "origin_not_allowed", 403, "" };
inline constexpr WireError HostNotAllowed { "host_not_allowed", 403, "" };
inline constexpr WireError NotFound { "not_found", 404, "No such endpoint." };
inline constexpr WireError MethodNotAllowed { "method_not_allowed", 405, "This method is not allowed here." };
inline constexpr WireError RequestTimeout { "invalid_request", 408, "The request took too long to arrive." };
inline constexpr WireError LengthRequired { "invalid_request", 411,
    "Transfer-Encoding is not supported; send a Content-Length." };
inline constexpr WireError PayloadTooLarge { "invalid_request", 413, "The request body is too large." };
inline constexpr WireError RateLimited { "too_many_requests", 429, "Too many requests; retry later." };
inline constexpr WireError PipelineTooDeep { "too_many_requests", 429,
    "Too many requests were sent ahead of their answers; read them, then retry." };
inline constexpr WireError HeadersTooLarge { "invalid_request", 431, "The request line and headers are too large." };
inline constexpr WireError MethodNotImplemented { "invalid_request", 501, "This method is not supported." };
// Answers of the test kit's fault rules (TestControls): the statuses an SDK must recover from, with
// their usual codes; any other 4xx is invalid_request, any other 5xx server_error.
inline constexpr WireError InjectedServerError { "server_error", 500, "The server failed (an injected fault)." };
inline constexpr WireError InjectedUnavailable { "temporarily_unavailable", 503,
    "The server is unavailable; retry later (an injected fault)." };
inline constexpr WireError InjectedRateLimited { "too_many_requests", 429,
    "Too many requests; retry later (an injected fault)." };
inline constexpr WireError InjectedRefusal { "invalid_request", 400, "The request was refused (an injected fault)." };
inline constexpr WireError TooManyConnections { "temporarily_unavailable", 503, "Too many open connections; retry." };

// The HTTP status of each OAuth error code (spec sections 3, 4 and 8: every credential problem is a
// 401, because the SDKs react to 401 only).
int statusFor(OAuthError::Code code);

// invalid_request for the case whose fixed description is given. Each such description names one
// defect of the request and is written at the one place that finds it (the form decoder, the client
// credentials reader, the grant's parameter check).
OAuthError invalidRequest(const char *description, const AuditReason &reason);
// invalid_request: "The X parameter is required." / "The X, Y and Z parameters are required."
OAuthError missingParameters(std::initializer_list<const char *> names, const AuditReason &reason);
// The description of missingParameters(), for answers that are not an OAuthError (login-as redirects).
QByteArray missingParametersDescription(std::initializer_list<const char *> names);

// invalid_client: unknown client, wrong or missing secret, disabled application; all alike.
OAuthError invalidClient(const AuditReason &reason);
// invalid_grant: one description for every case, so a wrong password, an unknown user and a locked
// user answer identically.
OAuthError invalidGrant(const AuditReason &reason);
OAuthError unauthorizedClient(const AuditReason &reason);
OAuthError unsupportedGrantType(const AuditReason &reason);
OAuthError invalidScope(const AuditReason &reason);
// invalid_token: a bearer token that is malformed, expired or revoked (RFC 6750), or none at all.
OAuthError invalidToken(const AuditReason &reason);
OAuthError accessTokenMissing(const AuditReason &reason);
OAuthError insufficientScope(const AuditReason &reason);
// temporarily_unavailable (503 + Retry-After): the database did not answer.
OAuthError unavailable(const AuditReason &reason);
// ... with the reason every service gives for that.
OAuthError databaseUnavailable();
// ... the password-hashing queue is full.
OAuthError busy(const AuditReason &reason);
// ... the grant's commit failed, so no token leaves.
OAuthError unsaved(const AuditReason &reason);
// ... the identity provider's metadata or keys cannot be fetched.
OAuthError identityProviderUnreachable(const AuditReason &reason);

} // namespace authdesk::apierrors
