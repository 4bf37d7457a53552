#include "consolecommand.h"

#include "backend.h"
#include "server/authserver.h"
#include "signalwatcher.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QMessageBox>

namespace authdesk {

int ConsoleCommand::run()
{
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, qApp, [] { QApplication::closeAllWindows(); });

    Result<std::unique_ptr<Backend>> backend = Backend::open(QString());
    if (!backend) {
        QMessageBox::critical(nullptr, tr("AuthDesk cannot start"),
                              tr("The database cannot be opened.\n\n%1\n\nMove the file away or fix its permissions, "
                                 "then start AuthDesk again.")
                                  .arg(backend.error().message()));
        return 2;
    }

    MainWindow window;
    AuthServer &server = (*backend)->server();
    const Result<quint16> port = server.start(QHostAddress(QHostAddress::LocalHost), AuthServer::DefaultPort);
    if (port)
        window.showServerStatus(tr("Authentication API on %1").arg(server.baseUrl().toString()));
    else
        window.showServerStatus(tr("The Authentication API is not running: %1").arg(port.error().message()));
    window.show();
    return QApplication::exec();
}

} // namespace authdesk
