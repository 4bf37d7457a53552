#include "domain/loginassettings.h"

namespace authdesk {

QString environmentName(MarketplaceEnvironment environment)
{
    switch (environment) {
    case MarketplaceEnvironment::Dev:
        return QStringLiteral("dev");
    case MarketplaceEnvironment::Test:
        return QStringLiteral("test");
    case MarketplaceEnvironment::Live:
        return QStringLiteral("live");
    }
    Q_UNREACHABLE();
}

std::optional<MarketplaceEnvironment> environmentFromName(const QString &name)
{
    for (MarketplaceEnvironment environment :
        { MarketplaceEnvironment::Dev, MarketplaceEnvironment::Test, MarketplaceEnvironment::Live }) {
        if (name == environmentName(environment))
            return environment;
    }
    return std::nullopt;
}

bool LoginAsSettings::isValidMarketplaceUrl(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    return parsed.isValid() && (parsed.scheme() == QLatin1String("http") || parsed.scheme() == QLatin1String("https"))
        && !parsed.host().isEmpty() && parsed.userInfo().isEmpty() && !parsed.hasQuery() && !parsed.hasFragment();
}

QString LoginAsSettings::marketplaceOrigin() const
{
    if (!isValidMarketplaceUrl(marketplaceUrl))
        return {};
    return originOf(QUrl(marketplaceUrl, QUrl::StrictMode));
}

QString LoginAsSettings::originOf(const QUrl &url)
{
    // Default ports compare equal to an explicit one (http://x and http://x:80 are one origin).
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    return url.scheme() + QLatin1String("://") + url.host(QUrl::FullyEncoded).toLower() + QLatin1Char(':')
        + QString::number(url.port(defaultPort));
}

} // namespace authdesk
