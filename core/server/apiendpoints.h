#pragma once

#include <QString>

class QHttpServerRequest;
class QHttpServerResponse;

namespace authdesk {

class ApiAccess;
class SigningKeys;

// The local stand-ins for the Marketplace and Integration APIs, so a login flow can be tested end to
// end, and the discovery documents (RFC 8414 metadata, JWKS).
class ApiEndpoints
{
public:
    ApiEndpoints(ApiAccess &access, const SigningKeys &keys, QString issuer);

    QHttpServerResponse currentUser(const QHttpServerRequest &request) const;
    QHttpServerResponse marketplace(const QHttpServerRequest &request) const;
    QHttpServerResponse integrationMarketplace(const QHttpServerRequest &request) const;
    QHttpServerResponse metadata() const;
    QHttpServerResponse jwks() const;

private:
    QHttpServerResponse marketplaceFor(const QHttpServerRequest &request, bool integration) const;

    ApiAccess &m_access;
    const SigningKeys &m_keys;
    QString m_issuer;
};

} // namespace authdesk
