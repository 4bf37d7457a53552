#pragma once

#include "services/apierrors.h"

#include <QByteArray>
#include <QJsonObject>

class QHttpServerResponse;

namespace authdesk::jsonreply {

// Every JSON answer of the server goes through here: compact JSON, the right content type, and the
// headers that keep credentials out of caches.
QHttpServerResponse json(const QJsonObject &body, int status);
// A body that is already compact JSON (e.g. from JsonObjectWriter).
QHttpServerResponse json(const QByteArray &body, int status);
QHttpServerResponse error(const QByteArray &code, const QByteArray &description, int status);
// An entry of the catalogue (services/apierrors.h) with its status.
QHttpServerResponse error(const apierrors::WireError &error);

} // namespace authdesk::jsonreply
