#include "services/apierrors.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace authdesk::apierrors {

namespace {

OAuthError make(OAuthError::Code code, const char *description, const AuditReason &reason)
{
    return { code, QByteArray(description), reason };
}

} // namespace

QByteArray WireError::json() const
{
    QJsonObject body { { QStringLiteral("error"), QString::fromLatin1(code) } };
    if (*description != '\0')
        body.insert(QStringLiteral("error_description"), QString::fromLatin1(description));
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

int statusFor(OAuthError::Code code)
{
    switch (code) {
    case OAuthError::Code::InvalidRequest:
    case OAuthError::Code::UnauthorizedClient:
    case OAuthError::Code::UnsupportedGrantType:
    case OAuthError::Code::InvalidScope:
        return 400;
    case OAuthError::Code::InvalidClient:
    case OAuthError::Code::InvalidGrant:
    case OAuthError::Code::InvalidToken:
        return 401;
    case OAuthError::Code::InsufficientScope:
        return 403;
    case OAuthError::Code::TemporarilyUnavailable:
        return 503;
    }
    Q_UNREACHABLE();
}

OAuthError invalidRequest(const char *description, const AuditReason &reason)
{
    return make(OAuthError::Code::InvalidRequest, description, reason);
}

QByteArray missingParametersDescription(std::initializer_list<const char *> names)
{
    QByteArray list;
    qsizetype index = 0;
    for (const char *name : names) {
        if (index > 0)
            list += index + 1 == qsizetype(names.size()) ? QByteArrayLiteral(" and ") : QByteArrayLiteral(", ");
        list += name;
        ++index;
    }
    return QByteArrayLiteral("The ") + list
        + (names.size() == 1 ? QByteArrayLiteral(" parameter is required.")
                             : QByteArrayLiteral(" parameters are required."));
}

OAuthError missingParameters(std::initializer_list<const char *> names, const AuditReason &reason)
{
    return { OAuthError::Code::InvalidRequest, missingParametersDescription(names), reason };
}

OAuthError invalidClient(const AuditReason &reason)
{
    return make(OAuthError::Code::InvalidClient, "Client authentication failed.", reason);
}

OAuthError invalidGrant(const AuditReason &reason)
{
    return make(
        OAuthError::Code::InvalidGrant, "The provided authorization grant is invalid, expired or revoked.", reason);
}

OAuthError unauthorizedClient(const AuditReason &reason)
{
    return make(OAuthError::Code::UnauthorizedClient, "This client may not use this grant type.", reason);
}

OAuthError unsupportedGrantType(const AuditReason &reason)
{
    return make(OAuthError::Code::UnsupportedGrantType, "The grant type is not supported.", reason);
}

OAuthError invalidScope(const AuditReason &reason)
{
    return make(OAuthError::Code::InvalidScope, "The requested scope is invalid for this grant.", reason);
}

OAuthError invalidToken(const AuditReason &reason)
{
    return make(OAuthError::Code::InvalidToken, "The access token is invalid, expired or revoked.", reason);
}

OAuthError accessTokenMissing(const AuditReason &reason)
{
    return make(OAuthError::Code::InvalidToken, "An access token is required.", reason);
}

OAuthError insufficientScope(const AuditReason &reason)
{
    return make(OAuthError::Code::InsufficientScope, "The access token does not allow this request.", reason);
}

OAuthError unavailable(const AuditReason &reason)
{
    return make(OAuthError::Code::TemporarilyUnavailable, "The service is temporarily unavailable, try again.", reason);
}

OAuthError databaseUnavailable()
{
    return unavailable(
        AuditReason("authdesk::apierrors", QT_TRANSLATE_NOOP("authdesk::apierrors", "the database did not answer")));
}

OAuthError busy(const AuditReason &reason)
{
    return make(OAuthError::Code::TemporarilyUnavailable, "The server is busy; retry shortly.", reason);
}

OAuthError unsaved(const AuditReason &reason)
{
    return make(OAuthError::Code::TemporarilyUnavailable, "The token could not be saved; retry shortly.", reason);
}

OAuthError identityProviderUnreachable(const AuditReason &reason)
{
    return make(
        OAuthError::Code::TemporarilyUnavailable, "The identity provider cannot be reached; try again later.", reason);
}

} // namespace authdesk::apierrors
