// Identity providers and linked identities in the database (migration 4), on both engines.

#include "domain/application.h"
#include "storage/applicationrepository.h"
#include "storage/database.h"
#include "storage/identityproviderrepository.h"
#include "storage/linkedidentityrepository.h"
#include "storage/schema.h"
#include "storage/testuserrepository.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QTest>
#include <memory>

using namespace authdesk;

namespace {

const QDateTime T0(QDate(2026, 11, 28), QTime(10, 0, 0, 250), Qt::UTC);

IdentityProvider makeProvider(const QString &idpId)
{
    IdentityProvider provider;
    provider.idpId = idpId;
    provider.name = QStringLiteral("Provider ") + idpId;
    provider.issuer = QStringLiteral("https://idp.example/") + idpId;
    provider.clientId = QStringLiteral("client-") + idpId;
    provider.createdAt = T0;
    return provider;
}

TestUser makeUser(const QString &id, const QString &email)
{
    TestUser user;
    user.id = id;
    user.email = email;
    user.displayName = email;
    user.createdAt = T0;
    return user;
}

} // namespace

class TestIdentityRepositories : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void providerRoundTripsEveryField();
    void providerIdIsUnique();
    void updateAndRemoveProvider();
    void linksFindAndUnlink();
    void linkPairIsUnique();
    void removingAProviderOrUserRemovesItsLinks();
    void migrationEnablesAuthWithIdpForMarketplaceApps();

private:
    std::unique_ptr<TestDatabase> m_testDatabase;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<IdentityProviderRepository> m_providers;
    std::unique_ptr<LinkedIdentityRepository> m_links;
    std::unique_ptr<TestUserRepository> m_users;
};

void TestIdentityRepositories::init()
{
    m_testDatabase = std::make_unique<TestDatabase>();
    QVERIFY2(m_testDatabase->isValid(), qPrintable(m_testDatabase->error()));
    Result<std::unique_ptr<Database>> opened = m_testDatabase->open();
    QVERIFY2(opened.ok(), opened ? "" : qPrintable(opened.error().message()));
    m_database = std::move(opened).value();
    m_providers = std::make_unique<IdentityProviderRepository>(*m_database);
    m_links = std::make_unique<LinkedIdentityRepository>(*m_database);
    m_users = std::make_unique<TestUserRepository>(*m_database);
    QVERIFY(m_users->insert(makeUser(QStringLiteral("u1"), QStringLiteral("one@example.com"))));
    QVERIFY(m_users->insert(makeUser(QStringLiteral("u2"), QStringLiteral("two@example.com"))));
}

void TestIdentityRepositories::cleanup()
{
    m_users.reset();
    m_links.reset();
    m_providers.reset();
    m_database.reset();
    m_testDatabase.reset();
}

void TestIdentityRepositories::providerRoundTripsEveryField()
{
    IdentityProvider bare = makeProvider(QStringLiteral("bare"));
    IdentityProvider full = makeProvider(QStringLiteral("full"));
    full.trustedClientIds = { QStringLiteral("ios"), QStringLiteral("android") };
    full.jwksUri = QStringLiteral("https://idp.example/keys");
    QVERIFY(m_providers->insert(bare));
    QVERIFY(m_providers->insert(full));
    QCOMPARE(**m_providers->find(QStringLiteral("bare")), bare);
    QCOMPARE(**m_providers->find(QStringLiteral("full")), full);
    QVERIFY(!m_providers->find(QStringLiteral("none"))->has_value());
    const Result<QList<IdentityProvider>> all = m_providers->all();
    QVERIFY(all);
    QCOMPARE(*all, (QList<IdentityProvider> { bare, full }));
}

void TestIdentityRepositories::providerIdIsUnique()
{
    QVERIFY(m_providers->insert(makeProvider(QStringLiteral("p"))));
    const Result<void> again = m_providers->insert(makeProvider(QStringLiteral("p")));
    QVERIFY(!again);
    QCOMPARE(again.error().code(), Error::Code::Conflict);
}

void TestIdentityRepositories::updateAndRemoveProvider()
{
    IdentityProvider provider = makeProvider(QStringLiteral("p"));
    QVERIFY(m_providers->insert(provider));
    provider.name = QStringLiteral("Renamed");
    provider.trustedClientIds = { QStringLiteral("t") };
    provider.jwksUri = QStringLiteral("https://idp.example/jwks");
    QVERIFY(m_providers->update(provider));
    QCOMPARE(**m_providers->find(QStringLiteral("p")), provider);
    QCOMPARE(m_providers->update(makeProvider(QStringLiteral("none"))).error().code(), Error::Code::NotFound);
    QVERIFY(m_providers->remove(QStringLiteral("p")));
    QCOMPARE(m_providers->remove(QStringLiteral("p")).error().code(), Error::Code::NotFound);
}

