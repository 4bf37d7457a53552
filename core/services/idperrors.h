#pragma once

#include "services/oauth.h"

// The refusals of an IdP login, shared by IdTokenVerifier and IdpUserLinker. One description for
// every invalid_grant, as for the token endpoint: the reason (for the request log) tells them apart.
namespace authdesk::idperrors {

inline OAuthError invalidGrant(const QString &reason)
{
    return { OAuthError::Code::InvalidGrant,
        QByteArrayLiteral("The provided authorization grant is invalid, expired or revoked."), reason };
}

inline OAuthError unavailable(const QByteArray &description, const QString &reason)
{
    return { OAuthError::Code::TemporarilyUnavailable, description, reason };
}

} // namespace authdesk::idperrors
