#include "apifixture.h"
#include "crypto/passwordhasher.h"
#include "crypto/tokengenerator.h"
#include "services/servicehub.h"
#include "services/testuserservice.h"
#include "storage/testuserrepository.h"
#include "ui/testusertablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUrl>

using namespace authdesk;

namespace {

// Returns once every event posted before the call was handled (the model fetches its next chunk on
// the next turn of the event loop): a marker posted now runs after them.
bool turnEventLoop()
{
    bool turned = false;
    QTimer::singleShot(0, [&turned] { turned = true; });
    return QTest::qWaitFor([&turned] { return turned; }, 5000);
}

const QString Actor = QStringLiteral("tester");
// More than one chunk, so paging is exercised: 1 seeded user + 250.
constexpr int BulkUsers = 250;

QString cell(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

} // namespace

class TestTestUserTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void firstChunkThenMoreOnDemand();
    void searchFiltersInTheService();
    void searchWithoutMatches();
    void reloadDropsAChunkOfTheOldSearch();
    void showsEachState();
    void replaceAndRemoveKeepTheRest();
    void headersNameEveryColumn();
    void nextChunkStartsAfterTheLastEmail();

private:
    std::unique_ptr<ApiFixture> m_api;
    std::unique_ptr<TestUserTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestTestUserTableModel::initTestCase()
{
    m_api = std::make_unique<ApiFixture>();
    QVERIFY(m_api->start());
    // Straight into the repository with one argon2id hash for all: the model pages what is stored,
    // and 250 hashes through the service would cost the suite half a minute of CPU.
    const Result<QByteArray> hash = PasswordHasher().hash(QStringLiteral("bulk password"));
    QVERIFY(hash.ok());
    QList<TestUser> users;
    for (int n = 1; n <= BulkUsers; ++n) {
        TestUser user;
        user.id = tokengenerator::newUuid();
        user.email = QStringLiteral("bulk%1@example.com").arg(n);
        user.displayName = QStringLiteral("Bulk %1").arg(n);
        user.passwordHash = *hash;
        user.createdAt = m_api->clock().now();
        users.append(user);
    }
    const Result<void> inserted = TestUserRepository(m_api->database()).insertAll(users);
    QVERIFY2(inserted.ok(), inserted.ok() ? "" : qPrintable(inserted.error().message()));
}

void TestTestUserTableModel::init()
{
    m_model = std::make_unique<TestUserTableModel>(m_api->services().testUsers(), m_api->clock());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->reload();
}

void TestTestUserTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestTestUserTableModel::firstChunkThenMoreOnDemand()
{
    // The first chunk comes with the reload itself.
    m_model->reload();
    QCOMPARE(m_model->totalCount(), BulkUsers + 1);
    QCOMPARE(m_model->rowCount(), TestUserTableModel::ChunkSize);
    QVERIFY(m_model->canFetchMore({}));
    // Ordered by e-mail in the service.
    QCOMPARE(cell(*m_model, 0, TestUserTableModel::Email), QStringLiteral("bulk100@example.com"));
    for (int row = 1; row < m_model->rowCount(); ++row)
        QVERIFY(cell(*m_model, row - 1, TestUserTableModel::Email) < cell(*m_model, row, TestUserTableModel::Email));

    // The next one just after fetchMore, once, however often it is asked for meanwhile (the model
    // tester asks too).
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->fetchMore({});
    m_model->fetchMore({});
    QCOMPARE(m_model->rowCount(), TestUserTableModel::ChunkSize);
    QTRY_COMPARE(m_model->rowCount(), BulkUsers + 1);
    QCOMPARE(inserted.count(), 1);
    QVERIFY(!m_model->canFetchMore({}));
    QCOMPARE(cell(*m_model, BulkUsers, TestUserTableModel::Email), QString::fromLatin1(ApiFixture::UserEmail));

    // Nothing more to fetch: no change.
    m_model->fetchMore({});
    QVERIFY(turnEventLoop());
    QCOMPARE(inserted.count(), 1);
    // Rows are not children of other rows.
    QVERIFY(!m_model->canFetchMore(m_model->index(0, 0)));
    QCOMPARE(m_model->rowCount(m_model->index(0, 0)), 0);
}

void TestTestUserTableModel::searchFiltersInTheService()
{
    m_model->setSearchText(QStringLiteral("BULK1"));
    // bulk1, bulk10…bulk19, bulk100…bulk199
    QCOMPARE(m_model->totalCount(), 111);
    QCOMPARE(m_model->rowCount(), 111);
    QVERIFY(!m_model->canFetchMore({}));
    QCOMPARE(m_model->searchText(), QStringLiteral("BULK1"));

    m_model->setSearchText(QStringLiteral("Joe"));
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(cell(*m_model, 0, TestUserTableModel::DisplayName), QStringLiteral("Joe Tester"));

    m_model->setSearchText(QString());
    QCOMPARE(m_model->totalCount(), BulkUsers + 1);
}

void TestTestUserTableModel::searchWithoutMatches()
{
    m_model->setSearchText(QStringLiteral("nobody-at-all"));
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->totalCount(), 0);
    QVERIFY(!m_model->canFetchMore({}));
}

