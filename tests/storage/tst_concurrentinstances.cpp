#include "storage/database.h"
#include "storage/schema.h"
#include "storage/signingkeyrepository.h"
#include "testdatabase.h"

#include <QSemaphore>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <memory>
#include <vector>

using namespace authdesk;

namespace {

constexpr int Instances = 4;

// What one simulated AuthDesk instance saw.
struct InstanceResult
{
    QString error;
    int schemaVersion = -1;
    QString keyInUse;
};

// Starts `Instances` threads that each open their own Database on the same data (as separate
// processes would), lets them run `work` at the same moment, and closes each Database on its own
// thread, where its connections live.
std::vector<InstanceResult> raceInstances(
    TestDatabase &testDatabase, bool openAfterStartLine, const std::function<void(Database &, InstanceResult &)> &work)
{
    std::vector<InstanceResult> results(Instances);
    QSemaphore ready;
    QSemaphore go;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < Instances; ++i) {
        InstanceResult *result = &results[i];
        threads.emplace_back(QThread::create([&, result] {
            std::unique_ptr<Database> database;
            const auto open = [&] {
                Result<std::unique_ptr<Database>> opened = testDatabase.open();
                if (opened)
                    database = std::move(opened).value();
                else
                    result->error = opened.error().message();
            };
            if (!openAfterStartLine)
                open();
            ready.release();
            go.acquire();
            if (openAfterStartLine)
                open();
            if (database) {
                result->schemaVersion = database->schemaVersion();
                work(*database, *result);
            }
        }));
        threads.back()->start();
    }
    ready.acquire(Instances);
    go.release(Instances);
    for (const std::unique_ptr<QThread> &thread : threads)
        thread->wait();
    return results;
}

StoredSigningKey keyOf(const QString &kid)
{
    StoredSigningKey key;
    key.kid = kid;
    key.publicKey = QByteArray(32, 'p');
    key.wrappedPrivateKey = QByteArray(72, 'w');
    key.createdAt = QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC);
    return key;
}

} // namespace

// Several AuthDesk instances starting at once on one database (on PostgreSQL: several servers).
class TestConcurrentInstances : public QObject
{
    Q_OBJECT

private slots:
    void emptyDatabaseIsMigratedOnce();
    void instancesAgreeOnOneSigningKey();
};

void TestConcurrentInstances::emptyDatabaseIsMigratedOnce()
{
    TestDatabase testDatabase;
    QVERIFY2(testDatabase.isValid(), qPrintable(testDatabase.error()));
    const std::vector<InstanceResult> results = raceInstances(testDatabase, true, [](Database &, InstanceResult &) {});
    for (const InstanceResult &result : results) {
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.schemaVersion, schema::latestVersion());
    }

    Result<std::unique_ptr<Database>> database = testDatabase.open();
    QVERIFY(database);
    QSqlQuery query((*database)->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*), MAX(value) FROM meta WHERE key = 'schema_version'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QCOMPARE(query.value(1).toString(), QString::number(schema::latestVersion()));
}

void TestConcurrentInstances::instancesAgreeOnOneSigningKey()
{
    TestDatabase testDatabase;
    QVERIFY2(testDatabase.isValid(), qPrintable(testDatabase.error()));
    { // migrate first, so that only the key insertion races
        Result<std::unique_ptr<Database>> migrated = testDatabase.open();
        QVERIFY2(migrated, migrated ? "" : qPrintable(migrated.error().message()));
    }
    std::atomic_int next { 0 };
    const std::vector<InstanceResult> results
        = raceInstances(testDatabase, false, [&next](Database &database, InstanceResult &result) {
              SigningKeyRepository keys(database);
              const Result<bool> inserted = keys.insertIfNone(keyOf(QStringLiteral("kid-%1").arg(next++)));
              if (!inserted) {
                  result.error = inserted.error().message();
                  return;
              }
              const Result<std::optional<StoredSigningKey>> newest = keys.newest();
              if (newest && newest->has_value())
                  result.keyInUse = (*newest)->kid;
          });
    for (const InstanceResult &result : results) {
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QVERIFY(!result.keyInUse.isEmpty());
        QCOMPARE(result.keyInUse, results.front().keyInUse);
    }
    Result<std::unique_ptr<Database>> database = testDatabase.open();
    QVERIFY(database);
    const Result<QList<StoredSigningKey>> all = SigningKeyRepository(**database).all();
    QVERIFY(all);
    QCOMPARE(all->size(), 1);
}

QTEST_GUILESS_MAIN(TestConcurrentInstances)
#include "tst_concurrentinstances.moc"
