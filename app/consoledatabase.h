#pragma once

#include "commandline.h"
#include "crypto/keychainstore.h"
#include "storage/databaseurl.h"
#include "ui/databaseswitch.h"

#include <QCoreApplication>
#include <optional>

namespace authdesk {

// The console's choice of database, kept between runs: QSettings holds which one (a PostgreSQL
// target, never its password, or the local file) and the OS keychain holds the password. The File
// menu records a switch here; ConsoleCommand applies it once the window is closed, because keychain
// calls wait in a local event loop and must not nest inside the running one.
class ConsoleDatabase final : public DatabaseSwitch
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleDatabase)

public:
    struct Choice
    {
        std::optional<PostgresTarget> postgres; // nullopt: the local SQLite file
        bool rememberPassword = true;
    };

    // keychain: where passwords go; tests pass a service name of their own.
    explicit ConsoleDatabase(KeychainStore keychain = KeychainStore());

    // The database to open at start: --db-url or --db when given, else the saved choice with its
    // password from the keychain (empty when none is stored: libpq then reads PGPASSWORD or ~/.pgpass).
    // nullopt: the SQLite file.
    std::optional<PostgresTarget> targetToOpen(const ServeOptions &options) const;
    // Makes choice the one the console opens next time. The settings are always saved; an error
    // says the keychain could not store (or forget) the password.
    Result<void> save(const Choice &choice) const;

    // The keychain entry that holds target's password: "postgres:USER@HOST:PORT/DATABASE".
    static QString secretName(const PostgresTarget &target);

    // What this run uses, for the window title and the File menu.
    void setCurrent(const QString &location, bool postgres);
    // The switch the window asked for, once; nullopt when the window was simply closed.
    std::optional<Choice> takeRequest() { return std::exchange(m_request, std::nullopt); }

    QString location() const override { return m_location; }
    bool isPostgres() const override { return m_postgres; }
    PostgresTarget lastPostgres() const override;
    Result<void> testPostgres(const PostgresTarget &login) const override;
    void switchToPostgres(const PostgresTarget &login, bool rememberPassword) override;
    void switchToLocal() override;

private:
    KeychainStore m_keychain;
    QString m_location;
    bool m_postgres = false;
    std::optional<Choice> m_request;
};

} // namespace authdesk
