#pragma once

#include <QString>

class QSqlError;

namespace authdesk {

// The few places where SQLite and PostgreSQL differ, in one class, so repositories stay portable.
class SqlDialect
{
public:
    enum class Engine { Sqlite, Postgres };

    explicit SqlDialect(Engine engine);

    Engine engine() const { return m_engine; }
    QString driverName() const;

    // Expands the placeholders {BLOB} and {SERIAL_PK} in schema statements.
    QString expandSchema(const QString &statement) const;
    // The statement that starts a write transaction which takes its locks up front.
    QString beginWriteTransaction() const;
    // A statement that, inside a transaction, waits until no other process is migrating the same
    // database and keeps them out until commit. Empty where beginWriteTransaction() already does that.
    QString migrationLock() const;
    // Appended to a SELECT inside a write transaction: locks the rows it reads until commit, so a
    // concurrent writer of the same rows waits instead of acting on what it read before. `alias` names
    // the table whose rows to lock. Empty where the transaction holds the whole database anyway.
    QString lockSelectedRows(const QString &alias) const;
    // A statement that keeps other writers of `table` out until commit, for an insert that must
    // happen at most once. Empty where beginWriteTransaction() already does that.
    QString lockTableForInsert(const QString &table) const;
    // A lock held until the transaction ends, on a name of AuthDesk's own (a constant, never input):
    // writers that check-then-insert across several tables take it so that concurrent instances run
    // one after another. Empty where the transaction holds the whole database anyway.
    QString namedTransactionLock(const QString &name) const;

    // Whether a statement failed because a UNIQUE or PRIMARY KEY constraint refused the row, i.e. the
    // row exists already. Engines report constraint failures with their own codes.
    bool isUniqueViolation(const QSqlError &error) const;
    // Whether a statement failed because a row it refers to does not exist.
    bool isForeignKeyViolation(const QSqlError &error) const;
    // Whether a transaction failed only because a concurrent one got in its way (a deadlock, a
    // serialization failure, a lock it could not get) and running it again may succeed.
    bool isTransientConflict(const QSqlError &error) const;

private:
    Engine m_engine;
};

} // namespace authdesk
