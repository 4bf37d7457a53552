#pragma once

#include "domain/result.h"
#include "storage/sqldialect.h"

#include <QSqlDatabase>

namespace authdesk {

// A write transaction that rolls back unless commit() succeeded.
class Transaction
{
    Q_DISABLE_COPY_MOVE(Transaction)

public:
    Transaction(QSqlDatabase db, const SqlDialect &dialect);
    ~Transaction();

    // Whether BEGIN succeeded; when it did not, error() says why.
    bool isActive() const { return m_active; }
    Result<void> begin();
    Result<void> commit();
    void rollback();

private:
    QSqlDatabase m_db;
    const SqlDialect &m_dialect;
    bool m_active = false;
};

} // namespace authdesk
