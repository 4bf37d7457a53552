#include "domain/identityprovider.h"

#include <algorithm>

namespace authdesk {

namespace {

QString withoutTrailingSlash(const QString &url)
{
    return url.endsWith(QLatin1Char('/')) ? url.chopped(1) : url;
}

} // namespace

bool IdentityProvider::isValidId(const QString &idpId)
{
    if (idpId.isEmpty() || idpId.size() > 64)
        return false;
    return std::all_of(idpId.cbegin(), idpId.cend(), [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            || c == QLatin1Char('-');
    });
}

bool IdentityProvider::acceptsClientId(const QString &idpClientId) const
{
    return !idpClientId.isEmpty() && (idpClientId == clientId || trustedClientIds.contains(idpClientId));
}

bool IdentityProvider::issuerMatches(const QString &iss) const
{
    return !iss.isEmpty() && withoutTrailingSlash(iss) == withoutTrailingSlash(issuer);
}

QString IdentityProvider::discoveryUrl() const
{
    return withoutTrailingSlash(issuer) + QStringLiteral("/.well-known/openid-configuration");
}

} // namespace authdesk
