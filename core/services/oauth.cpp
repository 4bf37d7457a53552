#include "services/oauth.h"

namespace authdesk {

QByteArray OAuthError::codeName(Code code)
{
    switch (code) {
    case Code::InvalidRequest:
        return QByteArrayLiteral("invalid_request");
    case Code::InvalidClient:
        return QByteArrayLiteral("invalid_client");
    case Code::InvalidGrant:
        return QByteArrayLiteral("invalid_grant");
    case Code::UnauthorizedClient:
        return QByteArrayLiteral("unauthorized_client");
    case Code::UnsupportedGrantType:
        return QByteArrayLiteral("unsupported_grant_type");
    case Code::InvalidScope:
        return QByteArrayLiteral("invalid_scope");
    case Code::InvalidToken:
        return QByteArrayLiteral("invalid_token");
    case Code::InsufficientScope:
        return QByteArrayLiteral("insufficient_scope");
    case Code::TemporarilyUnavailable:
        return QByteArrayLiteral("temporarily_unavailable");
    }
    Q_UNREACHABLE();
}

namespace oauth {

bool isRedirectUri(const QUrl &url)
{
    return url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
        && !url.host().isEmpty() && url.userInfo().isEmpty() && !url.hasFragment();
}

QByteArray withParameters(const QString &redirectUri, const QList<QPair<QString, QString>> &parameters)
{
    QByteArray location = QUrl(redirectUri, QUrl::StrictMode).toEncoded();
    char separator = location.contains('?') ? '&' : '?';
    for (const auto &[name, value] : parameters) {
        if (value.isEmpty())
            continue;
        location += separator + name.toLatin1() + '=' + QUrl::toPercentEncoding(value);
        separator = '&';
    }
    return location;
}

} // namespace oauth

} // namespace authdesk
