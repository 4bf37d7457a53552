#include "apifixture.h"
#include "services/servicehub.h"
#include "services/sessionservice.h"
#include "services/testuserservice.h"
#include "storage/database.h"
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

private:
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
    SessionTableModel model(m_fixture.services());
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
    SessionTableModel model(m_fixture.services());
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
    SessionTableModel model(m_fixture.services());
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
    QCOMPARE(
        model.index(0, SessionTableModel::State).data().toString(), QStringLiteral("Revoked by alice: lost phone"));

    filter.userEmailContains = QStringLiteral("nobody");
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
}

void TestSessionTableModel::reuseDetectionStandsOut()
{
    SessionTableModel model(m_fixture.services());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    FamilyFilter filter;
    filter.state = TokenFamily::State::ReuseDetected;
    model.setFilter(filter);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.family(0).id, m_reusedFamily);

    const QModelIndex state = model.index(0, SessionTableModel::State);
    QVERIFY(state.data().toString().startsWith(QStringLiteral("Reuse detected")));
    QVERIFY(state.data().toString().contains(QStringLiteral("already used")));
    QCOMPARE(state.data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0xc0, 0x1c, 0x28));
    QVERIFY(!state.data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(model.index(0, SessionTableModel::User).data(Qt::ForegroundRole).value<QBrush>().color(),
        QColor(0xc0, 0x1c, 0x28));
}

QTEST_MAIN(TestSessionTableModel)
#include "tst_sessiontablemodel.moc"
