#include "storage/database.h"
#include "storage/signingkeyrepository.h"
#include "testdatabase.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>
#include <memory>

using namespace authdesk;

namespace {

const QDateTime T0(QDate(2026, 11, 28), QTime(10, 0, 0, 1), Qt::UTC);

StoredSigningKey makeKey(const QString &kid, const QDateTime &createdAt)
{
    StoredSigningKey key;
    key.kid = kid;
    key.publicKey = QByteArray(32, '\0') + kid.toUtf8(); // NUL bytes must survive
    key.wrappedPrivateKey = QByteArray::fromHex("00ff10") + QByteArray(64, '\xab');
    key.createdAt = createdAt;
    return key;
}

QStringList kidsOf(const QList<StoredSigningKey> &keys)
{
    QStringList kids;
    for (const StoredSigningKey &key : keys)
        kids << key.kid;
    return kids;
}

} // namespace

class TestSigningKeyRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void emptyHasNoNewest();
    void roundTripsEveryField();
    void listsNewestFirst();
    void insertOfTakenKidIsConflict();
    void failureIsStorageUnavailableWithoutSql();

private:
    std::unique_ptr<TestDatabase> m_testDatabase;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SigningKeyRepository> m_repository;
};

void TestSigningKeyRepository::init()
{
    m_testDatabase = std::make_unique<TestDatabase>();
    QVERIFY2(m_testDatabase->isValid(), qPrintable(m_testDatabase->error()));
    Result<std::unique_ptr<Database>> opened = m_testDatabase->open();
    QVERIFY2(opened.ok(), opened ? "" : qPrintable(opened.error().message()));
    m_database = std::move(opened).value();
    m_repository = std::make_unique<SigningKeyRepository>(*m_database);
}

void TestSigningKeyRepository::cleanup()
{
    m_repository.reset();
    m_database.reset();
    m_testDatabase.reset();
}

void TestSigningKeyRepository::emptyHasNoNewest()
{
    const Result<std::optional<StoredSigningKey>> newest = m_repository->newest();
    QVERIFY(newest);
    QVERIFY(!newest->has_value());
    QVERIFY(m_repository->all()->isEmpty());
}

void TestSigningKeyRepository::roundTripsEveryField()
{
    const StoredSigningKey key = makeKey(QStringLiteral("k1"), T0);
    QVERIFY(m_repository->insert(key));
    const StoredSigningKey stored = **m_repository->newest();
    QCOMPARE(stored.kid, key.kid);
    QCOMPARE(stored.publicKey, key.publicKey);
    QCOMPARE(stored.wrappedPrivateKey, key.wrappedPrivateKey);
    QCOMPARE(stored.createdAt, key.createdAt);
    QVERIFY(stored == key);
}

void TestSigningKeyRepository::listsNewestFirst()
{
    QVERIFY(m_repository->insert(makeKey(QStringLiteral("middle"), T0.addDays(1))));
    QVERIFY(m_repository->insert(makeKey(QStringLiteral("oldest"), T0)));
    QVERIFY(m_repository->insert(makeKey(QStringLiteral("newest"), T0.addDays(2))));
    const Result<QList<StoredSigningKey>> all = m_repository->all();
    QVERIFY(all);
    QCOMPARE(
        kidsOf(*all), QStringList({ QStringLiteral("newest"), QStringLiteral("middle"), QStringLiteral("oldest") }));
    QVERIFY(**m_repository->newest() == makeKey(QStringLiteral("newest"), T0.addDays(2)));
}

void TestSigningKeyRepository::insertOfTakenKidIsConflict()
{
    QVERIFY(m_repository->insert(makeKey(QStringLiteral("k1"), T0)));
    const Result<void> inserted = m_repository->insert(makeKey(QStringLiteral("k1"), T0.addDays(1)));
    QVERIFY(!inserted);
    QCOMPARE(inserted.error().code(), Error::Code::Conflict);
    QCOMPARE(m_repository->all()->size(), 1);
    QCOMPARE((*m_repository->newest())->createdAt, T0);
}

void TestSigningKeyRepository::failureIsStorageUnavailableWithoutSql()
{
    {
        QSqlQuery query(m_database->connection());
        QVERIFY(query.exec(QStringLiteral("DROP TABLE signing_keys")));
    }
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^listing signing keys failed")));
    const Result<QList<StoredSigningKey>> all = m_repository->all();
    QVERIFY(!all);
    QCOMPARE(all.error().code(), Error::Code::StorageUnavailable);
    QVERIFY(!all.error().message().contains(QLatin1String("signing_keys")));
    QVERIFY(!all.error().message().contains(QLatin1String("SELECT")));
}

QTEST_GUILESS_MAIN(TestSigningKeyRepository)
#include "tst_signingkeyrepository.moc"
