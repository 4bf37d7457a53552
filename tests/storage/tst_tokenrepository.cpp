#include "storage/applicationrepository.h"
#include "storage/database.h"
#include "storage/testuserrepository.h"
#include "storage/tokenrepository.h"
#include "testdatabase.h"

#include <QRegularExpression>
#include <QSemaphore>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <memory>
#include <vector>

using namespace authdesk;

namespace {

const QDateTime T0(QDate(2026, 11, 28), QTime(10, 0, 0, 500), Qt::UTC);
const QString MarketplaceId = QStringLiteral("8d7a7b4c-9a59-4c35-9a0b-3a7f3b6c2e11");
const QString IntegrationId = QStringLiteral("2b0e7f0e-6c1d-4c8e-8f7a-0d9b1c2a3e44");
const QString JoeId = QStringLiteral("joe");
const QString AnnId = QStringLiteral("ann");

QByteArray hashOf(const QString &name)
{
    return name.toUtf8().leftJustified(32, '.');
}

TokenFamily makeFamily(const QString &id, const QString &clientId, const QString &userId, const QDateTime &createdAt)
{
    TokenFamily family;
    family.id = id;
    family.clientId = clientId;
    family.userId = userId;
    family.scope = userId.isEmpty() ? QStringLiteral("integ") : QStringLiteral("user");
    family.createdAt = createdAt;
    family.lastUsedAt = createdAt;
    family.expiresAt = createdAt.addDays(180);
    return family;
}

RefreshTokenRecord makeToken(const QString &familyId, int generation, const QDateTime &issuedAt)
{
    RefreshTokenRecord token;
    token.tokenHash = hashOf(familyId + QLatin1Char('#') + QString::number(generation));
    token.familyId = familyId;
    token.generation = generation;
    token.issuedAt = issuedAt;
    token.expiresAt = issuedAt.addDays(180);
    return token;
}

QStringList idsOf(const QList<TokenFamily> &families)
{
    QStringList ids;
    for (const TokenFamily &family : families)
        ids << family.id;
    return ids;
}

} // namespace

class TestTokenRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createFamilyRoundTrips_data();
    void createFamilyRoundTrips();
    void createFamilyConflictsAndMissingOwners();
    void findUnknownIsEmpty();
    void rotateMovesTheHead();
    void familyKeepsItsClients();
    void rotateTwiceIsNotHead();
    void rotateOfRevokedFamilyIsNotHead();
    void rotateOfUnknownTokenIsNotHead();
    void rotateOfBannedUserChangesNothing();
    void findForRefreshReadsTokenFamilyAndUser();
    void faultAtEachStepLeavesTheOldHead_data();
    void faultAtEachStepLeavesTheOldHead();
    void concurrentRotationsHaveOneWinner();
    void revokeFamily();
    void revokeFamilyRecordsReuseOfRevokedFamily();
    void revokeFamiliesOfUserAndClient();
    void familiesFilterByState_data();
    void familiesFilterByState();
    void familiesFilterByOwner();
    void familiesPageNewestFirst();
    void postgresPreparesARotationOncePerSession();
    void postgresPreparesAgainAfterLosingTheSession();
    void postgresStatementFailingToPrepareIsNotRun();

private:
    // PostgreSQL: the named statements of the calling thread's session (its connection), by text.
    QHash<QString, QString> sessionStatements();
    // Families f1..f5 in several states, for the filter tests.
    void insertFamiliesInEveryState();
    bool setBanned(const QString &userId, bool banned);

    OpenedTestDatabase m_db;
    std::unique_ptr<TokenRepository> m_repository;
};

void TestTokenRepository::init()
{
    const QString failed = m_db.open();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    m_repository = std::make_unique<TokenRepository>(m_db.database());

    ApplicationRepository applications(m_db.database());
    for (const auto &[id, type] : { std::pair(MarketplaceId, ApplicationType::Marketplace),
             std::pair(IntegrationId, ApplicationType::Integration) }) {
        Application application;
        application.clientId = id;
        application.name = id;
        application.type = type;
        application.settings = GrantSettings::defaultsFor(type);
        application.createdAt = T0;
        QVERIFY(applications.insert(application));
    }
    TestUserRepository users(m_db.database());
    for (const auto &[id, email] :
        { std::pair(JoeId, QStringLiteral("Joe@Example.com")), std::pair(AnnId, QStringLiteral("ann_x@other.test")) }) {
        TestUser user;
        user.id = id;
        user.email = email;
        user.displayName = id;
        user.passwordHash = QByteArrayLiteral("$argon2id$x");
        user.createdAt = T0;
        QVERIFY(users.insert(user));
    }
}

void TestTokenRepository::cleanup()
{
    m_repository.reset();
    m_db.close();
}

void TestTokenRepository::createFamilyRoundTrips_data()
{
    QTest::addColumn<TokenFamily>("family");
    QTest::addRow("user family") << makeFamily(QStringLiteral("f"), MarketplaceId, JoeId, T0);
    QTest::addRow("integration family, no user") << makeFamily(QStringLiteral("f"), IntegrationId, QString(), T0);
    TokenFamily revoked = makeFamily(QStringLiteral("f"), MarketplaceId, AnnId, T0);
    revoked.lastUsedAt = T0.addSecs(5);
    revoked.revokedAt = T0.addSecs(6);
    revoked.revokedBy = QStringLiteral("admin:ops");
    revoked.revokeReason = QStringLiteral("lost laptop");
    revoked.reuseDetected = true;
    QTest::addRow("every field set") << revoked;
}

