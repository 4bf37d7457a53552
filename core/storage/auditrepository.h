#pragma once

#include "domain/auditevent.h"
#include "domain/auditfilter.h"
#include "domain/result.h"

#include <optional>

namespace authdesk {

class Database;

// The audit trail: append-only.
class AuditRepository
{
    Q_DECLARE_TR_FUNCTIONS(AuditRepository)

public:
    explicit AuditRepository(Database &database);

    // Appends all in one transaction (one fsync for a batch); assigns ids.
    Result<void> append(const QList<AuditEvent> &events);
    // Newest first, paged.
    Result<QList<AuditEvent>> list(const AuditFilter &filter, int limit, int offset);
    Result<int> count(const AuditFilter &filter);

private:
    Database &m_database;
};

} // namespace authdesk
