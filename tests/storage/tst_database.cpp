#include "files.h"
#include "storage/database.h"
#include "storage/databasefile.h"
#include "storage/schema.h"
#include "tempdir.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QThread>
#include <sys/stat.h>

using namespace authdesk;

namespace {

bool writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(contents) == contents.size();
}

QString pragma(QSqlDatabase db, const QString &name)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next())
        return QStringLiteral("<failed: %1>").arg(query.lastError().text());
    return query.value(0).toString();
}

struct ConnectionSettings
{
    QString journalMode;
    QString foreignKeys;
    QString synchronous;
    QString busyTimeout;
};

ConnectionSettings settingsOf(QSqlDatabase db)
{
    return { pragma(db, QStringLiteral("journal_mode")), pragma(db, QStringLiteral("foreign_keys")),
        pragma(db, QStringLiteral("synchronous")), pragma(db, QStringLiteral("busy_timeout")) };
}

// Writes an SQLite file with plain SQLite (rollback journal), without AuthDesk.
bool createForeignSqlite(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("foreign-") + path;
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &statement : statements) {
            QSqlQuery query(db);
            if (ok && !query.exec(statement)) {
                qWarning() << statement << query.lastError().text();
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// Everything beside the database that SQLite would leave behind had it opened the file for writing.
QStringList sqliteSideFiles(const QString &path)
{
    QStringList found;
    for (const char *suffix : { "-wal", "-shm", "-journal" }) {
        if (QFileInfo::exists(path + QLatin1String(suffix)))
            found << path + QLatin1String(suffix);
    }
    return found;
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createsPrivateFileAndFolder();
    void configuresEveryConnection();
    void reopeningKeepsData();
    void acceptsEmptyFile();
    void refusesDirectory();
    void refusesNonSqliteFile_data();
    void refusesNonSqliteFile();
    void refusesForeignSqliteFile();
    void refusesNewerSchema();
    void defaultPathIsInAppData();
};

void TestDatabase::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDatabase::createsPrivateFileAndFolder()
{
    const mode_t oldMask = ::umask(022); // SQLite alone would create 0644 under this mask
    const TempDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("missing/sub"));
    const QString path = folder + QStringLiteral("/a.sqlite");
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("missing"))));

    Result<std::unique_ptr<Database>> db = Database::openSqlite(path);
    ::umask(oldMask);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message()));

    QVERIFY(QFileInfo(path).isFile());
    QCOMPARE(fileMode(path), 0600);
    QCOMPARE(fileMode(folder), 0700);
    QCOMPARE((*db)->location(), path);
    QCOMPARE((*db)->schemaVersion(), schema::latestVersion());
    QVERIFY((*db)->ping().ok());

    // The side files SQLite makes in WAL mode hold the same data and must be as private.
    QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
    QCOMPARE(fileMode(path + QStringLiteral("-wal")), 0600);
}

void TestDatabase::configuresEveryConnection()
{
    const TempDir dir;
    Result<std::unique_ptr<Database>> opened = Database::openSqlite(dir.filePath(QStringLiteral("a.sqlite")));
    QVERIFY(opened.ok());
    Database &db = **opened;

    const ConnectionSettings main = settingsOf(db.connection());
    QCOMPARE(main.journalMode, QStringLiteral("wal"));
    QCOMPARE(main.foreignKeys, QStringLiteral("1"));
    QCOMPARE(main.synchronous, QStringLiteral("2")); // FULL
    QCOMPARE(main.busyTimeout, QStringLiteral("5000"));

    ConnectionSettings other;
    QString otherName;
    bool otherOpen = false;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        QSqlDatabase connection = db.connection();
        otherName = connection.connectionName();
        otherOpen = connection.isOpen();
        other = settingsOf(connection);
    }));
    thread->start();
    QVERIFY(thread->wait(10000));

    QVERIFY(otherOpen);
    QVERIFY2(otherName != db.connection().connectionName(), "a second thread must get its own connection");
    QCOMPARE(other.journalMode, QStringLiteral("wal"));
    QCOMPARE(other.foreignKeys, QStringLiteral("1"));
    QCOMPARE(other.synchronous, QStringLiteral("2"));
    QCOMPARE(other.busyTimeout, QStringLiteral("5000"));
    // The thread has finished, so its connection is gone.
    QVERIFY(!QSqlDatabase::contains(otherName));
}

void TestDatabase::reopeningKeepsData()
{
    const TempDir dir;
    const QString path = dir.filePath(QStringLiteral("a.sqlite"));
    {
        Result<std::unique_ptr<Database>> db = Database::openSqlite(path);
        QVERIFY(db.ok());
        QSqlQuery query((*db)->connection());
        QVERIFY(query.prepare(QStringLiteral("INSERT INTO test_users (id, email, email_key, display_name, "
                                             "password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)")));
        query.addBindValue(QStringLiteral("u1"));
        query.addBindValue(QStringLiteral("Ada@Example.com"));
        query.addBindValue(QStringLiteral("ada@example.com"));
        query.addBindValue(QStringLiteral("Ada Lovelace"));
        query.addBindValue(QStringLiteral("$argon2id$..."));
        query.addBindValue(qint64(1));
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }
    Result<std::unique_ptr<Database>> db = Database::openSqlite(path);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message()));
    QCOMPARE((*db)->schemaVersion(), schema::latestVersion());
    QSqlQuery query((*db)->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT display_name FROM test_users WHERE id = 'u1'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("Ada Lovelace"));
    QCOMPARE(fileMode(path), 0600);
}

