#include "apifixture.h"
#include "services/servicehub.h"
#include "services/sessionservice.h"
#include "services/testuserservice.h"
#include "storage/database.h"
#include "storage/testuserrepository.h"
#include "storage/tokenrepository.h"
#include "ui/sessiontablemodel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QIcon>
#include <QTest>
#include <QUuid>

using namespace authdesk;

namespace {

constexpr int UserFamilies = 300;
constexpr int IntegrationFamilies = 150;

TokenFamily newFamily(const QString &clientId, const QString &userId, const QString &scope, const QDateTime &now)
{
    TokenFamily family;
    family.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    family.clientId = clientId;
    family.userId = userId;
    family.scope = scope;
    family.createdAt = now;
    family.lastUsedAt = now;
    family.expiresAt = now.addDays(180);
    return family;
}

RefreshTokenRecord firstToken(const TokenFamily &family)
{
    RefreshTokenRecord record;
    record.tokenHash = QUuid::createUuid().toRfc4122() + QUuid::createUuid().toRfc4122();
    record.familyId = family.id;
    record.issuedAt = family.createdAt;
    record.expiresAt = family.expiresAt;
    return record;
}

TestUser newUser(const QString &email, const QDateTime &now)
{
    TestUser user;
    user.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    user.email = email;
    user.displayName = email.section(QLatin1Char('@'), 0, 0);
    user.passwordHash = QByteArrayLiteral("$argon2id$v=19$m=65536,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo");
    user.createdAt = now;
    return user;
}

QStringList idsOf(const SessionTableModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.family(row).id;
    return ids;
}

} // namespace

class TestSessionTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void pagesLazilyInChunks();
    void showsUserApplicationAndState();
    void filtersByEmailApplicationAndState();
    void reuseDetectionStandsOut();
    void pagesAfterTheLastRowAcrossEqualTimes();
    void filtersByEmailWhetherFewOrManyUsersMatch();
    void countsNoFurtherThanTheLimit();

private:
    // Creates users and `familiesEach` families for each, all created at `at`, in one transaction.
    QList<TestUser> seed(const QStringList &emails, int familiesEach, const QDateTime &at);

    ApiFixture m_fixture;
    QString m_userId;
    QString m_reusedFamily;
};

void TestSessionTableModel::initTestCase()
{
    QVERIFY(m_fixture.start());
    const Result<std::optional<TestUser>> user
        = m_fixture.services().testUsers().findByEmail(QString::fromLatin1(ApiFixture::UserEmail));
    QVERIFY(user && user->has_value());
    m_userId = (*user)->id;

    // Straight into storage, in one transaction: what matters here is how many there are.
    const QDateTime now = m_fixture.clock().now();
    TokenRepository &tokens = m_fixture.services().tokenRepository();
    const Result<void> created = m_fixture.database().inTransaction([&]() -> Result<void> {
        for (int i = 0; i < UserFamilies + IntegrationFamilies; ++i) {
            const bool forUser = i < UserFamilies;
            const TokenFamily family = forUser ? newFamily(QString::fromLatin1(ApiFixture::MarketplaceClientId),
                                           m_userId, QStringLiteral("user"), now.addSecs(i))
                                               : newFamily(QString::fromLatin1(ApiFixture::IntegrationClientId),
                                                   QString(), QStringLiteral("integ"), now.addSecs(i));
            if (const Result<void> one = tokens.createFamily(family, firstToken(family)); !one)
                return one;
        }
        return {};
    });
    QVERIFY2(created, created ? "" : qPrintable(created.error().message()));

    TokenFamily reused = newFamily(
        QString::fromLatin1(ApiFixture::MarketplaceClientId), m_userId, QStringLiteral("user"), now.addSecs(-10));
    reused.reuseDetected = true;
    reused.revokedAt = now;
    reused.revokedBy = QStringLiteral("system");
    reused.revokeReason = QStringLiteral("refresh token was already used: family revoked");
    QVERIFY(tokens.createFamily(reused, firstToken(reused)));
    m_reusedFamily = reused.id;
}

