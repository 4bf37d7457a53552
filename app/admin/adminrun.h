#pragma once

#include "app/commandline.h"
#include "domain/application.h"
#include "domain/error.h"
#include "domain/result.h"
#include "domain/testuser.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonValue>
#include <functional>
#include <memory>

namespace authdesk {

class AdminRun;
class Database;
class ServiceHub;
class SystemClock;

// One admin command: `authdesk FAMILY NAME [positional] [options]` (NAME empty for a family that is
// one command, such as export). Families list theirs in appcommands.cpp, usercommands.cpp, ...; a
// new family (clock, fault) is one more list in AdminCommand::run.
struct AdminCommandSpec
{
    QString family;
    QString name;
    QString synopsis; // the arguments after "authdesk FAMILY NAME", for help and usage errors
    QStringList positional; // names of the required positional arguments, in order
    QList<QCommandLineOption> options; // besides --db, --db-url and --json
    std::function<int(AdminRun &)> run;
};

QList<AdminCommandSpec> applicationCommands();
QList<AdminCommandSpec> userCommands();
QList<AdminCommandSpec> sessionCommands();
QList<AdminCommandSpec> exportCommands();
QList<AdminCommandSpec> clockCommands();
QList<AdminCommandSpec> faultCommands();

// What a running admin command works with: its parsed arguments, the services over the database
// (opened on first use) and the output, as JSON (--json) or as text for people.
class AdminRun
{
    Q_DECLARE_TR_FUNCTIONS(AdminRun)
    Q_DISABLE_COPY_MOVE(AdminRun)

public:
    enum Status { Success = 0, NotFound = 1, BadInput = 2 };

    explicit AdminRun(const AdminCommandSpec &spec);
    ~AdminRun();

    // Parses arguments (those after the command's name). False: message() says what is wrong.
    bool parse(const QStringList &arguments);
    QString message() const { return m_message; }

    QString positional(int index) const { return m_parser.positionalArguments().value(index); }
    bool isSet(const QString &option) const { return m_parser.isSet(option); }
    QString value(const QString &option) const { return m_parser.value(option); }
    bool json() const { return m_json; }

    // The services over the database; nullptr after a failure, which it has reported on stderr
    // (status() then says the exit status).
    ServiceHub *services();
    // Who the audit log names: the console's default operator, the OS account name.
    QString actor() const;

    // Prints json (with --json) or text (one or more lines) on stdout; returns Success.
    int print(const QJsonValue &json, const QString &text) const;
    // Prints the error on stderr as one line; returns NotFound for Error::Code::NotFound, else BadInput.
    int fail(const Error &error);
    int failNotFound(const QString &message) { return fail(Error::notFound(message)); }
    int failBadInput(const QString &message) { return fail(Error::invalidArgument(message)); }
    int status() const { return m_status; }

    // The application or the test user asked for; NotFound, naming it, when there is none.
    static Result<Application> findApplication(ServiceHub &services, const QString &clientId);
    static Result<TestUser> findUser(ServiceHub &services, const QString &email);
    // "authdesk: message" on stderr.
    static void printError(const QString &message);

    // A date for JSON: ISO 8601 in UTC, or null when there is none.
    static QJsonValue jsonDate(const QDateTime &date);
    // A date for people: local time, minutes.
    static QString textDate(const QDateTime &date);

private:
    const AdminCommandSpec &m_spec;
    QCommandLineParser m_parser;
    ServeOptions m_database;
    bool m_json = false;
    QString m_message;
    int m_status = Success;
    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ServiceHub> m_services;
};

} // namespace authdesk
