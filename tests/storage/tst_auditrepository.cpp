#include "storage/auditrepository.h"
#include "storage/database.h"
#include "testdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <memory>

using namespace authdesk;

namespace {

const QDateTime T0(QDate(2026, 11, 28), QTime(10, 0, 0, 7), Qt::UTC);

AuditEvent makeEvent(const QDateTime &at, AuditEvent::Kind kind, const QString &actor, const QString &action,
    const QString &target, const QString &reason)
{
    AuditEvent event;
    event.at = at;
    event.kind = kind;
    event.actor = actor;
    event.action = action;
    event.target = target;
    event.reason = reason;
    return event;
}

QStringList actionsOf(const QList<AuditEvent> &events)
{
    QStringList actions;
    for (const AuditEvent &event : events)
        actions << event.action;
    return actions;
}

} // namespace

class TestAuditRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void appendRoundTripsAndAssignsIds();
    void appendOfNothingIsFine();
    void reasonKeyRoundTrips();
    void rowsWithoutAKeyStillLoad();
    void filter_data();
    void filter();
    void pagesNewestFirst();
    void refusesNegativePages();

private:
    void appendSample();

    OpenedTestDatabase m_db;
    std::unique_ptr<AuditRepository> m_repository;
};

void TestAuditRepository::init()
{
    const QString failed = m_db.open();
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
    m_repository = std::make_unique<AuditRepository>(m_db.database());
}

void TestAuditRepository::cleanup()
{
    m_repository.reset();
    m_db.close();
}

void TestAuditRepository::appendSample()
{
    QVERIFY(m_repository->append({
        makeEvent(T0, AuditEvent::Kind::AdminAction, QStringLiteral("Operator"), QStringLiteral("application.create"),
            QStringLiteral("8d7a7b4c"), QStringLiteral("New web shop")),
        makeEvent(T0.addSecs(10), AuditEvent::Kind::SecurityEvent, QStringLiteral("system"),
            QStringLiteral("refresh.reuse_detected"), QStringLiteral("family-1"),
            QStringLiteral("An old refresh token was presented")),
        makeEvent(T0.addSecs(20), AuditEvent::Kind::AdminAction, QStringLiteral("operator"),
            QStringLiteral("family.revoke"), QStringLiteral("family-2"), QStringLiteral("100% sure it leaked")),
        makeEvent(T0.addSecs(30), AuditEvent::Kind::SecurityEvent, QStringLiteral("8d7a7b4c"),
            QStringLiteral("user.locked"), QStringLiteral("joe"), QStringLiteral("10 failed logins")),
    }));
}

void TestAuditRepository::appendRoundTripsAndAssignsIds()
{
    appendSample();
    const Result<QList<AuditEvent>> events = m_repository->list({}, 100, 0);
    QVERIFY(events);
    QCOMPARE(events->size(), 4);
    const AuditEvent &reuse = events->at(2);
    QCOMPARE(reuse.at, T0.addSecs(10));
    QCOMPARE(reuse.kind, AuditEvent::Kind::SecurityEvent);
    QCOMPARE(reuse.actor, QStringLiteral("system"));
    QCOMPARE(reuse.action, QStringLiteral("refresh.reuse_detected"));
    QCOMPARE(reuse.target, QStringLiteral("family-1"));
    QCOMPARE(reuse.reason, QStringLiteral("An old refresh token was presented"));
    QCOMPARE(events->at(3).kind, AuditEvent::Kind::AdminAction);

    QList<qint64> ids;
    for (const AuditEvent &event : *events) {
        QVERIFY(event.id > 0);
        ids.prepend(event.id);
    }
    QVERIFY(std::is_sorted(ids.cbegin(), ids.cend()));
    QVERIFY(std::adjacent_find(ids.cbegin(), ids.cend()) == ids.cend());

    // A later batch gets later ids.
    QVERIFY(m_repository->append({ makeEvent(T0.addSecs(40), AuditEvent::Kind::AdminAction, QStringLiteral("ops"),
        QStringLiteral("server.start"), QString(), QString()) }));
    const AuditEvent newest = m_repository->list({}, 1, 0)->constFirst();
    QCOMPARE(newest.action, QStringLiteral("server.start"));
    QVERIFY(newest.id > ids.constLast());
}

void TestAuditRepository::appendOfNothingIsFine()
{
    QVERIFY(m_repository->append({}));
    QCOMPARE(*m_repository->count({}), 0);
}

void TestAuditRepository::reasonKeyRoundTrips()
{
    AuditEvent event = makeEvent(T0, AuditEvent::Kind::AdminAction, QStringLiteral("Operator"),
        QStringLiteral("user.reset_password"), QStringLiteral("joe@example.com"), QString());
    // An argument with quotes, a percent sign and non-ASCII survives the JSON key as it is.
    event.reasonKey = AuditReason(
        "TestUserService", "Renamed to \"%1\"; %n session(s) revoked", { QStringLiteral("Jö \"%2\" 100%") }, 3);
    event.reason = event.reasonKey->english();
    QVERIFY(m_repository->append({ event }));

    const Result<QList<AuditEvent>> events = m_repository->list({}, 10, 0);
    QVERIFY(events);
    QCOMPARE(events->size(), 1);
    const AuditEvent &stored = events->constFirst();
    QCOMPARE(stored.reason, QStringLiteral("Renamed to \"Jö \"%2\" 100%\"; 3 session(s) revoked"));
    QVERIFY(stored.reasonKey);
    QCOMPARE(*stored.reasonKey, *event.reasonKey);
    QCOMPARE(stored.shownReason(), stored.reason); // no translator installed: the English source
}

