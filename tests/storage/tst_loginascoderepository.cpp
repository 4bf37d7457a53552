#include "storage/applicationrepository.h"
#include "storage/database.h"
#include "storage/loginascoderepository.h"
#include "storage/testuserrepository.h"
#include "storage/tokenrepository.h"
#include "testdatabase.h"

#include <QSemaphore>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <atomic>
#include <memory>
#include <vector>

using namespace authdesk;

namespace {

const QDateTime T0(QDate(2026, 11, 28), QTime(10, 0, 0), Qt::UTC);
const QString ClientId = QStringLiteral("8d7a7b4c-9a59-4c35-9a0b-3a7f3b6c2e11");
const QString JoeId = QStringLiteral("joe");

LoginAsCode makeCode(const QByteArray &hash, LoginAsCode::Kind kind = LoginAsCode::Kind::Code)
{
    LoginAsCode code;
    code.hash = hash.leftJustified(32, '.');
    code.kind = kind;
    code.clientId = ClientId;
    code.userId = JoeId;
    code.redirectUri = QStringLiteral("http://localhost:3000/api/login-as");
    code.codeChallenge = QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    code.state = QStringLiteral("state-1");
    code.createdAt = T0;
    code.expiresAt = T0.addSecs(60);
    return code;
}

} // namespace

class TestLoginAsCodeRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void firstUseReturnsTheBoundRequest();
    void secondUseIsAgainWithTheSession();
    void unknownAndOtherKindAreUnknown();
    void onlyHashesAreStored();
    void concurrentUsesHaveOneWinner();
    void oldRowsAreForgottenOnInsert();
    void deletingTheUserDeletesItsCodes();
    void loginAsFamilyWithoutRefreshTokens();

private:
    OpenedTestDatabase m_db;
    std::unique_ptr<LoginAsCodeRepository> m_codes;
};

void TestLoginAsCodeRepository::init()
{
    const QString failed = m_db.open();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    m_codes = std::make_unique<LoginAsCodeRepository>(m_db.database());

    Application application;
    application.clientId = ClientId;
    application.name = QStringLiteral("Web shop");
    application.settings = GrantSettings::defaultsFor(ApplicationType::Marketplace);
    application.createdAt = T0;
    application.loginAs.marketplaceUrl = QStringLiteral("http://localhost:3000");
    application.loginAs.environment = MarketplaceEnvironment::Live;
    application.loginAs.autoApprove = true;
    ApplicationRepository applications(m_db.database());
    QVERIFY(applications.insert(application));
    // The login-as settings round-trip with the rest of the application.
    const Result<std::optional<Application>> found = applications.find(ClientId);
    QVERIFY(found && found->has_value());
    QCOMPARE((*found)->loginAs, application.loginAs);

    TestUser user;
    user.id = JoeId;
    user.email = QStringLiteral("joe@example.com");
    user.displayName = QStringLiteral("Joe");
    user.passwordHash = QByteArrayLiteral("$argon2id$x");
    user.createdAt = T0;
    QVERIFY(TestUserRepository(m_db.database()).insert(user));
}

void TestLoginAsCodeRepository::cleanup()
{
    m_codes.reset();
    m_db.close();
}

void TestLoginAsCodeRepository::firstUseReturnsTheBoundRequest()
{
    const LoginAsCode code = makeCode("a");
    QVERIFY(m_codes->insert(code));
    const Result<LoginAsCodeRepository::Consumed> used
        = m_codes->consume(code.hash, LoginAsCode::Kind::Code, T0.addSecs(5), QStringLiteral("family-1"));
    QVERIFY(used);
    QCOMPARE(used->use, LoginAsCodeRepository::Use::First);
    QCOMPARE(used->code, code); // as stored before this use: unused, no session
}

void TestLoginAsCodeRepository::secondUseIsAgainWithTheSession()
{
    const LoginAsCode code = makeCode("a");
    QVERIFY(m_codes->insert(code));
    QVERIFY(m_codes->consume(code.hash, LoginAsCode::Kind::Code, T0.addSecs(5), QStringLiteral("family-1")));
    const Result<LoginAsCodeRepository::Consumed> again
        = m_codes->consume(code.hash, LoginAsCode::Kind::Code, T0.addSecs(9), QStringLiteral("family-2"));
    QVERIFY(again);
    QCOMPARE(again->use, LoginAsCodeRepository::Use::Again);
    QCOMPARE(again->code.familyId, QStringLiteral("family-1"));
    QCOMPARE(again->code.usedAt, T0.addSecs(5));
}

void TestLoginAsCodeRepository::unknownAndOtherKindAreUnknown()
{
    const LoginAsCode form = makeCode("f", LoginAsCode::Kind::Form);
    QVERIFY(m_codes->insert(form));
    // A form token is no code, and a code no form token.
    const Result<LoginAsCodeRepository::Consumed> asCode = m_codes->consume(form.hash, LoginAsCode::Kind::Code, T0);
    QVERIFY(asCode);
    QCOMPARE(asCode->use, LoginAsCodeRepository::Use::Unknown);
    const Result<LoginAsCodeRepository::Consumed> unknown
        = m_codes->consume(QByteArray(32, 'z'), LoginAsCode::Kind::Form, T0);
    QVERIFY(unknown);
    QCOMPARE(unknown->use, LoginAsCodeRepository::Use::Unknown);
    const Result<LoginAsCodeRepository::Consumed> asForm = m_codes->consume(form.hash, LoginAsCode::Kind::Form, T0);
    QVERIFY(asForm);
    QCOMPARE(asForm->use, LoginAsCodeRepository::Use::First);
}

