#include "backend.h"
#include "keyfilechoice.h"
#include "storage/database.h"
#include "ui/nokeychaindialog.h"
#include "whenmodal.h"

#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace authdesk;

// Issue #14, point 7: the first start without a keychain is no dead end. The keychain is made
// unreachable as tst_keychainstore_unavailable does it: a session bus that does not exist.
class TestNoKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void offersTheKeyFileAndSaysWhereItIs();
    void quittingUsesNoKeyFile();

private:
    QTemporaryDir m_dir;
};

void TestNoKeychain::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AuthDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("authdesk"));
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/authdesk-test/bus");
    qunsetenv("XDG_CURRENT_DESKTOP");
    qunsetenv("DESKTOP_SESSION");
    qunsetenv("KDE_FULL_SESSION");
    QVERIFY(m_dir.isValid());
}

void TestNoKeychain::init()
{
    QSettings().clear();
    QFile::remove(KeyFileChoice::defaultPath());
}

void TestNoKeychain::offersTheKeyFileAndSaysWhereItIs()
{
    const QString database = m_dir.filePath(QStringLiteral("offered.sqlite"));
    const Result<std::unique_ptr<Backend>> refused = Backend::open({ database, QString(), std::nullopt });
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), Error::Code::KeychainUnavailable);

    const QString expected = KeyFileChoice::defaultPath();
    QString shown;
    whenModal<NoKeychainDialog>([&shown](NoKeychainDialog *dialog) {
        shown = dialog->text() + QLatin1Char('\n') + dialog->informativeText();
        dialog->useKeyFileButton()->click();
    });
    const QString chosen = KeyFileChoice::offer(refused.error());
    QCOMPARE(chosen, expected);
    QVERIFY2(shown.contains(expected), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("0600")), qPrintable(shown));

    // The console then starts on it, and the file is the owner's alone.
    const Result<std::unique_ptr<Backend>> opened = Backend::open({ database, chosen, std::nullopt });
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message()));
    QVERIFY((*opened)->keyLocation().contains(QDir::toNativeSeparators(expected)));
    const QFileDevice::Permissions file = QFileInfo(expected).permissions();
    QVERIFY(file.testFlag(QFileDevice::ReadOwner) && file.testFlag(QFileDevice::WriteOwner));
    QCOMPARE((file & 0x0077).toInt(), 0); // nothing for the group or others
    QCOMPARE((QFileInfo(QFileInfo(expected).absolutePath()).permissions() & 0x0077).toInt(), 0);
    // The next start asks no more: the choice is remembered; --key-file still wins.
    QCOMPARE(KeyFileChoice::keyFileToUse(QString()), expected);
    QCOMPARE(KeyFileChoice::keyFileToUse(QStringLiteral("/elsewhere/kek")), QStringLiteral("/elsewhere/kek"));
}

void TestNoKeychain::quittingUsesNoKeyFile()
{
    whenModal<NoKeychainDialog>([](NoKeychainDialog *dialog) { dialog->quitButton()->click(); });
    QVERIFY(KeyFileChoice::offer(Error(Error::Code::KeychainUnavailable, QStringLiteral("no bus"))).isEmpty());
    QVERIFY(!QFileInfo::exists(KeyFileChoice::defaultPath()));
    QVERIFY(KeyFileChoice::keyFileToUse(QString()).isEmpty());
}

QTEST_MAIN(TestNoKeychain)
#include "tst_nokeychain.moc"
