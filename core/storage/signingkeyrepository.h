#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace authdesk {

class Database;

// The Ed25519 signing keys, their private halves wrapped by the key-encryption key.
struct StoredSigningKey
{
    QString kid;
    QByteArray publicKey;
    QByteArray wrappedPrivateKey;
    QDateTime createdAt;

    bool operator==(const StoredSigningKey &) const = default;
};

class SigningKeyRepository
{
    Q_DECLARE_TR_FUNCTIONS(SigningKeyRepository)

public:
    explicit SigningKeyRepository(Database &database);

    // Conflict when the kid exists.
    Result<void> insert(const StoredSigningKey &key);
    // Inserts key only when there is no signing key yet, atomically even with several instances
    // starting at once on an empty database; true when key was inserted.
    Result<bool> insertIfNone(const StoredSigningKey &key);
    // Newest first.
    Result<QList<StoredSigningKey>> all();
    Result<std::optional<StoredSigningKey>> newest();

private:
    Database &m_database;
};

} // namespace authdesk
