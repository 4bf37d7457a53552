#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace authdesk {

// The key-encryption key in the OS keychain (Secret Service on Linux) through QtKeychain.
// These calls wait for the keychain's answer, so make them at start-up, before the main event loop
// runs (they never nest inside it).
class KeychainStore
{
    Q_DECLARE_TR_FUNCTIONS(KeychainStore)

public:
    // service: the keychain entry's service name; tests pass their own.
    explicit KeychainStore(QString service = QStringLiteral("AuthDesk"));

    // Writes, reads back and deletes a probe entry. An error (KeychainUnavailable) says in plain
    // words why there is no usable keychain and what to do (e.g. use --key-file).
    Result<void> probe() const;
    // The 32-byte key-encryption key, created and stored on first use.
    Result<QByteArray> loadOrCreateKek() const;
    // Named secrets other than the KEK, e.g. a database password under "postgres:USER@HOST:PORT/DB".
    // Reading one that was never stored gives std::nullopt; removing one that is missing succeeds.
    Result<void> storeSecret(const QString &name, const QByteArray &secret) const;
    Result<std::optional<QByteArray>> readSecret(const QString &name) const;
    Result<void> removeSecret(const QString &name) const;
    // Human-readable: where the key lives, e.g. "the Secret Service keychain (service AuthDesk)".
    QString description() const;

private:
    QString m_service;
};

} // namespace authdesk
