#include "ui/durationedit.h"

#include <QComboBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace authdesk;

// The lifetimes of an application as a number and a unit (issue #14), not raw seconds.
class TestDurationEdit : public QObject
{
    Q_OBJECT

private slots:
    void showsTheLargestExactUnit_data();
    void showsTheLargestExactUnit();
    void changingTheUnitKeepsTheNumber();
    void staysInTheRange();
    void offersOnlyUnitsTheRangeCanHold();
    void typingChangesTheSeconds();
};

void TestDurationEdit::showsTheLargestExactUnit_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<int>("number");
    QTest::addColumn<int>("unit");
    QTest::addRow("30 days") << qint64(30 * 86400) << 30 << int(DurationEdit::Days);
    QTest::addRow("1 hour") << qint64(3600) << 1 << int(DurationEdit::Hours);
    QTest::addRow("36 hours") << qint64(36 * 3600) << 36 << int(DurationEdit::Hours);
    QTest::addRow("15 minutes") << qint64(900) << 15 << int(DurationEdit::Minutes);
    QTest::addRow("90 seconds") << qint64(90) << 90 << int(DurationEdit::Seconds);
}

void TestDurationEdit::showsTheLargestExactUnit()
{
    QFETCH(qint64, seconds);
    QFETCH(int, number);
    QFETCH(int, unit);
    DurationEdit edit(1, 3650LL * 86400);
    edit.setSeconds(seconds);
    QCOMPARE(edit.seconds(), seconds);
    QCOMPARE(edit.numberBox()->value(), number);
    QCOMPARE(int(edit.unit()), unit);
}

void TestDurationEdit::changingTheUnitKeepsTheNumber()
{
    DurationEdit edit(1, 3650LL * 86400);
    edit.setSeconds(30 * 60);
    QSignalSpy changed(&edit, &DurationEdit::secondsChanged);
    edit.unitBox()->setCurrentIndex(edit.unitBox()->findData(int(DurationEdit::Hours)));
    QCOMPARE(edit.numberBox()->value(), 30);
    QCOMPARE(edit.seconds(), 30 * 3600);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toLongLong(), 30 * 3600);
}

void TestDurationEdit::staysInTheRange()
{
    // The rotation grace window: 0 to 300 seconds.
    DurationEdit grace(0, 300);
    grace.setSeconds(120);
    QCOMPARE(grace.unit(), DurationEdit::Minutes);
    QCOMPARE(grace.numberBox()->maximum(), 5);
    grace.setUnit(DurationEdit::Seconds);
    QCOMPARE(grace.seconds(), 2);
    grace.setSeconds(100000);
    QCOMPARE(grace.seconds(), 300);
    grace.setSeconds(0);
    QCOMPARE(grace.seconds(), 0);
    QCOMPARE(grace.unit(), DurationEdit::Seconds);

    // At least a minute: in seconds, the number starts at 60.
    DurationEdit refresh(60, 86400);
    refresh.setSeconds(1);
    QCOMPARE(refresh.seconds(), 60);
    refresh.setUnit(DurationEdit::Seconds);
    QCOMPARE(refresh.numberBox()->minimum(), 60);
}

void TestDurationEdit::offersOnlyUnitsTheRangeCanHold()
{
    const DurationEdit grace(0, 300);
    QCOMPARE(grace.unitBox()->count(), 2); // seconds and minutes
    const DurationEdit access(1, 24 * 3600);
    QCOMPARE(access.unitBox()->count(), 4); // up to one day
}

void TestDurationEdit::typingChangesTheSeconds()
{
    DurationEdit edit(1, 3650LL * 86400);
    edit.setSeconds(2 * 86400);
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    QSignalSpy changed(&edit, &DurationEdit::secondsChanged);
    edit.numberBox()->selectAll();
    QTest::keyClicks(edit.numberBox(), QStringLiteral("7"));
    QCOMPARE(edit.seconds(), 7 * 86400);
    QCOMPARE(changed.last().at(0).toLongLong(), 7 * 86400);
}

QTEST_MAIN(TestDurationEdit)
#include "tst_durationedit.moc"
