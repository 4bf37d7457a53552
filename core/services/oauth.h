#pragma once

#include "domain/auditreason.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <functional>
#include <variant>

namespace authdesk {

// How the client presented itself to the token or revocation endpoint.
struct ClientCredentials
{
    enum class Method { None, Body, Basic };

    QString clientId;
    QString clientSecret;
    bool secretPresent = false;
    Method method = Method::None;
};

// A decoded token-endpoint request. Parameters are unique (the server refuses repeats).
struct TokenRequest
{
    QHash<QString, QString> parameters;
    ClientCredentials client;
    QString issuer; // the base URL the client reached, for the `iss` claim
    // Where the request came from, recorded on the sessions it starts or refreshes.
    QString clientAddress;
    QString userAgent;

    QString parameter(const QString &name) const { return parameters.value(name); }
};

// An OAuth 2.0 error as a value. The description is fixed ASCII text that never echoes input; the
// reason is for the console's request log, in plain words, and never holds a secret; it is kept
// untranslated and translated where it is shown (see AuditReason).
struct OAuthError
{
    enum class Code {
        InvalidRequest,
        InvalidClient,
        InvalidGrant,
        UnauthorizedClient,
        UnsupportedGrantType,
        InvalidScope,
        InvalidToken, // a bad bearer token (RFC 6750), for revoke and the API stand-ins
        InsufficientScope,
        TemporarilyUnavailable, // the database cannot be used right now
    };

    Code code = Code::InvalidRequest;
    QByteArray description;
    AuditReason reason;

    static QByteArray codeName(Code code);
};

// The tokens a successful grant issues.
struct IssuedTokens
{
    QByteArray accessToken;
    qint64 expiresIn = 0;
    QString scope;
    QByteArray refreshToken; // empty when the grant issues none
    AuditReason reason; // for the request log, e.g. "password login of joe@example.com"
    // Set when the access token is still to be signed (TokenService::Signing::Deferred): it yields
    // accessToken, on whichever thread encodes the answer.
    std::function<QByteArray()> signAccessToken;
};

using TokenResult = std::variant<IssuedTokens, OAuthError>;

namespace oauth {

// An http or https URL with a host, no user info and no fragment (RFC 6749 section 3.1.2).
bool isRedirectUri(const QUrl &url);
// The redirect URI with the parameters that have a value appended to its query, percent-encoded.
QByteArray withParameters(const QString &redirectUri, const QList<QPair<QString, QString>> &parameters);

} // namespace oauth

} // namespace authdesk
