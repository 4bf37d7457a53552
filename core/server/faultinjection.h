#pragma once

#include "domain/faultrule.h"

class QHttpServerRequest;
class QHttpServerResponse;

// The HTTP side of the test kit's fault rules (services/testcontrols.h): what a request looks like
// to the rules, and the answer a status rule puts on the wire.
namespace authdesk::faultinjection {

// endpoint: "token", "revoke" or "api". The client is as presented (form, Basic credentials, or the
// client_id claim of a bearer token, unverified): good enough to pick requests, never to trust.
FaultTarget target(const QString &endpoint, const QHttpServerRequest &request);

// The OAuth error answer of a status rule; 429 and 503 carry Retry-After: 1.
QHttpServerResponse answer(const FaultRule &rule);

} // namespace authdesk::faultinjection