void TestSessionTableModel::pagesLazilyInChunks()
{
    SessionTableModel model(m_fixture.services().sessions(), m_fixture.services().applications(),
        m_fixture.services().testUsers(), m_fixture.services().clock());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    model.setFilter({});
    const int total = UserFamilies + IntegrationFamilies + 1;
    QCOMPARE(model.totalCount(), total);
    QCOMPARE(model.rowCount(), SessionTableModel::ChunkSize);
    QCOMPARE(model.columnCount(), int(SessionTableModel::ColumnCount));
    QVERIFY(model.canFetchMore({}));

    model.fetchMore({});
    QCOMPARE(model.rowCount(), 2 * SessionTableModel::ChunkSize);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), total);
    QVERIFY(!model.canFetchMore({}));

    QSet<QString> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.family(row).id);
    QCOMPARE(ids.size(), total);

    model.refresh();
    QCOMPARE(model.rowCount(), SessionTableModel::ChunkSize);
}

void TestSessionTableModel::showsUserApplicationAndState()
{
    SessionTableModel model(m_fixture.services().sessions(), m_fixture.services().applications(),
        m_fixture.services().testUsers(), m_fixture.services().clock());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    FamilyFilter filter;
    filter.clientId = QString::fromLatin1(ApiFixture::MarketplaceClientId);
    model.setFilter(filter);
    QVERIFY(model.rowCount() > 0);

    const int live = [&] {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.family(row).state(model.filter().now) == TokenFamily::State::Live)
                return row;
        }
        return -1;
    }();
    QVERIFY(live >= 0);
    QCOMPARE(model.index(live, SessionTableModel::User).data().toString(), QStringLiteral("joe@example.com"));
    QCOMPARE(model.index(live, SessionTableModel::Application).data().toString(), QStringLiteral("Web shop"));
    QCOMPARE(model.index(live, SessionTableModel::Scope).data().toString(), QStringLiteral("user"));
    QCOMPARE(model.index(live, SessionTableModel::State).data().toString(), QStringLiteral("Live"));
    QCOMPARE(model.index(live, SessionTableModel::LastUsed).data().toString().isEmpty(), false);
    QCOMPARE(model.headerData(SessionTableModel::Expires, Qt::Horizontal).toString(), QStringLiteral("Expires"));

    filter.clientId = QString::fromLatin1(ApiFixture::IntegrationClientId);
    model.setFilter(filter);
    QCOMPARE(model.index(0, SessionTableModel::User).data().toString(), QStringLiteral("(integration client)"));
    QCOMPARE(model.index(0, SessionTableModel::Application).data().toString(), QStringLiteral("Nightly sync"));
}

void TestSessionTableModel::filtersByEmailApplicationAndState()
{
    SessionTableModel model(m_fixture.services().sessions(), m_fixture.services().applications(),
        m_fixture.services().testUsers(), m_fixture.services().clock());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    FamilyFilter filter;
    filter.userEmailContains = QStringLiteral("JOE@");
    model.setFilter(filter);
    QCOMPARE(model.totalCount(), UserFamilies + 1);

    filter = {};
    filter.clientId = QString::fromLatin1(ApiFixture::IntegrationClientId);
    model.setFilter(filter);
    QCOMPARE(model.totalCount(), IntegrationFamilies);

    filter = {};
    filter.state = TokenFamily::State::ReuseDetected;
    model.setFilter(filter);
    QCOMPARE(model.totalCount(), 1);

    // A revocation by an operator reads as who and why.
    const QString familyId = [&] {
        FamilyFilter liveOnly;
        liveOnly.state = TokenFamily::State::Live;
        model.setFilter(liveOnly);
        return model.family(0).id;
    }();
    QVERIFY(m_fixture.services().sessions().revoke(familyId, QStringLiteral("lost phone"), QStringLiteral("alice")));
    filter = {};
    filter.state = TokenFamily::State::Revoked;
    model.setFilter(filter);
    QCOMPARE(model.totalCount(), 1);
    // The state in a word in the column, who and why in its tooltip.
    QCOMPARE(model.index(0, SessionTableModel::State).data().toString(), QStringLiteral("Revoked"));
    QCOMPARE(model.index(0, SessionTableModel::State).data(Qt::ToolTipRole).toString(),
        QStringLiteral("Revoked by alice: lost phone"));

    filter.userEmailContains = QStringLiteral("nobody");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
}

