#include "storage/applicationrepository.h"

#include "storage/database.h"
#include "storage/sqlsupport.h"
#include "storage/storagelog.h"
#include "storage/transaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace authdesk {

namespace {

const auto Columns
    = QLatin1String("client_id, name, type, secret_hash, previous_secret_hash, previous_secret_valid_until, grants,"
                    " access_token_ttl, refresh_token_ttl, refresh_idle_timeout, grace_window, cors_origins, enabled,"
                    " created_at, last_used_at, revoked_all_at, marketplace_url, environment, login_as_auto_approve");

QString grantsToText(const QList<GrantType> &grants)
{
    QStringList names;
    for (GrantType grant : grants)
        names << grantTypeName(grant);
    return names.join(QLatin1Char(','));
}

QList<GrantType> grantsFromText(const QString &text, const QString &clientId)
{
    QList<GrantType> grants;
    for (const QString &name : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (const std::optional<GrantType> grant = grantTypeFromName(name))
            grants << *grant;
        else // a newer AuthDesk may know more grants; this one ignores them rather than failing
            qCWarning(lcStorage) << "application" << clientId << "has an unknown grant" << name;
    }
    return grants;
}

// Reads a row selected with Columns.
Application readApplication(const QSqlQuery &query)
{
    Application application;
    application.clientId = query.value(0).toString();
    application.name = query.value(1).toString();
    application.type = applicationTypeFromName(query.value(2).toString()).value_or(ApplicationType::Marketplace);
    application.secretHash = query.value(3).toByteArray();
    application.previousSecretHash = query.value(4).toByteArray();
    application.previousSecretValidUntil = sql::toDateTime(query.value(5));
    application.settings.enabledGrants = grantsFromText(query.value(6).toString(), application.clientId);
    application.settings.accessTokenTtlSeconds = query.value(7).toLongLong();
    application.settings.refreshTokenTtlSeconds = query.value(8).toLongLong();
    if (!query.value(9).isNull())
        application.settings.refreshIdleTimeoutSeconds = query.value(9).toLongLong();
    application.settings.graceWindowSeconds = query.value(10).toLongLong();
    application.settings.corsOrigins = query.value(11).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    application.enabled = query.value(12).toInt() != 0;
    application.createdAt = sql::toDateTime(query.value(13));
    application.lastUsedAt = sql::toDateTime(query.value(14));
    application.revokedAllAt = sql::toDateTime(query.value(15));
    application.loginAs.marketplaceUrl = query.value(16).toString();
    application.loginAs.environment
        = environmentFromName(query.value(17).toString()).value_or(MarketplaceEnvironment::Dev);
    application.loginAs.autoApprove = query.value(18).toInt() != 0;
    return application;
}

} // namespace

ApplicationRepository::ApplicationRepository(Database &database)
    : m_database(database)
{ }

