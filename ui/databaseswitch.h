#pragma once

#include "domain/postgrestarget.h"
#include "domain/result.h"

#include <QString>

namespace authdesk {

// Which database the console works on, and the File menu's way to change it. app/ implements it
// over storage and the keychain; the console reopens on the chosen database when asked to switch.
class DatabaseSwitch
{
public:
    virtual ~DatabaseSwitch() = default;

    // Where the data lives, for people: a file path, or postgresql://USER@HOST:PORT/DB.
    virtual QString location() const = 0;
    virtual bool isPostgres() const = 0;
    // The PostgreSQL login last chosen, without its password, to fill the dialog in.
    virtual PostgresTarget lastPostgres() const = 0;
    // Connects to login and prepares its database for AuthDesk, as switching would. Blocks for up to
    // the connection timeout, so callers run it off the GUI thread; safe to call from any thread.
    virtual Result<void> testPostgres(const PostgresTarget &login) const = 0;
    // Asks the console to reopen on login (the password goes to the keychain when remember is set)
    // or on the local SQLite file. The caller then closes the window; the console reopens.
    virtual void switchToPostgres(const PostgresTarget &login, bool rememberPassword) = 0;
    virtual void switchToLocal() = 0;
};

} // namespace authdesk
