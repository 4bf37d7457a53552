#pragma once

#include "domain/loginassettings.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <chrono>
#include <optional>

namespace authdesk {

enum class ApplicationType { Marketplace, Integration };

// The grant types of the Authentication API; the names compare exactly (`Password` is unsupported).
// AuthWithIdp is not a grant_type of /v1/auth/token: it names POST /v1/auth/auth_with_idp (spec section 12),
// which applications enable and disable like a grant.
enum class GrantType { ClientCredentials, Password, RefreshToken, TokenExchange, AuthorizationCode, AuthWithIdp };

QString applicationTypeName(ApplicationType type);
std::optional<ApplicationType> applicationTypeFromName(const QString &name);
QString grantTypeName(GrantType grant);
std::optional<GrantType> grantTypeFromName(const QString &name);

// The grants an application of this type may ever use (spec section 1).
QList<GrantType> grantsValidFor(ApplicationType type);

// Per-application grant settings, with the spec's defaults.
struct GrantSettings
{
    static constexpr qint64 DefaultAccessTokenTtl = 900;
    static constexpr qint64 DefaultRefreshTokenTtl = 180LL * 24 * 3600;
    static constexpr qint64 DefaultGraceWindow = 30;
    static constexpr qint64 MaxGraceWindow = 300;

    QList<GrantType> enabledGrants;
    qint64 accessTokenTtlSeconds = DefaultAccessTokenTtl;
    qint64 refreshTokenTtlSeconds = DefaultRefreshTokenTtl;
    std::optional<qint64> refreshIdleTimeoutSeconds; // unset: refresh tokens never go idle
    qint64 graceWindowSeconds = DefaultGraceWindow;
    QStringList corsOrigins;

    bool isEnabled(GrantType grant) const { return enabledGrants.contains(grant); }
    static GrantSettings defaultsFor(ApplicationType type);

    bool operator==(const GrantSettings &other) const
    {
        // std::equal rather than QList::operator==: for an empty list of enums Qt 6.4 calls memcmp
        // with a null pointer, which UBSan (AUTHDESK_SANITIZE) rightly reports as undefined.
        return std::equal(enabledGrants.cbegin(), enabledGrants.cend(), other.enabledGrants.cbegin(),
                   other.enabledGrants.cend())
            && accessTokenTtlSeconds == other.accessTokenTtlSeconds
            && refreshTokenTtlSeconds == other.refreshTokenTtlSeconds
            && refreshIdleTimeoutSeconds == other.refreshIdleTimeoutSeconds
            && graceWindowSeconds == other.graceWindowSeconds && corsOrigins == other.corsOrigins;
    }
};

// A client of the Authentication API. Only the SHA-256 of its secret is ever held.
struct Application
{
    QString clientId; // a UUID, public
    QString name;
    ApplicationType type = ApplicationType::Marketplace;
    GrantSettings settings;
    bool enabled = true;
    QByteArray secretHash; // SHA-256 of the current secret; empty when none was ever set
    QByteArray previousSecretHash; // still accepted until previousSecretValidUntil (secret rotation)
    QDateTime previousSecretValidUntil;
    QDateTime createdAt;
    QDateTime lastUsedAt;
    QDateTime revokedAllAt; // access tokens issued before this are not live
    LoginAsSettings loginAs; // marketplace applications only

    bool operator==(const Application &) const = default;
};

} // namespace authdesk
