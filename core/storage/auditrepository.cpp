#include "storage/auditrepository.h"

#include "storage/database.h"
#include "storage/sqlsupport.h"
#include "storage/transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace authdesk {

namespace {

AuditEvent::Kind kindFromName(const QString &name)
{
    return name == AuditEvent::kindName(AuditEvent::Kind::SecurityEvent) ? AuditEvent::Kind::SecurityEvent
                                                                         : AuditEvent::Kind::AdminAction;
}

// The filter of list() and count(); appends its bind values. `from` and `to` are both inclusive.
QString auditCondition(const AuditFilter &filter, QVariantList &values)
{
    QStringList conditions;
    if (filter.kind) {
        conditions << QStringLiteral("kind = ?");
        values << AuditEvent::kindName(*filter.kind);
    }
    if (!filter.text.isEmpty()) {
        // lower() on both sides: PostgreSQL's LIKE is case-sensitive, SQLite's only for non-ASCII.
        conditions << QStringLiteral("(lower(actor) LIKE ? ESCAPE '!' OR lower(action) LIKE ? ESCAPE '!'"
                                     " OR lower(target) LIKE ? ESCAPE '!' OR lower(reason) LIKE ? ESCAPE '!')");
        const QString pattern = sql::likeContains(filter.text.toLower());
        values << pattern << pattern << pattern << pattern;
    }
    if (filter.from.isValid()) {
        conditions << QStringLiteral("at >= ?");
        values << filter.from.toMSecsSinceEpoch();
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("at <= ?");
        values << filter.to.toMSecsSinceEpoch();
    }
    if (conditions.isEmpty())
        return {};
    return QLatin1String(" WHERE ") + conditions.join(QLatin1String(" AND "));
}

} // namespace

AuditRepository::AuditRepository(Database &database)
    : m_database(database)
{ }

Result<void> AuditRepository::append(const QList<AuditEvent> &events)
{
    if (events.isEmpty())
        return {};
    QSqlDatabase db = m_database.connection();
    Transaction transaction(db, m_database.dialect());
    if (const Result<void> begun = transaction.begin(); !begun)
        return begun;

    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("INSERT INTO audit_events (at, kind, actor, action, target, reason, reason_key)"
                                      " VALUES (?, ?, ?, ?, ?, ?, ?)"))) {
        return sql::failure(query, "preparing to append audit events");
    }
    for (const AuditEvent &event : events) {
        query.addBindValue(sql::fromDateTime(event.at));
        query.addBindValue(AuditEvent::kindName(event.kind));
        query.addBindValue(sql::text(event.actor));
        query.addBindValue(sql::text(event.action));
        query.addBindValue(sql::text(event.target));
        query.addBindValue(sql::text(event.reason));
        query.addBindValue(
            event.reasonKey ? sql::text(event.reasonKey->toKey()) : QVariant(QMetaType(QMetaType::QString)));
        if (!query.exec())
            return sql::failure(query, "appending audit events");
    }
    return transaction.commit();
}

Result<QList<AuditEvent>> AuditRepository::list(const AuditFilter &filter, int limit, int offset)
{
    if (limit < 0 || offset < 0)
        return Error::invalidArgument(tr("A page cannot start or end before the first row."));
    QVariantList values;
    const QString condition = auditCondition(filter, values);
    values << limit << offset;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!sql::run(query,
            QLatin1String("SELECT id, at, kind, actor, action, target, reason, reason_key FROM audit_events")
                + condition + QLatin1String(" ORDER BY at DESC, id DESC LIMIT ? OFFSET ?"),
            values)) {
        return sql::failure(query, "listing audit events");
    }
    QList<AuditEvent> events;
    while (query.next()) {
        AuditEvent event;
        event.id = query.value(0).toLongLong();
        event.at = sql::toDateTime(query.value(1));
        event.kind = kindFromName(query.value(2).toString());
        event.actor = query.value(3).toString();
        event.action = query.value(4).toString();
        event.target = query.value(5).toString();
        event.reason = query.value(6).toString();
        event.reasonKey = AuditReason::fromKey(query.value(7).toString());
        events << event;
    }
    return events;
}

Result<int> AuditRepository::count(const AuditFilter &filter)
{
    QVariantList values;
    const QString condition = auditCondition(filter, values);
    QSqlQuery query(m_database.connection());
    if (!sql::run(query, QLatin1String("SELECT COUNT(*) FROM audit_events") + condition, values) || !query.next())
        return sql::failure(query, "counting audit events");
    return query.value(0).toInt();
}

} // namespace authdesk
