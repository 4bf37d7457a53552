#include "backend.h"
#include "consoledatabase.h"
#include "storage/database.h"
#include "ui/mainwindow.h"
#include "ui/messagebox.h"
#include "ui/postgresdialog.h"
#include "whenmodal.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace authdesk;

namespace {

// The File menu's side of the console's database, recording what the window asked for.
class FakeSwitch final : public DatabaseSwitch
{
public:
    QString location() const override { return m_location; }
    bool isPostgres() const override { return m_postgres; }
    PostgresTarget lastPostgres() const override { return m_last; }
    Result<void> testPostgres(const PostgresTarget &) const override { return {}; }
    void switchToPostgres(const PostgresTarget &login, bool remember) override
    {
        switchedTo = login;
        remembered = remember;
    }
    void switchToLocal() override { switchedToLocal = true; }

    QString m_location = QStringLiteral("/data/authdesk.sqlite");
    bool m_postgres = false;
    PostgresTarget m_last;
    std::optional<PostgresTarget> switchedTo;
    bool remembered = false;
    bool switchedToLocal = false;
};

void fill(PostgresDialog &dialog, const PostgresTarget &login)
{
    dialog.hostEdit()->setText(login.host);
    dialog.portBox()->setValue(login.port);
    dialog.databaseEdit()->setText(login.database);
    dialog.userEdit()->setText(login.user);
    dialog.passwordEdit()->setText(login.password);
}

} // namespace

class TestPostgresDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void startsEmptyWithTheDefaults();
    void saysWhatIsMissing();
    void testSucceedsWithTheRightPassword();
    void testShowsTheServersReasonForAWrongPassword();
    void connectClosesOnlyOnceTheConnectionWorks();
    void passwordGoesToTheKeychainNotTheSettings();
    void notRememberingForgetsTheStoredPassword();
    void consoleOpensOnTheSavedTarget();
    void commandLineWinsOverTheSavedTarget();
    void menuConnectsToPostgres();
    void menuGoesBackToTheLocalDatabase();
    void screenshot();

private:
    // The password role's login on a database of this test's own, which that role owns.
    PostgresTarget passwordLogin() const;

    ConsoleDatabase m_console { KeychainStore(QStringLiteral("AuthDeskTests-postgresdialog")) };
    KeychainStore m_keychain { QStringLiteral("AuthDeskTests-postgresdialog") };
    QString m_adminConnection;
    PostgresTarget m_login;
};

void TestPostgresDialog::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("AuthDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_postgresdialog"));

    // A database the password role owns, so it may create AuthDesk's tables there.
    const QString adminUrl = qEnvironmentVariable("AUTHDESK_TEST_PG_URL");
    const QString passwordUrl = qEnvironmentVariable("AUTHDESK_TEST_PG_PASSWORD_URL");
    QVERIFY2(!adminUrl.isEmpty() && !passwordUrl.isEmpty() && qEnvironmentVariableIsSet("AUTHDESK_TEST_PG_PASSWORD"),
        "this test needs AUTHDESK_TEST_PG_URL, AUTHDESK_TEST_PG_PASSWORD_URL and AUTHDESK_TEST_PG_PASSWORD: run it "
        "through scripts/test, or source scripts/lib/pg-cluster.sh and call authdesk_pg_start first");
    const Result<PostgresTarget> admin = DatabaseUrl::parse(adminUrl);
    const Result<PostgresTarget> role = DatabaseUrl::parse(passwordUrl);
    QVERIFY2(admin && role, "AUTHDESK_TEST_PG_URL or AUTHDESK_TEST_PG_PASSWORD_URL is not a database URL");

    m_adminConnection = QStringLiteral("tst_postgresdialog_admin");
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_adminConnection);
    db.setHostName(admin->host);
    db.setPort(admin->port);
    db.setUserName(admin->user);
    db.setDatabaseName(admin->database);
    QVERIFY2(db.open(), qPrintable(db.lastError().text()));

    m_login.host = role->host;
    m_login.port = role->port;
    m_login.user = role->user;
    m_login.database = QStringLiteral("authdesk_dialog_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    QSqlQuery query(db);
    QVERIFY2(query.exec(QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(m_login.database, m_login.user)),
        qPrintable(query.lastError().text()));
}

void TestPostgresDialog::cleanupTestCase()
{
    if (m_adminConnection.isEmpty())
        return;
    {
        QSqlQuery query(QSqlDatabase::database(m_adminConnection, false));
        query.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_login.database));
    }
    QSqlDatabase::database(m_adminConnection, false).close();
    QSqlDatabase::removeDatabase(m_adminConnection);
}

void TestPostgresDialog::init()
{
    QSettings().clear();
}

PostgresTarget TestPostgresDialog::passwordLogin() const
{
    PostgresTarget login = m_login;
    login.password = qEnvironmentVariable("AUTHDESK_TEST_PG_PASSWORD");
    return login;
}

