#pragma once

#include "domain/testuser.h"
#include "services/oauth.h"

#include <QCoreApplication>
#include <variant>

namespace authdesk {

class Clock;
class IdTokenVerifier;
class LinkedIdentityRepository;
class TestUserRepository;
class TestUserService;

// The sign-up of the Marketplace API stand-ins (spec section 12): current_user/create and
// current_user/create_with_idp.
struct SignupRequest
{
    QString email;
    QString password; // current_user/create only
    QString firstName;
    QString lastName;
    QString displayName; // optional: "First Last" when empty
    QString idpId; // create_with_idp only
    QString idpClientId;
    QByteArray idpToken;
};

// Why a sign-up was refused, with the HTTP status of the Marketplace API.
struct SignupError
{
    int status = 400; // 400 invalid input, 409 e-mail or identity taken, 401/503 from the ID token
    QByteArray code; // e.g. "email-taken", stable for clients
    QString reason; // in plain words, never a secret
};

class SignupService
{
    Q_DECLARE_TR_FUNCTIONS(SignupService)

public:
    SignupService(TestUserService &users, TestUserRepository &userRepository, LinkedIdentityRepository &links,
        const IdTokenVerifier &idTokens, const Clock &clock);

    // Creates a test user with a password, under the console's password rules.
    std::variant<TestUser, SignupError> create(const SignupRequest &request) const;
    // Checks the ID token as auth_with_idp does (blocks while keys are fetched: a worker thread),
    // then creates a user without a password, linked to the identity.
    std::variant<TestUser, SignupError> createWithIdp(const SignupRequest &request) const;

private:
    TestUserService &m_users;
    TestUserRepository &m_userRepository;
    LinkedIdentityRepository &m_links;
    const IdTokenVerifier &m_idTokens;
    const Clock &m_clock;
};

} // namespace authdesk