void TestTokenRepository::createFamilyRoundTrips()
{
    QFETCH(TokenFamily, family);
    RefreshTokenRecord first = makeToken(family.id, 0, family.createdAt);
    QVERIFY(m_repository->createFamily(family, first));

    const Result<std::optional<TokenFamily>> found = m_repository->findFamily(family.id);
    QVERIFY(found);
    QVERIFY(found->has_value());
    const TokenFamily &stored = **found;
    QCOMPARE(stored.id, family.id);
    QCOMPARE(stored.clientId, family.clientId);
    QCOMPARE(stored.userId, family.userId);
    QCOMPARE(stored.scope, family.scope);
    QCOMPARE(stored.createdAt, family.createdAt);
    QCOMPARE(stored.lastUsedAt, family.lastUsedAt);
    QCOMPARE(stored.expiresAt, family.expiresAt);
    QCOMPARE(stored.revokedAt, family.revokedAt);
    QCOMPARE(stored.revokedAt.isNull(), family.revokedAt.isNull());
    QCOMPARE(stored.revokedBy, family.revokedBy);
    QCOMPARE(stored.revokeReason, family.revokeReason);
    QCOMPARE(stored.reuseDetected, family.reuseDetected);
    QVERIFY(stored == family);

    const Result<std::optional<RefreshTokenRecord>> token = m_repository->findRefreshToken(first.tokenHash);
    QVERIFY(token);
    QVERIFY(token->has_value());
    QVERIFY(**token == first);
    QVERIFY((*token)->isHead());
    QVERIFY((*token)->sealedSuccessor.isEmpty());
    QVERIFY(**m_repository->head(family.id) == first);
}

void TestTokenRepository::createFamilyConflictsAndMissingOwners()
{
    const TokenFamily family = makeFamily(QStringLiteral("f"), MarketplaceId, JoeId, T0);
    QVERIFY(m_repository->createFamily(family, makeToken(family.id, 0, T0)));

    const Result<void> again = m_repository->createFamily(family, makeToken(QStringLiteral("other"), 0, T0));
    QVERIFY(!again);
    QCOMPARE(again.error().code(), Error::Code::Conflict);

    // A taken token hash rolls back the family that came with it.
    const TokenFamily second = makeFamily(QStringLiteral("g"), MarketplaceId, JoeId, T0);
    RefreshTokenRecord sameHash = makeToken(second.id, 0, T0);
    sameHash.tokenHash = makeToken(family.id, 0, T0).tokenHash;
    QCOMPARE(m_repository->createFamily(second, sameHash).error().code(), Error::Code::Conflict);
    QVERIFY(!m_repository->findFamily(second.id)->has_value());

    const TokenFamily orphan = makeFamily(QStringLiteral("h"), QStringLiteral("no-such-client"), JoeId, T0);
    QCOMPARE(m_repository->createFamily(orphan, makeToken(orphan.id, 0, T0)).error().code(), Error::Code::NotFound);
    const TokenFamily noUser = makeFamily(QStringLiteral("i"), MarketplaceId, QStringLiteral("no-such-user"), T0);
    QCOMPARE(m_repository->createFamily(noUser, makeToken(noUser.id, 0, T0)).error().code(), Error::Code::NotFound);
}

void TestTokenRepository::findUnknownIsEmpty()
{
    QVERIFY(!m_repository->findFamily(QStringLiteral("nope"))->has_value());
    QVERIFY(!m_repository->findRefreshToken(hashOf(QStringLiteral("nope")))->has_value());
    QVERIFY(!m_repository->head(QStringLiteral("nope"))->has_value());
}

void TestTokenRepository::rotateMovesTheHead()
{
    const TokenFamily family = makeFamily(QStringLiteral("f"), MarketplaceId, JoeId, T0);
    const RefreshTokenRecord first = makeToken(family.id, 0, T0);
    QVERIFY(m_repository->createFamily(family, first));

    const QDateTime now = T0.addSecs(60);
    const RefreshTokenRecord next = makeToken(family.id, 1, now);
    const QByteArray sealed = QByteArrayLiteral("sealed successor");
    const Result<TokenRepository::RotateOutcome> outcome = m_repository->rotate(first.tokenHash, next, sealed, now);
    QVERIFY(outcome);
    QCOMPARE(*outcome, TokenRepository::RotateOutcome::Rotated);

    const RefreshTokenRecord retired = **m_repository->findRefreshToken(first.tokenHash);
    QCOMPARE(retired.retiredAt, now);
    QCOMPARE(retired.sealedSuccessor, sealed);
    QVERIFY(!retired.isHead());
    QVERIFY(**m_repository->head(family.id) == next);
    const TokenFamily stored = **m_repository->findFamily(family.id);
    QCOMPARE(stored.lastUsedAt, now);
    QCOMPARE(stored.expiresAt, next.expiresAt);
    QCOMPARE(stored.createdAt, family.createdAt);

    // The new head rotates in turn.
    const RefreshTokenRecord third = makeToken(family.id, 2, now.addSecs(60));
    QCOMPARE(
        *m_repository->rotate(next.tokenHash, third, sealed, now.addSecs(60)), TokenRepository::RotateOutcome::Rotated);
    QVERIFY(**m_repository->head(family.id) == third);
}

