#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QString>

namespace authdesk {

// argon2id password hashes (libsodium), as PHC strings: "$argon2id$v=19$m=...,t=...,p=1$...".
// Slow on purpose (tens of milliseconds): never call on a network thread.
class PasswordHasher
{
    Q_DECLARE_TR_FUNCTIONS(PasswordHasher)

public:
    // Values below the defaults are raised to them: the defaults are the spec's floor.
    struct Cost
    {
        quint64 iterations = 2;
        quint64 memoryBytes = 19ULL * 1024 * 1024; // the floor the spec sets (OWASP's argon2id minimum)
    };

    PasswordHasher();
    explicit PasswordHasher(Cost cost);

    Result<QByteArray> hash(const QString &password) const;
    // False for a wrong password and for a hash that is not an argon2id PHC string.
    bool verify(const QByteArray &hash, const QString &password) const;
    // Verifies against a fixed hash of a random password, so an unknown user costs the same time as
    // a known one. Always false.
    bool verifyDummy(const QString &password) const;

private:
    Cost m_cost;
    QByteArray m_dummyHash;
};

} // namespace authdesk
