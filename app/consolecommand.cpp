#include "consolecommand.h"

#include "backend.h"
#include "consoledatabase.h"
#include "keyfilechoice.h"
#include "screenshottour.h"
#include "server/authserver.h"
#include "server/openfilelimit.h"
#include "signalwatcher.h"
#include "storage/database.h"
#include "ui/mainwindow.h"
#include "ui/postgresdialog.h"
#include "ui/settingsdialog.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>

namespace authdesk {

namespace {

// The console could not open a PostgreSQL database: rather than exit, offer the local database or
// another login. nullopt: the operator chose to quit.
std::optional<ConsoleDatabase::Choice> askAfterFailure(
    const PostgresTarget &target, const Error &error, const ConsoleDatabase &databases)
{
    for (;;) {
        QMessageBox box(QMessageBox::Warning, ConsoleCommand::tr("AuthDesk cannot open its database"),
            ConsoleCommand::tr("%1\n\nCheck that the server runs and the login is right, or use the database file "
                               "on this computer instead.")
                .arg(error.message()));
        QPushButton *local = box.addButton(ConsoleCommand::tr("Use the &local database"), QMessageBox::AcceptRole);
        QPushButton *other = box.addButton(ConsoleCommand::tr("Connect to &PostgreSQL…"), QMessageBox::ActionRole);
        box.addButton(ConsoleCommand::tr("&Quit"), QMessageBox::RejectRole);
        box.setDefaultButton(local);
        box.exec();
        if (box.clickedButton() == local)
            return ConsoleDatabase::Choice { std::nullopt, true };
        if (box.clickedButton() != other)
            return std::nullopt;

        PostgresTarget login = target;
        login.password.clear();
        PostgresDialog dialog(
            login, [&databases](const PostgresTarget &tried) { return databases.testPostgres(tried); });
        if (dialog.exec() == QDialog::Accepted)
            return ConsoleDatabase::Choice { dialog.login(), dialog.rememberPassword() };
    }
}

// Saves the new choice for the next start. Runs with no event loop, as the keychain needs.
void save(const ConsoleDatabase &databases, const ConsoleDatabase::Choice &choice)
{
    if (const Result<void> saved = databases.save(choice); !saved) {
        QMessageBox::warning(nullptr, ConsoleCommand::tr("The password is not remembered"),
            ConsoleCommand::tr("%1\n\nAuthDesk uses the database now. Next time it will ask again; to avoid that, "
                               "set PGPASSWORD or put the password in ~/.pgpass.")
                .arg(saved.error().message()));
    }
}

} // namespace

int ConsoleCommand::run(const ServeOptions &options)
{
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, qApp, [] { QApplication::closeAllWindows(); });
    OpenFileLimit::raiseToHard(); // room for 1024 connections (spec section 5)
    // Wayland finds the window's .desktop file (and icon) by this name; see cmake/AuthDeskInstall.cmake.
    QGuiApplication::setDesktopFileName(QStringLiteral(AUTHDESK_APP_ID));

    ConsoleDatabase databases;
    std::optional<PostgresTarget> target = databases.targetToOpen(options);
    QString keyFile = KeyFileChoice::keyFileToUse(options.keyFile);
    // File > Connect to PostgreSQL… closes the window and the console opens again on the new
    // database here, each round with a backend of its own.
    for (bool firstRound = true;; firstRound = false) {
        Result<std::unique_ptr<Backend>> backend = Backend::open({ options.databasePath, keyFile, target });
        if (!backend && backend.error().code() == Error::Code::KeychainUnavailable && keyFile.isEmpty()) {
            // Not a dead end: a key file in the data folder works without a keychain.
            keyFile = KeyFileChoice::offer(backend.error());
            if (keyFile.isEmpty())
                return 2;
            backend = Backend::open({ options.databasePath, keyFile, target });
        }
        if (!backend && target && backend.error().code() != Error::Code::KeychainUnavailable) {
            const std::optional<ConsoleDatabase::Choice> choice = askAfterFailure(*target, backend.error(), databases);
            if (!choice)
                return 2;
            save(databases, *choice);
            target = choice->postgres;
            continue;
        }
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
        databases.setCurrent((*backend)->database().location(), target.has_value());

        AuthServer &server = (*backend)->server();
        ConsoleContext context;
        context.services = &(*backend)->services();
        context.server = &server;
        context.keyLocation = (*backend)->keyLocation();
        context.actor = SettingsDialog::operatorName();
        context.database = &databases;
        MainWindow window(context);
        // A failure shows in the window's banner, with the reason and *Use another port*.
        static_cast<void>(server.start(QHostAddress(QHostAddress::LocalHost), options.port));
        window.show();
        if (firstRound && !options.screenshotsDir.isEmpty()) {
            // Scripts send demo traffic meanwhile, so the live pages have something to show.
            auto *tour = new ScreenshotTour(window, options.screenshotsDir, 4000, &window);
            tour->start();
        }
        const int status = QApplication::exec();
        const std::optional<ConsoleDatabase::Choice> request = databases.takeRequest();
        if (!request)
            return status;
        save(databases, *request);
        target = request->postgres;
    }
}

} // namespace authdesk
