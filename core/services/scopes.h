#pragma once

#include <QString>

namespace authdesk::scopes {

// The scopes the Authentication API issues (spec section 1).
inline const QString PublicRead = QStringLiteral("public-read");
inline const QString User = QStringLiteral("user");
inline const QString UserLimited = QStringLiteral("user:limited"); // login-as in a live marketplace
inline const QString TrustedUser = QStringLiteral("trusted:user");
inline const QString Integration = QStringLiteral("integ");

} // namespace authdesk::scopes
