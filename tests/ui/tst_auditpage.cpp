#include "apifixture.h"
#include "server/authserver.h"
#include "services/auditlog.h"
#include "services/servicehub.h"
#include "ui/auditlogmodel.h"
#include "ui/auditpage.h"
#include "ui/messagebox.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace authdesk;

class TestAuditPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void filtersByKindAndText();
    void newEventsAppear();
    void csvQuoting_data();
    void csvQuoting();
    void exportsTheFilteredEventsAsCsvForTheOwnerOnly();
    void exportNarrowsAnExistingFile();

private:
    ConsoleContext context()
    {
        return { &m_fixture.services(), &m_fixture.server(), QStringLiteral("the key file /tmp/x"),
            QStringLiteral("tester") };
    }

    ApiFixture m_fixture;
    QTemporaryDir m_dir;
};

void TestAuditPage::initTestCase()
{
    QVERIFY(m_fixture.start());
    QVERIFY(m_dir.isValid());
    AuditLog &audit = m_fixture.services().audit();
    m_fixture.clock().advance(10);
    audit.adminAction(QStringLiteral("alice"), QStringLiteral("session.revoke"), QStringLiteral("family-1"),
        QStringLiteral("lost phone, \"the blue one\""));
    m_fixture.clock().advance(10);
    audit.securityEvent(QStringLiteral("system"), QStringLiteral("refresh.reuse_detected"), QStringLiteral("family-2"),
        QStringLiteral("refresh token was already used:\nfamily revoked"));
}

void TestAuditPage::filtersByKindAndText()
{
    AuditPage page(context());
    QVERIFY(page.model()->totalCount() >= 2);

    page.kindFilter()->setCurrentIndex(page.kindFilter()->findText(QStringLiteral("Security events")));
    page.applyFilters();
    QCOMPARE(page.model()->totalCount(), 1);
    QCOMPARE(page.model()->index(0, AuditLogModel::Action).data().toString(), QStringLiteral("refresh.reuse_detected"));

    page.kindFilter()->setCurrentIndex(0);
    QTest::keyClicks(page.textFilter(), QStringLiteral("ALICE"));
    QTRY_COMPARE(page.model()->filter().text, QStringLiteral("ALICE")); // after the typing pause
    QVERIFY(!page.model()->filter().kind);
    QCOMPARE(page.model()->totalCount(), 1);
    QCOMPARE(page.model()->index(0, AuditLogModel::Actor).data().toString(), QStringLiteral("alice"));
    QCOMPARE(page.model()->index(0, AuditLogModel::Target).data().toString(), QStringLiteral("family-1"));
}

void TestAuditPage::newEventsAppear()
{
    AuditPage page(context());
    const int before = page.model()->totalCount();
    m_fixture.clock().advance(10);
    m_fixture.services().audit().adminAction(
        QStringLiteral("bob"), QStringLiteral("user.ban"), QStringLiteral("joe@example.com"), QStringLiteral("spam"));
    QTRY_COMPARE(page.model()->totalCount(), before + 1);
    QCOMPARE(page.model()->index(0, AuditLogModel::Actor).data().toString(), QStringLiteral("bob"));
}

void TestAuditPage::csvQuoting_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("field");
    QTest::addRow("plain") << QStringLiteral("alice") << QStringLiteral("alice");
    QTest::addRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::addRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::addRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
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

void TestAuditPage::csvQuoting()
{
    QFETCH(QString, value);
    QFETCH(QString, field);
    QCOMPARE(AuditPage::csvField(value), field);
}

void TestAuditPage::exportsTheFilteredEventsAsCsvForTheOwnerOnly()
{
    AuditPage page(context());
    page.textFilter()->setText(QStringLiteral("family-"));
    page.applyFilters();
    QCOMPARE(page.model()->totalCount(), 2);

    const QString path = m_dir.filePath(QStringLiteral("audit.csv"));
    page.setNextExportPath(path);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    page.exportCsvInteractively();
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("written to ") + path), qPrintable(MessageBox::lastText()));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    const QString expected = QStringLiteral(
        "time,kind,actor,action,target,reason\r\n"
        "2026-11-28T10:00:20.000Z,security,system,refresh.reuse_detected,family-2,"
        "\"refresh token was already used:\nfamily revoked\"\r\n"
        "2026-11-28T10:00:10.000Z,admin,alice,session.revoke,family-1,\"lost phone, \"\"the blue one\"\"\"\r\n");
    QCOMPARE(csv, expected);

    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
        | QFile::WriteOther | QFile::ExeOther;
    QCOMPARE(file.permissions() & others, QFile::Permissions());
    QVERIFY(file.permissions().testFlags(QFile::ReadOwner | QFile::WriteOwner));
}

void TestAuditPage::exportNarrowsAnExistingFile()
{
    const QString path = m_dir.filePath(QStringLiteral("existing.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("old content that is much longer than nothing\n");
        QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    }
    AuditPage page(context());
    const Result<int> written = page.exportCsv(path);
    QVERIFY(written);
    QVERIFY(*written >= 3);
    QFile file(path);
    QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("old content"));

    const Result<int> refused = page.exportCsv(m_dir.filePath(QStringLiteral("no/such/folder/audit.csv")));
    QVERIFY(!refused);
}

QTEST_MAIN(TestAuditPage)
#include "tst_auditpage.moc"