void TestLoginAsCodeRepository::onlyHashesAreStored()
{
    QVERIFY(m_codes->insert(makeCode("a")));
    const QString name = QStringLiteral("independent");
    {
        QSqlDatabase db = m_db.data().addIndependentConnection(name);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT hash, kind, redirect_uri FROM login_as_codes")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toByteArray(), makeCode("a").hash);
        QCOMPARE(query.value(1).toString(), QStringLiteral("code"));
        QVERIFY(!query.next());
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void TestLoginAsCodeRepository::concurrentUsesHaveOneWinner()
{
    const LoginAsCode code = makeCode("race");
    QVERIFY(m_codes->insert(code));
    constexpr int Threads = 6;
    std::atomic_int first = 0;
    std::atomic_int again = 0;
    std::atomic_int failed = 0;
    QSemaphore ready;
    QSemaphore go;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < Threads; ++i) {
        threads.emplace_back(QThread::create([&, i] {
            LoginAsCodeRepository codes(m_db.database());
            ready.release();
            go.acquire();
            const Result<LoginAsCodeRepository::Consumed> used
                = codes.consume(code.hash, LoginAsCode::Kind::Code, T0.addSecs(1), QStringLiteral("family-%1").arg(i));
            if (!used)
                ++failed;
            else if (used->use == LoginAsCodeRepository::Use::First)
                ++first;
            else if (used->use == LoginAsCodeRepository::Use::Again)
                ++again;
        }));
        threads.back()->start();
    }
    ready.acquire(Threads);
    go.release(Threads);
    for (auto &thread : threads)
        QVERIFY(thread->wait(30000));
    QCOMPARE(failed.load(), 0);
    QCOMPARE(first.load(), 1);
    QCOMPARE(again.load(), Threads - 1);
}

void TestLoginAsCodeRepository::oldRowsAreForgottenOnInsert()
{
    QVERIFY(m_codes->insert(makeCode("old")));
    LoginAsCode recent = makeCode("recent");
    // Kept while the session an old code started may still be live...
    recent.createdAt = T0.addSecs(60 + LoginAsCodeRepository::KeepAfterExpirySeconds - 1);
    recent.expiresAt = recent.createdAt.addSecs(60);
    QVERIFY(m_codes->insert(recent));
    Result<LoginAsCodeRepository::Consumed> old = m_codes->consume(makeCode("old").hash, LoginAsCode::Kind::Code, T0);
    QVERIFY(old);
    QCOMPARE(old->use, LoginAsCodeRepository::Use::First);
    // ...and forgotten after that.
    LoginAsCode later = makeCode("later");
    later.createdAt = T0.addSecs(60 + LoginAsCodeRepository::KeepAfterExpirySeconds + 1);
    later.expiresAt = later.createdAt.addSecs(60);
    QVERIFY(m_codes->insert(later));
    old = m_codes->consume(makeCode("old").hash, LoginAsCode::Kind::Code, T0);
    QVERIFY(old);
    QCOMPARE(old->use, LoginAsCodeRepository::Use::Unknown);
}

void TestLoginAsCodeRepository::deletingTheUserDeletesItsCodes()
{
    QVERIFY(m_codes->insert(makeCode("a")));
    QVERIFY(TestUserRepository(m_db.database()).remove(JoeId));
    const Result<LoginAsCodeRepository::Consumed> used
        = m_codes->consume(makeCode("a").hash, LoginAsCode::Kind::Code, T0);
    QVERIFY(used);
    QCOMPARE(used->use, LoginAsCodeRepository::Use::Unknown);
    LoginAsCode orphan = makeCode("b");
    orphan.userId = QStringLiteral("nobody");
    const Result<void> inserted = m_codes->insert(orphan);
    QVERIFY(!inserted);
    QCOMPARE(inserted.error().code(), Error::Code::NotFound);
}

void TestLoginAsCodeRepository::loginAsFamilyWithoutRefreshTokens()
{
    TokenRepository tokens(m_db.database());
    TokenFamily family;
    family.id = QStringLiteral("family-1");
    family.clientId = ClientId;
    family.userId = JoeId;
    family.scope = QStringLiteral("user:limited");
    family.createdAt = T0;
    family.lastUsedAt = T0;
    family.expiresAt = T0.addSecs(1800);
    family.loginAs = true;
    QVERIFY(tokens.createFamily(family));
    const Result<std::optional<TokenFamily>> found = tokens.findFamily(family.id);
    QVERIFY(found && found->has_value());
    QCOMPARE(**found, family);
    const Result<std::optional<RefreshTokenRecord>> head = tokens.head(family.id);
    QVERIFY(head);
    QVERIFY(!head->has_value());
    const Result<bool> revoked = tokens.revokeFamily(family.id, T0.addSecs(10), QStringLiteral("admin:ops"), {});
    QVERIFY(revoked && *revoked);
}

QTEST_GUILESS_MAIN(TestLoginAsCodeRepository)
#include "tst_loginascoderepository.moc"
