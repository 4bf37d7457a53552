#include "apifixture.h"
#include "auditevents.h"
#include "services/auditlog.h"
#include "services/servicehub.h"
#include "ui/auditcsvexport.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace authdesk;

// The audit log's CSV export without a window (issue #16: widgets draw; they do not encode).
class TestAuditCsvExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void suggestsTheDocumentsFolder();
    void quoting_data();
    void quoting();
    void writesTheFilteredEventsForTheOwnerOnly();
    void narrowsAnExistingFile();
    void refusesAFolderThatDoesNotExist();
    void readsTheLogInChunks();

private:
    AuditCsvExport exporter() { return AuditCsvExport(m_fixture.services().audit(), m_fixture.clock()); }
    QString read(const QString &path);

    ApiFixture m_fixture;
    QTemporaryDir m_dir;
};

void TestAuditCsvExport::initTestCase()
{
    QVERIFY(m_fixture.start());
    QVERIFY(m_dir.isValid());
    recordAuditEvents(m_fixture);
}

QString TestAuditCsvExport::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("<cannot read %1>").arg(path);
    return QString::fromUtf8(file.readAll());
}

void TestAuditCsvExport::suggestsTheDocumentsFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QVERIFY(!documents.isEmpty());
    QCOMPARE(AuditCsvExport::suggestedPath(), documents + QStringLiteral("/authdesk-audit.csv"));
}

void TestAuditCsvExport::quoting_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("field");
    QTest::addRow("plain") << QStringLiteral("alice") << QStringLiteral("alice");
    QTest::addRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::addRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::addRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::addRow("leading space") << QStringLiteral(" a") << QStringLiteral("\" a\"");
    QTest::addRow("empty") << QString() << QString();
    // Formula injection: a cell a spreadsheet would run starts with an apostrophe instead.
    QTest::addRow("equals") << QStringLiteral("=HYPERLINK(\"http://x\")")
                            << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\"");
    QTest::addRow("plus") << QStringLiteral("+1+1") << QStringLiteral("'+1+1");
    QTest::addRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
    QTest::addRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::addRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::addRow("equals later") << QStringLiteral("a=b") << QStringLiteral("a=b");
}

void TestAuditCsvExport::quoting()
{
    QFETCH(QString, value);
    QFETCH(QString, field);
    QCOMPARE(AuditCsvExport::field(value), field);
    QCOMPARE(AuditCsvExport::record({ value, QStringLiteral("x") }), (field + QStringLiteral(",x\r\n")).toUtf8());
}

void TestAuditCsvExport::writesTheFilteredEventsForTheOwnerOnly()
{
    AuditFilter filter;
    filter.text = QStringLiteral("family-");
    const QString path = m_dir.filePath(QStringLiteral("audit.csv"));
    const Result<int> written = exporter().write(path, filter);
    QVERIFY(written);
    QCOMPARE(*written, 2);
    QCOMPARE(read(path),
        QStringLiteral("time,kind,actor,action,target,reason\r\n"
                       "2026-11-28T10:00:20.000Z,security,system,refresh.reuse_detected,family-2,"
                       "\"refresh token was already used:\nfamily revoked\"\r\n"
                       "2026-11-28T10:00:10.000Z,admin,alice,session.revoke,family-1,"
                       "\"lost phone, \"\"the blue one\"\"\"\r\n"));
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
        | QFile::WriteOther | QFile::ExeOther;
    QCOMPARE(QFile(path).permissions() & others, QFile::Permissions());
    QVERIFY(QFile(path).permissions().testFlags(QFile::ReadOwner | QFile::WriteOwner));
}

void TestAuditCsvExport::narrowsAnExistingFile()
{
    const QString path = m_dir.filePath(QStringLiteral("existing.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("old content that is much longer than nothing\n");
        QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    }
    const Result<int> written = exporter().write(path, {});
    QVERIFY(written);
    QVERIFY(*written >= 2);
    QCOMPARE(QFile(path).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    QVERIFY(!read(path).contains(QStringLiteral("old content")));
}

void TestAuditCsvExport::refusesAFolderThatDoesNotExist()
{
    const QString path = m_dir.filePath(QStringLiteral("no/such/folder/audit.csv"));
    const Result<int> refused = exporter().write(path, {});
    QVERIFY(!refused);
    QVERIFY2(refused.error().message().contains(path), qPrintable(refused.error().message()));
}

void TestAuditCsvExport::readsTheLogInChunks()
{
    // More events than one chunk: every one is written once, newest first.
    const int events = AuditCsvExport::ChunkSize + 5;
    for (int i = 0; i < events; ++i) {
        m_fixture.clock().advance(1);
        m_fixture.services().audit().adminAction(QStringLiteral("csv-chunk-writer"), QStringLiteral("user.create"),
            QStringLiteral("user%1@example.com").arg(i), QString());
    }
    AuditFilter filter;
    filter.text = QStringLiteral("csv-chunk-writer");
    const QString path = m_dir.filePath(QStringLiteral("bulk.csv"));
    const Result<int> written = exporter().write(path, filter);
    QVERIFY(written);
    QCOMPARE(*written, events);
    const QStringList lines = read(path).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), events + 1);
    QVERIFY2(lines.at(1).contains(QStringLiteral("user%1@").arg(events - 1)), qPrintable(lines.at(1)));
    QVERIFY2(lines.last().contains(QStringLiteral("user0@")), qPrintable(lines.last()));
}

QTEST_GUILESS_MAIN(TestAuditCsvExport)
#include "tst_auditcsvexport.moc"
