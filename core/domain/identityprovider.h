#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace authdesk {

// An OpenID Connect provider whose ID tokens log users in through POST /v1/auth/auth_with_idp
// (spec section 12). Marketplace-wide: every marketplace application may use it.
struct IdentityProvider
{
    QString idpId; // [a-z0-9-]{1,64}, what the SDK sends as idpId
    QString name;
    QString issuer; // the IdP's URL, equal to its tokens' `iss`
    QString clientId; // the marketplace's client ID at the IdP
    QStringList trustedClientIds; // other client IDs at the IdP whose tokens are accepted too
    QString jwksUri; // empty: taken from the issuer's OpenID configuration
    QDateTime createdAt;

    static bool isValidId(const QString &idpId);

    // idp_client_id must name this IdP's client or a trusted one.
    bool acceptsClientId(const QString &idpClientId) const;
    // `iss` equals the issuer, one trailing slash on either side ignored.
    bool issuerMatches(const QString &iss) const;
    // <issuer>/.well-known/openid-configuration, with no doubled slash.
    QString discoveryUrl() const;

    bool operator==(const IdentityProvider &) const = default;
};

} // namespace authdesk
