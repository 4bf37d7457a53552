// The Transit writer behind the Marketplace API's answers: what it writes reads back as the values
// given, through this project's strict reader and through a plain JSON parser, including strings a
// Transit reader would otherwise take for tags, and text that JSON must escape. (That the SDK reads
// the answers is the e2e suites'.)

#include "server/transit.h"
#include "server/transitreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace authdesk;

class TestTransitWriter : public QObject
{
    Q_OBJECT

private slots:
    void nestedMapsAndArraysReadBack();
    void stringsThatLookLikeTagsAreEscaped_data();
    void stringsThatLookLikeTagsAreEscaped();
    void jsonSpecialCharactersSurvive();
};

void TestTransitWriter::nestedMapsAndArraysReadBack()
{
    transit::Writer out;
    out.beginMap().key("data").beginMap().key("id").uuid(QStringLiteral("8c4b2c91-39c9-4275-bf2b-989a2710801f"));
    out.key("type").keyword("currentUser").key("count").number(-42).key("banned").boolean(false);
    out.key("createdAt").time(QDateTime(QDate(2026, 12, 7), QTime(6, 48, 59, 541), Qt::UTC));
    out.key("empty").beginMap().endMap().endMap();
    out.key("list").beginArray().number(1).beginMap().key("a").boolean(true).endMap().beginArray().endArray();
    out.endArray().endMap();
    const QByteArray written = out.finish();
    QCOMPARE(written,
        QByteArrayLiteral(
            "[\"^ \",\"~:data\",[\"^ \",\"~:id\",\"~u8c4b2c91-39c9-4275-bf2b-989a2710801f\",\"~:type\","
            "\"~:currentUser\",\"~:count\",-42,\"~:banned\",false,\"~:createdAt\","
            "\"~t2026-12-07T06:48:59.541Z\",\"~:empty\",[\"^ \"]],\"~:list\",[1,[\"^ \",\"~:a\",true],[]]]"));

    const Result<QJsonValue> read = TransitReader::read(written);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().message()));
    const QJsonObject data = read->toObject().value(QLatin1String("data")).toObject();
    QCOMPARE(data.value(QLatin1String("id")).toString(), QStringLiteral("8c4b2c91-39c9-4275-bf2b-989a2710801f"));
    QCOMPARE(data.value(QLatin1String("count")).toInteger(), -42);
    QCOMPARE(data.value(QLatin1String("banned")).toBool(true), false);
    QCOMPARE(data.value(QLatin1String("createdAt")).toString(), QStringLiteral("2026-12-07T06:48:59.541Z"));
    QVERIFY(data.value(QLatin1String("empty")).toObject().isEmpty());
    const QJsonArray list = read->toObject().value(QLatin1String("list")).toArray();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(1).toObject().value(QLatin1String("a")).toBool(), true);
}

void TestTransitWriter::stringsThatLookLikeTagsAreEscaped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("written");
    QTest::newRow("tilde") << QStringLiteral("~:admin") << QByteArrayLiteral("\"~~:admin\"");
    QTest::newRow("caret") << QStringLiteral("^0") << QByteArrayLiteral("\"~^0\"");
    QTest::newRow("backquote") << QStringLiteral("`x") << QByteArrayLiteral("\"~`x\"");
    QTest::newRow("plain") << QStringLiteral("Jo ~ Doe") << QByteArrayLiteral("\"Jo ~ Doe\"");
}

void TestTransitWriter::stringsThatLookLikeTagsAreEscaped()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, written);
    transit::Writer out;
    out.beginMap().key("name").string(text).endMap();
    const QByteArray document = out.finish();
    QCOMPARE(document, QByteArrayLiteral("[\"^ \",\"~:name\",") + written + ']');
    const Result<QJsonValue> read = TransitReader::read(document);
    QVERIFY(read);
    QCOMPARE(read->toObject().value(QLatin1String("name")).toString(), text);
}

void TestTransitWriter::jsonSpecialCharactersSurvive()
{
    const QString text = QStringLiteral("a \"quoted\" \\ line\nnext\ttab \u0001 Jääskeläinen \U0001F600");
    transit::Writer out;
    out.beginArray().string(text).endArray();
    const QJsonDocument document = QJsonDocument::fromJson(out.finish());
    QVERIFY(document.isArray());
    QCOMPARE(document.array().at(0).toString(), text);
}

QTEST_GUILESS_MAIN(TestTransitWriter)
#include "tst_transitwriter.moc"
