#pragma once

#include "services/tokendecision.h"

#include <QByteArray>

class QHttpServerRequest;
class QHttpServerResponse;

namespace authdesk {

namespace requestfacts {

// The request as the console's request log shows it: method, path, Origin, client address, user
// agent and its headers (redacted by the log). Cheap: a few copies of what was received.
void describe(const QHttpServerRequest &request, TokenDecision &decision);

// A form body's parameters (the log redacts them) and its client_id: for requests refused before
// their endpoint read them, so the console can tell which application a refused request was for.
void describeForm(const QHttpServerRequest &request, TokenDecision &decision);

// The same for a request the limits layer refused before any route: what its request line and
// headers told (the head as received, possibly cut).
void describeHead(const QByteArray &head, const QString &clientAddress, TokenDecision &decision);

// Fills status, error, the answer's body (errors only) and, when there is none yet, a reason taken
// from the answer ("error_description", or the Transit error's title).
void describeAnswer(const QHttpServerResponse &response, TokenDecision &decision);

} // namespace requestfacts

} // namespace authdesk
