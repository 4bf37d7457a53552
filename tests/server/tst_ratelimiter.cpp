// RateLimiter without a socket or a wall clock: a token bucket per client address, on a steady
// clock the test moves. Each row is a script of steps: "+N" moves the clock N ms; "a=W" is a request
// of client a that must wait W seconds (0: may go ahead); "a=WxK" is K such requests.

#include "manualclock.h"
#include "server/ratelimiter.h"

#include <QTest>

using namespace authdesk;
using namespace std::chrono_literals;

namespace {

QHostAddress addressOf(const QString &client)
{
    if (client == QLatin1String("v6"))
        return QHostAddress(QStringLiteral("2001:db8::1"));
    return QHostAddress(QStringLiteral("10.0.0.%1").arg(client.at(0).unicode() - 'a' + 1));
}

} // namespace

class TestRateLimiter : public QObject
{
    Q_OBJECT

private slots:
    void script_data();
    void script();
    void forgetsTheLeastRecentlySeen();
};

void TestRateLimiter::script_data()
{
    QTest::addColumn<int>("perMinute");
    QTest::addColumn<QString>("steps");

    QTest::newRow("a minute's worth, then 20 s to wait") << 3 << QStringLiteral("a=0x3 a=20");
    QTest::newRow("a refused request takes nothing") << 3 << QStringLiteral("a=0x3 a=20 a=20 +20000 a=0 a=20");
    QTest::newRow("refills evenly") << 3 << QStringLiteral("a=0x3 +10500 a=10 +10000 a=0 a=20");
    QTest::newRow("holds at most a minute's worth") << 2 << QStringLiteral("a=0 +3600000 a=0x2 a=30");
    QTest::newRow("whole seconds, rounded up") << 60 << QStringLiteral("a=0x60 a=1 +500 a=1 +500 a=0 a=1");
    QTest::newRow("one bucket per address") << 1 << QStringLiteral("a=0 b=0 a=60 b=60 c=0");
    QTest::newRow("IPv6") << 1 << QStringLiteral("v6=0 v6=60 a=0");
    QTest::newRow("at least one a minute") << 0 << QStringLiteral("a=0 a=60");
}

void TestRateLimiter::script()
{
    QFETCH(int, perMinute);
    QFETCH(QString, steps);

    ManualSteadyClock clock;
    RateLimiter limiter(perMinute, clock);
    for (const QString &step : steps.split(QLatin1Char(' '))) {
        if (step.startsWith(QLatin1Char('+'))) {
            clock.advance(std::chrono::milliseconds(step.mid(1).toLongLong()));
            continue;
        }
        const QStringList clientAndWait = step.split(QLatin1Char('='));
        const QStringList waitAndTimes = clientAndWait.at(1).split(QLatin1Char('x'));
        const int times = waitAndTimes.size() > 1 ? waitAndTimes.at(1).toInt() : 1;
        for (int i = 0; i < times; ++i)
            QVERIFY2(limiter.take(addressOf(clientAndWait.at(0))) == waitAndTimes.at(0).toInt(), qPrintable(step));
    }
}

void TestRateLimiter::forgetsTheLeastRecentlySeen()
{
    ManualSteadyClock clock;
    RateLimiter limiter(1, clock, 2);
    QCOMPARE(limiter.take(addressOf(QStringLiteral("a"))), 0);
    QCOMPARE(limiter.take(addressOf(QStringLiteral("b"))), 0);
    QCOMPARE(limiter.take(addressOf(QStringLiteral("a"))), 60); // a is now the most recently seen
    QCOMPARE(limiter.take(addressOf(QStringLiteral("c"))), 0); // b is forgotten
    QCOMPARE(limiter.clients(), 2);
    QCOMPARE(limiter.take(addressOf(QStringLiteral("a"))), 60); // still limited
    QCOMPARE(limiter.take(addressOf(QStringLiteral("b"))), 0); // a fresh bucket
}

QTEST_APPLESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
