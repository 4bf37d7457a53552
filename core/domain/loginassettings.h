#pragma once

#include <QString>
#include <QUrl>
#include <optional>

namespace authdesk {

// The marketplace environment an application stands for; a live marketplace's login-as tokens are
// limited (`user:limited`), as in Sharetribe.
enum class MarketplaceEnvironment { Dev, Test, Live };

QString environmentName(MarketplaceEnvironment environment);
std::optional<MarketplaceEnvironment> environmentFromName(const QString &name);

// Per marketplace application: where its marketplace runs and how operators may log in as its users
// (spec section 11).
struct LoginAsSettings
{
    QString marketplaceUrl; // the marketplace's root URL; empty: login-as is not possible
    MarketplaceEnvironment environment = MarketplaceEnvironment::Dev;
    bool autoApprove = false;

    // Whether `url` is usable as a marketplace URL: absolute http(s) with a host, no user info, query
    // or fragment.
    static bool isValidMarketplaceUrl(const QString &url);
    // scheme://host[:port] of the marketplace URL, empty when there is none; what redirect URIs must match.
    QString marketplaceOrigin() const;
    static QString originOf(const QUrl &url);

    bool operator==(const LoginAsSettings &) const = default;
};

} // namespace authdesk
