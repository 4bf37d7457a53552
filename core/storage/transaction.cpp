#include "storage/transaction.h"

#include "storage/database.h"
#include "storage/storagelog.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace authdesk {

namespace {

// How many transactions are open on each of this thread's connections. Connections never cross
// threads, so a thread-local count needs no lock.
thread_local QHash<QString, int> t_openTransactions;

QString savepointName(int depth)
{
    return QStringLiteral("authdesk_sp%1").arg(depth);
}

} // namespace

Transaction::Transaction(QSqlDatabase db, const SqlDialect &dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{ }

Transaction::Transaction(Database &database)
    : m_db(database.connection())
    , m_dialect(database.dialect())
    , m_database(database.dialect().engine() == SqlDialect::Engine::Sqlite ? &database : nullptr)
{ }

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

bool Transaction::exec(const QString &statement)
{
    if (m_database) {
        Database::Prepared prepared = m_database->prepared(m_db, statement);
        const bool ok = prepared.run({});
        if (!ok)
            qCWarning(lcStorage) << statement << "failed:" << prepared.query().lastError().text();
        prepared.query().finish();
        return ok;
    }
    QSqlQuery query(m_db);
    if (query.exec(statement))
        return true;
    qCWarning(lcStorage) << statement << "failed:" << query.lastError().text();
    return false;
}

bool Transaction::isOpenOn(const QString &connectionName)
{
    return t_openTransactions.value(connectionName) > 0;
}

Result<void> Transaction::begin()
{
    int &open = t_openTransactions[m_db.connectionName()];
    m_depth = open;
    if (!exec(m_depth == 0 ? m_dialect.beginWriteTransaction() : QStringLiteral("SAVEPOINT ") + savepointName(m_depth)))
        return Error::storageUnavailable(
            QCoreApplication::translate("Transaction", "The database is busy or unavailable."));
    ++open;
    m_active = true;
    return {};
}

Result<void> Transaction::commit()
{
    const bool committed
        = exec(m_depth == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE SAVEPOINT ") + savepointName(m_depth));
    if (!committed) {
        rollback();
        return Error::storageUnavailable(
            QCoreApplication::translate("Transaction", "The database could not save the change."));
    }
    m_active = false;
    --t_openTransactions[m_db.connectionName()];
    return {};
}

void Transaction::rollback()
{
    if (m_depth == 0) {
        exec(QStringLiteral("ROLLBACK"));
    } else {
        exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + savepointName(m_depth));
        exec(QStringLiteral("RELEASE SAVEPOINT ") + savepointName(m_depth));
    }
    m_active = false;
    --t_openTransactions[m_db.connectionName()];
}

} // namespace authdesk
