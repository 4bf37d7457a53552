#include "servecommand.h"

#include "backend.h"
#include "crypto/keychainstore.h"
#include "server/authserver.h"
#include "server/openfilelimit.h"
#include "services/auditlog.h"
#include "services/requestlogfile.h"
#include "services/seedimporter.h"
#include "services/servicehub.h"
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

int ServeCommand::checkKeychain()
{
    const KeychainStore keychain;
    if (const Result<void> probed = keychain.probe(); !probed) {
        printLine(stderr, tr("authdesk: %1").arg(probed.error().message()));
        return 1;
    }
    printLine(
        stdout, tr("The keychain works: AuthDesk keeps its key-encryption key in %1.").arg(keychain.description()));
    return 0;
}

int ServeCommand::run(const ServeOptions &options)
{
    SignalWatcher watcher;
    QObject::connect(
        &watcher, &SignalWatcher::terminationRequested, QCoreApplication::instance(), [] { QCoreApplication::quit(); });
    OpenFileLimit::raiseToHard(); // room for 1024 connections (spec section 5)

    Result<std::unique_ptr<Backend>> backend
        = Backend::open({ options.databasePath, options.keyFile, options.postgres });
    if (!backend) {
        printLine(stderr, tr("authdesk: %1").arg(backend.error().message()));
        return 2;
    }
    if (!options.seedFile.isEmpty()) {
        // Checked whole before anything is imported: a bad seed changes nothing.
        const Result<Seed> seed = SeedImporter::parseFile(options.seedFile);
        if (!seed) {
            printLine(stderr, tr("authdesk: %1").arg(seed.error().message()));
            return 2;
        }
        SeedImporter importer((*backend)->services());
        const Result<SeedReport> report = importer.import(*seed, QStringLiteral("seed"));
        if (!report) {
            printLine(stderr, tr("authdesk: importing %1 failed: %2").arg(options.seedFile, report.error().message()));
            return 2;
        }
        printLine(stderr,
            tr("authdesk: seed %1: %2 application(s) and %3 test user(s) created, %4 and %5 already there")
                .arg(options.seedFile)
                .arg(report->applicationsCreated)
                .arg(report->usersCreated)
                .arg(report->applicationsSkipped)
                .arg(report->usersSkipped));
    }

    if (!options.bindAddress.isLoopback()) {
        printLine(stderr,
            tr("authdesk: warning: listening on %1, which other machines can reach. Test users and "
               "tokens are then exposed to your network.")
                .arg(options.bindAddress.toString()));
    }

    // Opened before the server starts, so that the file holds every request it answers; a path that
    // cannot be written is refused like any other bad option.
    std::unique_ptr<RequestLogFile> requestLogFile;
    if (!options.requestLogFile.isEmpty()) {
        Result<std::unique_ptr<RequestLogFile>> opened
            = RequestLogFile::open(options.requestLogFile, (*backend)->services().requestLog());
        if (!opened) {
            printLine(stderr, tr("authdesk: %1").arg(opened.error().message()));
            return 2;
        }
        requestLogFile = std::move(*opened);
    }

    AuthServer &server = (*backend)->server();
    ServerOptions serverOptions = server.options();
    serverOptions.rateLimitPerMinute = options.rateLimitPerMinute;
    serverOptions.publicUrl = options.publicUrl;
    if (options.networkThreads > 0)
        serverOptions.networkThreads = options.networkThreads;
    server.setOptions(serverOptions);
    const Result<quint16> port = server.start(options.bindAddress, options.port);
    if (!port) {
        printLine(stderr, tr("authdesk: %1").arg(port.error().message()));
        return 2;
    }
    if (!options.bindAddress.isLoopback()) {
        // Spec section 5: a non-loopback bind is recorded in the audit log.
        (*backend)->services().audit().adminAction(qEnvironmentVariable("USER", QStringLiteral("operator")),
            QStringLiteral("server.bind_remote"), server.baseUrl().toString(),
            QStringLiteral("authdesk serve --bind %1 --allow-remote").arg(options.bindAddress.toString()));
    }
    // Tests and scripts wait for exactly this line; it comes only once requests are accepted.
    printLine(stdout, QStringLiteral("listening on %1").arg(server.baseUrl().toString()));

    const int status = QCoreApplication::exec();
    server.stop();
    if (requestLogFile)
        requestLogFile->flush(); // the last requests, answered since the follower's last read
    return status;
}

} // namespace authdesk
