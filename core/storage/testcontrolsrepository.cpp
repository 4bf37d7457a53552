#include "storage/testcontrolsrepository.h"

#include "storage/database.h"
#include "storage/sqlsupport.h"

#include <QSqlQuery>

namespace authdesk {

TestControlsRepository::TestControlsRepository(Database &database)
    : m_database(database)
{ }

Result<TestControlsRepository::State> TestControlsRepository::state()
{
    QSqlQuery query(m_database.connection());
    if (!sql::run(
            query, QStringLiteral("SELECT clock_offset_seconds, faults_generation FROM test_controls WHERE id = 1")))
        return sql::failure(query, "reading the test controls");
    State state;
    if (query.next()) {
        state.clockOffsetSeconds = query.value(0).toLongLong();
        state.faultsGeneration = query.value(1).toLongLong();
    }
    return state;
}

Result<void> TestControlsRepository::setClockOffset(qint64 seconds)
{
    QSqlQuery query(m_database.connection());
    if (!sql::run(query, QStringLiteral("UPDATE test_controls SET clock_offset_seconds = ? WHERE id = 1"), { seconds }))
        return sql::failure(query, "moving the clock");
    return {};
}

Result<QList<FaultRule>> TestControlsRepository::activeFaults(const QDateTime &now)
{
    QSqlQuery query(m_database.connection());
    if (!sql::run(query,
            QStringLiteral(
                "SELECT id, endpoint, grant_type, client_id, action, status, delay_ms, remaining, expires_at,"
                " created_at FROM fault_rules WHERE (remaining IS NULL OR remaining > 0)"
                " AND (expires_at IS NULL OR expires_at > ?) ORDER BY id"),
            { sql::fromDateTime(now) }))
        return sql::failure(query, "reading the fault rules");
    QList<FaultRule> rules;
    while (query.next()) {
        FaultRule rule;
        rule.id = query.value(0).toLongLong();
        rule.endpoint = query.value(1).toString();
        rule.grantType = query.value(2).toString();
        rule.clientId = query.value(3).toString();
        rule.action = FaultRule::actionFromName(query.value(4).toString()).value_or(FaultRule::Action::Status);
        rule.status = query.value(5).toInt();
        rule.delayMs = query.value(6).toInt();
        if (!query.value(7).isNull())
            rule.remaining = query.value(7).toInt();
        rule.expiresAt = sql::toDateTime(query.value(8));
        rule.createdAt = sql::toDateTime(query.value(9));
        rules << rule;
    }
    return rules;
}

Result<void> TestControlsRepository::bumpFaultsGeneration()
{
    QSqlQuery query(m_database.connection());
    if (!sql::run(
            query, QStringLiteral("UPDATE test_controls SET faults_generation = faults_generation + 1 WHERE id = 1")))
        return sql::failure(query, "noting a change of the fault rules");
    return {};
}

Result<FaultRule> TestControlsRepository::insertFault(FaultRule rule, const QDateTime &now)
{
    rule.createdAt = now;
    const Result<void> done = m_database.inTransaction([&]() -> Result<void> {
        QSqlQuery query(m_database.connection());
        const auto orNull
            = [](int value, bool set) { return set ? QVariant(value) : QVariant(QMetaType(QMetaType::Int)); };
        if (!sql::run(query,
                QStringLiteral("INSERT INTO fault_rules (endpoint, grant_type, client_id, action, status, delay_ms,"
                               " remaining, expires_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                { sql::text(rule.endpoint), sql::fromText(rule.grantType), sql::fromText(rule.clientId),
                    FaultRule::actionName(rule.action), orNull(rule.status, rule.action == FaultRule::Action::Status),
                    orNull(rule.delayMs, rule.action == FaultRule::Action::Delay),
                    orNull(rule.remaining.value_or(0), rule.remaining.has_value()), sql::fromDateTime(rule.expiresAt),
                    sql::fromDateTime(rule.createdAt) }))
            return sql::failure(query, "adding a fault rule");
        if (!sql::run(query, QStringLiteral("SELECT MAX(id) FROM fault_rules")) || !query.next())
            return sql::failure(query, "adding a fault rule");
        rule.id = query.value(0).toLongLong();
        return bumpFaultsGeneration();
    });
    if (!done)
        return done.error();
    return rule;
}

Result<int> TestControlsRepository::clearFaults(std::optional<qint64> id)
{
    int deleted = 0;
    const Result<void> done = m_database.inTransaction([&]() -> Result<void> {
        QSqlQuery query(m_database.connection());
        const bool ok = id ? sql::run(query, QStringLiteral("DELETE FROM fault_rules WHERE id = ?"), { *id })
                           : sql::run(query, QStringLiteral("DELETE FROM fault_rules"));
        if (!ok)
            return sql::failure(query, "clearing fault rules");
        deleted = query.numRowsAffected();
        return bumpFaultsGeneration();
    });
    if (!done)
        return done.error();
    return deleted;
}

Result<bool> TestControlsRepository::claimFault(qint64 id)
{
    QSqlQuery query(m_database.connection());
    if (!sql::run(query,
            QStringLiteral("UPDATE fault_rules SET remaining = remaining - 1 WHERE id = ? AND remaining > 0"), { id }))
        return sql::failure(query, "counting a fault rule");
    return query.numRowsAffected() > 0;
}

} // namespace authdesk