void TestTokenRepository::familyKeepsItsClients()
{
    // Where the session was started from is kept as it was; each refresh records where it came from.
    TokenFamily family = makeFamily(QStringLiteral("f"), MarketplaceId, JoeId, T0);
    family.loginAddress = QStringLiteral("192.0.2.7");
    family.loginUserAgent = QStringLiteral("Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0");
    const RefreshTokenRecord first = makeToken(family.id, 0, T0);
    QVERIFY(m_repository->createFamily(family, first));
    TokenFamily stored = **m_repository->findFamily(family.id);
    QCOMPARE(stored.loginAddress, family.loginAddress);
    QCOMPARE(stored.loginUserAgent, family.loginUserAgent);
    QVERIFY(stored.refreshAddress.isEmpty());
    QVERIFY(stored.refreshUserAgent.isEmpty());

    const QDateTime now = T0.addSecs(90);
    const RefreshTokenRecord next = makeToken(family.id, 1, now);
    QCOMPARE(*m_repository->rotate(first.tokenHash, next, QByteArrayLiteral("sealed"), now,
                 { QStringLiteral("2001:db8::1"), QStringLiteral("okhttp/4.12.0") }),
        TokenRepository::RotateOutcome::Rotated);
    stored = **m_repository->findFamily(family.id);
    QCOMPARE(stored.loginAddress, family.loginAddress);
    QCOMPARE(stored.loginUserAgent, family.loginUserAgent);
    QCOMPARE(stored.refreshAddress, QStringLiteral("2001:db8::1"));
    QCOMPARE(stored.refreshUserAgent, QStringLiteral("okhttp/4.12.0"));
    QCOMPARE(stored.lastUsedAt, now);

    // The list the Sessions page reads has them too.
    FamilyFilter filter;
    filter.now = now;
    const Result<QList<TokenFamily>> listed = m_repository->families(filter, 10, 0);
    QVERIFY(listed && listed->size() == 1);
    QCOMPARE(listed->first().refreshAddress, QStringLiteral("2001:db8::1"));
    QCOMPARE(listed->first().loginUserAgent, family.loginUserAgent);
}

void TestTokenRepository::rotateTwiceIsNotHead()
{
    const TokenFamily family = makeFamily(QStringLiteral("f"), MarketplaceId, JoeId, T0);
    const RefreshTokenRecord first = makeToken(family.id, 0, T0);
    QVERIFY(m_repository->createFamily(family, first));
    const RefreshTokenRecord next = makeToken(family.id, 1, T0);
    QCOMPARE(*m_repository->rotate(first.tokenHash, next, QByteArrayLiteral("s1"), T0.addSecs(1)),
        TokenRepository::RotateOutcome::Rotated);

    RefreshTokenRecord other = makeToken(family.id, 1, T0);
    other.tokenHash = hashOf(QStringLiteral("another successor"));
    const Result<TokenRepository::RotateOutcome> again
        = m_repository->rotate(first.tokenHash, other, QByteArrayLiteral("s2"), T0.addSecs(2));
    QVERIFY(again);
    QCOMPARE(*again, TokenRepository::RotateOutcome::NotHead);
    QVERIFY(!m_repository->findRefreshToken(other.tokenHash)->has_value());
    QVERIFY(**m_repository->head(family.id) == next);
    const RefreshTokenRecord retired = **m_repository->findRefreshToken(first.tokenHash);
    QCOMPARE(retired.retiredAt, T0.addSecs(1)); // the first rotation's record stays
    QCOMPARE(retired.sealedSuccessor, QByteArrayLiteral("s1"));
    QCOMPARE((*m_repository->findFamily(family.id))->lastUsedAt, T0.addSecs(1));
}

void TestTokenRepository::rotateOfRevokedFamilyIsNotHead()
{
    const TokenFamily family = makeFamily(QStringLiteral("f"), MarketplaceId, JoeId, T0);
    const RefreshTokenRecord first = makeToken(family.id, 0, T0);
    QVERIFY(m_repository->createFamily(family, first));
    QVERIFY(*m_repository->revokeFamily(family.id, T0.addSecs(1), QStringLiteral("user"), QStringLiteral("logout")));

    const RefreshTokenRecord next = makeToken(family.id, 1, T0);
    QCOMPARE(*m_repository->rotate(first.tokenHash, next, QByteArrayLiteral("s"), T0.addSecs(2)),
        TokenRepository::RotateOutcome::NotHead);
    QVERIFY(!m_repository->findRefreshToken(next.tokenHash)->has_value());
    QVERIFY(**m_repository->head(family.id) == first);
}

void TestTokenRepository::rotateOfUnknownTokenIsNotHead()
{
    const RefreshTokenRecord next = makeToken(QStringLiteral("f"), 1, T0);
    QCOMPARE(*m_repository->rotate(hashOf(QStringLiteral("unknown")), next, QByteArrayLiteral("s"), T0),
        TokenRepository::RotateOutcome::NotHead);
}

bool TestTokenRepository::setBanned(const QString &userId, bool banned)
{
    TestUserRepository users(m_db.database());
    const Result<std::optional<TestUser>> user = users.findById(userId);
    if (!user || !user->has_value())
        return false;
    TestUser changed = **user;
    changed.banned = banned;
    return bool(users.update(changed));
}

