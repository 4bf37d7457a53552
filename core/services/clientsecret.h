#pragma once

#include "domain/application.h"

#include <QDateTime>
#include <QString>

namespace authdesk {

// Whether secret is the application's current secret, or its previous one within the rotation
// overlap. Both hashes are compared every time, in constant time, so timing tells nothing.
bool clientSecretMatches(const Application &application, const QString &secret, const QDateTime &now);

} // namespace authdesk
