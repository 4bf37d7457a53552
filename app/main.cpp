#include "admin/admincommand.h"
#include "commandline.h"
#include "consolecommand.h"
#include "servecommand.h"
#include "translations.h"

#include <QApplication>

#include <cstdio>

namespace {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("AuthDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("authdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AUTHDESK_VERSION));
}

// Every thread but the main one (the server's network threads, the commit batcher's writer) runs
// Qt's own event dispatcher instead of GLib's: a request costs about a fifth less CPU so
// (docs/performance.md, "The event dispatcher"). The main thread keeps GLib's, whose main context
// delivers QtKeychain's libsecret answers. Called before the application object, whose threads
// read it when they start; a value the person set is kept.
void keepGlibToTheMainThread()
{
    if (!qEnvironmentVariableIsSet("QT_NO_THREADED_GLIB"))
        qputenv("QT_NO_THREADED_GLIB", "1");
}

bool hasDisplay()
{
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
        || qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
}

} // namespace

int main(int argc, char *argv[])
{
    using authdesk::Invocation;

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const Invocation invocation = authdesk::CommandLine::parse(arguments);

    switch (invocation.mode) {
    case Invocation::Mode::Help:
    case Invocation::Mode::Version:
        std::fputs(invocation.text.toLocal8Bit().constData(), stdout);
        return 0;
    case Invocation::Mode::Invalid:
        std::fprintf(stderr, "authdesk: %s\n", invocation.text.toLocal8Bit().constData());
        return 2;
    case Invocation::Mode::Serve: {
        keepGlibToTheMainThread();
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        return authdesk::ServeCommand::run(invocation.serve);
    }
    case Invocation::Mode::CheckKeychain: {
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        return authdesk::ServeCommand::checkKeychain();
    }
    case Invocation::Mode::Admin: {
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        authdesk::Translations::install();
        return authdesk::AdminCommand::run(invocation.adminArguments);
    }
    case Invocation::Mode::Console:
        break;
    }

    if (!hasDisplay()) {
        std::fputs("authdesk: no display found, so the console cannot open.\n"
                   "Run 'authdesk serve' for the Authentication API without a window.\n",
                   stderr);
        return 2;
    }
    keepGlibToTheMainThread();
    QApplication app(argc, argv);
    setApplicationIdentity();
    authdesk::Translations::install();
    return authdesk::ConsoleCommand::run(invocation.serve);
}