void TestTokenRepository::rotateOfBannedUserChangesNothing()
{
    const TokenFamily family = makeFamily(QStringLiteral("f"), MarketplaceId, JoeId, T0);
    const RefreshTokenRecord first = makeToken(family.id, 0, T0);
    QVERIFY(m_repository->createFamily(family, first));
    QVERIFY(setBanned(JoeId, true));

    const RefreshTokenRecord next = makeToken(family.id, 1, T0);
    QCOMPARE(*m_repository->rotate(first.tokenHash, next, QByteArrayLiteral("s"), T0.addSecs(2)),
        TokenRepository::RotateOutcome::UserBanned);
    QVERIFY(!m_repository->findRefreshToken(next.tokenHash)->has_value());
    QVERIFY(**m_repository->head(family.id) == first);

    // Lifted, the same token rotates; a retired one is not the head, banned or not.
    QVERIFY(setBanned(JoeId, false));
    QCOMPARE(*m_repository->rotate(first.tokenHash, next, QByteArrayLiteral("s"), T0.addSecs(3)),
        TokenRepository::RotateOutcome::Rotated);
    QVERIFY(setBanned(JoeId, true));
    QCOMPARE(*m_repository->rotate(first.tokenHash, makeToken(family.id, 2, T0), QByteArrayLiteral("s"), T0.addSecs(4)),
        TokenRepository::RotateOutcome::NotHead);
}

void TestTokenRepository::findForRefreshReadsTokenFamilyAndUser()
{
    QVERIFY(!m_repository->findForRefresh(hashOf(QStringLiteral("nope")))->has_value());

    const TokenFamily family = makeFamily(QStringLiteral("f"), MarketplaceId, JoeId, T0);
    const RefreshTokenRecord first = makeToken(family.id, 0, T0);
    QVERIFY(m_repository->createFamily(family, first));
    const TokenRepository::RefreshLookup found = **m_repository->findForRefresh(first.tokenHash);
    QVERIFY(found.token == first);
    QVERIFY(found.family.has_value());
    QCOMPARE(found.family->id, family.id);
    QCOMPARE(found.family->clientId, MarketplaceId);
    QCOMPARE(found.family->userId, JoeId);
    QCOMPARE(found.family->lastUsedAt, family.lastUsedAt);
    QCOMPARE(found.family->revokedAt.isValid(), false);
    QVERIFY(found.user.has_value());
    QCOMPARE(found.user->id, JoeId);
    QCOMPARE(found.user->email, QStringLiteral("Joe@Example.com"));
    QCOMPARE(found.user->banned, false);

    QVERIFY(setBanned(JoeId, true));
    QVERIFY(*m_repository->revokeFamily(family.id, T0.addSecs(1), QStringLiteral("user"), QStringLiteral("logout")));
    const TokenRepository::RefreshLookup revoked = **m_repository->findForRefresh(first.tokenHash);
    QVERIFY(revoked.user->banned);
    QCOMPARE(revoked.family->revokedAt, T0.addSecs(1));

    // An integration application's family has no user.
    const TokenFamily integration = makeFamily(QStringLiteral("i"), IntegrationId, QString(), T0);
    const RefreshTokenRecord token = makeToken(integration.id, 0, T0);
    QVERIFY(m_repository->createFamily(integration, token));
    const TokenRepository::RefreshLookup client = **m_repository->findForRefresh(token.tokenHash);
    QVERIFY(client.family.has_value());
    QVERIFY(client.family->userId.isEmpty());
    QVERIFY(!client.user.has_value());
}

void TestTokenRepository::faultAtEachStepLeavesTheOldHead_data()
{
    QTest::addColumn<QString>("step");
    for (const char *step : { "retire", "insert", "family", "commit" })
        QTest::addRow("%s", step) << QString::fromLatin1(step);
}

void TestTokenRepository::faultAtEachStepLeavesTheOldHead()
{
    QFETCH(QString, step);
    const TokenFamily family = makeFamily(QStringLiteral("f"), MarketplaceId, JoeId, T0);
    const RefreshTokenRecord first = makeToken(family.id, 0, T0);
    QVERIFY(m_repository->createFamily(family, first));

    QStringList seen;
    m_repository->setFaultInjector([&seen, step](const QString &current) -> Result<void> {
        seen << current;
        if (current == step)
            return Error::storageUnavailable(QStringLiteral("injected at %1").arg(current));
        return {};
    });
    const RefreshTokenRecord next = makeToken(family.id, 1, T0.addSecs(60));
    const Result<TokenRepository::RotateOutcome> outcome
        = m_repository->rotate(first.tokenHash, next, QByteArrayLiteral("sealed"), T0.addSecs(60));
    QVERIFY(!outcome);
    QCOMPARE(outcome.error().code(), Error::Code::StorageUnavailable);
    QCOMPARE(outcome.error().message(), QStringLiteral("injected at %1").arg(step));
    const QStringList steps
        = { QStringLiteral("retire"), QStringLiteral("insert"), QStringLiteral("family"), QStringLiteral("commit") };
    QCOMPARE(seen, steps.mid(0, steps.indexOf(step) + 1));

    // Exactly the old token is the head; the new one was never stored; the family did not move.
    QVERIFY(**m_repository->head(family.id) == first);
    QVERIFY(**m_repository->findRefreshToken(first.tokenHash) == first);
    QVERIFY(!m_repository->findRefreshToken(next.tokenHash)->has_value());
    QVERIFY(**m_repository->findFamily(family.id) == family);

    // The rolled-back transaction left no lock behind: the rotation works once the fault is gone.
    m_repository->setFaultInjector({});
    QCOMPARE(*m_repository->rotate(first.tokenHash, next, QByteArrayLiteral("sealed"), T0.addSecs(61)),
        TokenRepository::RotateOutcome::Rotated);
    QVERIFY(**m_repository->head(family.id) == next);
}