void TestDatabase::acceptsEmptyFile()
{
    // An empty file is what `touch` leaves: a database that has not been written yet.
    const TempDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    QVERIFY(writeFile(path, {}));
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));

    Result<std::unique_ptr<Database>> db = Database::openSqlite(path);
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message()));
    QCOMPARE((*db)->schemaVersion(), schema::latestVersion());
}

void TestDatabase::refusesDirectory()
{
    const TempDir dir;
    const QString path = dir.filePath(QStringLiteral("folder.sqlite"));
    QVERIFY(QDir().mkdir(path));

    Result<std::unique_ptr<Database>> db = Database::openSqlite(path);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code(), Error::Code::StorageUnusable);
    QVERIFY2(db.error().message().contains(path), qPrintable(db.error().message()));
    QVERIFY(QFileInfo(path).isDir());
    QVERIFY(QDir(path).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System));
    QVERIFY(sqliteSideFiles(path).isEmpty());
}

void TestDatabase::refusesNonSqliteFile_data()
{
    QTest::addColumn<QByteArray>("contents");

    QTest::addRow("text") << QByteArrayLiteral("my notes\nnot a database\n");
    QTest::addRow("one byte") << QByteArrayLiteral("x");
    QTest::addRow("almost the SQLite magic") << QByteArrayLiteral("SQLite format 2\0 and more bytes after it");
    QTest::addRow("binary") << QByteArray(4096, '\xff');
}

void TestDatabase::refusesNonSqliteFile()
{
    QFETCH(QByteArray, contents);

    const TempDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    QVERIFY(writeFile(path, contents));
    const QDateTime mtime = QDateTime::currentDateTimeUtc().addDays(-3);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(mtime, QFileDevice::FileModificationTime));
    }
    const int mode = fileMode(path);

    Result<std::unique_ptr<Database>> db = Database::openSqlite(path);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code(), Error::Code::StorageUnusable);
    QVERIFY2(db.error().message().contains(path), qPrintable(db.error().message()));

    QCOMPARE(readFile(path), contents);
    QCOMPARE(QFileInfo(path).lastModified().toUTC().toSecsSinceEpoch(), mtime.toSecsSinceEpoch());
    QCOMPARE(fileMode(path), mode);
    QCOMPARE(sqliteSideFiles(path), QStringList());
}

void TestDatabase::refusesForeignSqliteFile()
{
    const TempDir dir;
    const QString path = dir.filePath(QStringLiteral("other-app.sqlite"));
    QVERIFY(createForeignSqlite(path,
        { QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"),
            QStringLiteral("INSERT INTO notes (body) VALUES ('keep me')") }));
    const QByteArray before = readFile(path);
    QVERIFY(before.startsWith(QByteArrayLiteral("SQLite format 3")));
    QCOMPARE(int(before.at(18)), 1); // file format: legacy rollback journal, not WAL

    Result<std::unique_ptr<Database>> db = Database::openSqlite(path);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code(), Error::Code::StorageUnusable);
    QVERIFY2(
        db.error().message().contains(QLatin1String("not an AuthDesk database")), qPrintable(db.error().message()));

    const QByteArray after = readFile(path);
    QCOMPARE(int(after.at(18)), 1); // still not switched to WAL
    QCOMPARE(QCryptographicHash::hash(after, QCryptographicHash::Sha256).toHex(),
        QCryptographicHash::hash(before, QCryptographicHash::Sha256).toHex());
    QCOMPARE(sqliteSideFiles(path), QStringList());
}

void TestDatabase::refusesNewerSchema()
{
    const TempDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    const int future = schema::latestVersion() + 1;
    QVERIFY(createForeignSqlite(path,
        { QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("INSERT INTO meta VALUES ('schema_version', '%1')").arg(future),
            QStringLiteral("CREATE TABLE tomorrow (x INTEGER)") }));
    const QByteArray before = readFile(path);

    Result<std::unique_ptr<Database>> db = Database::openSqlite(path);
    QVERIFY(!db.ok());
    QCOMPARE(db.error().code(), Error::Code::StorageUnusable);
    QVERIFY2(db.error().message().contains(QLatin1String("newer")), qPrintable(db.error().message()));
    QVERIFY2(db.error().message().contains(QString::number(future)), qPrintable(db.error().message()));
    QVERIFY(readFile(path) == before);
    QCOMPARE(sqliteSideFiles(path), QStringList());
}

void TestDatabase::defaultPathIsInAppData()
{
    const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QVERIFY(!appData.isEmpty());
    const QString path = DatabaseFile::defaultPath();
    QCOMPARE(QFileInfo(path).absolutePath(), QDir(appData).absolutePath());
    QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("authdesk.sqlite"));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
