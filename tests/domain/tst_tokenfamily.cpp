#include "domain/tokenfamily.h"
#include "manualclock.h"

#include <QTest>

using namespace authdesk;

Q_DECLARE_METATYPE(authdesk::TokenFamily::State)

class TestTokenFamily : public QObject
{
    Q_OBJECT

private slots:
    void state_data();
    void state();
    void expiresAsTimePasses();
};

void TestTokenFamily::state_data()
{
    QTest::addColumn<qint64>("expiresInSeconds"); // relative to now
    QTest::addColumn<bool>("revoked");
    QTest::addColumn<bool>("reuseDetected");
    QTest::addColumn<TokenFamily::State>("expected");

    QTest::addRow("fresh") << qint64(3600) << false << false << TokenFamily::State::Live;
    QTest::addRow("one second left") << qint64(1) << false << false << TokenFamily::State::Live;
    QTest::addRow("expires right now") << qint64(0) << false << false << TokenFamily::State::Expired;
    QTest::addRow("expired an hour ago") << qint64(-3600) << false << false << TokenFamily::State::Expired;
    QTest::addRow("revoked while live") << qint64(3600) << true << false << TokenFamily::State::Revoked;
    QTest::addRow("revoked after expiry") << qint64(-3600) << true << false << TokenFamily::State::Revoked;
    QTest::addRow("reuse detected") << qint64(3600) << true << true << TokenFamily::State::ReuseDetected;
    QTest::addRow("reuse detected, expired") << qint64(-3600) << true << true << TokenFamily::State::ReuseDetected;
}

void TestTokenFamily::state()
{
    QFETCH(qint64, expiresInSeconds);
    QFETCH(bool, revoked);
    QFETCH(bool, reuseDetected);
    QFETCH(TokenFamily::State, expected);

    const ManualClock clock;
    TokenFamily family;
    family.id = QStringLiteral("f1");
    family.createdAt = clock.now().addSecs(-7200);
    family.expiresAt = clock.now().addSecs(expiresInSeconds);
    if (revoked) {
        family.revokedAt = clock.now().addSecs(-10);
        family.revokedBy = QStringLiteral("system");
    }
    family.reuseDetected = reuseDetected;

    QCOMPARE(family.state(clock.now()), expected);
}

void TestTokenFamily::expiresAsTimePasses()
{
    ManualClock clock;
    TokenFamily family;
    family.createdAt = clock.now();
    family.expiresAt = clock.now().addSecs(180LL * 24 * 3600);

    QCOMPARE(family.state(clock.now()), TokenFamily::State::Live);
    clock.advance(180LL * 24 * 3600 - 1);
    QCOMPARE(family.state(clock.now()), TokenFamily::State::Live);
    clock.advance(1);
    QCOMPARE(family.state(clock.now()), TokenFamily::State::Expired);

    family.revokedAt = clock.now();
    QCOMPARE(family.state(clock.now()), TokenFamily::State::Revoked);
}

QTEST_GUILESS_MAIN(TestTokenFamily)
#include "tst_tokenfamily.moc"
