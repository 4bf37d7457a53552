#include "commandline.h"

#include "admin/admincommand.h"
#include "server/httplimits.h"

#include <QCommandLineParser>
#include <QUrl>

namespace authdesk {

namespace {

Invocation invalid(const QString &message)
{
    Invocation invocation;
    invocation.mode = Invocation::Mode::Invalid;
    invocation.text = message + QLatin1Char('\n') + CommandLine::tr("Run 'authdesk --help' for usage.");
    return invocation;
}

} // namespace

QString CommandLine::helpText()
{
    return tr("Usage:\n"
              "  authdesk [options]          open the console (needs a display)\n"
              "  authdesk serve [options]    run the Authentication API without a window\n"
              "  authdesk check-keychain     tell whether the OS keychain can hold AuthDesk's key\n"
              "\n"
              "Options for serve:\n"
              "  --db FILE        SQLite database file (default: %1)\n"
              "  --db-url URL     PostgreSQL database instead, as postgresql://USER@HOST:PORT/DB;\n"
              "                   the password comes from PGPASSWORD or ~/.pgpass\n"
              "  --bind ADDR      address to listen on (default: 127.0.0.1)\n"
              "  --port N         port to listen on, 0 for any free port (default: 8787)\n"
              "  --allow-remote   allow a --bind address other than loopback\n"
              "  --rate-limit N   allow N token requests per minute from one client address\n"
              "                   (default: no limit)\n"
              "  --threads N      serve HTTP on N threads, from 1 to %2 (default: one per core,\n"
              "                   at most 4)\n"
              "  --public-url URL the address clients use, e.g. a load balancer's http://HOST:PORT:\n"
              "                   the tokens' issuer, and a Host header the server accepts\n"
              "  --request-log FILE  append every request's decision to FILE as a JSON line\n"
              "                   (created 0600; secrets and tokens redacted)\n"
              "  --seed FILE      create the applications and test users of a JSON seed file\n"
              "  --key-file FILE  keep the key-encryption key in FILE (created 0600) instead of the\n"
              "                   OS keychain, for machines without one\n"
              "\n"
              "Options for the console: --db, --port and --key-file as for serve, and\n"
              "  --screenshots DIR  save a picture of each page in DIR, then quit\n"
              "\n"
              "General options:\n"
              "  -h, --help       show this help\n"
              "  -v, --version    show the version\n")
               .arg(tr("the AuthDesk folder in your data directory"))
               .arg(ServerOptions::MaxNetworkThreads)
        + AdminCommand::helpText();
}

QString CommandLine::readDatabaseOptions(const QCommandLineParser &parser, const QCommandLineOption &db,
    const QCommandLineOption *dbUrl, ServeOptions &options)
{
    if (parser.isSet(db)) {
        options.databasePath = parser.value(db);
        if (options.databasePath.isEmpty())
            return tr("--db needs a file name.");
    }
    if (dbUrl && parser.isSet(*dbUrl)) {
        if (parser.isSet(db))
            return tr("--db and --db-url cannot be used together: choose SQLite or PostgreSQL.");
        const Result<PostgresTarget> target = DatabaseUrl::parse(parser.value(*dbUrl));
        if (!target)
            return tr("--db-url: %1").arg(target.error().message());
        options.postgres = *target;
    }
    return {};
}

Invocation CommandLine::parse(const QStringList &arguments)
{
    QStringList args = arguments.mid(1);
    Invocation invocation;
    if (args.contains(QLatin1String("-h")) || args.contains(QLatin1String("--help"))) {
        invocation.mode = Invocation::Mode::Help;
        invocation.text = helpText();
        return invocation;
    }
    if (args.contains(QLatin1String("-v")) || args.contains(QLatin1String("--version"))) {
        invocation.mode = Invocation::Mode::Version;
        invocation.text = QStringLiteral("authdesk %1\n").arg(QLatin1String(AUTHDESK_VERSION));
        return invocation;
    }
    const QString program = arguments.value(0, QStringLiteral("authdesk"));
    if (args.value(0) == QLatin1String("check-keychain")) {
        if (args.size() > 1)
            return invalid(tr("Unexpected argument: %1").arg(args.at(1)));
        invocation.mode = Invocation::Mode::CheckKeychain;
        return invocation;
    }
    if (AdminCommand::handles(args.value(0))) {
        invocation.mode = Invocation::Mode::Admin;
        invocation.adminArguments = args;
        return invocation;
    }
    const bool serveCommand = args.value(0) == QLatin1String("serve");
    if (!args.isEmpty() && !serveCommand && !args.constFirst().startsWith(QLatin1Char('-')))
        return invalid(tr("Unknown command: %1").arg(args.constFirst()));

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption db(QStringLiteral("db"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption dbUrl(QStringLiteral("db-url"), QString(), QStringLiteral("URL"));
    const QCommandLineOption bind(QStringLiteral("bind"), QString(), QStringLiteral("ADDR"));
    const QCommandLineOption port(QStringLiteral("port"), QString(), QStringLiteral("N"));
    const QCommandLineOption allowRemote(QStringLiteral("allow-remote"));
    const QCommandLineOption rateLimit(QStringLiteral("rate-limit"), QString(), QStringLiteral("N"));
    const QCommandLineOption threads(QStringLiteral("threads"), QString(), QStringLiteral("N"));
    const QCommandLineOption publicUrl(QStringLiteral("public-url"), QString(), QStringLiteral("URL"));
    const QCommandLineOption seed(QStringLiteral("seed"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption requestLog(QStringLiteral("request-log"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption keyFile(QStringLiteral("key-file"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption screenshots(QStringLiteral("screenshots"), QString(), QStringLiteral("DIR"));
    if (serveCommand) {
        parser.addOptions(
            { db, dbUrl, bind, port, allowRemote, rateLimit, threads, publicUrl, seed, keyFile, requestLog });
        args.removeFirst();
    } else {
        parser.addOptions({ db, port, keyFile, screenshots });
    }
    args.prepend(program);
    if (!parser.parse(args))
        return invalid(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return invalid(tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst()));

    invocation.mode = serveCommand ? Invocation::Mode::Serve : Invocation::Mode::Console;
    ServeOptions &serve = invocation.serve;
    if (parser.isSet(keyFile)) {
        serve.keyFile = parser.value(keyFile);
        if (serve.keyFile.isEmpty())
            return invalid(tr("--key-file needs a file name."));
    }
    if (const QString problem = readDatabaseOptions(parser, db, serveCommand ? &dbUrl : nullptr, serve);
        !problem.isEmpty())
        return invalid(problem);
    if (parser.isSet(port)) {
        bool ok = false;
        const uint value = parser.value(port).toUInt(&ok);
        if (!ok || value > 65535)
            return invalid(tr("--port must be a number from 0 to 65535, not '%1'.").arg(parser.value(port)));
        serve.port = static_cast<quint16>(value);
    }
    if (!serveCommand) {
        serve.screenshotsDir = parser.value(screenshots);
        return invocation;
    }
    if (parser.isSet(seed)) {
        serve.seedFile = parser.value(seed);
        if (serve.seedFile.isEmpty())
            return invalid(tr("--seed needs a file name."));
    }
    if (parser.isSet(requestLog)) {
        serve.requestLogFile = parser.value(requestLog);
        if (serve.requestLogFile.isEmpty())
            return invalid(tr("--request-log needs a file name."));
    }
    if (parser.isSet(rateLimit)) {
        bool ok = false;
        const int value = parser.value(rateLimit).toInt(&ok);
        if (!ok || value < 1 || value > 1'000'000)
            return invalid(tr("--rate-limit must be a number of requests per minute from 1 to 1000000, not '%1'.")
                               .arg(parser.value(rateLimit)));
        serve.rateLimitPerMinute = value;
    }
    if (parser.isSet(threads)) {
        bool ok = false;
        const int value = parser.value(threads).toInt(&ok);
        if (!ok || value < 1 || value > ServerOptions::MaxNetworkThreads)
            return invalid(tr("--threads must be a number from 1 to %1, not '%2'.")
                               .arg(ServerOptions::MaxNetworkThreads)
                               .arg(parser.value(threads)));
        serve.networkThreads = value;
    }
    if (parser.isSet(publicUrl)) {
        const QUrl url(parser.value(publicUrl), QUrl::StrictMode);
        const bool plain = url.isValid() && !url.host().isEmpty() && url.userInfo().isEmpty() && !url.hasQuery()
            && !url.hasFragment() && (url.path().isEmpty() || url.path() == QLatin1String("/"));
        if (!plain || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            return invalid(tr("--public-url must be http:// or https:// with a host and an optional port and "
                              "nothing else, such as http://auth.example.test:8080, not '%1'.")
                               .arg(parser.value(publicUrl)));
        serve.publicUrl = url.adjusted(QUrl::StripTrailingSlash).toString();
    }
    serve.allowRemote = parser.isSet(allowRemote);
    if (parser.isSet(bind)) {
        const QHostAddress address(parser.value(bind));
        if (address.isNull())
            return invalid(tr("--bind must be an IP address, such as 127.0.0.1, not '%1'.").arg(parser.value(bind)));
        if (!address.isLoopback() && !serve.allowRemote) {
            return invalid(tr("--bind %1 would expose AuthDesk to other machines. Add --allow-remote if you "
                              "really want that.")
                               .arg(address.toString()));
        }
        serve.bindAddress = address;
    }
    return invocation;
}

} // namespace authdesk
