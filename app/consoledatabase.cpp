#include "consoledatabase.h"

#include "storage/database.h"

#include <QLoggingCategory>
#include <QSettings>
#include <utility>

namespace authdesk {

namespace {

Q_LOGGING_CATEGORY(lcConsoleDatabase, "authdesk.console.database")

// Which database, then the last PostgreSQL target; the password is never among them.
const auto EngineKey = QLatin1String("database/engine");
const auto PostgresEngine = QLatin1String("postgresql");
const auto SqliteEngine = QLatin1String("sqlite");
const auto HostKey = QLatin1String("database/postgresql/host");
const auto PortKey = QLatin1String("database/postgresql/port");
const auto NameKey = QLatin1String("database/postgresql/database");
const auto UserKey = QLatin1String("database/postgresql/user");

std::optional<PostgresTarget> lastTarget()
{
    const QSettings settings;
    PostgresTarget target;
    target.host = settings.value(HostKey).toString();
    target.database = settings.value(NameKey).toString();
    if (target.host.isEmpty() || target.database.isEmpty())
        return std::nullopt;
    const int port = settings.value(PortKey, 5432).toInt();
    target.port = port > 0 && port <= 65535 ? static_cast<quint16>(port) : quint16(5432);
    target.user = settings.value(UserKey).toString();
    return target;
}

} // namespace

ConsoleDatabase::ConsoleDatabase(KeychainStore keychain)
    : m_keychain(std::move(keychain))
{ }

std::optional<PostgresTarget> ConsoleDatabase::targetToOpen(const ServeOptions &options) const
{
    // The command line wins: --db-url's password comes from PGPASSWORD or ~/.pgpass, as for serve.
    if (options.postgres || !options.databasePath.isEmpty())
        return options.postgres;
    if (QSettings().value(EngineKey).toString() != PostgresEngine)
        return std::nullopt;
    std::optional<PostgresTarget> target = lastTarget();
    if (!target)
        return std::nullopt;
    const Result<std::optional<QByteArray>> password = m_keychain.readSecret(secretName(*target));
    if (!password)
        qCWarning(lcConsoleDatabase).noquote() << "No password from the keychain:" << password.error().message();
    else if (*password)
        target->password = QString::fromUtf8(**password);
    return target;
}

Result<void> ConsoleDatabase::save(const Choice &choice) const
{
    QSettings settings;
    if (!choice.postgres) {
        // The last target and its password stay, so File > Connect to PostgreSQL… offers them again.
        settings.setValue(EngineKey, SqliteEngine);
        return {};
    }
    const PostgresTarget &target = *choice.postgres;
    settings.setValue(EngineKey, PostgresEngine);
    settings.setValue(HostKey, target.host);
    settings.setValue(PortKey, target.port);
    settings.setValue(NameKey, target.database);
    settings.setValue(UserKey, target.user);
    // An empty password means PGPASSWORD or ~/.pgpass; a stale stored one must not override them.
    if (choice.rememberPassword && !target.password.isEmpty())
        return m_keychain.storeSecret(secretName(target), target.password.toUtf8());
    return m_keychain.removeSecret(secretName(target));
}

QString ConsoleDatabase::secretName(const PostgresTarget &target)
{
    return QLatin1String("postgres:") + target.user + QLatin1Char('@') + target.host + QLatin1Char(':')
        + QString::number(target.port) + QLatin1Char('/') + target.database;
}

void ConsoleDatabase::setCurrent(const QString &location, bool postgres)
{
    m_location = location;
    m_postgres = postgres;
}

PostgresTarget ConsoleDatabase::lastPostgres() const
{
    const std::optional<PostgresTarget> target = lastTarget();
    return target.value_or(PostgresTarget());
}

Result<void> ConsoleDatabase::testPostgres(const PostgresTarget &login) const
{
    // The same call the console makes when it reopens, so a test that passes means Connect works.
    const Result<std::unique_ptr<Database>> database = Database::openPostgres(login);
    if (!database)
        return database.error();
    return {};
}

void ConsoleDatabase::switchToPostgres(const PostgresTarget &login, bool rememberPassword)
{
    m_request = Choice { login, rememberPassword };
}

void ConsoleDatabase::switchToLocal()
{
    m_request = Choice { std::nullopt, true };
}

} // namespace authdesk
