#pragma once

#include "domain/application.h"
#include "domain/auditreason.h"
#include "services/loginasoutcome.h"
#include "services/oauth.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QMutex>

namespace authdesk {

class AccessTokens;
class ApplicationRepository;
class AuditLog;
class Clock;
struct LoginAsCode;
class LoginAsCodeRepository;
class TestUserRepository;
class TokenRepository;

// Login-as (spec section 11): the decisions of GET/POST /api/authorize-as and of the
// authorization_code grant. Codes and form tokens are stored hashed and used once. Thread-safe.
class LoginAsService
{
    Q_DECLARE_TR_FUNCTIONS(LoginAsService)

public:
    static constexpr qint64 CodeLifetimeSeconds = 60;
    static constexpr qint64 FormLifetimeSeconds = 600; // how long the approval page can be answered
    static constexpr qint64 SessionLifetimeSeconds = 1800;

    LoginAsService(LoginAsCodeRepository &codes, ApplicationRepository &applications, TestUserRepository &users,
        TokenRepository &tokens, AccessTokens &accessTokens, AuditLog &audit, const Clock &clock);

    // GET /api/authorize-as with its query parameters; `repeated` names any that came more than once.
    LoginAsOutcome authorize(const QHash<QString, QString> &query, const QStringList &repeated) const;
    // POST /api/authorize-as: the approval page's answer.
    LoginAsOutcome decide(const QByteArray &formToken, bool approve) const;
    // grant_type=authorization_code, for an authenticated client whose grant is enabled.
    TokenResult redeem(const TokenRequest &request, const Application &application, const QDateTime &now) const;

    // Who answers the approval page, for the audit log: the console's operator (File > Settings).
    // Empty, or never set (a headless server): "operator".
    void setOperatorName(const QString &name);
    QString operatorName() const;

    // The scope a login-as token of this application carries: user, or user:limited in live.
    static QString scopeFor(const Application &application);

private:
    // The checks that come before any redirect: a known, enabled marketplace application whose
    // marketplace origin is the redirect URI's. The 400 page when not.
    std::optional<LoginAsOutcome> refuseUntrusted(
        const std::optional<Application> &application, const QString &redirectUri, const QString &clientId) const;
    LoginAsOutcome issueCode(
        const Application &application, const LoginAsCode &request, const QString &actor, const AuditReason &how) const;

    LoginAsCodeRepository &m_codes;
    ApplicationRepository &m_applications;
    TestUserRepository &m_users;
    TokenRepository &m_tokens;
    AccessTokens &m_accessTokens;
    AuditLog &m_audit;
    const Clock &m_clock;
    mutable QMutex m_operatorMutex;
    QString m_operatorName;
};

} // namespace authdesk
