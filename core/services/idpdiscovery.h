#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace authdesk {

// What fetching an identity provider's metadata and keys found: its JWKS by `kid`, or why not.
struct IdpDiscovery
{
    bool reachable = false; // false: an error below, and no keys
    QString error; // translated, for people (the console's Test discovery, the request log)
    QString issuer; // as the OpenID configuration states it; empty when jwks_uri was set by hand
    QString jwksUri;
    QHash<QString, QJsonObject> keys; // kid -> JWK; keys without a kid are not usable and left out
    int keysWithoutKid = 0;
};

} // namespace authdesk
