#include "storage/transaction.h"

#include "storage/storagelog.h"

#include <QSqlError>
#include <QSqlQuery>

namespace authdesk {

Transaction::Transaction(QSqlDatabase db, const SqlDialect &dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Result<void> Transaction::begin()
{
    QSqlQuery query(m_db);
    if (!query.exec(m_dialect.beginWriteTransaction())) {
        qCWarning(lcStorage) << "BEGIN failed:" << query.lastError().text();
        return Error::storageUnavailable(QCoreApplication::translate("Transaction", "The database is busy or unavailable."));
    }
    m_active = true;
    return {};
}

Result<void> Transaction::commit()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("COMMIT"))) {
        qCWarning(lcStorage) << "COMMIT failed:" << query.lastError().text();
        rollback();
        return Error::storageUnavailable(QCoreApplication::translate("Transaction", "The database could not save the change."));
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("ROLLBACK")))
        qCWarning(lcStorage) << "ROLLBACK failed:" << query.lastError().text();
    m_active = false;
}

} // namespace authdesk