Result<void> ApplicationRepository::insert(const Application &application)
{
    Transaction transaction(m_database.connection(), m_database.dialect());
    if (const Result<void> begun = transaction.begin(); !begun)
        return begun;
    const GrantSettings &settings = application.settings;
    QSqlQuery query(m_database.connection());
    const bool ok = sql::run(query,
        QLatin1String("INSERT INTO applications (") + Columns
            + QLatin1String(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {
            sql::text(application.clientId),
            sql::text(application.name),
            applicationTypeName(application.type),
            sql::fromBlob(application.secretHash),
            sql::fromBlob(application.previousSecretHash),
            sql::fromDateTime(application.previousSecretValidUntil),
            sql::text(grantsToText(settings.enabledGrants)),
            settings.accessTokenTtlSeconds,
            settings.refreshTokenTtlSeconds,
            sql::fromOptional(settings.refreshIdleTimeoutSeconds),
            settings.graceWindowSeconds,
            sql::text(settings.corsOrigins.join(QLatin1Char('\n'))),
            sql::fromBool(application.enabled),
            sql::fromDateTime(application.createdAt),
            sql::fromDateTime(application.lastUsedAt),
            sql::fromDateTime(application.revokedAllAt),
            sql::fromText(application.loginAs.marketplaceUrl),
            environmentName(application.loginAs.environment),
            sql::fromBool(application.loginAs.autoApprove),
        });
    if (!ok) {
        if (m_database.dialect().isUniqueViolation(query.lastError()))
            return Error::conflict(tr("An application with this client ID already exists."));
        return sql::failure(query, "inserting an application");
    }
    return committed(transaction);
}

Result<void> ApplicationRepository::update(const Application &application)
{
    Transaction transaction(m_database.connection(), m_database.dialect());
    if (const Result<void> begun = transaction.begin(); !begun)
        return begun;
    const GrantSettings &settings = application.settings;
    QSqlQuery query(m_database.connection());
    const bool ok = sql::run(query,
        QStringLiteral("UPDATE applications SET name = ?, secret_hash = ?, previous_secret_hash = ?,"
                       " previous_secret_valid_until = ?, grants = ?, access_token_ttl = ?,"
                       " refresh_token_ttl = ?, refresh_idle_timeout = ?, grace_window = ?,"
                       " cors_origins = ?, enabled = ?, last_used_at = ?, revoked_all_at = ?,"
                       " marketplace_url = ?, environment = ?, login_as_auto_approve = ?"
                       " WHERE client_id = ?"),
        {
            sql::text(application.name),
            sql::fromBlob(application.secretHash),
            sql::fromBlob(application.previousSecretHash),
            sql::fromDateTime(application.previousSecretValidUntil),
            sql::text(grantsToText(settings.enabledGrants)),
            settings.accessTokenTtlSeconds,
            settings.refreshTokenTtlSeconds,
            sql::fromOptional(settings.refreshIdleTimeoutSeconds),
            settings.graceWindowSeconds,
            sql::text(settings.corsOrigins.join(QLatin1Char('\n'))),
            sql::fromBool(application.enabled),
            sql::fromDateTime(application.lastUsedAt),
            sql::fromDateTime(application.revokedAllAt),
            sql::fromText(application.loginAs.marketplaceUrl),
            environmentName(application.loginAs.environment),
            sql::fromBool(application.loginAs.autoApprove),
            application.clientId,
        });
    if (!ok)
        return sql::failure(query, "updating an application");
    if (query.numRowsAffected() == 0)
        return Error::notFound(tr("The application does not exist."));
    return committed(transaction);
}

Result<std::optional<Application>> ApplicationRepository::find(const QString &clientId)
{
    // Every token request and API call reads its application: prepared once per thread (a quarter of
    // a current_user/show's instructions went to preparing it afresh).
    static const QString Statement
        = QLatin1String("SELECT ") + Columns + QLatin1String(" FROM applications WHERE client_id = ?");
    Database::Prepared find = m_database.prepared(m_database.connection(), Statement);
    QSqlQuery &query = find.query();
    if (!find.run({ clientId }))
        return sql::failure(query, "reading an application");
    std::optional<Application> application;
    if (query.next())
        application = readApplication(query);
    query.finish();
    return application;
}

Result<void> ApplicationRepository::committed(Transaction &transaction)
{
    if (const Result<void> marked = m_database.markApplicationsChanged(); !marked)
        return marked;
    if (const Result<void> done = transaction.commit(); !done)
        return done;
    m_database.applicationsChangedHere();
    return {};
}

quint64 ApplicationRepository::generation()
{
    return m_database.applicationsGeneration();
}

Result<std::optional<Application>> ApplicationRepository::findRecent(const QString &clientId)
{
    const quint64 current = generation();
    {
        QMutexLocker lock(&m_recentMutex);
        const auto it = m_recent.constFind(clientId);
        if (it != m_recent.constEnd() && it->generation == current)
            return std::optional<Application>(it->application);
    }
    Result<std::optional<Application>> found = find(clientId);
    if (found && found->has_value()) {
        QMutexLocker lock(&m_recentMutex);
        if (m_recent.size() >= MaxRecent)
            m_recent.clear();
        m_recent.insert(clientId, Recent { **found, current });
    }
    return found;
}

Result<QList<Application>> ApplicationRepository::all()
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!sql::run(query,
            QLatin1String("SELECT ") + Columns + QLatin1String(" FROM applications ORDER BY created_at, client_id"))) {
        return sql::failure(query, "listing applications");
    }
    QList<Application> applications;
    while (query.next())
        applications << readApplication(query);
    return applications;
}

Result<void> ApplicationRepository::remove(const QString &clientId)
{
    Transaction transaction(m_database.connection(), m_database.dialect());
    if (const Result<void> begun = transaction.begin(); !begun)
        return begun;
    // Its families and their refresh tokens go with it through ON DELETE CASCADE, in the same statement.
    QSqlQuery query(m_database.connection());
    if (!sql::run(query, QStringLiteral("DELETE FROM applications WHERE client_id = ?"), { clientId }))
        return sql::failure(query, "removing an application");
    if (query.numRowsAffected() == 0)
        return Error::notFound(tr("The application does not exist."));
    return committed(transaction);
}

Result<void> ApplicationRepository::touchLastUsed(const QString &clientId, const QDateTime &at)
{
    // Every integration token and new session records it: prepared once per thread.
    Database::Prepared touch = m_database.prepared(
        m_database.connection(), QStringLiteral("UPDATE applications SET last_used_at = ? WHERE client_id = ?"));
    QSqlQuery &query = touch.query();
    if (!touch.run({ sql::fromDateTime(at), clientId }))
        return sql::failure(query, "recording the use of an application");
    const int touched = query.numRowsAffected();
    query.finish();
    if (touched == 0)
        return Error::notFound(tr("The application does not exist."));
    return {};
}

Result<void> ApplicationRepository::setRevokedAllAt(const QString &clientId, const QDateTime &at)
{
    Transaction transaction(m_database.connection(), m_database.dialect());
    if (const Result<void> begun = transaction.begin(); !begun)
        return begun;
    QSqlQuery query(m_database.connection());
    if (!sql::run(query, QStringLiteral("UPDATE applications SET revoked_all_at = ? WHERE client_id = ?"),
            { sql::fromDateTime(at), clientId })) {
        return sql::failure(query, "revoking the tokens of an application");
    }
    if (query.numRowsAffected() == 0)
        return Error::notFound(tr("The application does not exist."));
    return committed(transaction);
}

} // namespace authdesk
