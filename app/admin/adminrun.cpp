#include "adminrun.h"

#include "app/backend.h"
#include "app/consoledatabase.h"
#include "domain/clock.h"
#include "services/applicationservice.h"
#include "services/servicehub.h"
#include "services/testuserservice.h"
#include "storage/database.h"
#include "ui/settingsdialog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace authdesk {

namespace {

void write(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

const QCommandLineOption DbOption(QStringLiteral("db"), QString(), QStringLiteral("FILE"));
const QCommandLineOption DbUrlOption(QStringLiteral("db-url"), QString(), QStringLiteral("URL"));
const QCommandLineOption JsonOption(QStringLiteral("json"));

} // namespace

AdminRun::AdminRun(const AdminCommandSpec &spec)
    : m_spec(spec)
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addOptions({ DbOption, DbUrlOption, JsonOption });
    m_parser.addOptions(spec.options);
}

AdminRun::~AdminRun() = default;

bool AdminRun::parse(const QStringList &arguments)
{
    QStringList words { m_spec.family, m_spec.name, m_spec.synopsis };
    words.removeAll(QString());
    const QString usage = tr("Usage: authdesk %1").arg(words.join(QLatin1Char(' ')));
    // QCommandLineParser skips its first argument, the program's name.
    if (!m_parser.parse(QStringList { QStringLiteral("authdesk") } + arguments)) {
        m_message = m_parser.errorText() + QLatin1Char(' ') + usage;
        return false;
    }
    const QStringList positional = m_parser.positionalArguments();
    if (positional.size() > m_spec.positional.size()) {
        m_message
            = tr("Unexpected argument: %1.").arg(positional.at(m_spec.positional.size())) + QLatin1Char(' ') + usage;
        return false;
    }
    if (positional.size() < m_spec.positional.size()) {
        m_message = tr("%1 is missing.").arg(m_spec.positional.at(positional.size())) + QLatin1Char(' ') + usage;
        return false;
    }
    m_message = CommandLine::readDatabaseOptions(m_parser, DbOption, &DbUrlOption, m_database);
    m_json = m_parser.isSet(JsonOption);
    return m_message.isEmpty();
}

ServiceHub *AdminRun::services()
{
    if (m_services)
        return m_services.get();
    // The console's database unless --db or --db-url says otherwise; no keys: no admin command
    // signs or unwraps anything, so none needs the keychain or a key file.
    const ConsoleDatabase consoleDatabase;
    const BackendOptions options { m_database.databasePath, QString(), consoleDatabase.targetToOpen(m_database) };
    Result<std::unique_ptr<Database>> database = Backend::openDatabase(options);
    if (!database) {
        fail(database.error());
        m_status = BadInput; // even when the file is not there: the database is created, not looked up
        return nullptr;
    }
    m_db = std::move(database).value();
    m_clock = std::make_unique<SystemClock>();
    m_services = std::make_unique<ServiceHub>(*m_db, *m_clock);
    return m_services.get();
}

QString AdminRun::actor() const
{
    return SettingsDialog::defaultOperatorName();
}

int AdminRun::print(const QJsonValue &json, const QString &text) const
{
    if (!m_json) {
        write(stdout, text);
        return Success;
    }
    const QByteArray bytes = json.isArray() ? QJsonDocument(json.toArray()).toJson(QJsonDocument::Indented)
                                            : QJsonDocument(json.toObject()).toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
    return Success;
}

int AdminRun::fail(const Error &error)
{
    // One line: a message from a service never spans more, but a database's may.
    printError(error.message().simplified());
    m_status = error.code() == Error::Code::NotFound ? NotFound : BadInput;
    return m_status;
}

void AdminRun::printError(const QString &message)
{
    write(stderr, tr("authdesk: %1").arg(message));
}

Result<Application> AdminRun::findApplication(ServiceHub &services, const QString &clientId)
{
    const Result<std::optional<Application>> found = services.applications().find(clientId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound(tr("No application has the client ID %1.").arg(clientId));
    return **found;
}

Result<TestUser> AdminRun::findUser(ServiceHub &services, const QString &email)
{
    const Result<std::optional<TestUser>> found = services.testUsers().findByEmail(email);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::notFound(tr("No test user has the e-mail %1.").arg(email));
    return **found;
}

QJsonValue AdminRun::jsonDate(const QDateTime &date)
{
    if (!date.isValid())
        return QJsonValue::Null;
    return date.toUTC().toString(Qt::ISODate);
}

QString AdminRun::textDate(const QDateTime &date)
{
    return date.isValid() ? date.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("-");
}

} // namespace authdesk
