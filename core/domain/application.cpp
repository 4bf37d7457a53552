#include "domain/application.h"

namespace authdesk {

QString applicationTypeName(ApplicationType type)
{
    switch (type) {
    case ApplicationType::Marketplace:
        return QStringLiteral("marketplace");
    case ApplicationType::Integration:
        return QStringLiteral("integration");
    }
    Q_UNREACHABLE();
}

std::optional<ApplicationType> applicationTypeFromName(const QString &name)
{
    if (name == QLatin1String("marketplace"))
        return ApplicationType::Marketplace;
    if (name == QLatin1String("integration"))
        return ApplicationType::Integration;
    return std::nullopt;
}

QString grantTypeName(GrantType grant)
{
    switch (grant) {
    case GrantType::ClientCredentials:
        return QStringLiteral("client_credentials");
    case GrantType::Password:
        return QStringLiteral("password");
    case GrantType::RefreshToken:
        return QStringLiteral("refresh_token");
    case GrantType::TokenExchange:
        return QStringLiteral("token_exchange");
    case GrantType::AuthWithIdp:
        return QStringLiteral("auth_with_idp");
    case GrantType::AuthorizationCode:
        return QStringLiteral("authorization_code");
    }
    Q_UNREACHABLE();
}

std::optional<GrantType> grantTypeFromName(const QString &name)
{
    for (GrantType grant : { GrantType::ClientCredentials, GrantType::Password, GrantType::RefreshToken,
             GrantType::TokenExchange, GrantType::AuthorizationCode, GrantType::AuthWithIdp }) {
        if (name == grantTypeName(grant))
            return grant;
    }
    return std::nullopt;
}

QList<GrantType> grantsValidFor(ApplicationType type)
{
    switch (type) {
    case ApplicationType::Marketplace:
        return { GrantType::ClientCredentials, GrantType::Password, GrantType::RefreshToken, GrantType::TokenExchange,
            GrantType::AuthorizationCode, GrantType::AuthWithIdp };
    case ApplicationType::Integration:
        return { GrantType::ClientCredentials, GrantType::RefreshToken };
    }
    Q_UNREACHABLE();
}

GrantSettings GrantSettings::defaultsFor(ApplicationType type)
{
    GrantSettings settings;
    settings.enabledGrants = grantsValidFor(type);
    return settings;
}

} // namespace authdesk
