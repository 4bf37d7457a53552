#pragma once

#include "storage/databaseurl.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QString>
#include <QStringList>
#include <optional>

namespace authdesk {

// What `authdesk serve` was asked to do.
struct ServeOptions
{
    QString databasePath; // empty: the default location
    std::optional<PostgresTarget> postgres; // serve --db-url: PostgreSQL instead of the SQLite file
    QString keyFile; // empty: the key-encryption key comes from the OS keychain
    QString seedFile;
    QString screenshotsDir; // console only: save a screenshot of each page there, then quit
    QHostAddress bindAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 8787;
    bool allowRemote = false; // a non-loopback bind must be asked for explicitly
    int rateLimitPerMinute = 0; // token requests per client IP and minute; 0: no limit
    int networkThreads = 0; // serve --threads: threads that serve HTTP; 0: one per core, at most 4
    QString publicUrl; // serve --public-url: the issuer behind a load balancer; empty: the bound address
    QString requestLogFile; // serve --request-log: every decision as a JSON line there; empty: none
};

// The parsed command line: which mode to run, or the message to print and the exit status.
struct Invocation
{
    enum class Mode { Console, Serve, CheckKeychain, Admin, Help, Version, Invalid };

    Mode mode = Mode::Console;
    ServeOptions serve; // for Console, only databasePath and keyFile apply
    QStringList adminArguments; // for Admin: the command and its arguments (AdminCommand parses them)
    QString text; // help text, version text, or the error message for Invalid
};

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // arguments as in QCoreApplication::arguments(): the program name first.
    static Invocation parse(const QStringList &arguments);
    static QString helpText();
    // --db FILE and --db-url URL (nullptr: not an option here) into options, checked as serve checks
    // them: an empty string when they are fine, else the message.
    static QString readDatabaseOptions(const QCommandLineParser &parser, const QCommandLineOption &db,
        const QCommandLineOption *dbUrl, ServeOptions &options);
};

} // namespace authdesk