void TestTestUserTableModel::reloadDropsAChunkOfTheOldSearch()
{
    m_model->reload();
    m_model->fetchMore({});
    m_model->setSearchText(QStringLiteral("bulk3"));
    // bulk3, bulk30…bulk39
    QCOMPARE(m_model->rowCount(), 11);
    QVERIFY(turnEventLoop());
    QCOMPARE(m_model->rowCount(), 11);
    QVERIFY(!m_model->canFetchMore({}));
}

void TestTestUserTableModel::showsEachState()
{
    m_model->setSearchText(QStringLiteral("joe@"));
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(cell(*m_model, 0, TestUserTableModel::State), QStringLiteral("Active"));
    const QString id = m_model->user(0).id;
    QCOMPARE(m_model->index(0, 0).data(TestUserTableModel::IdRole).toString(), id);

    // Locked by failed logins over HTTP, as a person would lock it.
    for (int attempt = 0; attempt < 10; ++attempt) {
        const HttpReply reply
            = m_api->token("grant_type=password&scope=user&username=joe%40example.com&password=wrong&client_id="
                + QByteArray(ApiFixture::MarketplaceClientId));
        QCOMPARE(reply.status, 401);
    }
    m_model->reload();
    QVERIFY2(cell(*m_model, 0, TestUserTableModel::State).startsWith(QStringLiteral("Locked until ")),
        qPrintable(cell(*m_model, 0, TestUserTableModel::State)));

    const Result<TestUser> banned = m_api->services().testUsers().setBanned(id, true, Actor);
    QVERIFY(banned.ok());
    m_model->replace(*banned);
    QCOMPARE(cell(*m_model, 0, TestUserTableModel::State), QStringLiteral("Banned"));

    QVERIFY(m_api->services().testUsers().setBanned(id, false, Actor).ok());
    QVERIFY(m_api->services().testUsers().unlock(id, Actor).ok());
    m_model->reload();
    QCOMPARE(cell(*m_model, 0, TestUserTableModel::State), QStringLiteral("Active"));
}

void TestTestUserTableModel::replaceAndRemoveKeepTheRest()
{
    m_model->setSearchText(QStringLiteral("bulk2"));
    const int rows = m_model->rowCount();
    QVERIFY(rows > 2);
    const TestUser first = m_model->user(0);
    const Result<TestUser> renamed
        = m_api->services().testUsers().updateDisplayName(first.id, QStringLiteral("Renamed"), Actor);
    QVERIFY(renamed.ok());
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->replace(*renamed);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(cell(*m_model, 0, TestUserTableModel::DisplayName), QStringLiteral("Renamed"));

    m_model->remove(first.id);
    QCOMPARE(m_model->rowCount(), rows - 1);
    QCOMPARE(m_model->totalCount(), rows - 1);
    QCOMPARE(m_model->rowOf(first.id), -1);
    m_model->remove(first.id);
    QCOMPARE(m_model->rowCount(), rows - 1);
}

void TestTestUserTableModel::headersNameEveryColumn()
{
    QStringList headers;
    for (int column = 0; column < m_model->columnCount(); ++column)
        headers << m_model->headerData(column, Qt::Horizontal).toString();
    QCOMPARE(headers,
        (QStringList { QStringLiteral("E-mail"), QStringLiteral("Display name"), QStringLiteral("State"),
            QStringLiteral("Created") }));
}

void TestTestUserTableModel::nextChunkStartsAfterTheLastEmail()
{
    QCOMPARE(m_model->rowCount(), TestUserTableModel::ChunkSize);
    const QString lastShown = cell(*m_model, TestUserTableModel::ChunkSize - 1, TestUserTableModel::Email);
    // A user who sorts before the rows shown arrives meanwhile (another operator, a seed import):
    // counting by position would show the last row again; the next chunk starts after its e-mail.
    const Result<TestUser> early = m_api->services().testUsers().create(
        { QStringLiteral("aaa.early@example.com"), QStringLiteral("Early"), QStringLiteral("early password"), false },
        Actor);
    QVERIFY(early.ok());
    m_model->fetchMore({});
    QTRY_VERIFY(m_model->rowCount() > TestUserTableModel::ChunkSize);
    QCOMPARE(m_model->rowCount(), BulkUsers + 1);
    QVERIFY(cell(*m_model, TestUserTableModel::ChunkSize, TestUserTableModel::Email) > lastShown);
    QSet<QString> emails;
    for (int row = 0; row < m_model->rowCount(); ++row)
        emails.insert(cell(*m_model, row, TestUserTableModel::Email));
    QCOMPARE(emails.size(), BulkUsers + 1);
    QVERIFY(!emails.contains(QStringLiteral("aaa.early@example.com")));
    QVERIFY(m_api->services().testUsers().remove(early->id, Actor).ok());
}

QTEST_GUILESS_MAIN(TestTestUserTableModel)
#include "tst_testusertablemodel.moc"
