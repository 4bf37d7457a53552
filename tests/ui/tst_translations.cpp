#include "apifixture.h"
#include "app/translations.h"
#include "services/auditlog.h"
#include "services/servicehub.h"
#include "services/testuserservice.h"
#include "ui/auditlogmodel.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QFile>
#include <QListWidget>
#include <QSettings>
#include <QTest>
#include <QTranslator>

using namespace authdesk;

// The console's translations as the app loads them: Translations::install() with the .qm files compiled
// from translations/*.ts and embedded as :/i18n/ (tests/ui/CMakeLists.txt builds them for this test).
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void embedsEveryLanguage();
    void sidebarFollowsTheChosenLanguage_data();
    void sidebarFollowsTheChosenLanguage();
    void pluralsReadNaturally_data();
    void pluralsReadNaturally();
    void auditReasonsFollowTheConsolesLanguage();

private:
    static QStringList sidebarEntries();
    static void removeTranslators();
};

void TestTranslations::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("AuthDeskTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_translations"));
    QSettings().clear();
}

void TestTranslations::cleanup()
{
    removeTranslators();
    QSettings().clear();
}

void TestTranslations::removeTranslators()
{
    const auto translators = qApp->findChildren<QTranslator *>();
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

QStringList TestTranslations::sidebarEntries()
{
    const MainWindow window { ConsoleContext {} };
    QStringList entries;
    for (int row = 0; row < window.sidebar()->count(); ++row)
        entries << window.sidebar()->item(row)->text();
    return entries;
}

void TestTranslations::embedsEveryLanguage()
{
    for (const QString &language : Translations::available()) {
        const QString path = QStringLiteral(":/i18n/authdesk_%1.qm").arg(language);
        QVERIFY2(QFile::exists(path), qPrintable(path));
        QTranslator translator;
        QVERIFY2(translator.load(path), qPrintable(path));
        QVERIFY(!translator.isEmpty());
    }
}

void TestTranslations::sidebarFollowsTheChosenLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("entries");
    QTest::addRow("German") << QStringLiteral("de")
                            << QStringList { QStringLiteral("Anwendungen"), QStringLiteral("Testbenutzer"),
                                   QStringLiteral("Sitzungen"), QStringLiteral("Anfragen"),
                                   QStringLiteral("Prüfprotokoll"), QStringLiteral("Server"),
                                   QStringLiteral("Ausprobieren"), QStringLiteral("Identitätsanbieter") };
    QTest::addRow("Finnish") << QStringLiteral("fi")
                             << QStringList { QStringLiteral("Sovellukset"), QStringLiteral("Testikäyttäjät"),
                                    QStringLiteral("Istunnot"), QStringLiteral("Pyynnöt"),
                                    QStringLiteral("Tarkastusloki"), QStringLiteral("Palvelin"),
                                    QStringLiteral("Kokeile"), QStringLiteral("Identiteetintarjoajat") };
    QTest::addRow("English") << QStringLiteral("en")
                             << QStringList { QStringLiteral("Applications"), QStringLiteral("Test users"),
                                    QStringLiteral("Sessions"), QStringLiteral("Requests"), QStringLiteral("Audit log"),
                                    QStringLiteral("Server"), QStringLiteral("Try it"),
                                    QStringLiteral("Identity providers") };
}

void TestTranslations::sidebarFollowsTheChosenLanguage()
{
    QFETCH(QString, language);
    QFETCH(QStringList, entries);
    QSettings().setValue(QStringLiteral("language"), language);
    Translations::install();
    QCOMPARE(sidebarEntries(), entries);
}

void TestTranslations::pluralsReadNaturally_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("shown");
    QTest::addRow("English, one") << QStringLiteral("en") << 1 << QStringLiteral("1 session revoked.");
    QTest::addRow("English, many") << QStringLiteral("en") << 3 << QStringLiteral("3 sessions revoked.");
    // A language AuthDesk does not speak reads English, plurals included.
    QTest::addRow("Swedish, many") << QStringLiteral("sv") << 3 << QStringLiteral("3 sessions revoked.");
}

void TestTranslations::pluralsReadNaturally()
{
    QFETCH(QString, language);
    QFETCH(int, count);
    QFETCH(QString, shown);
    QSettings().setValue(QStringLiteral("language"), language);
    Translations::install();
    QCOMPARE(QCoreApplication::translate("authdesk::SessionsPage", "%n session(s) revoked.", nullptr, count), shown);
}

void TestTranslations::auditReasonsFollowTheConsolesLanguage()
{
    ApiFixture fixture;
    QVERIFY(fixture.start());
    const auto newestReason = [&fixture] {
        AuditLogModel model(fixture.services().audit());
        model.setFilter({});
        return model.index(0, AuditLogModel::Reason).data().toString();
    };
    const auto storedReason = [&fixture] { return fixture.services().audit().list({}, 1, 0)->constFirst().reason; };

    // Recorded by an English process (the headless server): a Finnish console shows it in Finnish.
    fixture.clock().advance(1);
    const Result<TestUser> created = fixture.services().testUsers().create(
        { QStringLiteral("ann@example.com"), QStringLiteral("Ann"), QStringLiteral("long enough pass"), false, true },
        QStringLiteral("operator"));
    QVERIFY(created);
    QSettings().setValue(QStringLiteral("language"), QStringLiteral("fi"));
    Translations::install();
    QCOMPARE(newestReason(), QStringLiteral("Luotiin testikäyttäjä"));

    // Recorded by the Finnish console: stored in English, shown in German by a German console. A plural
    // takes the form of its count in each language.
    fixture.clock().advance(1);
    QVERIFY(fixture.services().testUsers().resetPassword(
        created->id, QStringLiteral("another long pass"), QStringLiteral("operator")));
    QCOMPARE(newestReason(), QStringLiteral("Salasana nollattu; 0 istuntoa mitätöity"));
    removeTranslators();
    QCOMPARE(storedReason(), QStringLiteral("Password reset; 0 session(s) revoked"));
    QSettings().setValue(QStringLiteral("language"), QStringLiteral("de"));
    Translations::install();
    QCOMPARE(newestReason(), QStringLiteral("Passwort zurückgesetzt; 0 Sitzungen widerrufen"));

    // Reasons typed by an operator are data: shown as stored in every language.
    fixture.clock().advance(1);
    fixture.services().audit().adminAction(QStringLiteral("alice"), QStringLiteral("session.revoke"),
        QStringLiteral("family-1"), QStringLiteral("lost phone"));
    QCOMPARE(newestReason(), QStringLiteral("lost phone"));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
