// JsonObjectWriter writes what QJsonDocument would read back as the same object: every string
// value, whatever it holds, and integers, in the order they were added.

#include "domain/jsonwriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace authdesk;

class TestJsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void stringsReadBackUnchanged_data();
    void stringsReadBackUnchanged();
    void membersInTheOrderAdded();
};

void TestJsonWriter::stringsReadBackUnchanged_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("empty") << QString();
    QTest::newRow("plain") << QStringLiteral("public-read");
    QTest::newRow("quote and backslash") << QStringLiteral(R"(a"b\c)");
    QTest::newRow("named controls") << QStringLiteral("\b\f\n\r\t");
    QTest::newRow("other controls") << QString::fromUtf8("\x01\x1f\x7f");
    QTest::newRow("non-ASCII") << QStringLiteral("Jyväskylä € \U0001F600");
    QTest::newRow("an URL") << QStringLiteral("http://127.0.0.1:8787/prefix");
}

void TestJsonWriter::stringsReadBackUnchanged()
{
    QFETCH(QString, value);
    const QByteArray json = JsonObjectWriter().addUtf8("u", value.toUtf8()).add("v", value).finish();
    QJsonParseError error;
    const QJsonObject read = QJsonDocument::fromJson(json, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(read.value(QLatin1String("u")).toString(), value);
    QCOMPARE(read.value(QLatin1String("v")).toString(), value);
    // The very bytes QJsonDocument writes for the same object (whose members go by name).
    QCOMPARE(json, QJsonDocument(read).toJson(QJsonDocument::Compact));
}

void TestJsonWriter::membersInTheOrderAdded()
{
    const QByteArray json = JsonObjectWriter().add("z", qint64(-12)).add("a", QStringLiteral("x")).finish();
    QCOMPARE(json, QByteArray(R"({"z":-12,"a":"x"})"));
    QCOMPARE(JsonObjectWriter().finish(), QByteArray("{}"));
}

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
