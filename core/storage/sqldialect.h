#pragma once

#include <QString>

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

private:
    Engine m_engine;
};

} // namespace authdesk
