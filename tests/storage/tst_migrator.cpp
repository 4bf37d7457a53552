#include "storage/migrator.h"
#include "storage/schema.h"
#include "tempdir.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace authdesk;

namespace {

Migration migration(int version, const QStringList &statements)
{
    return { version, QStringLiteral("step %1").arg(version), statements };
}

// Three steps whose effects only make sense in order: each appends its number to a log table that
// the first one creates, and the third adds a column that it fills.
QList<Migration> threeSteps()
{
    return {
        migration(1,
            { QStringLiteral("CREATE TABLE steps (step INTEGER NOT NULL)"),
                QStringLiteral("INSERT INTO steps (step) VALUES (1)") }),
        migration(2,
            { QStringLiteral("INSERT INTO steps (step) VALUES (2)"),
                QStringLiteral("CREATE TABLE notes (id {SERIAL_PK}, body TEXT NOT NULL)") }),
        migration(3,
            { QStringLiteral("ALTER TABLE notes ADD COLUMN author TEXT NOT NULL DEFAULT 'unknown'"),
                QStringLiteral("INSERT INTO steps (step) VALUES (3)") }),
    };
}

} // namespace

class TestMigrator : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void emptyDatabaseIsVersionZero();
    void appliesInOrderAndRecordsVersion();
    void rerunningIsNoOp();
    void failedMigrationLeavesNothing_data();
    void failedMigrationLeavesNothing();
    void migratesFromEveryPastVersion_data();
    void migratesFromEveryPastVersion();
    void shippedSchemaFromEveryPastVersion_data();
    void shippedSchemaFromEveryPastVersion();
    void refusesNewerDatabase();
    void refusesForeignDatabase();

private:
    QList<int> steps() const;
    QString m_name;
    std::unique_ptr<TempDir> m_dir;
    SqlDialect m_dialect { SqlDialect::Engine::Sqlite };
};

void TestMigrator::init()
{
    m_dir = std::make_unique<TempDir>();
    QVERIFY(m_dir->isValid());
    m_name = QStringLiteral("tst_migrator-%1").arg(QString::fromLatin1(QTest::currentDataTag()));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(m_dir->filePath(QStringLiteral("m.sqlite")));
    QVERIFY(db.open());
}

void TestMigrator::cleanup()
{
    QSqlDatabase::database(m_name, false).close();
    QSqlDatabase::removeDatabase(m_name);
    m_dir.reset();
}

QList<int> TestMigrator::steps() const
{
    QList<int> result;
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    if (!query.exec(QStringLiteral("SELECT step FROM steps ORDER BY rowid")))
        return { -1 };
    while (query.next())
        result << query.value(0).toInt();
    return result;
}

void TestMigrator::emptyDatabaseIsVersionZero()
{
    const Migrator migrator(QSqlDatabase::database(m_name), m_dialect, threeSteps());
    const Result<int> version = migrator.currentVersion();
    QVERIFY(version.ok());
    QCOMPARE(*version, 0);
    QVERIFY(QSqlDatabase::database(m_name).tables().isEmpty()); // asking changed nothing
}

