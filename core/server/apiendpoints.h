#pragma once

#include <QByteArray>
#include <QString>

class QHttpServerRequest;
class QHttpServerResponse;

namespace authdesk {

class ApiAccess;
class SignupService;
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
    // The sign-up stand-ins (spec section 12), Transit in and out, for any live marketplace token.
    // createUserWithIdp may wait for an IdP's keys: call it on a worker thread.
    // The request's parts it reads, taken on the network thread: the sign-up itself runs on a worker.
    struct SignUp
    {
        QByteArray authorization;
        QByteArray contentType;
        QByteArray body;
        bool withIdp = false;
    };
    void setSignup(SignupService *signup) { m_signup = signup; }
    QHttpServerResponse signUp(const SignUp &call) const;
    QHttpServerResponse metadata() const;
    QHttpServerResponse jwks() const;

private:
    QHttpServerResponse marketplaceFor(const QHttpServerRequest &request, bool integration) const;

    ApiAccess &m_access;
    const SigningKeys &m_keys;
    QString m_issuer;
    SignupService *m_signup = nullptr;
};

} // namespace authdesk
