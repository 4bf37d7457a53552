#pragma once

#include "crypto/signingkey.h"
#include "domain/result.h"

#include <QHash>
#include <QJsonObject>

#include <optional>

namespace authdesk {

class Clock;
class SigningKeyRepository;

// The access-token signing keys. The private key is kept in the database wrapped by the
// key-encryption key, so every AuthDesk sharing the database and the KEK signs with the same key.
class SigningKeys
{
    Q_DECLARE_TR_FUNCTIONS(SigningKeys)

public:
    SigningKeys(SigningKeyRepository &repository, const Clock &clock);

    // Unwraps the newest stored key with kek, or creates, wraps and stores one on first start.
    // Call once at start-up; afterwards the object is read-only and safe from any thread.
    Result<void> load(const QByteArray &kek);

    bool isLoaded() const { return m_current.has_value(); }
    const SigningKey &current() const { return *m_current; }
    // kid -> 32-byte public key, for verification.
    const QHash<QString, QByteArray> &publicKeys() const { return m_publicKeys; }
    // {"keys": [...]} for /.well-known/jwks.json
    QJsonObject jwks() const;

private:
    SigningKeyRepository &m_repository;
    const Clock &m_clock;
    std::optional<SigningKey> m_current;
    QHash<QString, QByteArray> m_publicKeys;
};

} // namespace authdesk