void TestPostgresDialog::startsEmptyWithTheDefaults()
{
    const PostgresDialog dialog({}, [](const PostgresTarget &) { return Result<void>(); });
    QCOMPARE(dialog.portBox()->value(), 5432);
    QCOMPARE(dialog.passwordEdit()->echoMode(), QLineEdit::Password);
    QVERIFY(dialog.rememberBox()->isChecked());
    QVERIFY(!dialog.connectButton()->isEnabled());
    QVERIFY(!dialog.testButton()->isEnabled());
}

void TestPostgresDialog::saysWhatIsMissing()
{
    PostgresDialog dialog({}, [](const PostgresTarget &) { return Result<void>(); });
    dialog.show();
    QVERIFY(dialog.problemLabel()->isVisible());
    QVERIFY(dialog.problemLabel()->text().contains(QLatin1String("host")));

    QTest::keyClicks(dialog.hostEdit(), QStringLiteral("db.example.com"));
    QVERIFY(dialog.problemLabel()->text().contains(QLatin1String("database")));
    QVERIFY(!dialog.connectButton()->isEnabled());

    QTest::keyClicks(dialog.databaseEdit(), QStringLiteral("a/b"));
    QVERIFY(dialog.problemLabel()->text().contains(QLatin1String("'/'")));
    QVERIFY(!dialog.connectButton()->isEnabled());

    dialog.databaseEdit()->setText(QStringLiteral("authdesk"));
    QVERIFY(!dialog.problemLabel()->isVisible());
    QVERIFY(dialog.connectButton()->isEnabled());
    QVERIFY(dialog.testButton()->isEnabled());

    dialog.hostEdit()->setText(QStringLiteral("   "));
    QVERIFY(dialog.problemLabel()->isVisible());
    QVERIFY(!dialog.connectButton()->isEnabled());
}

void TestPostgresDialog::testSucceedsWithTheRightPassword()
{
    PostgresDialog dialog({}, [this](const PostgresTarget &login) { return m_console.testPostgres(login); });
    fill(dialog, passwordLogin());
    QSignalSpy finished(&dialog, &PostgresDialog::testFinished);
    QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
    QVERIFY(dialog.isTesting());
    QVERIFY(!dialog.connectButton()->isEnabled()); // one attempt at a time
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY2(dialog.resultLabel()->text().contains(QLatin1String("works")), qPrintable(dialog.resultLabel()->text()));
    QVERIFY(dialog.connectButton()->isEnabled());
}

void TestPostgresDialog::testShowsTheServersReasonForAWrongPassword()
{
    PostgresDialog dialog({}, [this](const PostgresTarget &login) { return m_console.testPostgres(login); });
    PostgresTarget wrong = passwordLogin();
    wrong.password = QStringLiteral("not-the-password-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    fill(dialog, wrong);
    QSignalSpy finished(&dialog, &PostgresDialog::testFinished);
    QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().toBool(), false);
    const QString text = dialog.resultLabel()->text();
    QVERIFY2(text.contains(QLatin1String("password authentication failed")), qPrintable(text));
    QVERIFY2(!text.contains(wrong.password), "the result must never show the password");

    // Changing a field clears a result that no longer applies.
    dialog.portBox()->setValue(5433);
    QVERIFY(dialog.resultLabel()->text().isEmpty());
}

void TestPostgresDialog::connectClosesOnlyOnceTheConnectionWorks()
{
    PostgresDialog dialog({}, [this](const PostgresTarget &login) { return m_console.testPostgres(login); });
    dialog.show();
    PostgresTarget login = passwordLogin();
    login.password = QStringLiteral("wrong");
    fill(dialog, login);
    QSignalSpy finished(&dialog, &PostgresDialog::testFinished);
    QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.resultLabel()->text().contains(QLatin1String("failed")));

    dialog.passwordEdit()->setText(passwordLogin().password);
    QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.login().password, passwordLogin().password);
    QCOMPARE(dialog.login().database, m_login.database);
}

void TestPostgresDialog::passwordGoesToTheKeychainNotTheSettings()
{
    const PostgresTarget target = passwordLogin();
    QVERIFY2(m_console.save({ target, true }), "saving the choice failed");

    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray stored = file.readAll();
    QVERIFY(stored.contains(m_login.database.toUtf8()));
    QVERIFY2(!stored.contains(target.password.toUtf8()), "the password must not be in QSettings");

    const Result<std::optional<QByteArray>> secret = m_keychain.readSecret(ConsoleDatabase::secretName(target));
    QVERIFY2(secret, qPrintable(secret ? QString() : secret.error().message()));
    QVERIFY(secret->has_value());
    QCOMPARE(QString::fromUtf8(**secret), target.password);
    QCOMPARE(ConsoleDatabase::secretName(target),
        QStringLiteral("postgres:%1@%2:%3/%4").arg(m_login.user, m_login.host).arg(m_login.port).arg(m_login.database));
}

