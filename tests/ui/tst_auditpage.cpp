#include "apifixture.h"
#include "auditevents.h"
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
    void exportsTheFilteredEventsAsCsvForTheOwnerOnly();

private:
    ApiFixture m_fixture;
    QTemporaryDir m_dir;
};

void TestAuditPage::initTestCase()
{
    QVERIFY(m_fixture.start());
    QVERIFY(m_dir.isValid());
    recordAuditEvents(m_fixture);
}

void TestAuditPage::filtersByKindAndText()
{
    AuditPage page(m_fixture.services().audit(), m_fixture.clock());
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
    AuditPage page(m_fixture.services().audit(), m_fixture.clock());
    const int before = page.model()->totalCount();
    m_fixture.clock().advance(10);
    m_fixture.services().audit().adminAction(
        QStringLiteral("bob"), QStringLiteral("user.ban"), QStringLiteral("joe@example.com"), QStringLiteral("spam"));
    QTRY_COMPARE(page.model()->totalCount(), before + 1);
    QCOMPARE(page.model()->index(0, AuditLogModel::Actor).data().toString(), QStringLiteral("bob"));
}

void TestAuditPage::exportsTheFilteredEventsAsCsvForTheOwnerOnly()
{
    AuditPage page(m_fixture.services().audit(), m_fixture.clock());
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

QTEST_MAIN(TestAuditPage)
#include "tst_auditpage.moc"
