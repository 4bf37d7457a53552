#include "ui/displaytime.h"
#include "ui/naturalsortproxymodel.h"
#include "ui/tableheader.h"

#include <QHeaderView>
#include <QSettings>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace authdesk;

// How the console's tables show what matters (issue #14): key columns as wide as their contents, the
// last one stretched, the header kept between runs, times to the second in one format, and text
// sorted as people read it.
class TestTables : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void keyColumnsFitTheirContentsAndTheLastStretches();
    void headerStateIsKeptPerTable();
    void timesInOneFormatInEveryLocale_data();
    void timesInOneFormatInEveryLocale();
    void naturalSort_data();
    void naturalSort();
    void naturalSortLeavesOtherValuesAlone();

private:
    static QStandardItemModel *model(QObject *parent);
    // A sortable table of model()'s rows, set up as the console's tables are, shown 900 pixels wide.
    static bool show(QTableView &view, const QString &name);
};

void TestTables::initTestCase()
{
    // Settings of a name of our own, under the private HOME the test runs with.
    QCoreApplication::setOrganizationName(QStringLiteral("AuthDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_tables"));
}

void TestTables::init()
{
    QSettings().clear();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

QStandardItemModel *TestTables::model(QObject *parent)
{
    auto *model = new QStandardItemModel(0, 4, parent);
    model->setHorizontalHeaderLabels(
        { QStringLiteral("E-mail"), QStringLiteral("Note"), QStringLiteral("Time"), QStringLiteral("Reason") });
    for (int i = 0; i < 5; ++i) {
        model->appendRow({ new QStandardItem(QStringLiteral("a.rather.long.address.number.%1@example.com").arg(i)),
            new QStandardItem(QStringLiteral("x")),
            new QStandardItem(displayTime(QDateTime(QDate(2026, 12, 6), QTime(17, 25, i)))),
            new QStandardItem(QStringLiteral("refresh token was already used; the family was revoked")) });
    }
    return model;
}

bool TestTables::show(QTableView &view, const QString &name)
{
    view.setModel(model(&view));
    view.setSortingEnabled(true);
    tableheader::setUp(&view, name, { 0, 2 });
    view.resize(900, 300);
    view.show();
    return QTest::qWaitForWindowExposed(&view);
}

void TestTables::keyColumnsFitTheirContentsAndTheLastStretches()
{
    QTableView view;
    QVERIFY(show(view, QStringLiteral("test")));
    QHeaderView *header = view.horizontalHeader();
    // Nothing of an e-mail or a time is cut, however narrow the minor column is.
    for (const int column : { 0, 2 }) {
        QTRY_VERIFY2(
            header->sectionSize(column) >= static_cast<const QAbstractItemView &>(view).sizeHintForColumn(column),
            qPrintable(QStringLiteral("column %1: %2 < %3")
                           .arg(column)
                           .arg(header->sectionSize(column))
                           .arg(static_cast<const QAbstractItemView &>(view).sizeHintForColumn(column))));
    }
    // The last column takes what is left: the sections fill the viewport.
    QCOMPARE(header->length(), view.viewport()->width());
    QVERIFY(header->stretchLastSection());
    QVERIFY(header->sectionSize(3) > header->sectionSize(1));

    // A longer value widens its column.
    auto *source = qobject_cast<QStandardItemModel *>(view.model());
    const int before = header->sectionSize(0);
    source->appendRow(new QStandardItem(QStringLiteral("an.even.longer.address.than.all.of.the.others@example.com")));
    QTRY_VERIFY(header->sectionSize(0) > before);
}

void TestTables::headerStateIsKeptPerTable()
{
    {
        QTableView view;
        QVERIFY(show(view, QStringLiteral("kept")));
        view.horizontalHeader()->resizeSection(1, 123);
        view.sortByColumn(2, Qt::DescendingOrder);
    }
    QVERIFY(QSettings().contains(tableheader::settingsKey(QStringLiteral("kept"))));
    QVERIFY(!QSettings().contains(tableheader::settingsKey(QStringLiteral("other"))));

    // The next start: the same table opens as it was left; another table is not affected.
    QTableView view;
    QVERIFY(show(view, QStringLiteral("kept")));
    QCOMPARE(view.horizontalHeader()->sectionSize(1), 123);
    QCOMPARE(view.horizontalHeader()->sortIndicatorSection(), 2);
    QCOMPARE(view.horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    // Key columns still fit their contents after the restore.
    QCOMPARE(view.horizontalHeader()->sectionResizeMode(0), QHeaderView::ResizeToContents);

    QTableView other;
    QVERIFY(show(other, QStringLiteral("other")));
    QVERIFY(other.horizontalHeader()->sectionSize(1) != 123);
    QVERIFY(other.horizontalHeader()->sortIndicatorSection() != 2);
}

void TestTables::timesInOneFormatInEveryLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addRow("en_US") << QLocale(QLocale::English, QLocale::UnitedStates);
    QTest::addRow("en_GB") << QLocale(QLocale::English, QLocale::UnitedKingdom);
    QTest::addRow("fi") << QLocale(QLocale::Finnish, QLocale::Finland);
    QTest::addRow("de") << QLocale(QLocale::German, QLocale::Germany);
}

void TestTables::timesInOneFormatInEveryLocale()
{
    QFETCH(QLocale, locale);
    QLocale::setDefault(locale);
    // Local time, to the second, year first: 2026-12-06 17:25:03, never 12/6/26 5:25 PM.
    const QDateTime local(QDate(2026, 12, 6), QTime(17, 25, 3));
    QCOMPARE(displayTime(local), QStringLiteral("2026-12-06 17:25:03"));
    QCOMPARE(displayTime(local.toUTC()), QStringLiteral("2026-12-06 17:25:03"));
    QCOMPARE(displayTime(QDateTime()), QString());
}

void TestTables::naturalSort_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QStringList>("sorted");
    struct Case
    {
        const char *name;
        QStringList values;
        QStringList sorted;
    };
    const QList<Case> cases {
        { "numbers by value", { u"user10"_qs, u"user2"_qs, u"user1"_qs, u"user100"_qs },
            { u"user1"_qs, u"user2"_qs, u"user10"_qs, u"user100"_qs } },
        { "e-mails", { u"shopper10@example.com"_qs, u"shopper9@example.com"_qs, u"joe@example.com"_qs },
            { u"joe@example.com"_qs, u"shopper9@example.com"_qs, u"shopper10@example.com"_qs } },
        { "case does not split", { u"beta"_qs, u"Alpha"_qs, u"alpha2"_qs, u"Beta1"_qs },
            { u"Alpha"_qs, u"alpha2"_qs, u"beta"_qs, u"Beta1"_qs } },
    };
    // Each case in the C locale (LANG=C, as on a server or in CI), in English and in Finnish.
    for (const Case &c : cases) {
        for (const QLocale &locale : { QLocale::c(), QLocale(QLocale::English), QLocale(QLocale::Finnish) })
            QTest::addRow("%s, %s", c.name, qPrintable(locale.name())) << locale << c.values << c.sorted;
    }
}