void TestMigrator::appliesInOrderAndRecordsVersion()
{
    QSqlDatabase db = QSqlDatabase::database(m_name);
    Migrator migrator(db, m_dialect, threeSteps());
    const Result<void> migrated = migrator.migrate();
    QVERIFY2(migrated.ok(), qPrintable(migrated.ok() ? QString() : migrated.error().message()));

    QCOMPARE(steps(), (QList<int> { 1, 2, 3 }));
    QCOMPARE(*migrator.currentVersion(), 3);

    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("3"));
    // The {SERIAL_PK} placeholder was expanded and step 3's column exists.
    QVERIFY2(
        query.exec(QStringLiteral("INSERT INTO notes (body) VALUES ('hi')")), qPrintable(query.lastError().text()));
    QVERIFY(query.exec(QStringLiteral("SELECT id, author FROM notes")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QCOMPARE(query.value(1).toString(), QStringLiteral("unknown"));
}

void TestMigrator::rerunningIsNoOp()
{
    QSqlDatabase db = QSqlDatabase::database(m_name);
    QVERIFY(Migrator(db, m_dialect, threeSteps()).migrate().ok());
    const QStringList tables = db.tables();

    Migrator again(db, m_dialect, threeSteps());
    const Result<void> migrated = again.migrate();
    QVERIFY(migrated.ok());
    QCOMPARE(*again.currentVersion(), 3);
    QCOMPARE(steps(), (QList<int> { 1, 2, 3 })); // no step ran twice
    QCOMPARE(db.tables(), tables);
}

void TestMigrator::failedMigrationLeavesNothing_data()
{
    QTest::addColumn<int>("startVersion");
    QTest::addColumn<QList<int>>("stepsBefore");

    QTest::addRow("first migration of an empty database") << 0 << QList<int> { -1 };
    QTest::addRow("later migration on version 1") << 1 << QList<int> { 1 };
    QTest::addRow("later migration on version 3") << 3 << QList<int> { 1, 2, 3 };
}

void TestMigrator::failedMigrationLeavesNothing()
{
    QFETCH(int, startVersion);
    QFETCH(QList<int>, stepsBefore);

    QSqlDatabase db = QSqlDatabase::database(m_name);
    QVERIFY(Migrator(db, m_dialect, threeSteps().mid(0, startVersion)).migrate().ok());
    const QStringList tablesBefore = db.tables();

    // The broken migration's first statement would succeed on its own; its second one fails.
    QList<Migration> migrations = threeSteps().mid(0, startVersion);
    migrations << migration(startVersion + 1,
        { QStringLiteral("CREATE TABLE half_done (x INTEGER)"),
            QStringLiteral("INSERT INTO no_such_table (x) VALUES (1)"),
            QStringLiteral("CREATE TABLE never (x INTEGER)") });
    Migrator migrator(db, m_dialect, migrations);
    const Result<void> migrated = migrator.migrate();
    QVERIFY(!migrated.ok());
    QVERIFY2(
        migrated.error().message().contains(QString::number(startVersion + 1)), qPrintable(migrated.error().message()));

    QVERIFY(!db.tables().contains(QStringLiteral("half_done")));
    QVERIFY(!db.tables().contains(QStringLiteral("never")));
    QCOMPARE(db.tables(), tablesBefore);
    QCOMPARE(*migrator.currentVersion(), startVersion);
    QCOMPARE(steps(), stepsBefore);

    // Nothing is left half-open: the connection can start the next transaction, and a fixed
    // migration then applies.
    migrations.last().statements = { QStringLiteral("CREATE TABLE half_done (x INTEGER)") };
    QVERIFY(Migrator(db, m_dialect, migrations).migrate().ok());
    QVERIFY(db.tables().contains(QStringLiteral("half_done")));
    QCOMPARE(*Migrator(db, m_dialect, migrations).currentVersion(), startVersion + 1);
}

void TestMigrator::migratesFromEveryPastVersion_data()
{
    QTest::addColumn<int>("pastVersion");

    for (int version = 0; version < threeSteps().size(); ++version)
        QTest::addRow("from version %d", version) << version;
}

void TestMigrator::migratesFromEveryPastVersion()
{
    QFETCH(int, pastVersion);

    QSqlDatabase db = QSqlDatabase::database(m_name);
    // The database as an older AuthDesk left it, with data in it.
    QVERIFY(Migrator(db, m_dialect, threeSteps().mid(0, pastVersion)).migrate().ok());
    QSqlQuery query(db);
    if (pastVersion >= 2)
        QVERIFY(
            query.exec(QStringLiteral("INSERT INTO notes (body) VALUES ('written by version %1')").arg(pastVersion)));

    Migrator migrator(db, m_dialect, threeSteps());
    QCOMPARE(*migrator.currentVersion(), pastVersion);
    const Result<void> migrated = migrator.migrate();
    QVERIFY2(migrated.ok(), qPrintable(migrated.ok() ? QString() : migrated.error().message()));
    QCOMPARE(*migrator.currentVersion(), 3);
    QCOMPARE(steps(), (QList<int> { 1, 2, 3 }));

    if (pastVersion >= 2) {
        QVERIFY(query.exec(QStringLiteral("SELECT body, author FROM notes")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("written by version %1").arg(pastVersion));
        QCOMPARE(query.value(1).toString(), QStringLiteral("unknown"));
    }
}

void TestMigrator::shippedSchemaFromEveryPastVersion_data()
{
    QTest::addColumn<int>("pastVersion");

    const QList<Migration> shipped = schema::migrations();
    QTest::addRow("from an empty database") << 0;
    for (int i = 0; i + 1 < shipped.size(); ++i)
        QTest::addRow("from version %d", shipped.at(i).version) << int(i + 1);
}

void TestMigrator::shippedSchemaFromEveryPastVersion()
{
    QFETCH(int, pastVersion);

    QSqlDatabase db = QSqlDatabase::database(m_name);
    QVERIFY(Migrator(db, m_dialect, schema::migrations().mid(0, pastVersion)).migrate().ok());
    Migrator migrator(db, m_dialect, schema::migrations());
    const Result<void> migrated = migrator.migrate();
    QVERIFY2(migrated.ok(), qPrintable(migrated.ok() ? QString() : migrated.error().message()));
    QCOMPARE(*migrator.currentVersion(), schema::latestVersion());

    const QStringList tables = db.tables();
    for (const char *table : { "meta", "applications", "test_users", "token_families", "refresh_tokens", "signing_keys",
             "audit_events", "failed_logins" })
        QVERIFY2(tables.contains(QLatin1String(table)), table);
}

void TestMigrator::refusesNewerDatabase()
{
    QSqlDatabase db = QSqlDatabase::database(m_name);
    QVERIFY(Migrator(db, m_dialect, threeSteps()).migrate().ok());

    Migrator older(db, m_dialect, threeSteps().mid(0, 2));
    const Result<int> version = older.currentVersion();
    QVERIFY(!version.ok());
    QCOMPARE(version.error().code(), Error::Code::StorageUnusable);
    QVERIFY2(version.error().message().contains(QLatin1String("newer")), qPrintable(version.error().message()));
    QVERIFY(!older.migrate().ok());
    QCOMPARE(*Migrator(db, m_dialect, threeSteps()).currentVersion(), 3);
}

void TestMigrator::refusesForeignDatabase()
{
    QSqlDatabase db = QSqlDatabase::database(m_name);
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE steps (step INTEGER)")));

    Migrator migrator(db, m_dialect, threeSteps());
    QVERIFY(!migrator.currentVersion().ok());
    const Result<void> migrated = migrator.migrate();
    QVERIFY(!migrated.ok());
    QCOMPARE(migrated.error().code(), Error::Code::StorageUnusable);
    QCOMPARE(db.tables(), QStringList { QStringLiteral("steps") });
    QCOMPARE(steps(), QList<int> {});
}

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
