#pragma once

#include "domain/result.h"
#include "storage/sqldialect.h"

#include <QSqlDatabase>

namespace authdesk {

class Database;

// A write transaction that rolls back unless commit() succeeded. Transactions nest: inside another
// one on the same connection, a Transaction is a savepoint, so repository methods that use one can
// be composed into a larger all-or-nothing unit (e.g. importing a seed file).
class Transaction
{
    Q_DISABLE_COPY_MOVE(Transaction)

public:
    Transaction(QSqlDatabase db, const SqlDialect &dialect);
    // On the calling thread's connection of database. On SQLite its BEGIN, COMMIT and savepoint
    // statements are prepared once per thread (Database::prepared), as the hot paths run one per grant.
    explicit Transaction(Database &database);
    ~Transaction();

    bool isActive() const { return m_active; }
    // Whether the calling thread has a transaction open on the connection called connectionName.
    static bool isOpenOn(const QString &connectionName);
    Result<void> begin();
    Result<void> commit();
    void rollback();

private:
    bool exec(const QString &statement);

    QSqlDatabase m_db;
    const SqlDialect &m_dialect;
    Database *m_database = nullptr; // set: statements prepared once per thread (SQLite)
    bool m_active = false;
    int m_depth = 0; // 0 for the outermost transaction, N for savepoint N
};

} // namespace authdesk
