#include "domain/testuser.h"
#include "manualclock.h"

#include <QTest>

using namespace authdesk;

Q_DECLARE_METATYPE(authdesk::TestUser::State)

class TestTestUser : public QObject
{
    Q_OBJECT

private slots:
    void state_data();
    void state();
    void lockExpiresAsTimePasses();
    void normalizedEmail_data();
    void normalizedEmail();
    void abbreviatedName_data();
    void abbreviatedName();
};

void TestTestUser::state_data()
{
    QTest::addColumn<bool>("banned");
    QTest::addColumn<bool>("locked");
    QTest::addColumn<qint64>("lockEndsInSeconds"); // relative to now
    QTest::addColumn<TestUser::State>("expected");

    QTest::addRow("new user") << false << false << qint64(0) << TestUser::State::Active;
    QTest::addRow("locked for another minute") << false << true << qint64(60) << TestUser::State::Locked;
    QTest::addRow("locked for another second") << false << true << qint64(1) << TestUser::State::Locked;
    QTest::addRow("lock ends right now") << false << true << qint64(0) << TestUser::State::Active;
    QTest::addRow("lock ended a second ago") << false << true << qint64(-1) << TestUser::State::Active;
    QTest::addRow("banned") << true << false << qint64(0) << TestUser::State::Banned;
    QTest::addRow("banned and locked: ban wins") << true << true << qint64(60) << TestUser::State::Banned;
    QTest::addRow("banned after the lock ended") << true << true << qint64(-60) << TestUser::State::Banned;
}

void TestTestUser::state()
{
    QFETCH(bool, banned);
    QFETCH(bool, locked);
    QFETCH(qint64, lockEndsInSeconds);
    QFETCH(TestUser::State, expected);

    const ManualClock clock;
    TestUser user;
    user.email = QStringLiteral("ada@example.com");
    user.banned = banned;
    if (locked)
        user.lockedUntil = clock.now().addSecs(lockEndsInSeconds);

    QCOMPARE(user.state(clock.now()), expected);
}

void TestTestUser::lockExpiresAsTimePasses()
{
    ManualClock clock;
    TestUser user;
    user.lockedUntil = clock.now().addSecs(15 * 60);

    QCOMPARE(user.state(clock.now()), TestUser::State::Locked);
    clock.advance(15 * 60 - 1);
    QCOMPARE(user.state(clock.now()), TestUser::State::Locked);
    clock.advance(1);
    QCOMPARE(user.state(clock.now()), TestUser::State::Active);
    clock.advance(3600);
    QCOMPARE(user.state(clock.now()), TestUser::State::Active);
}

void TestTestUser::normalizedEmail_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::addRow("already normal") << QStringLiteral("ada@example.com") << QStringLiteral("ada@example.com");
    QTest::addRow("upper case") << QStringLiteral("ADA@EXAMPLE.COM") << QStringLiteral("ada@example.com");
    QTest::addRow("mixed case") << QStringLiteral("Ada.Lovelace@Example.Com")
                                << QStringLiteral("ada.lovelace@example.com");
    QTest::addRow("surrounding spaces") << QStringLiteral("  ada@example.com ") << QStringLiteral("ada@example.com");
    QTest::addRow("tabs and newline") << QStringLiteral("\tAda@Example.com\n") << QStringLiteral("ada@example.com");
    QTest::addRow("final sigma folds like sigma")
        << QStringLiteral(u"ΟΔΥΣΣΕΥΣ@example.gr") << QStringLiteral(u"οδυσσευσ@example.gr");
    QTest::addRow("final sigma in lower case")
        << QStringLiteral(u"οδυσσευς@example.gr") << QStringLiteral(u"οδυσσευσ@example.gr");
    QTest::addRow("non-ASCII") << QStringLiteral(u"ÄIDI@ESIMERKKI.FI") << QStringLiteral(u"äidi@esimerkki.fi");
    QTest::addRow("inner space kept") << QStringLiteral("a b@example.com") << QStringLiteral("a b@example.com");
    QTest::addRow("empty") << QString() << QString();
}

void TestTestUser::normalizedEmail()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);

    QCOMPARE(TestUser::normalizedEmail(input), expected);
    // Normalising is idempotent, so a stored key always matches a later lookup.
    QCOMPARE(TestUser::normalizedEmail(TestUser::normalizedEmail(input)), expected);
}

void TestTestUser::abbreviatedName_data()
{
    QTest::addColumn<QString>("displayName");
    QTest::addColumn<QString>("expected");

    QTest::addRow("two words") << QStringLiteral("Ada Lovelace") << QStringLiteral("AL");
    QTest::addRow("lower case") << QStringLiteral("grace hopper") << QStringLiteral("GH");
    QTest::addRow("three words: first two") << QStringLiteral("Mary Ann Evans") << QStringLiteral("MA");
    QTest::addRow("one word") << QStringLiteral("Cher") << QStringLiteral("C");
    QTest::addRow("extra spaces") << QStringLiteral("  Alan   Turing ") << QStringLiteral("AT");
    QTest::addRow("non-ASCII") << QStringLiteral(u"élise öberg") << QStringLiteral(u"ÉÖ");
    QTest::addRow("empty") << QString() << QString();
    QTest::addRow("only spaces") << QStringLiteral("   ") << QString();
}

void TestTestUser::abbreviatedName()
{
    QFETCH(QString, displayName);
    QFETCH(QString, expected);

    TestUser user;
    user.displayName = displayName;
    QCOMPARE(user.abbreviatedName(), expected);
}

QTEST_GUILESS_MAIN(TestTestUser)
#include "tst_testuser.moc"
