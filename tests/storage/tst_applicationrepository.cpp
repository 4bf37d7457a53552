#include "storage/applicationrepository.h"
#include "storage/database.h"
#include "storage/tokenrepository.h"
#include "testdatabase.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>
#include <memory>

using namespace authdesk;

namespace {

const QDateTime T0(QDate(2026, 11, 28), QTime(10, 0, 0, 123), Qt::UTC);

Application fullApplication()
{
    Application application;
    application.clientId = QStringLiteral("8d7a7b4c-9a59-4c35-9a0b-3a7f3b6c2e11");
    application.name = QStringLiteral("Web shop");
    application.type = ApplicationType::Marketplace;
    application.settings.enabledGrants = { GrantType::Password, GrantType::RefreshToken, GrantType::TokenExchange };
    application.settings.accessTokenTtlSeconds = 600;
    application.settings.refreshTokenTtlSeconds = 86400;
    application.settings.refreshIdleTimeoutSeconds = 3600;
    application.settings.graceWindowSeconds = 0;
    application.settings.corsOrigins = { QStringLiteral("http://localhost:3000"), QStringLiteral("https://shop.test") };
    application.enabled = false;
    application.secretHash = QByteArray(32, '\x01');
    application.previousSecretHash = QByteArray::fromHex("00ff00ff");
    application.previousSecretValidUntil = T0.addSecs(60);
    application.createdAt = T0;
    application.lastUsedAt = T0.addMSecs(5);
    application.revokedAllAt = T0.addDays(1);
    return application;
}

Application minimalApplication(const QString &clientId, const QDateTime &createdAt)
{
    Application application;
    application.clientId = clientId;
    application.name = QStringLiteral("Nightly sync");
    application.type = ApplicationType::Integration;
    application.settings = GrantSettings::defaultsFor(ApplicationType::Integration);
    application.createdAt = createdAt;
    return application;
}

} // namespace

class TestApplicationRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void roundTripsEveryField_data();
    void roundTripsEveryField();
    void insertOfTakenClientIdIsConflict();
    void findUnknownIsEmpty();
    void updateWritesAllButIdentity();
    void updateOfUnknownIsNotFound();
    void allListsOldestFirst();
    void removeTakesFamiliesAlong();
    void removeOfUnknownIsNotFound();
    void touchLastUsedAndRevokeAll();
    void failureIsStorageUnavailableWithoutSql();

private:
    OpenedTestDatabase m_db;
    std::unique_ptr<ApplicationRepository> m_repository;
};

void TestApplicationRepository::init()
{
    const QString failed = m_db.open();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    m_repository = std::make_unique<ApplicationRepository>(m_db.database());
}

void TestApplicationRepository::cleanup()
{
    m_repository.reset();
    m_db.close();
}

void TestApplicationRepository::roundTripsEveryField_data()
{
    QTest::addColumn<Application>("application");
    QTest::addRow("every field set") << fullApplication();
    QTest::addRow("nulls and defaults") << minimalApplication(QStringLiteral("2b0e7f0e"), T0);
    Application noGrants = minimalApplication(QStringLiteral("no-grants"), T0);
    noGrants.settings.enabledGrants.clear();
    noGrants.settings.corsOrigins.clear();
    QTest::addRow("no grants, no origins") << noGrants;
}

void TestApplicationRepository::roundTripsEveryField()
{
    QFETCH(Application, application);
    QVERIFY(m_repository->insert(application));
    const Result<std::optional<Application>> found = m_repository->find(application.clientId);
    QVERIFY(found);
    QVERIFY(found->has_value());
    const Application &stored = **found;
    QCOMPARE(stored.clientId, application.clientId);
    QCOMPARE(stored.name, application.name);
    QCOMPARE(stored.type, application.type);
    QCOMPARE(stored.settings.enabledGrants, application.settings.enabledGrants);
    QCOMPARE(stored.settings.accessTokenTtlSeconds, application.settings.accessTokenTtlSeconds);
    QCOMPARE(stored.settings.refreshTokenTtlSeconds, application.settings.refreshTokenTtlSeconds);
    QCOMPARE(stored.settings.refreshIdleTimeoutSeconds, application.settings.refreshIdleTimeoutSeconds);
    QCOMPARE(stored.settings.graceWindowSeconds, application.settings.graceWindowSeconds);
    QCOMPARE(stored.settings.corsOrigins, application.settings.corsOrigins);
    QCOMPARE(stored.enabled, application.enabled);
    QCOMPARE(stored.secretHash, application.secretHash);
    QCOMPARE(stored.previousSecretHash, application.previousSecretHash);
    QCOMPARE(stored.previousSecretValidUntil, application.previousSecretValidUntil);
    QCOMPARE(stored.previousSecretValidUntil.isNull(), application.previousSecretValidUntil.isNull());
    QCOMPARE(stored.createdAt, application.createdAt);
    QCOMPARE(stored.lastUsedAt, application.lastUsedAt);
    QCOMPARE(stored.lastUsedAt.isNull(), application.lastUsedAt.isNull());
    QCOMPARE(stored.revokedAllAt, application.revokedAllAt);
    QVERIFY(stored == application);
}

void TestApplicationRepository::insertOfTakenClientIdIsConflict()
{
    QVERIFY(m_repository->insert(fullApplication()));
    Application again = minimalApplication(fullApplication().clientId, T0);
    const Result<void> inserted = m_repository->insert(again);
    QVERIFY(!inserted);
    QCOMPARE(inserted.error().code(), Error::Code::Conflict);
    QVERIFY(!inserted.error().message().isEmpty());
    QCOMPARE((*m_repository->find(again.clientId))->name, fullApplication().name);
}

