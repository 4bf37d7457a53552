#include "apifixture.h"
#include "services/auditlog.h"
#include "services/servicehub.h"
#include "storage/auditrepository.h"
#include "ui/auditlogmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace authdesk;

class TestAuditLogModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void pagesLazilyNewestFirst();
    void filtersByKindAndText();
    void newEventsAppearLive();
    void liveEventsOutsideTheFilterStayOut();

private:
    ApiFixture m_fixture;
    int m_seeded = 0;
};

void TestAuditLogModel::initTestCase()
{
    QVERIFY(m_fixture.start());
    // 450 events in one batch: what matters here is how many there are.
    QList<AuditEvent> events;
    const QDateTime start = m_fixture.clock().now();
    for (int i = 0; i < 450; ++i) {
        AuditEvent event;
        event.at = start.addSecs(i);
        event.kind = i % 10 == 0 ? AuditEvent::Kind::SecurityEvent : AuditEvent::Kind::AdminAction;
        event.actor = i % 10 == 0 ? QStringLiteral("system") : QStringLiteral("operator%1").arg(i % 3);
        event.action = QStringLiteral("bulk.event");
        event.target = QStringLiteral("target-%1").arg(i);
        event.reason = QStringLiteral("reason %1").arg(i);
        events << event;
    }
    AuditRepository repository(m_fixture.database());
    QVERIFY(repository.append(events));
    m_fixture.clock().advance(3600);
    const Result<int> total = m_fixture.services().audit().count({});
    QVERIFY(total);
    m_seeded = *total; // the seed import audits too
    QVERIFY(m_seeded >= 450);
}

void TestAuditLogModel::pagesLazilyNewestFirst()
{
    AuditLogModel model(m_fixture.services().audit());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFilter({});
    QCOMPARE(model.totalCount(), m_seeded);
    QCOMPARE(model.rowCount(), AuditLogModel::ChunkSize);
    QCOMPARE(model.columnCount(), int(AuditLogModel::ColumnCount));
    QCOMPARE(model.index(0, AuditLogModel::Target).data().toString(), QStringLiteral("target-449"));
    QCOMPARE(model.index(0, AuditLogModel::Reason).data().toString(), QStringLiteral("reason 449"));
    QCOMPARE(model.index(0, AuditLogModel::Action).data().toString(), QStringLiteral("bulk.event"));
    QCOMPARE(model.index(0, AuditLogModel::Kind).data().toString(), QStringLiteral("Admin action"));
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), m_seeded);
    QCOMPARE(model.headerData(AuditLogModel::Actor, Qt::Horizontal).toString(), QStringLiteral("Actor"));
}

void TestAuditLogModel::filtersByKindAndText()
{
    AuditLogModel model(m_fixture.services().audit());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    AuditFilter filter;
    filter.kind = AuditEvent::Kind::SecurityEvent;
    model.setFilter(filter);
    QCOMPARE(model.totalCount(), 45);
    QCOMPARE(model.index(0, AuditLogModel::Kind).data().toString(), QStringLiteral("Security event"));
    QVERIFY(model.index(0, AuditLogModel::Kind).data(Qt::DecorationRole).isValid());

    filter = {};
    filter.text = QStringLiteral("TARGET-44");
    model.setFilter(filter);
    QCOMPARE(model.totalCount(), 11); // target-44 and target-440..449
    QVERIFY(!model.canFetchMore({}));
}

void TestAuditLogModel::newEventsAppearLive()
{
    AuditLogModel model(m_fixture.services().audit());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    connect(
        &m_fixture.services().audit(), &AuditLog::recorded, &model, &AuditLogModel::addRecorded, Qt::QueuedConnection);
    model.setFilter({});
    const int before = model.totalCount();
    m_fixture.clock().advance(1);
    m_fixture.services().audit().adminAction(QStringLiteral("alice"), QStringLiteral("session.revoke"),
        QStringLiteral("family-1"), QStringLiteral("lost phone"));
    QTRY_COMPARE(model.totalCount(), before + 1);
    QCOMPARE(model.index(0, AuditLogModel::Actor).data().toString(), QStringLiteral("alice"));
    QCOMPARE(model.index(0, AuditLogModel::Reason).data().toString(), QStringLiteral("lost phone"));

    // Loading the rest afterwards neither skips nor repeats an event.
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), before + 1);

    // A reload in between the event and its queued signal shows it once.
    m_fixture.clock().advance(1);
    m_fixture.services().audit().adminAction(
        QStringLiteral("bob"), QStringLiteral("session.revoke"), QStringLiteral("family-2"), QStringLiteral("stolen"));
    model.refresh();
    QCoreApplication::processEvents();
    QCOMPARE(model.index(0, AuditLogModel::Actor).data().toString(), QStringLiteral("bob"));
    QCOMPARE(model.index(1, AuditLogModel::Actor).data().toString(), QStringLiteral("alice"));
}

void TestAuditLogModel::liveEventsOutsideTheFilterStayOut()
{
    AuditLogModel model(m_fixture.services().audit());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    connect(
        &m_fixture.services().audit(), &AuditLog::recorded, &model, &AuditLogModel::addRecorded, Qt::QueuedConnection);
    AuditFilter filter;
    filter.kind = AuditEvent::Kind::SecurityEvent;
    model.setFilter(filter);
    const int before = model.totalCount();
    m_fixture.services().audit().adminAction(
        QStringLiteral("carol"), QStringLiteral("app.update"), QStringLiteral("Web shop"), QStringLiteral("rename"));
    m_fixture.services().audit().securityEvent(QStringLiteral("system"), QStringLiteral("user.locked"),
        QStringLiteral("joe@example.com"), QStringLiteral("5 failed logins"));
    QTRY_COMPARE(model.totalCount(), before + 1);
    QCOMPARE(model.index(0, AuditLogModel::Action).data().toString(), QStringLiteral("user.locked"));
}

QTEST_MAIN(TestAuditLogModel)
#include "tst_auditlogmodel.moc"