void TestIdentityRepositories::linksFindAndUnlink()
{
    QVERIFY(m_providers->insert(makeProvider(QStringLiteral("a"))));
    QVERIFY(m_providers->insert(makeProvider(QStringLiteral("b"))));
    const LinkedIdentity first { QStringLiteral("b"), QStringLiteral("sub-1"), QStringLiteral("u1"), T0 };
    const LinkedIdentity second { QStringLiteral("a"), QStringLiteral("sub-9"), QStringLiteral("u1"), T0.addSecs(5) };
    QVERIFY(m_links->link(first));
    QVERIFY(m_links->link(second));
    QCOMPARE(**m_links->find(QStringLiteral("b"), QStringLiteral("sub-1")), first);
    QVERIFY(!m_links->find(QStringLiteral("a"), QStringLiteral("sub-1"))->has_value());
    QCOMPARE(*m_links->forUser(QStringLiteral("u1")), (QList<LinkedIdentity> { second, first }));
    QVERIFY(m_links->forUser(QStringLiteral("u2"))->isEmpty());
    QVERIFY(m_links->unlink(QStringLiteral("b"), QStringLiteral("sub-1")));
    QCOMPARE(m_links->unlink(QStringLiteral("b"), QStringLiteral("sub-1")).error().code(), Error::Code::NotFound);
    QCOMPARE(*m_links->forUser(QStringLiteral("u1")), QList<LinkedIdentity> { second });
}

void TestIdentityRepositories::linkPairIsUnique()
{
    QVERIFY(m_providers->insert(makeProvider(QStringLiteral("a"))));
    QVERIFY(m_links->link({ QStringLiteral("a"), QStringLiteral("sub"), QStringLiteral("u1"), T0 }));
    const Result<void> again = m_links->link({ QStringLiteral("a"), QStringLiteral("sub"), QStringLiteral("u2"), T0 });
    QVERIFY(!again);
    QCOMPARE(again.error().code(), Error::Code::Conflict);
    const Result<void> noProvider
        = m_links->link({ QStringLiteral("nobody"), QStringLiteral("sub"), QStringLiteral("u1"), T0 });
    QVERIFY(!noProvider);
    QCOMPARE(noProvider.error().code(), Error::Code::NotFound);
}

void TestIdentityRepositories::removingAProviderOrUserRemovesItsLinks()
{
    QVERIFY(m_providers->insert(makeProvider(QStringLiteral("a"))));
    QVERIFY(m_providers->insert(makeProvider(QStringLiteral("b"))));
    QVERIFY(m_links->link({ QStringLiteral("a"), QStringLiteral("s1"), QStringLiteral("u1"), T0 }));
    QVERIFY(m_links->link({ QStringLiteral("b"), QStringLiteral("s2"), QStringLiteral("u2"), T0 }));
    QVERIFY(m_providers->remove(QStringLiteral("a")));
    QVERIFY(m_links->forUser(QStringLiteral("u1"))->isEmpty());
    QVERIFY(m_users->remove(QStringLiteral("u2")));
    QVERIFY(!m_links->find(QStringLiteral("b"), QStringLiteral("s2"))->has_value());
}

void TestIdentityRepositories::migrationEnablesAuthWithIdpForMarketplaceApps()
{
    // A database made before migration 4, with one application of each type and a user.
    m_users.reset();
    m_links.reset();
    m_providers.reset();
    m_database.reset();
    m_testDatabase = std::make_unique<TestDatabase>();
    QList<Migration> before = schema::migrations();
    while (!before.isEmpty() && before.constLast().version >= 4)
        before.removeLast();
    Result<std::unique_ptr<Database>> old = m_testDatabase->open(before);
    QVERIFY2(old.ok(), old ? "" : qPrintable(old.error().message()));
    {
        ApplicationRepository applications(**old);
        for (ApplicationType type : { ApplicationType::Marketplace, ApplicationType::Integration }) {
            Application app;
            app.clientId = applicationTypeName(type);
            app.name = applicationTypeName(type);
            app.type = type;
            app.settings = GrantSettings::defaultsFor(type);
            app.settings.enabledGrants.removeAll(GrantType::AuthWithIdp); // as an older AuthDesk stored it
            app.createdAt = T0;
            QVERIFY(applications.insert(app));
        }
        // Written as the schema before migration 4 has it: there is no email_verified column yet.
        QSqlQuery insert((*old)->connection());
        QVERIFY(insert.exec(QStringLiteral("INSERT INTO test_users (id, email, email_key, display_name, password_hash,"
                                           " created_at) VALUES ('old', 'old@example.com', 'old@example.com', 'Old',"
                                           " '', 0)")));
    }
    old->reset();
    Result<std::unique_ptr<Database>> migrated = m_testDatabase->open();
    QVERIFY2(migrated.ok(), migrated ? "" : qPrintable(migrated.error().message()));
    ApplicationRepository applications(**migrated);
    QVERIFY((*applications.find(QStringLiteral("marketplace")))->settings.isEnabled(GrantType::AuthWithIdp));
    QVERIFY(!(*applications.find(QStringLiteral("integration")))->settings.isEnabled(GrantType::AuthWithIdp));
    QVERIFY((*TestUserRepository(**migrated).findById(QStringLiteral("old")))->emailVerified);
}

QTEST_GUILESS_MAIN(TestIdentityRepositories)
#include "tst_identityrepositories.moc"
