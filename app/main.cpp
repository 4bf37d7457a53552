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
    QApplication app(argc, argv);
    setApplicationIdentity();
    authdesk::Translations::install();
    return authdesk::ConsoleCommand::run(invocation.serve);
}
