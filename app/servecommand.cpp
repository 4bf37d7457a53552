#include "servecommand.h"

#include "backend.h"
#include "server/authserver.h"
#include "signalwatcher.h"

#include <QCoreApplication>

#include <cstdio>

namespace authdesk {

namespace {

void printLine(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

int ServeCommand::run(const ServeOptions &options)
{
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, qApp, [] { QCoreApplication::quit(); });

    Result<std::unique_ptr<Backend>> backend = Backend::open(options.databasePath);
    if (!backend) {
        printLine(stderr, tr("authdesk: %1").arg(backend.error().message()));
        return 2;
    }

    if (!options.bindAddress.isLoopback()) {
        printLine(stderr,
                  tr("authdesk: warning: listening on %1, which other machines can reach. Test users and "
                     "tokens are then exposed to your network.")
                      .arg(options.bindAddress.toString()));
    }

    AuthServer &server = (*backend)->server();
    const Result<quint16> port = server.start(options.bindAddress, options.port);
    if (!port) {
        printLine(stderr, tr("authdesk: %1").arg(port.error().message()));
        return 2;
    }
    // Tests and scripts wait for exactly this line; it comes only once requests are accepted.
    printLine(stdout, QStringLiteral("listening on %1").arg(server.baseUrl().toString()));

    const int status = QCoreApplication::exec();
    server.stop();
    return status;
}

} // namespace authdesk
