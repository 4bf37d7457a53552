#include "domain/result.h"

#include <QTest>
#include <memory>

using namespace authdesk;

class TestResult : public QObject
{
    Q_OBJECT

private slots:
    void holdsValue();
    void holdsError_data();
    void holdsError();
    void movesOutMoveOnlyValue();
    void valueIsMutable();
    void voidResultSuccess();
    void voidResultError();
};

void TestResult::holdsValue()
{
    const Result<int> result = 42;
    QVERIFY(result.ok());
    QVERIFY(static_cast<bool>(result));
    QCOMPARE(result.value(), 42);
    QCOMPARE(*result, 42);
}

void TestResult::holdsError_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");

    QTest::addRow("invalid argument") << int(Error::Code::InvalidArgument) << QStringLiteral("bad input");
    QTest::addRow("not found") << int(Error::Code::NotFound) << QStringLiteral("no such user");
    QTest::addRow("conflict") << int(Error::Code::Conflict) << QStringLiteral("e-mail taken");
    QTest::addRow("storage unusable") << int(Error::Code::StorageUnusable) << QStringLiteral("not a database");
    QTest::addRow("empty message") << int(Error::Code::Internal) << QString();
}

void TestResult::holdsError()
{
    QFETCH(int, code);
    QFETCH(QString, message);

    const Result<QString> result = Error(static_cast<Error::Code>(code), message);
    QVERIFY(!result.ok());
    QVERIFY(!static_cast<bool>(result));
    QCOMPARE(int(result.error().code()), code);
    QCOMPARE(result.error().message(), message);
}

void TestResult::movesOutMoveOnlyValue()
{
    Result<std::unique_ptr<int>> result = std::make_unique<int>(7);
    QVERIFY(result.ok());
    const std::unique_ptr<int> taken = std::move(result).value();
    QVERIFY(taken);
    QCOMPARE(*taken, 7);
}

void TestResult::valueIsMutable()
{
    Result<QString> result = QStringLiteral("abc");
    result->append(QLatin1Char('d'));
    result.value().prepend(QLatin1Char('_'));
    QCOMPARE(result.value(), QStringLiteral("_abcd"));
    QCOMPARE(result->size(), 5);
}

void TestResult::voidResultSuccess()
{
    const Result<void> result;
    QVERIFY(result.ok());
    QVERIFY(static_cast<bool>(result));
}

void TestResult::voidResultError()
{
    const Result<void> result = Error::notFound(QStringLiteral("gone"));
    QVERIFY(!result.ok());
    QVERIFY(!static_cast<bool>(result));
    QCOMPARE(result.error().code(), Error::Code::NotFound);
    QCOMPARE(result.error().message(), QStringLiteral("gone"));
}

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