void TestApplicationRepository::findUnknownIsEmpty()
{
    const Result<std::optional<Application>> found = m_repository->find(QStringLiteral("nobody"));
    QVERIFY(found);
    QVERIFY(!found->has_value());
}

void TestApplicationRepository::updateWritesAllButIdentity()
{
    const Application original = fullApplication();
    QVERIFY(m_repository->insert(original));

    Application changed = original;
    changed.name = QStringLiteral("Renamed");
    changed.type = ApplicationType::Integration; // not written
    changed.createdAt = T0.addDays(-5); // not written
    changed.settings.enabledGrants = { GrantType::ClientCredentials };
    changed.settings.refreshIdleTimeoutSeconds.reset();
    changed.settings.corsOrigins = { QStringLiteral("http://127.0.0.1:3000") };
    changed.settings.graceWindowSeconds = 300;
    changed.enabled = true;
    changed.secretHash = QByteArray(32, '\x02');
    changed.previousSecretHash.clear();
    changed.previousSecretValidUntil = QDateTime();
    changed.lastUsedAt = QDateTime();
    changed.revokedAllAt = QDateTime();
    QVERIFY(m_repository->update(changed));

    Application expected = changed;
    expected.type = original.type;
    expected.createdAt = original.createdAt;
    const Application stored = **m_repository->find(original.clientId);
    QVERIFY(stored == expected);
    QVERIFY(!stored.settings.refreshIdleTimeoutSeconds.has_value());
    QVERIFY(stored.previousSecretValidUntil.isNull());
}

void TestApplicationRepository::updateOfUnknownIsNotFound()
{
    const Result<void> updated = m_repository->update(fullApplication());
    QVERIFY(!updated);
    QCOMPARE(updated.error().code(), Error::Code::NotFound);
}

void TestApplicationRepository::allListsOldestFirst()
{
    QVERIFY(m_repository->insert(minimalApplication(QStringLiteral("b"), T0.addSecs(2))));
    QVERIFY(m_repository->insert(minimalApplication(QStringLiteral("c"), T0)));
    QVERIFY(m_repository->insert(minimalApplication(QStringLiteral("a"), T0.addSecs(1))));
    const Result<QList<Application>> all = m_repository->all();
    QVERIFY(all);
    QStringList ids;
    for (const Application &application : *all)
        ids << application.clientId;
    QCOMPARE(ids, QStringList({ QStringLiteral("c"), QStringLiteral("a"), QStringLiteral("b") }));
}

void TestApplicationRepository::removeTakesFamiliesAlong()
{
    const Application application = minimalApplication(QStringLiteral("client"), T0);
    QVERIFY(m_repository->insert(application));
    TokenRepository tokens(m_db.database());
    TokenFamily family;
    family.id = QStringLiteral("family");
    family.clientId = application.clientId;
    family.scope = QStringLiteral("integ");
    family.createdAt = family.lastUsedAt = T0;
    family.expiresAt = T0.addDays(1);
    RefreshTokenRecord first;
    first.tokenHash = QByteArray(32, 'h');
    first.familyId = family.id;
    first.issuedAt = T0;
    first.expiresAt = family.expiresAt;
    QVERIFY(tokens.createFamily(family, first));

    QVERIFY(m_repository->remove(application.clientId));
    QVERIFY(!m_repository->find(application.clientId)->has_value());
    QVERIFY(!tokens.findFamily(family.id)->has_value());
    QVERIFY(!tokens.findRefreshToken(first.tokenHash)->has_value());
}

void TestApplicationRepository::removeOfUnknownIsNotFound()
{
    const Result<void> removed = m_repository->remove(QStringLiteral("nobody"));
    QVERIFY(!removed);
    QCOMPARE(removed.error().code(), Error::Code::NotFound);
}

void TestApplicationRepository::touchLastUsedAndRevokeAll()
{
    const Application application = minimalApplication(QStringLiteral("client"), T0);
    QVERIFY(m_repository->insert(application));
    QVERIFY(m_repository->touchLastUsed(application.clientId, T0.addSecs(10)));
    QVERIFY(m_repository->setRevokedAllAt(application.clientId, T0.addSecs(20)));
    const Application stored = **m_repository->find(application.clientId);
    QCOMPARE(stored.lastUsedAt, T0.addSecs(10));
    QCOMPARE(stored.revokedAllAt, T0.addSecs(20));
    QCOMPARE(stored.name, application.name);

    QCOMPARE(m_repository->touchLastUsed(QStringLiteral("nobody"), T0).error().code(), Error::Code::NotFound);
    QCOMPARE(m_repository->setRevokedAllAt(QStringLiteral("nobody"), T0).error().code(), Error::Code::NotFound);
}

void TestApplicationRepository::failureIsStorageUnavailableWithoutSql()
{
    {
        QSqlQuery query(m_db.database().connection());
        // PostgreSQL drops the families' foreign key along (CASCADE); SQLite has no such keyword.
        QVERIFY(query.exec(TestDatabase::usesPostgres() ? QStringLiteral("DROP TABLE applications CASCADE")
                                                        : QStringLiteral("DROP TABLE applications")));
    }
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("inserting an application failed")));
    const Result<void> inserted = m_repository->insert(fullApplication());
    QVERIFY(!inserted);
    QCOMPARE(inserted.error().code(), Error::Code::StorageUnavailable);
    QVERIFY(!inserted.error().message().contains(QLatin1String("applications")));
    QVERIFY(!inserted.error().message().contains(QLatin1String("INSERT")));
    QVERIFY(!inserted.error().message().contains(fullApplication().clientId));
}

QTEST_GUILESS_MAIN(TestApplicationRepository)
#include "tst_applicationrepository.moc"