void TestAuditRepository::rowsWithoutAKeyStillLoad()
{
    // A row as written before the translation key existed (schema version 6 and older) leaves
    // reason_key out; one written with the text only by AuditLog's QString overload stores NULL.
    QSqlQuery query(m_db.database().connection());
    QVERIFY(query.prepare(QStringLiteral("INSERT INTO audit_events (at, kind, actor, action, target, reason)"
                                         " VALUES (?, ?, ?, ?, ?, ?)")));
    query.addBindValue(T0.toMSecsSinceEpoch());
    query.addBindValue(AuditEvent::kindName(AuditEvent::Kind::SecurityEvent));
    query.addBindValue(QStringLiteral("system"));
    query.addBindValue(QStringLiteral("user.locked"));
    query.addBindValue(QStringLiteral("joe@example.com"));
    query.addBindValue(QStringLiteral("Kirjautuminen lukittu"));
    QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    QVERIFY(m_repository->append({ makeEvent(T0.addSecs(1), AuditEvent::Kind::AdminAction, QStringLiteral("alice"),
        QStringLiteral("session.revoke"), QStringLiteral("family-1"), QStringLiteral("lost phone")) }));

    const Result<QList<AuditEvent>> events = m_repository->list({}, 10, 0);
    QVERIFY(events);
    QCOMPARE(events->size(), 2);
    QVERIFY(!events->at(0).reasonKey);
    QCOMPARE(events->at(0).shownReason(), QStringLiteral("lost phone"));
    QVERIFY(!events->at(1).reasonKey);
    QCOMPARE(events->at(1).shownReason(), QStringLiteral("Kirjautuminen lukittu"));
}

void TestAuditRepository::filter_data()
{
    QTest::addColumn<AuditFilter>("filter");
    QTest::addColumn<QStringList>("expected");
    const QString create = QStringLiteral("application.create");
    const QString reuse = QStringLiteral("refresh.reuse_detected");
    const QString revoke = QStringLiteral("family.revoke");
    const QString locked = QStringLiteral("user.locked");

    QTest::addRow("no filter") << AuditFilter() << QStringList({ locked, revoke, reuse, create });
    AuditFilter filter;
    filter.kind = AuditEvent::Kind::SecurityEvent;
    QTest::addRow("security events") << filter << QStringList({ locked, reuse });
    filter.kind = AuditEvent::Kind::AdminAction;
    QTest::addRow("admin actions") << filter << QStringList({ revoke, create });

    filter = {};
    filter.text = QStringLiteral("OPERATOR");
    QTest::addRow("actor, any case") << filter << QStringList({ revoke, create });
    filter.text = QStringLiteral("Reuse_");
    QTest::addRow("action") << filter << QStringList({ reuse });
    filter.text = QStringLiteral("family-");
    QTest::addRow("target") << filter << QStringList({ revoke, reuse });
    filter.text = QStringLiteral("8d7a7b4c");
    QTest::addRow("actor or target") << filter << QStringList({ locked, create });
    filter.text = QStringLiteral("leaked");
    QTest::addRow("reason") << filter << QStringList({ revoke });
    filter.text = QStringLiteral("0% s");
    QTest::addRow("percent is literal") << filter << QStringList({ revoke });
    filter.text = QStringLiteral("1_ f");
    QTest::addRow("underscore is literal") << filter << QStringList();
    filter.kind = AuditEvent::Kind::SecurityEvent;
    filter.text = QStringLiteral("family");
    QTest::addRow("kind and text") << filter << QStringList({ reuse });

    filter = {};
    filter.from = T0.addSecs(10);
    QTest::addRow("from, inclusive") << filter << QStringList({ locked, revoke, reuse });
    filter.to = T0.addSecs(20);
    QTest::addRow("from and to, inclusive") << filter << QStringList({ revoke, reuse });
    filter.from = QDateTime();
    QTest::addRow("to") << filter << QStringList({ revoke, reuse, create });
}

void TestAuditRepository::filter()
{
    appendSample();
    QFETCH(AuditFilter, filter);
    QFETCH(QStringList, expected);
    const Result<QList<AuditEvent>> events = m_repository->list(filter, 100, 0);
    QVERIFY(events);
    QCOMPARE(actionsOf(*events), expected);
    QCOMPARE(*m_repository->count(filter), expected.size());
}

void TestAuditRepository::pagesNewestFirst()
{
    QList<AuditEvent> batch;
    for (int i = 0; i < 10; ++i) {
        batch << makeEvent(T0.addSecs(i), AuditEvent::Kind::AdminAction, QStringLiteral("ops"),
            QStringLiteral("a%1").arg(i), QString(), QString());
    }
    // Two events in the same millisecond: the later append lists first.
    batch << makeEvent(T0.addSecs(9), AuditEvent::Kind::AdminAction, QStringLiteral("ops"), QStringLiteral("a9-bis"),
        QString(), QString());
    QVERIFY(m_repository->append(batch));
    QCOMPARE(actionsOf(*m_repository->list({}, 3, 0)),
        QStringList({ QStringLiteral("a9-bis"), QStringLiteral("a9"), QStringLiteral("a8") }));
    QCOMPARE(actionsOf(*m_repository->list({}, 3, 3)),
        QStringList({ QStringLiteral("a7"), QStringLiteral("a6"), QStringLiteral("a5") }));
    QCOMPARE(actionsOf(*m_repository->list({}, 3, 9)), QStringList({ QStringLiteral("a1"), QStringLiteral("a0") }));
    QVERIFY(m_repository->list({}, 3, 11)->isEmpty());
    QCOMPARE(*m_repository->count({}), 11);
}

void TestAuditRepository::refusesNegativePages()
{
    QCOMPARE(m_repository->list({}, -1, 0).error().code(), Error::Code::InvalidArgument);
}

QTEST_GUILESS_MAIN(TestAuditRepository)
#include "tst_auditrepository.moc"
