#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace authdesk {

class Database;

// A signing key, its private half wrapped by the key-encryption key.
struct StoredSigningKey
{
    QString kid;
    QByteArray publicKey;
    QByteArray wrappedPrivateKey;
    QDateTime createdAt;

    bool operator==(const StoredSigningKey &) const = default;
};

// The signing keys of one table: the Ed25519 access-token keys, or the RSA keys of the built-in test
// identity provider (whose public_key column holds the public JWK as JSON).
class SigningKeyRepository
{
    Q_DECLARE_TR_FUNCTIONS(SigningKeyRepository)

public:
    enum class Table { AccessTokens, BuiltinIdp };

    explicit SigningKeyRepository(Database &database, Table table = Table::AccessTokens);

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
    QString m_table;
};

} // namespace authdesk