void TestSessionTableModel::reuseDetectionStandsOut()
{
    SessionTableModel model(m_fixture.services().sessions(), m_fixture.services().applications(),
        m_fixture.services().testUsers(), m_fixture.services().clock());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    FamilyFilter filter;
    filter.state = TokenFamily::State::ReuseDetected;
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.family(0).id, m_reusedFamily);

    const QModelIndex state = model.index(0, SessionTableModel::State);
    QCOMPARE(state.data().toString(), QStringLiteral("Reuse detected"));
    QVERIFY(state.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("Reuse detected")));
    QVERIFY(state.data(Qt::ToolTipRole).toString().contains(QStringLiteral("already used")));
    QCOMPARE(state.data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0xc0, 0x1c, 0x28));
    QVERIFY(!state.data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(model.index(0, SessionTableModel::User).data(Qt::ForegroundRole).value<QBrush>().color(),
        QColor(0xc0, 0x1c, 0x28));
}

QList<TestUser> TestSessionTableModel::seed(const QStringList &emails, int familiesEach, const QDateTime &at)
{
    QList<TestUser> users;
    for (const QString &email : emails)
        users << newUser(email, at);
    TokenRepository &tokens = m_fixture.services().tokenRepository();
    TestUserRepository userRepository(m_fixture.database());
    const Result<void> created = m_fixture.database().inTransaction([&]() -> Result<void> {
        if (const Result<void> inserted = userRepository.insertAll(users); !inserted)
            return inserted;
        for (const TestUser &user : std::as_const(users)) {
            for (int i = 0; i < familiesEach; ++i) {
                const TokenFamily family = newFamily(
                    QString::fromLatin1(ApiFixture::MarketplaceClientId), user.id, QStringLiteral("user"), at);
                if (const Result<void> one = tokens.createFamily(family, firstToken(family)); !one)
                    return one;
            }
        }
        return {};
    });
    if (!created)
        qWarning("seeding failed: %s", qPrintable(created.error().message()));
    return created ? users : QList<TestUser>();
}

void TestSessionTableModel::pagesAfterTheLastRowAcrossEqualTimes()
{
    // 250 sessions started in the same millisecond: the first chunk ends among them, and the next
    // must start right after its last row, neither repeating nor skipping any.
    const QDateTime at = m_fixture.clock().now().addDays(-30);
    const QList<TestUser> users = seed({ QStringLiteral("same.millisecond@example.test") }, 250, at);
    QCOMPARE(users.size(), 1);
    SessionTableModel model(m_fixture.services().sessions(), m_fixture.services().applications(),
        m_fixture.services().testUsers(), m_fixture.services().clock());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    FamilyFilter filter;
    filter.userEmailContains = QStringLiteral("same.millisecond@");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), SessionTableModel::ChunkSize);
    QCOMPARE(model.totalCount(), 250);

    // A login meanwhile is newer than every row shown; paging by position would show a row twice.
    const TokenFamily newer = newFamily(QString::fromLatin1(ApiFixture::MarketplaceClientId), users.first().id,
        QStringLiteral("user"), m_fixture.clock().now());
    QVERIFY(m_fixture.services().tokenRepository().createFamily(newer, firstToken(newer)));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 250);
    QVERIFY(!model.canFetchMore({}));

    const QStringList ids = idsOf(model);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 250);
    QVERIFY(!ids.contains(newer.id));
    // Equal times are ordered by id, so the order is the same on every engine.
    QStringList sorted = ids;
    sorted.sort();
    QCOMPARE(ids, sorted);

    // A refresh shows the new one at the top.
    model.refresh();
    QCOMPARE(model.family(0).id, newer.id);
}

