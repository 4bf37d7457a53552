#pragma once

#include "domain/testuser.h"
#include "services/oauth.h"

#include <QCoreApplication>
#include <variant>

namespace authdesk {

class AuditLog;
class Clock;
class LinkedIdentityRepository;
class TestUserRepository;
struct VerifiedIdToken;

// Finds the test user a verified ID token logs in (spec section 12): the one linked to (idp_id, sub),
// else the one with the token's e-mail when both the token and the user say it is verified, whose
// identity is then linked. Banned or none: invalid_grant. Thread-safe.
class IdpUserLinker
{
    Q_DECLARE_TR_FUNCTIONS(authdesk::IdpUserLinker)

public:
    IdpUserLinker(TestUserRepository &users, LinkedIdentityRepository &links, AuditLog &audit, const Clock &clock);

    std::variant<TestUser, OAuthError> userFor(const VerifiedIdToken &identity) const;

private:
    std::variant<TestUser, OAuthError> byVerifiedEmail(const VerifiedIdToken &identity) const;

    TestUserRepository &m_users;
    LinkedIdentityRepository &m_links;
    AuditLog &m_audit;
    const Clock &m_clock;
};

} // namespace authdesk