void TestTokenRepository::concurrentRotationsHaveOneWinner()
{
    const TokenFamily family = makeFamily(QStringLiteral("f"), MarketplaceId, JoeId, T0);
    const RefreshTokenRecord first = makeToken(family.id, 0, T0);
    QVERIFY(m_repository->createFamily(family, first));

    constexpr int Threads = 20;
    struct Attempt
    {
        RefreshTokenRecord next;
        std::optional<TokenRepository::RotateOutcome> outcome;
        QString error;
    };
    std::vector<Attempt> attempts(Threads);
    QSemaphore ready;
    QSemaphore go;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < Threads; ++i) {
        attempts[i].next = makeToken(family.id, 1, T0.addSecs(1));
        attempts[i].next.tokenHash = hashOf(QStringLiteral("successor %1").arg(i));
        Attempt *attempt = &attempts[i];
        TokenRepository *repository = m_repository.get();
        Database *database = &m_db.database();
        threads.emplace_back(QThread::create([=, &ready, &go] {
            // Open this thread's own connection before the start line, so the rotations really race.
            database->connection();
            ready.release();
            go.acquire();
            const Result<TokenRepository::RotateOutcome> outcome
                = repository->rotate(first.tokenHash, attempt->next, QByteArrayLiteral("sealed"), T0.addSecs(1));
            if (outcome)
                attempt->outcome = *outcome;
            else
                attempt->error = outcome.error().message();
        }));
        threads.back()->start();
    }
    ready.acquire(Threads);
    go.release(Threads);
    for (const std::unique_ptr<QThread> &thread : threads)
        QVERIFY(thread->wait(60000));

    int rotated = 0;
    int notHead = 0;
    const RefreshTokenRecord *winner = nullptr;
    for (const Attempt &attempt : attempts) {
        QVERIFY2(attempt.error.isEmpty(), qPrintable(attempt.error));
        QVERIFY(attempt.outcome.has_value());
        if (*attempt.outcome == TokenRepository::RotateOutcome::Rotated) {
            ++rotated;
            winner = &attempt.next;
        } else {
            ++notHead;
        }
    }
    QCOMPARE(rotated, 1);
    QCOMPARE(notHead, Threads - 1);
    QVERIFY(**m_repository->head(family.id) == *winner);
    for (const Attempt &attempt : attempts)
        QCOMPARE(m_repository->findRefreshToken(attempt.next.tokenHash)->has_value(), &attempt.next == winner);
    QVERIFY(!(*m_repository->findRefreshToken(first.tokenHash))->isHead());
}

void TestTokenRepository::revokeFamily()
{
    const TokenFamily family = makeFamily(QStringLiteral("f"), MarketplaceId, JoeId, T0);
    QVERIFY(m_repository->createFamily(family, makeToken(family.id, 0, T0)));

    Result<bool> revoked
        = m_repository->revokeFamily(family.id, T0.addSecs(5), QStringLiteral("admin:ops"), QStringLiteral("first"));
    QVERIFY(revoked);
    QVERIFY(*revoked);
    TokenFamily stored = **m_repository->findFamily(family.id);
    QCOMPARE(stored.revokedAt, T0.addSecs(5));
    QCOMPARE(stored.revokedBy, QStringLiteral("admin:ops"));
    QCOMPARE(stored.revokeReason, QStringLiteral("first"));
    QVERIFY(!stored.reuseDetected);
    QCOMPARE(stored.state(T0.addSecs(6)), TokenFamily::State::Revoked);

    // A second revocation changes nothing.
    revoked = m_repository->revokeFamily(family.id, T0.addSecs(9), QStringLiteral("user"), QStringLiteral("second"));
    QVERIFY(revoked);
    QVERIFY(!*revoked);
    QVERIFY(**m_repository->findFamily(family.id) == stored);

    QVERIFY(!*m_repository->revokeFamily(QStringLiteral("nope"), T0, QStringLiteral("user"), QString()));

    // Reuse detection on a live family revokes it and marks it.
    const TokenFamily other = makeFamily(QStringLiteral("g"), MarketplaceId, JoeId, T0);
    QVERIFY(m_repository->createFamily(other, makeToken(other.id, 0, T0)));
    QVERIFY(*m_repository->revokeFamily(
        other.id, T0.addSecs(7), QStringLiteral("system"), QStringLiteral("refresh token reused"), true));
    stored = **m_repository->findFamily(other.id);
    QVERIFY(stored.reuseDetected);
    QCOMPARE(stored.revokedAt, T0.addSecs(7));
    QCOMPARE(stored.state(T0.addSecs(8)), TokenFamily::State::ReuseDetected);
}

void TestTokenRepository::revokeFamilyRecordsReuseOfRevokedFamily()
{
    const TokenFamily family = makeFamily(QStringLiteral("f"), MarketplaceId, JoeId, T0);
    QVERIFY(m_repository->createFamily(family, makeToken(family.id, 0, T0)));
    QVERIFY(*m_repository->revokeFamily(family.id, T0.addSecs(5), QStringLiteral("user"), QStringLiteral("logout")));

    const Result<bool> revoked = m_repository->revokeFamily(
        family.id, T0.addSecs(9), QStringLiteral("system"), QStringLiteral("refresh token reused"), true);
    QVERIFY(revoked);
    QVERIFY(!*revoked);
    const TokenFamily stored = **m_repository->findFamily(family.id);
    QVERIFY(stored.reuseDetected);
    QCOMPARE(stored.revokedAt, T0.addSecs(5)); // the first revocation's record stays
    QCOMPARE(stored.revokedBy, QStringLiteral("user"));
    QCOMPARE(stored.revokeReason, QStringLiteral("logout"));
}

