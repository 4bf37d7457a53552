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

    // Whether a statement failed because a UNIQUE or PRIMARY KEY constraint refused the row, i.e. the
    // row exists already. Engines report constraint failures with their own codes.
    bool isUniqueViolation(const QSqlError &error) const;
    // Whether a statement failed because a row it refers to does not exist.
    bool isForeignKeyViolation(const QSqlError &error) const;

private:
    Engine m_engine;
};

} // namespace authdesk
