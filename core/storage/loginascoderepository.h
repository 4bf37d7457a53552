#pragma once

#include "domain/result.h"
#include "storage/loginascode.h"

#include <QCoreApplication>

namespace authdesk {

class Database;

// Login-as authorization codes and approval form tokens (spec section 11): stored hashed, used once.
class LoginAsCodeRepository
{
    Q_DECLARE_TR_FUNCTIONS(LoginAsCodeRepository)

public:
    // Rows are kept this long past their expiry, so that a code presented again while the session it
    // started may still be live is recognised as reused rather than unknown.
    static constexpr qint64 KeepAfterExpirySeconds = 3600;

    enum class Use {
        Unknown, // no such code or form token (of this kind)
        First, // it was unused and is used now
        Again, // it had been used before
    };
    struct Consumed
    {
        Use use = Use::Unknown;
        LoginAsCode code; // as stored, usedAt and familyId as before this call
    };

    explicit LoginAsCodeRepository(Database &database);

    // Also forgets rows that expired more than KeepAfterExpirySeconds before `code.createdAt`.
    Result<void> insert(const LoginAsCode &code);
    // Marks the row used, recording familyId, only if it was unused: of concurrent callers exactly one
    // gets Use::First. Expiry is the caller's to judge.
    Result<Consumed> consume(
        const QByteArray &hash, LoginAsCode::Kind kind, const QDateTime &now, const QString &familyId = {});

private:
    Database &m_database;
};

} // namespace authdesk