void TestTables::naturalSort()
{
    QFETCH(QLocale, locale);
    QFETCH(QStringList, values);
    QFETCH(QStringList, sorted);
    QLocale::setDefault(locale);
    QStandardItemModel source;
    for (const QString &value : values)
        source.appendRow(new QStandardItem(value));
    NaturalSortProxyModel proxy;
    proxy.setSourceModel(&source);
    proxy.sort(0, Qt::AscendingOrder);
    QStringList shown;
    for (int row = 0; row < proxy.rowCount(); ++row)
        shown << proxy.index(row, 0).data().toString();
    QCOMPARE(shown, sorted);

    // Rows that arrive later (the next chunk of a long list) go to their place too.
    source.appendRow(new QStandardItem(QStringLiteral("user3")));
    QStringList after;
    for (int row = 0; row < proxy.rowCount(); ++row)
        after << proxy.index(row, 0).data().toString();
    if (values.first().startsWith(QLatin1String("user")))
        QCOMPARE(after.indexOf(QStringLiteral("user3")), 2);
}

void TestTables::naturalSortLeavesOtherValuesAlone()
{
    QStandardItemModel source;
    for (const int value : { 10, 9, 100 }) {
        auto *item = new QStandardItem;
        item->setData(value, Qt::DisplayRole);
        source.appendRow(item);
    }
    NaturalSortProxyModel proxy;
    proxy.setSourceModel(&source);
    proxy.sort(0, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data().toInt(), 100);
    QCOMPARE(proxy.index(2, 0).data().toInt(), 9);
}

QTEST_MAIN(TestTables)
#include "tst_tables.moc"