void TestTokenRepository::revokeFamiliesOfUserAndClient()
{
    QList<TokenFamily> families = {
        makeFamily(QStringLiteral("joe-1"), MarketplaceId, JoeId, T0),
        makeFamily(QStringLiteral("joe-2"), MarketplaceId, JoeId, T0),
        makeFamily(QStringLiteral("joe-revoked"), MarketplaceId, JoeId, T0),
        makeFamily(QStringLiteral("ann-1"), MarketplaceId, AnnId, T0),
        makeFamily(QStringLiteral("integ-1"), IntegrationId, QString(), T0),
    };
    for (const TokenFamily &family : std::as_const(families))
        QVERIFY(m_repository->createFamily(family, makeToken(family.id, 0, T0)));
    QVERIFY(*m_repository->revokeFamily(
        QStringLiteral("joe-revoked"), T0, QStringLiteral("user"), QStringLiteral("earlier")));

    Result<int> count = m_repository->revokeFamiliesOfUser(
        JoeId, T0.addSecs(10), QStringLiteral("admin:ops"), QStringLiteral("password reset"));
    QVERIFY(count);
    QCOMPARE(*count, 2);
    QCOMPARE((*m_repository->findFamily(QStringLiteral("joe-1")))->revokeReason, QStringLiteral("password reset"));
    QCOMPARE((*m_repository->findFamily(QStringLiteral("joe-2")))->revokedAt, T0.addSecs(10));
    const TokenFamily earlier = **m_repository->findFamily(QStringLiteral("joe-revoked"));
    QCOMPARE(earlier.revokeReason, QStringLiteral("earlier"));
    QCOMPARE(earlier.revokedAt, T0);
    QVERIFY(!(*m_repository->findFamily(QStringLiteral("ann-1")))->revokedAt.isValid());
    QCOMPARE(*m_repository->revokeFamiliesOfUser(JoeId, T0.addSecs(11), QStringLiteral("admin:ops"), QString()), 0);

    count = m_repository->revokeFamiliesOfClient(
        MarketplaceId, T0.addSecs(20), QStringLiteral("admin:ops"), QStringLiteral("app compromised"));
    QVERIFY(count);
    QCOMPARE(*count, 1); // only ann's family was still unrevoked
    QCOMPARE((*m_repository->findFamily(QStringLiteral("ann-1")))->revokeReason, QStringLiteral("app compromised"));
    QVERIFY(!(*m_repository->findFamily(QStringLiteral("integ-1")))->revokedAt.isValid());
    QCOMPARE(
        *m_repository->revokeFamiliesOfClient(IntegrationId, T0.addSecs(21), QStringLiteral("admin:ops"), QString()),
        1);
    QCOMPARE(
        *m_repository->revokeFamiliesOfClient(QStringLiteral("nobody"), T0, QStringLiteral("admin:ops"), QString()), 0);
}

void TestTokenRepository::insertFamiliesInEveryState()
{
    // f1 live (joe, marketplace), f2 expired (joe), f3 revoked (ann), f4 reuse detected (joe),
    // f5 live integration family without a user. Created a second apart, f5 newest.
    const QList<TokenFamily> families = {
        makeFamily(QStringLiteral("f1"), MarketplaceId, JoeId, T0.addSecs(1)),
        makeFamily(QStringLiteral("f2"), MarketplaceId, JoeId, T0.addSecs(2)),
        makeFamily(QStringLiteral("f3"), MarketplaceId, AnnId, T0.addSecs(3)),
        makeFamily(QStringLiteral("f4"), MarketplaceId, JoeId, T0.addSecs(4)),
        makeFamily(QStringLiteral("f5"), IntegrationId, QString(), T0.addSecs(5)),
    };
    for (TokenFamily family : families) {
        if (family.id == QLatin1String("f2"))
            family.expiresAt = T0.addSecs(100);
        QVERIFY(m_repository->createFamily(family, makeToken(family.id, 0, family.createdAt)));
    }
    QVERIFY(*m_repository->revokeFamily(QStringLiteral("f3"), T0, QStringLiteral("user"), QString()));
    QVERIFY(*m_repository->revokeFamily(QStringLiteral("f4"), T0, QStringLiteral("system"), QString(), true));
}

void TestTokenRepository::familiesFilterByState_data()
{
    QTest::addColumn<TokenFamily::State>("state");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("live") << TokenFamily::State::Live << QStringList({ QStringLiteral("f5"), QStringLiteral("f1") });
    QTest::addRow("expired") << TokenFamily::State::Expired << QStringList({ QStringLiteral("f2") });
    QTest::addRow("revoked") << TokenFamily::State::Revoked << QStringList({ QStringLiteral("f3") });
    QTest::addRow("reuse detected") << TokenFamily::State::ReuseDetected << QStringList({ QStringLiteral("f4") });
}

void TestTokenRepository::familiesFilterByState()
{
    insertFamiliesInEveryState();
    QFETCH(TokenFamily::State, state);
    QFETCH(QStringList, expected);
    FamilyFilter filter;
    filter.state = state;
    filter.now = T0.addSecs(100); // f2 expires exactly now
    const Result<QList<TokenFamily>> found = m_repository->families(filter, 50, 0);
    QVERIFY(found);
    QCOMPARE(idsOf(*found), expected);
    for (const TokenFamily &family : *found)
        QCOMPARE(family.state(filter.now), state);
    QCOMPARE(*m_repository->countFamilies(filter), expected.size());
}