void TestPostgresDialog::notRememberingForgetsTheStoredPassword()
{
    const PostgresTarget target = passwordLogin();
    QVERIFY(m_console.save({ target, true }));
    QVERIFY(m_console.save({ target, false }));
    const Result<std::optional<QByteArray>> secret = m_keychain.readSecret(ConsoleDatabase::secretName(target));
    QVERIFY(secret);
    QVERIFY(!secret->has_value());
}

void TestPostgresDialog::consoleOpensOnTheSavedTarget()
{
    const PostgresTarget saved = passwordLogin();
    QVERIFY(m_console.save({ saved, true }));

    // A new start: the target comes from QSettings, the password from the keychain.
    const ConsoleDatabase console(KeychainStore(QStringLiteral("AuthDeskTests-postgresdialog")));
    const std::optional<PostgresTarget> target = console.targetToOpen(ServeOptions {});
    QVERIFY(target.has_value());
    QCOMPARE(target->displayName(), saved.displayName());
    QCOMPARE(target->password, saved.password);

    Result<std::unique_ptr<Backend>> backend = Backend::open({ QString(), QString(), target });
    QVERIFY2(backend, qPrintable(backend ? QString() : backend.error().message()));
    QCOMPARE((*backend)->database().location(), saved.displayName());

    // Back to the local file: the next start opens SQLite, and the dialog still offers the target.
    QVERIFY(console.save({ std::nullopt, true }));
    QVERIFY(!console.targetToOpen(ServeOptions {}).has_value());
    QCOMPARE(console.lastPostgres().database, m_login.database);
    QVERIFY(console.lastPostgres().password.isEmpty());
}

void TestPostgresDialog::commandLineWinsOverTheSavedTarget()
{
    QVERIFY(m_console.save({ passwordLogin(), true }));
    ServeOptions options;
    options.databasePath = QStringLiteral("/tmp/elsewhere.sqlite");
    QVERIFY(!m_console.targetToOpen(options).has_value());
}

void TestPostgresDialog::menuConnectsToPostgres()
{
    FakeSwitch database;
    database.m_last.host = QStringLiteral("db.example.com");
    database.m_last.database = QStringLiteral("authdesk");
    ConsoleContext context;
    context.database = &database;
    MainWindow window(context);
    window.show();
    QVERIFY(window.windowTitle().contains(database.m_location));
    auto *action = window.findChild<QAction *>(QStringLiteral("connectPostgresAction"));
    QVERIFY(action);

    whenModal<PostgresDialog>([](PostgresDialog *dialog) {
        QCOMPARE(dialog->hostEdit()->text(), QStringLiteral("db.example.com")); // the last target, again
        dialog->userEdit()->setText(QStringLiteral("ops"));
        dialog->passwordEdit()->setText(QStringLiteral("s3cret"));
        dialog->rememberBox()->setChecked(false);
        QTest::mouseClick(dialog->connectButton(), Qt::LeftButton);
    });
    action->trigger();
    QVERIFY(database.switchedTo.has_value());
    QCOMPARE(database.switchedTo->user, QStringLiteral("ops"));
    QCOMPARE(database.switchedTo->password, QStringLiteral("s3cret"));
    QVERIFY(!database.remembered);
    QVERIFY(!window.isVisible()); // the console reopens on the new database
}

void TestPostgresDialog::menuGoesBackToTheLocalDatabase()
{
    FakeSwitch database;
    ConsoleContext context;
    context.database = &database;
    {
        const MainWindow window(context);
        auto *useLocal = window.findChild<QAction *>(QStringLiteral("useLocalDatabaseAction"));
        QVERIFY(useLocal);
        QVERIFY(!useLocal->isEnabled()); // already on the local file
    }
    database.m_postgres = true;
    database.m_location = QStringLiteral("postgresql://ops@db.example.com:5432/authdesk");
    MainWindow window(context);
    window.show();
    QVERIFY(window.windowTitle().contains(database.m_location));
    auto *useLocal = window.findChild<QAction *>(QStringLiteral("useLocalDatabaseAction"));
    QVERIFY(useLocal->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    useLocal->trigger();
    QVERIFY(database.switchedToLocal);
    QVERIFY(MessageBox::lastText().contains(database.m_location));
    QVERIFY(!window.isVisible());
}

void TestPostgresDialog::screenshot()
{
    // For the report and docs: AUTHDESK_SCREENSHOT_DIR=DIR saves the filled-in dialog as a PNG there.
    const QString directory = qEnvironmentVariable("AUTHDESK_SCREENSHOT_DIR");
    if (directory.isEmpty())
        QSKIP("set AUTHDESK_SCREENSHOT_DIR to save a picture of the dialog");
    PostgresDialog dialog({}, [this](const PostgresTarget &login) { return m_console.testPostgres(login); });
    fill(dialog, passwordLogin());
    dialog.show();
    QSignalSpy finished(&dialog, &PostgresDialog::testFinished);
    QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QVERIFY(dialog.grab().save(directory + QStringLiteral("/postgres-dialog.png")));
}

QTEST_MAIN(TestPostgresDialog)
#include "tst_postgresdialog.moc"
