// The strict Transit reader of the sign-up stand-ins: what the SDK writes reads back as plain JSON;
// anything malformed is refused (and so answered 400), never guessed and never a crash.

#include "server/transitreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace authdesk;

class TestTransitReader : public QObject
{
    Q_OBJECT

private slots:
    void readsWhatTheSdkWrites();
    void readsTheVerboseForm();
    void readsScalars();
    void refusesMalformedInput_data();
    void refusesMalformedInput();
    void deepNestingIsRefusedNotACrash();
};

void TestTransitReader::readsWhatTheSdkWrites()
{
    // Written by sharetribe-flex-sdk 1.24.2's transit writer: the second ~:email is the cache code ^0.
    const Result<QJsonValue> read = TransitReader::read(
        R"(["^ ","~:email","a@b.c","~:password","pw","~:firstName","A","~:lastName","B","~:profile",["^ ","~:x",1],)"
        R"("~:protectedData",["^ ","^0","x"],"~:n",["~u0b8c1b0d-7e61-4f5a-8f6c-6b3c6b2c1a11"]])");
    QVERIFY(read);
    const QJsonObject expected = QJsonDocument::fromJson(
        R"({"email":"a@b.c","password":"pw","firstName":"A","lastName":"B","profile":{"x":1},)"
        R"("protectedData":{"email":"x"},"n":["0b8c1b0d-7e61-4f5a-8f6c-6b3c6b2c1a11"]})")
                                     .object();
    QCOMPARE(read->toObject(), expected);
}

void TestTransitReader::readsTheVerboseForm()
{
    const Result<QJsonValue> read = TransitReader::read(R"({"~:email":"a@b.c","~:nested":{"~:email":"^0"}})");
    QVERIFY(read);
    // Verbose Transit has no cache: "^0" is just a string there.
    QCOMPARE(read->toObject().value(QLatin1String("nested")).toObject().value(QLatin1String("email")).toString(),
        QStringLiteral("^0"));
}

void TestTransitReader::readsScalars()
{
    const Result<QJsonValue> read = TransitReader::read(
        R"(["~~tilde","~^caret","~i42","~d1.5","~?t","~?f","~_","~t2026-11-28T10:00:00.000Z",null])");
    QVERIFY(read);
    const QJsonArray expected { QStringLiteral("~tilde"), QStringLiteral("^caret"), 42, 1.5, true, false, QJsonValue(),
        QStringLiteral("2026-11-28T10:00:00.000Z"), QJsonValue() };
    QCOMPARE(read->toArray(), expected);
}

void TestTransitReader::refusesMalformedInput_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addRow("empty") << QByteArray();
    QTest::addRow("not JSON") << QByteArray("[\"^ \",");
    QTest::addRow("a bare string") << QByteArray("\"~:email\"");
    QTest::addRow("key without value") << QByteArray(R"(["^ ","~:email"])");
    QTest::addRow("numeric key") << QByteArray(R"(["^ ",1,"x"])");
    QTest::addRow("undefined cache code") << QByteArray(R"(["^ ","^5","x"])");
    QTest::addRow("repeated key") << QByteArray(R"(["^ ","~:email","a","^0","b"])");
    QTest::addRow("unknown tag") << QByteArray(R"(["~#set",[1,2]])");
    QTest::addRow("unknown scalar type") << QByteArray(R"(["~rhttp://x"])");
    QTest::addRow("bad uuid") << QByteArray(R"(["~unot-a-uuid"])");
    QTest::addRow("bad time") << QByteArray(R"(["~tyesterday"])");
    QTest::addRow("bad integer") << QByteArray(R"(["~i4x"])");
    QTest::addRow("lone tilde") << QByteArray(R"(["~"])");
    QTest::addRow("object in compact form") << QByteArray(R"(["^ ","~:a",{"b":1}])");
    QTest::addRow("tagged key") << QByteArray(R"({"~i1":"x"})");
}

void TestTransitReader::refusesMalformedInput()
{
    QFETCH(QByteArray, body);
    const Result<QJsonValue> read = TransitReader::read(body);
    QVERIFY(!read);
    QCOMPARE(read.error().code(), Error::Code::InvalidArgument);
}

void TestTransitReader::deepNestingIsRefusedNotACrash()
{
    QByteArray deep;
    for (int i = 0; i < 200; ++i)
        deep += "[\"^ \",\"~:a\",";
    deep += "1";
    for (int i = 0; i < 200; ++i)
        deep += "]";
    QVERIFY(!TransitReader::read(deep));
    QByteArray shallow;
    for (int i = 0; i < 10; ++i)
        shallow += "[\"^ \",\"~:a\",";
    shallow += "1";
    for (int i = 0; i < 10; ++i)
        shallow += "]";
    QVERIFY(TransitReader::read(shallow));
}

QTEST_APPLESS_MAIN(TestTransitReader)
#include "tst_transitreader.moc"
