#include "ui/curlcommand.h"
#include "ui/requestlogmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace authdesk;

namespace {

TokenDecision decision(int n, int status = 200)
{
    TokenDecision d;
    d.at = QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC).addSecs(n);
    d.endpoint = QStringLiteral("token");
    d.clientId = QStringLiteral("client-%1").arg(n);
    d.grantType = QStringLiteral("password");
    d.status = status;
    if (status != 200)
        d.error = QStringLiteral("invalid_grant");
    d.reason = QStringLiteral("request %1").arg(n);
    d.parameters = { { QStringLiteral("grant_type"), QStringLiteral("password") },
        { QStringLiteral("username"), QStringLiteral("joe@example.com") },
        { QStringLiteral("password"), QStringLiteral("[redacted]") } };
    return d;
}

} // namespace

class TestRequestLogModel : public QObject
{
    Q_OBJECT

private slots:
    void newestFirstAndBounded();
    void snapshotLoadsNewestFirst();
    void pauseCountsWhatWasMissed();
    void showsStatusWithErrorCode();
    void redactsEvenWhenTheCallerDidNot();
    void curlCommand();
    void curlQuotesForTheShell_data();
    void curlQuotesForTheShell();
};

void TestRequestLogModel::newestFirstAndBounded()
{
    RequestLogModel model(10);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int n = 0; n < 25; ++n)
        model.append(decision(n));
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.index(0, RequestLogModel::Reason).data().toString(), QStringLiteral("request 24"));
    QCOMPARE(model.index(9, RequestLogModel::Reason).data().toString(), QStringLiteral("request 15"));
    QCOMPARE(model.index(0, RequestLogModel::Client).data().toString(), QStringLiteral("client-24"));
    QCOMPARE(model.index(0, RequestLogModel::Grant).data().toString(), QStringLiteral("password"));
    QCOMPARE(model.index(0, RequestLogModel::Endpoint).data().toString(), QStringLiteral("token"));
    QVERIFY(!model.index(0, RequestLogModel::Time).data().toString().isEmpty());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestRequestLogModel::snapshotLoadsNewestFirst()
{
    RequestLogModel model(3);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDecisions({ decision(1), decision(2), decision(3), decision(4) });
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.decision(0).reason.english(), QStringLiteral("request 4"));
    QCOMPARE(model.decision(2).reason.english(), QStringLiteral("request 2"));
}

void TestRequestLogModel::pauseCountsWhatWasMissed()
{
    RequestLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy missed(&model, &RequestLogModel::missedChanged);
    model.append(decision(1));
    model.setPaused(true);
    model.append(decision(2));
    model.append(decision(3));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.missed(), 2);
    QCOMPARE(missed.count(), 2);
    model.setPaused(false);
    model.append(decision(4));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.decision(0).reason.english(), QStringLiteral("request 4"));
    // A new pause counts afresh.
    model.setPaused(true);
    QCOMPARE(model.missed(), 0);
}

void TestRequestLogModel::showsStatusWithErrorCode()
{
    RequestLogModel model;
    model.append(decision(1, 401));
    model.append(decision(2));
    QCOMPARE(model.index(1, RequestLogModel::Status).data().toString(), QStringLiteral("401 invalid_grant"));
    QCOMPARE(model.index(0, RequestLogModel::Status).data().toString(), QStringLiteral("200"));
    QVERIFY(model.index(1, RequestLogModel::Status).data(Qt::ForegroundRole).isValid());
    QCOMPARE(model.headerData(RequestLogModel::Reason, Qt::Horizontal).toString(), QStringLiteral("Reason"));
}

void TestRequestLogModel::redactsEvenWhenTheCallerDidNot()
{
    RequestLogModel model;
    TokenDecision careless = decision(1);
    careless.parameters = { { QStringLiteral("password"), QStringLiteral("hunter2") },
        { QStringLiteral("client_secret"), QStringLiteral("s3cret") } };
    model.append(careless);
    for (const auto &[name, value] : model.decision(0).parameters)
        QCOMPARE(value, QStringLiteral("[redacted]"));
}

void TestRequestLogModel::curlCommand()
{
    TokenDecision d = decision(1);
    d.parameters.append({ QStringLiteral("scope"), QStringLiteral("user") });
    d.parameters.append({ QStringLiteral("client_secret"), QStringLiteral("not-redacted-by-caller") });
    const QString curl = CurlCommand::forDecision(d, QUrl(QStringLiteral("http://127.0.0.1:8787")));
    QVERIFY2(curl.startsWith(QStringLiteral("curl -X POST 'http://127.0.0.1:8787/v1/auth/token'")), qPrintable(curl));
    QVERIFY(curl.contains(QStringLiteral("-d 'grant_type=password'")));
    QVERIFY(curl.contains(QStringLiteral("-d 'username=joe@example.com'")));
    QVERIFY(curl.contains(QStringLiteral("-d 'password=[redacted]'")));
    QVERIFY(curl.contains(QStringLiteral("-d 'client_secret=[redacted]'")));
    QVERIFY(!curl.contains(QStringLiteral("not-redacted-by-caller")));
    QVERIFY(!curl.contains(QStringLiteral(" -u ")));

    d.usedBasicAuth = true;
    d.endpoint = QStringLiteral("revoke");
    const QString basic = CurlCommand::forDecision(d, QUrl(QStringLiteral("http://[::1]:9000/")));
    QVERIFY2(basic.contains(QStringLiteral("'http://[::1]:9000/v1/auth/revoke'")), qPrintable(basic));
    QVERIFY(basic.contains(QStringLiteral("-u 'client-1:[redacted]'")));
}

void TestRequestLogModel::curlQuotesForTheShell_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::addRow("plain") << QStringLiteral("user") << QStringLiteral("-d 'scope=user'");
    QTest::addRow("quote") << QStringLiteral("it's") << QStringLiteral("--data-urlencode 'scope=it'\\''s'");
    QTest::addRow("form characters") << QStringLiteral("a&b=c+d") << QStringLiteral("--data-urlencode 'scope=a&b=c+d'");
    QTest::addRow("shell characters") << QStringLiteral("$(rm -rf ~)`x`")
                                      << QStringLiteral("--data-urlencode 'scope=$(rm -rf ~)`x`'");
}

void TestRequestLogModel::curlQuotesForTheShell()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    TokenDecision d;
    d.endpoint = QStringLiteral("token");
    d.parameters = { { QStringLiteral("scope"), value } };
    const QString curl = CurlCommand::forDecision(d, QUrl(QStringLiteral("http://127.0.0.1:8787")));
    QVERIFY2(curl.endsWith(expected), qPrintable(curl));
}

QTEST_MAIN(TestRequestLogModel)
#include "tst_requestlogmodel.moc"
