#include "consolecommand.h"

#include "backend.h"
#include "server/authserver.h"
#include "server/openfilelimit.h"
#include "screenshottour.h"
#include "signalwatcher.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QMessageBox>

namespace authdesk {

int ConsoleCommand::run(const ServeOptions &options)
{
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, qApp, [] { QApplication::closeAllWindows(); });
    OpenFileLimit::raiseToHard(); // room for 1024 connections (spec section 5)

    Result<std::unique_ptr<Backend>> backend = Backend::open({ options.databasePath, options.keyFile });
    if (!backend) {
        const bool keychain = backend.error().code() == Error::Code::KeychainUnavailable;
        QMessageBox::critical(nullptr, tr("AuthDesk cannot start"),
                              keychain ? tr("AuthDesk keeps the key that protects its signing key in the OS keychain, "
                                            "and none is usable.\n\n%1\n\nStart a keychain (for example GNOME "
                                            "Keyring) and try again, or start AuthDesk with --key-file FILE to keep "
                                            "the key in a file only you can read.")
                                             .arg(backend.error().message())
                                       : tr("The database cannot be opened.\n\n%1\n\nMove the file away or fix its "
                                            "permissions, then start AuthDesk again.")
                                             .arg(backend.error().message()));
        return 2;
    }

    AuthServer &server = (*backend)->server();
    ConsoleContext context;
    context.services = &(*backend)->services();
    context.server = &server;
    context.keyLocation = (*backend)->keyLocation();
    context.actor = qEnvironmentVariable("USER", QStringLiteral("operator"));
    MainWindow window(context);
    const Result<quint16> port = server.start(QHostAddress(QHostAddress::LocalHost), options.port);
    if (port)
        window.showServerStatus(tr("Authentication API on %1").arg(server.baseUrl().toString()));
    else
        window.showServerStatus(tr("The Authentication API is not running: %1").arg(port.error().message()));
    window.show();
    if (!options.screenshotsDir.isEmpty()) {
        // Scripts send demo traffic meanwhile, so the live pages have something to show.
        auto *tour = new ScreenshotTour(window, options.screenshotsDir, 4000, &window);
        tour->start();
    }
    return QApplication::exec();
}

} // namespace authdesk