void TestTokenRepository::familiesFilterByOwner()
{
    insertFamiliesInEveryState();
    const auto ids = [this](const FamilyFilter &filter) {
        const Result<QList<TokenFamily>> found = m_repository->families(filter, 50, 0);
        const Result<int> count = m_repository->countFamilies(filter);
        if (!found || !count || *count != found->size())
            return QStringList({ QStringLiteral("<error or wrong count>") });
        return idsOf(*found);
    };
    FamilyFilter filter;
    QCOMPARE(ids(filter),
        QStringList({ QStringLiteral("f5"), QStringLiteral("f4"), QStringLiteral("f3"), QStringLiteral("f2"),
            QStringLiteral("f1") }));
    filter.userId = JoeId;
    QCOMPARE(ids(filter), QStringList({ QStringLiteral("f4"), QStringLiteral("f2"), QStringLiteral("f1") }));
    filter.state = TokenFamily::State::Live;
    filter.now = T0.addSecs(50);
    QCOMPARE(ids(filter), QStringList({ QStringLiteral("f2"), QStringLiteral("f1") }));

    filter = {};
    filter.clientId = IntegrationId;
    QCOMPARE(ids(filter), QStringList({ QStringLiteral("f5") }));
    filter.clientId = MarketplaceId;
    QCOMPARE(ids(filter).size(), 4);

    filter = {};
    filter.userEmailContains = QStringLiteral("EXAMPLE.com");
    QCOMPARE(ids(filter), QStringList({ QStringLiteral("f4"), QStringLiteral("f2"), QStringLiteral("f1") }));
    filter.userEmailContains = QStringLiteral("N_X"); // the underscore is literal: only ann_x matches
    QCOMPARE(ids(filter), QStringList({ QStringLiteral("f3") }));
    filter.userEmailContains = QStringLiteral("o_e");
    QCOMPARE(ids(filter), QStringList());
    filter.userEmailContains = QStringLiteral("joe");
    filter.clientId = IntegrationId;
    QCOMPARE(ids(filter), QStringList());
}

void TestTokenRepository::familiesPageNewestFirst()
{
    for (int i = 0; i < 7; ++i) {
        const TokenFamily family = makeFamily(QStringLiteral("f%1").arg(i), MarketplaceId, JoeId, T0.addSecs(i));
        QVERIFY(m_repository->createFamily(family, makeToken(family.id, 0, T0)));
    }
    // Same creation time: the id orders them.
    for (const QString &id : { QStringLiteral("tie-b"), QStringLiteral("tie-a") }) {
        const TokenFamily family = makeFamily(id, MarketplaceId, JoeId, T0.addSecs(3));
        QVERIFY(m_repository->createFamily(family, makeToken(family.id, 0, T0)));
    }
    const FamilyFilter filter;
    QCOMPARE(idsOf(*m_repository->families(filter, 4, 0)),
        QStringList({ QStringLiteral("f6"), QStringLiteral("f5"), QStringLiteral("f4"), QStringLiteral("f3") }));
    QCOMPARE(idsOf(*m_repository->families(filter, 4, 4)),
        QStringList({ QStringLiteral("tie-a"), QStringLiteral("tie-b"), QStringLiteral("f2"), QStringLiteral("f1") }));
    QCOMPARE(idsOf(*m_repository->families(filter, 4, 8)), QStringList({ QStringLiteral("f0") }));
    QCOMPARE(*m_repository->countFamilies(filter), 9);
    QCOMPARE(m_repository->families(filter, -1, 0).error().code(), Error::Code::InvalidArgument);
}

QTEST_GUILESS_MAIN(TestTokenRepository)
QHash<QString, QString> TestTokenRepository::sessionStatements()
{
    QSqlQuery query(m_db.database().connection());
    // Its statement column is QPSQL's whole "PREPARE qpsqlpstmt_N AS ..."; the text after AS is ours.
    if (!query.exec(QStringLiteral(
            "SELECT regexp_replace(statement, '^PREPARE \\S+ AS ', ''), name FROM pg_prepared_statements")))
        qWarning("pg_prepared_statements: %s", qPrintable(query.lastError().text()));
    QHash<QString, QString> statements;
    while (query.next())
        statements.insert(query.value(0).toString(), query.value(1).toString());
    return statements;
}

// Issue #15: the hot statements are prepared once per connection on PostgreSQL too. A rotation
// leaves its statements prepared in the session, and the next rotation runs the same ones.
void TestTokenRepository::postgresPreparesARotationOncePerSession()
{
    if (!TestDatabase::usesPostgres())
        QSKIP("PostgreSQL's named statements");
    const TokenFamily family = makeFamily(QStringLiteral("f"), MarketplaceId, JoeId, T0);
    const RefreshTokenRecord first = makeToken(family.id, 0, T0);
    QVERIFY(m_repository->createFamily(family, first));
    const RefreshTokenRecord second = makeToken(family.id, 1, T0.addSecs(60));
    QCOMPARE(*m_repository->rotate(first.tokenHash, second, QByteArrayLiteral("s"), T0.addSecs(60)),
        TokenRepository::RotateOutcome::Rotated);
    const QHash<QString, QString> afterFirst = sessionStatements();
    QVERIFY2(afterFirst.size() >= 4, qPrintable(QStringList(afterFirst.keys()).join(QLatin1Char('\n'))));

    const RefreshTokenRecord third = makeToken(family.id, 2, T0.addSecs(120));
    QCOMPARE(*m_repository->rotate(second.tokenHash, third, QByteArrayLiteral("s"), T0.addSecs(120)),
        TokenRepository::RotateOutcome::Rotated);
    QCOMPARE(sessionStatements(), afterFirst); // the same statements under the same names
    QVERIFY(**m_repository->head(family.id) == third);
}

