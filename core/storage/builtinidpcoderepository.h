#pragma once

#include "domain/result.h"
#include "storage/builtinidpcode.h"

#include <QCoreApplication>
#include <optional>

namespace authdesk {

class Database;

// The built-in test identity provider's authorization codes, in the database so that any AuthDesk on
// it redeems a code another one issued, once.
class BuiltinIdpCodeRepository
{
    Q_DECLARE_TR_FUNCTIONS(BuiltinIdpCodeRepository)

public:
    explicit BuiltinIdpCodeRepository(Database &database);

    // Also forgets the codes that expired before `now`.
    Result<void> insert(const BuiltinIdpCode &code, const QDateTime &now);
    // The code, removed: of concurrent callers exactly one gets it. nullopt for an unknown or used
    // code. Expiry is the caller's to judge.
    Result<std::optional<BuiltinIdpCode>> take(const QByteArray &hash);

private:
    Database &m_database;
};

} // namespace authdesk
