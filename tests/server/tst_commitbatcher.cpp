// CommitBatcher without a socket: grants handed to the writer thread, on a real database (GroupCommit
// over a TestDatabase). Which grants share a commit, what each caller gets back, and in what order.
// The first grant of every row holds the writer until all the others are queued, so the batches
// that follow are known exactly.

#include "server/commitbatcher.h"
#include "services/groupcommit.h"
#include "storage/database.h"
#include "testdatabase.h"

#include <QHttpServerResponse>
#include <QMutex>
#include <QTest>
#include <QThread>
#include <semaphore>

using namespace authdesk;

class TestCommitBatcher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void batches_data();
    void batches();
    void refusesBeyondItsQueueAndAfterShutDown();

private:
    TestDatabase m_testDatabase;
    std::unique_ptr<Database> m_database;
};

void TestCommitBatcher::initTestCase()
{
    QVERIFY2(m_testDatabase.isValid(), qPrintable(m_testDatabase.error()));
    Result<std::unique_ptr<Database>> database = m_testDatabase.open();
    QVERIFY2(database, database ? "" : qPrintable(database.error().message()));
    m_database = std::move(database).value();
}

void TestCommitBatcher::batches_data()
{
    QTest::addColumn<int>("maxBatch");
    QTest::addColumn<QString>("grants"); // one per grant: '.' answers, 'x' its client left, 'n' answers nothing
    QTest::addColumn<QString>("batches"); // the grants each commit ran, in order
    QTest::addColumn<QString>("answers"); // per grant: 'g' its answer, 'u' the unsaved answer, '-' none

    QTest::newRow("one alone") << 8 << QStringLiteral(".") << QStringLiteral("0") << QStringLiteral("g");
    QTest::newRow("the queued ones share a commit")
        << 8 << QStringLiteral("....") << QStringLiteral("0|1,2,3") << QStringLiteral("gggg");
    QTest::newRow("at most maxBatch a commit")
        << 2 << QStringLiteral(".....") << QStringLiteral("0|1,2|3,4") << QStringLiteral("ggggg");
    QTest::newRow("maxBatch 1: each alone")
        << 1 << QStringLiteral("...") << QStringLiteral("0|1|2") << QStringLiteral("ggg");
    QTest::newRow("a client that left is dropped unrun")
        << 8 << QStringLiteral(".x.x") << QStringLiteral("0|2") << QStringLiteral("g-g-");
    QTest::newRow("dropped ones do not count toward maxBatch")
        << 2 << QStringLiteral(".x..") << QStringLiteral("0|2,3") << QStringLiteral("g-gg");
    QTest::newRow("a grant without an answer gets the unsaved one")
        << 8 << QStringLiteral("..n.") << QStringLiteral("0|1,2,3") << QStringLiteral("ggug");
}

void TestCommitBatcher::batches()
{
    QFETCH(int, maxBatch);
    QFETCH(QString, grants);
    QFETCH(QString, batches);
    QFETCH(QString, answers);

    GroupCommit groupCommit(*m_database);
    CommitBatcher batcher(groupCommit, maxBatch);
    QMutex mutex;
    QStringList events; // "g<i>": grant i ran; "d<i>": its caller got an answer
    QList<QChar> answered(grants.size(), QLatin1Char('?'));
    std::binary_semaphore started(0);
    std::binary_semaphore allQueued(0);
    QThread *writer = nullptr;

    for (int i = 0; i < grants.size(); ++i) {
        const QChar kind = grants.at(i);
        const auto grant = [&, i, kind] {
            if (i == 0) {
                started.release();
                allQueued.acquire();
            }
            const QMutexLocker lock(&mutex);
            writer = QThread::currentThread();
            events << QStringLiteral("g%1").arg(i);
            return kind == QLatin1Char('n') ? CommitBatcher::Response()
                                            : std::make_shared<QHttpServerResponse>(QByteArray("g"));
        };
        const auto unsaved = [] { return std::make_shared<QHttpServerResponse>(QByteArray("u")); };
        const auto deliver = [&, i](const CommitBatcher::Response &response) {
            const QMutexLocker lock(&mutex);
            events << QStringLiteral("d%1").arg(i);
            answered[i] = response
                ? QChar::fromLatin1(std::static_pointer_cast<QHttpServerResponse>(response)->data().at(0))
                : QLatin1Char('-');
        };
        const auto abandoned = [kind] { return kind == QLatin1Char('x'); };
        QVERIFY(batcher.submit(grant, unsaved, deliver, abandoned));
        if (i == 0)
            started.acquire(); // the writer holds the first grant: the others queue behind it
    }
    allQueued.release();
    batcher.shutDown(); // answers everything queued, then stops

    QVERIFY(writer && writer != QThread::currentThread());
    QStringList ran;
    QStringList current;
    for (const QString &event : std::as_const(events)) {
        if (event.startsWith(QLatin1Char('g')))
            current << event.mid(1);
        else if (!current.isEmpty()) // the first answer after a commit's grants ends that commit
            ran << std::exchange(current, {}).join(QLatin1Char(','));
    }
    QCOMPARE(ran.join(QLatin1Char('|')), batches);
    QCOMPARE(QString(answered.constData(), answered.size()), answers);
    // Every grant of a commit is answered only after all of them ran.
    for (int i = 0; i < grants.size(); ++i)
        QVERIFY(events.contains(QStringLiteral("d%1").arg(i)));
}

void TestCommitBatcher::refusesBeyondItsQueueAndAfterShutDown()
{
    GroupCommit groupCommit(*m_database);
    CommitBatcher batcher(groupCommit, 8, 2);
    std::binary_semaphore release(0);
    std::atomic<int> delivered = 0;
    const auto unsaved = [] { return CommitBatcher::Response(); };
    const auto deliver = [&delivered](const CommitBatcher::Response &) { ++delivered; };
    std::binary_semaphore running(0);
    QVERIFY(batcher.submit(
        [&] {
            running.release();
            release.acquire();
            return CommitBatcher::Response();
        },
        unsaved, deliver));
    running.acquire(); // the writer took the first: two places in the queue are free
    QVERIFY(batcher.submit(unsaved, unsaved, deliver));
    QVERIFY(batcher.submit(unsaved, unsaved, deliver));
    QCOMPARE(batcher.queued(), 2);
    QVERIFY(!batcher.submit(unsaved, unsaved, deliver)); // full: the caller completes it itself
    release.release();
    batcher.shutDown();
    QCOMPARE(delivered.load(), 3);
    QVERIFY(!batcher.submit(unsaved, unsaved, deliver)); // shut down
}

QTEST_GUILESS_MAIN(TestCommitBatcher)
#include "tst_commitbatcher.moc"