void TestSessionTableModel::filtersByEmailWhetherFewOrManyUsersMatch()
{
    // More users match "crowd" than the storage looks up one by one, so that filter walks all
    // sessions newest first; "crowd-0042@" matches one user, whose sessions come by the user index.
    // Both must find exactly the users' sessions.
    QStringList emails;
    for (int i = 0; i < 1100; ++i)
        emails << QStringLiteral("crowd-%1@example.test").arg(i, 4, 10, QLatin1Char('0'));
    const QList<TestUser> crowd = seed(emails, 0, m_fixture.clock().now());
    QCOMPARE(crowd.size(), 1100);
    const QDateTime at = m_fixture.clock().now().addDays(-1);
    TokenRepository &tokens = m_fixture.services().tokenRepository();
    QStringList crowdFamilies;
    for (int i = 0; i < 1100; i += 100) { // every hundredth user has two sessions
        for (int n = 0; n < 2; ++n) {
            const TokenFamily family = newFamily(QString::fromLatin1(ApiFixture::MarketplaceClientId), crowd.at(i).id,
                QStringLiteral("user"), at.addSecs(i + n));
            QVERIFY(tokens.createFamily(family, firstToken(family)));
            crowdFamilies << family.id;
        }
    }

    SessionTableModel model(m_fixture.services().sessions(), m_fixture.services().applications(),
        m_fixture.services().testUsers(), m_fixture.services().clock());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    FamilyFilter filter;
    filter.userEmailContains = QStringLiteral("CROWD");
    model.setFilter(filter);
    QCOMPARE(model.totalCount(), crowdFamilies.size());
    QStringList shown = idsOf(model);
    shown.sort();
    crowdFamilies.sort();
    QCOMPARE(shown, crowdFamilies);

    filter.userEmailContains = QStringLiteral("crowd-0300@");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, SessionTableModel::User).data().toString(), QStringLiteral("crowd-0300@example.test"));
    QCOMPARE(model.index(1, SessionTableModel::User).data().toString(), QStringLiteral("crowd-0300@example.test"));

    filter.userEmailContains = QStringLiteral("crowd-0301@");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalCount(), 0);
}

void TestSessionTableModel::countsNoFurtherThanTheLimit()
{
    const QList<TestUser> users = seed(
        { QStringLiteral("very.busy@example.test") }, SessionTableModel::CountLimit + 1, m_fixture.clock().now());
    QCOMPARE(users.size(), 1);
    SessionTableModel model(m_fixture.services().sessions(), m_fixture.services().applications(),
        m_fixture.services().testUsers(), m_fixture.services().clock());
    FamilyFilter filter;
    filter.userEmailContains = QStringLiteral("very.busy");
    model.setFilter(filter);
    QVERIFY(model.totalIsLowerBound());
    QCOMPARE(model.totalCount(), SessionTableModel::CountLimit);
    QVERIFY(model.canFetchMore({}));

    // The count follows the other filters: all of them are revoked now, none is live.
    QVERIFY(m_fixture.services().tokenRepository().revokeFamiliesOfUser(
        users.first().id, m_fixture.clock().now(), QStringLiteral("test"), QStringLiteral("x")));
    filter.state = TokenFamily::State::Revoked;
    model.setFilter(filter);
    QVERIFY(model.totalIsLowerBound());
    filter.state = TokenFamily::State::Live;
    model.setFilter(filter);
    QVERIFY(!model.totalIsLowerBound());
    QCOMPARE(model.totalCount(), 0);

    // Clean up: the user's sessions go with the user.
    QVERIFY(m_fixture.services().testUsers().remove(users.first().id, QStringLiteral("test")));
}

QTEST_MAIN(TestSessionTableModel)
#include "tst_sessiontablemodel.moc"
