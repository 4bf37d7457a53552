#include "commandline.h"

#include <QCommandLineParser>

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
              "  authdesk                 open the console (needs a display)\n"
              "  authdesk serve [options] run the Authentication API without a window\n"
              "\n"
              "Options for serve:\n"
              "  --db FILE        SQLite database file (default: %1)\n"
              "  --bind ADDR      address to listen on (default: 127.0.0.1)\n"
              "  --port N         port to listen on, 0 for any free port (default: 8787)\n"
              "  --allow-remote   allow a --bind address other than loopback\n"
              "\n"
              "General options:\n"
              "  -h, --help       show this help\n"
              "  -v, --version    show the version\n")
        .arg(tr("the AuthDesk folder in your data directory"));
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
    if (args.isEmpty())
        return invocation;
    if (args.constFirst() != QLatin1String("serve"))
        return invalid(tr("Unknown command or option: %1").arg(args.constFirst()));

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption db(QStringLiteral("db"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption bind(QStringLiteral("bind"), QString(), QStringLiteral("ADDR"));
    const QCommandLineOption port(QStringLiteral("port"), QString(), QStringLiteral("N"));
    const QCommandLineOption allowRemote(QStringLiteral("allow-remote"));
    parser.addOptions({ db, bind, port, allowRemote });
    args.removeFirst();
    args.prepend(arguments.value(0, QStringLiteral("authdesk")));
    if (!parser.parse(args))
        return invalid(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return invalid(tr("Unexpected argument: %1").arg(parser.positionalArguments().constFirst()));

    invocation.mode = Invocation::Mode::Serve;
    ServeOptions &serve = invocation.serve;
    if (parser.isSet(db)) {
        serve.databasePath = parser.value(db);
        if (serve.databasePath.isEmpty())
            return invalid(tr("--db needs a file name."));
    }
    if (parser.isSet(port)) {
        bool ok = false;
        const uint value = parser.value(port).toUInt(&ok);
        if (!ok || value > 65535)
            return invalid(tr("--port must be a number from 0 to 65535, not '%1'.").arg(parser.value(port)));
        serve.port = static_cast<quint16>(value);
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