// A restart of the server (or a terminated backend) ends the session and with it its statements:
// the connection is opened again and the statements are prepared again on the new session.
// (tests/faults/pg-faults.test.mjs restarts a real cluster under a running server.)
void TestTokenRepository::postgresPreparesAgainAfterLosingTheSession()
{
    if (!TestDatabase::usesPostgres())
        QSKIP("PostgreSQL sessions");
    const TokenFamily family = makeFamily(QStringLiteral("f"), MarketplaceId, JoeId, T0);
    RefreshTokenRecord head = makeToken(family.id, 0, T0);
    QVERIFY(m_repository->createFamily(family, head));
    TestUserRepository users(m_db.database());
    const auto rotate = [&](int generation) -> Result<TokenRepository::RotateOutcome> {
        const QDateTime now = T0.addSecs(60 * generation);
        const RefreshTokenRecord next = makeToken(family.id, generation, now);
        const Result<TokenRepository::RotateOutcome> outcome
            = m_repository->rotate(head.tokenHash, next, QByteArrayLiteral("s"), now);
        if (outcome && *outcome == TokenRepository::RotateOutcome::Rotated)
            head = next;
        return outcome;
    };
    QCOMPARE(*rotate(1), TokenRepository::RotateOutcome::Rotated);
    QVERIFY((*users.findById(JoeId)).has_value());
    const QHash<QString, QString> before = sessionStatements();
    QVERIFY(!before.isEmpty());

    {
        QSqlDatabase admin = m_db.data().addIndependentConnection(QStringLiteral("terminator"));
        QVERIFY2(admin.open(), qPrintable(admin.lastError().text()));
        QSqlQuery query(admin);
        QVERIFY(query.exec(QStringLiteral("SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
                                          " AND pid <> pg_backend_pid()")));
        QStringList pids;
        while (query.next())
            pids << query.value(0).toString();
        QVERIFY(!pids.isEmpty());
        const QString list = pids.join(QLatin1Char(','));
        QVERIFY(query.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE pid IN (")
            + list + QLatin1Char(')')));
        // Gone from the server, so that nothing below can still reach the old sessions.
        QTRY_VERIFY_WITH_TIMEOUT(
            query.exec(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid IN (") + list + QLatin1Char(')'))
                && query.next() && query.value(0).toInt() == 0,
            10000);
        query = QSqlQuery();
        admin.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("terminator"));

    // At most the one request that finds the connection dead fails; then rotations and lookups work
    // on the new session, with their statements prepared on it.
    Result<TokenRepository::RotateOutcome> outcome = rotate(2);
    if (!outcome) {
        QCOMPARE(outcome.error().code(), Error::Code::StorageUnavailable);
        outcome = rotate(2);
    }
    QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().message()));
    QCOMPARE(*outcome, TokenRepository::RotateOutcome::Rotated);
    const Result<std::optional<TestUser>> joe = users.findById(JoeId);
    QVERIFY(joe);
    QVERIFY(joe->has_value());
    QCOMPARE((*joe)->id, JoeId);
    QCOMPARE(*rotate(3), TokenRepository::RotateOutcome::Rotated);
    QVERIFY(**m_repository->head(family.id) == head);
    // A new session's statements are prepared once per connection too.
    const TokenFamily second = makeFamily(QStringLiteral("g"), MarketplaceId, JoeId, T0);
    QVERIFY(m_repository->createFamily(second, makeToken(second.id, 0, T0)));

    const QHash<QString, QString> after = sessionStatements();
    QCOMPARE(QSet<QString>(after.keyBegin(), after.keyEnd()), QSet<QString>(before.keyBegin(), before.keyEnd()));
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        QVERIFY2(it.value() != before.value(it.key()), qPrintable(it.key())); // prepared anew
}

// A statement first asked for inside a transaction that an error aborted cannot be prepared: its
// error is the one reported, the statement is not run without a name, and it prepares once the
// transaction is over.
void TestTokenRepository::postgresStatementFailingToPrepareIsNotRun()
{
    if (!TestDatabase::usesPostgres())
        QSKIP("PostgreSQL's aborted transactions");
    QTest::ignoreMessage(QtWarningMsg,
        QRegularExpression(QStringLiteral("^reading a token family failed: .*current transaction is aborted")));
    const Result<void> done = m_db.database().inTransaction([this]() -> Result<void> {
        QSqlQuery failing(m_db.database().connection());
        if (failing.exec(QStringLiteral("SELECT 1 / 0")))
            return Error::storageUnavailable(QStringLiteral("the division did not fail"));
        const Result<std::optional<TokenFamily>> found = m_repository->findFamily(QStringLiteral("f"));
        if (found)
            return Error::storageUnavailable(QStringLiteral("a read in an aborted transaction succeeded"));
        return found.error();
    });
    QVERIFY(!done);
    QCOMPARE(done.error().code(), Error::Code::StorageUnavailable);

    const TokenFamily family = makeFamily(QStringLiteral("f"), MarketplaceId, JoeId, T0);
    QVERIFY(m_repository->createFamily(family, makeToken(family.id, 0, T0)));
    QVERIFY(**m_repository->findFamily(family.id) == family);
}

#include "tst_tokenrepository.moc"
