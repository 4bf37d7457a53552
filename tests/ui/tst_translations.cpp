#include "apifixture.h"
#include "app/translations.h"
#include "server/authserver.h"
#include "services/applicationservice.h"
#include "services/auditlog.h"
#include "services/requestlog.h"
#include "services/requestlogfile.h"
#include "services/servicehub.h"
#include "services/sessionservice.h"
#include "services/testuserservice.h"
#include "ui/auditlogmodel.h"
#include "ui/mainwindow.h"
#include "ui/requestlogmodel.h"

#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
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
    void theWindowKeepsItsDefaultSizeInEveryLanguage_data();
    void theWindowKeepsItsDefaultSizeInEveryLanguage();
    void composedAuditReasonsAreTranslatedWhenShown_data();
    void composedAuditReasonsAreTranslatedWhenShown();
    void requestReasonsAreTranslatedWhenShown();

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
                                   QStringLiteral("Ausprobieren"), QStringLiteral("Identitätsanbieter"),
                                   QStringLiteral("Teststeuerung") };
    QTest::addRow("Finnish") << QStringLiteral("fi")
                             << QStringList { QStringLiteral("Sovellukset"), QStringLiteral("Testikäyttäjät"),
                                    QStringLiteral("Istunnot"), QStringLiteral("Pyynnöt"),
                                    QStringLiteral("Tarkastusloki"), QStringLiteral("Palvelin"),
                                    QStringLiteral("Kokeile"), QStringLiteral("Identiteetintarjoajat"),
                                    QStringLiteral("Testiohjaus") };
    QTest::addRow("English") << QStringLiteral("en")
                             << QStringList { QStringLiteral("Applications"), QStringLiteral("Test users"),
                                    QStringLiteral("Sessions"), QStringLiteral("Requests"), QStringLiteral("Audit log"),
                                    QStringLiteral("Server"), QStringLiteral("Try it"),
                                    QStringLiteral("Identity providers"), QStringLiteral("Test controls") };
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

void TestTranslations::theWindowKeepsItsDefaultSizeInEveryLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addRow("English") << QStringLiteral("en");
    QTest::addRow("Finnish") << QStringLiteral("fi");
    QTest::addRow("German") << QStringLiteral("de");
}

// Longer words must not widen the window: a page's minimum width (its widest row of buttons, a
// label that does not wrap) would make the window wider than the default, or than the screen.
void TestTranslations::theWindowKeepsItsDefaultSizeInEveryLanguage()
{
    QFETCH(QString, language);
    QSettings().setValue(QStringLiteral("language"), language);
    Translations::install();
    ApiFixture fixture;
    QVERIFY(fixture.start());
    MainWindow window(
        { &fixture.services(), &fixture.server(), QStringLiteral("the key file /tmp/x"), QStringLiteral("maria") });
    const QSize size = window.size();
    QStringList tooWide;
    for (int page = 0; page < window.sidebar()->count(); ++page) {
        const int width = window.pageWidget(static_cast<MainWindow::Page>(page))->minimumSizeHint().width();
        if (width > size.width() - window.sidebar()->width())
            tooWide << QStringLiteral("%1 (%2 px)").arg(window.sidebar()->item(page)->text()).arg(width);
    }
    QVERIFY2(tooWide.isEmpty(), qPrintable(tooWide.join(QStringLiteral(", "))));
    QVERIFY(window.minimumSizeHint().width() <= size.width());

    // With a session from a browser, the longer headers of the Sessions and Requests tables give way
    // rather than scroll sideways.
    QCOMPARE(fixture
                 .token("grant_type=password&username=joe%40example.com&password=secret%20pass%26%3D%2B&scope=user"
                        "&client_id="
                         + QByteArray(ApiFixture::MarketplaceClientId),
                     { { "User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0" } })
                 .status,
        200);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (const MainWindow::Page page : { MainWindow::Page::Sessions, MainWindow::Page::Requests }) {
        window.showPage(page);
        auto *view = window.pageWidget(page)->findChild<QTableView *>();
        QVERIFY(view);
        QTRY_VERIFY(view->model()->rowCount() > 0);
        QTRY_COMPARE(view->horizontalScrollBar()->maximum(), 0);
    }
    QCOMPARE(window.size(), size);
}

void TestTranslations::composedAuditReasonsAreTranslatedWhenShown_data()
{
    QTest::addColumn<QString>("language");
    QTest::addRow("Finnish") << QStringLiteral("fi");
    QTest::addRow("German") << QStringLiteral("de");
}

// The reasons the services put together from several translated parts (an application change's
// fields, a session's description, a reused refresh token's story) and the bulk creation's target:
// recorded by an English process, each part reads in the language of the console that shows them.
void TestTranslations::composedAuditReasonsAreTranslatedWhenShown()
{
    QFETCH(QString, language);
    ApiFixture fixture;
    QVERIFY(fixture.start());
    ServiceHub &services = fixture.services();
    const QString actor = QStringLiteral("maria");

    // Recorded without a translator, as `authdesk serve` or an English console would.
    fixture.clock().advance(1);
    const Result<IssuedSecret> created
        = services.applications().create(QStringLiteral("Shop X"), ApplicationType::Marketplace, actor);
    QVERIFY(created);
    Application changed = created->application;
    changed.name = QStringLiteral("Shop Y");
    changed.enabled = false;
    changed.settings.accessTokenTtlSeconds = 600;
    fixture.clock().advance(1);
    QVERIFY(services.applications().update(changed, actor));

    const QJsonObject login = fixture.login();
    const QByteArray refresh = login.value(QLatin1String("refresh_token")).toString().toUtf8();
    QVERIFY(!refresh.isEmpty());
    const QByteArray refreshForm = "grant_type=refresh_token&client_id=" + QByteArray(ApiFixture::MarketplaceClientId)
        + "&refresh_token=" + QUrl::toPercentEncoding(QString::fromUtf8(refresh));
    QCOMPARE(fixture.token(refreshForm).status, 200);
    fixture.clock().advance(120); // past the grace window
    QCOMPARE(fixture.token(refreshForm).status, 401);

    const Result<QList<TestUser>> many = services.testUsers().createMany(
        { { QStringLiteral("one@example.com"), QStringLiteral("One"), QStringLiteral("long enough pass") },
            { QStringLiteral("two@example.com"), QStringLiteral("Two"), QStringLiteral("long enough pass") } },
        actor);
    QVERIFY(many);
    const QJsonObject second = fixture.login();
    const QString familyId = QString::fromUtf8(
        QByteArray::fromBase64(second.value(QLatin1String("access_token")).toString().toLatin1().split('.').value(1),
            QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const QString fid = QJsonDocument::fromJson(familyId.toUtf8()).object().value(QLatin1String("fid")).toString();
    QVERIFY(!fid.isEmpty());
    fixture.clock().advance(1);
    QVERIFY(services.sessions().revoke(fid, QStringLiteral("lost phone"), actor));

    QSettings().setValue(QStringLiteral("language"), language);
    Translations::install();
    AuditLogModel model(services.audit());
    model.setFilter({});
    const auto shown = [&model](const QString &action, int column = AuditLogModel::Reason) {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, AuditLogModel::Action).data().toString() == action)
                return model.index(row, column).data().toString();
        }
        return QString();
    };
    const auto translated = [](const char *context, const char *source, int n = -1) {
        return QCoreApplication::translate(context, source, nullptr, n);
    };

    QCOMPARE(shown(QStringLiteral("application.create")),
        translated("ApplicationService", "Created %1 application \"%2\"")
            .arg(QStringLiteral("marketplace"), QStringLiteral("Shop X")));
    const QString update = shown(QStringLiteral("application.update"));
    QCOMPARE(update,
        QStringLiteral("%1: %2: Shop X -> Shop Y; %3: %4 -> %5; %6: %7 -> %8")
            .arg(translated("ApplicationService", "Disabled \"%1\"").arg(QStringLiteral("Shop Y")),
                translated("ApplicationService", "name"), translated("ApplicationService", "enabled"),
                translated("ApplicationService", "yes"), translated("ApplicationService", "no"),
                translated("ApplicationService", "access-token lifetime"),
                translated("ApplicationService", "%1 s").arg(900), translated("ApplicationService", "%1 s").arg(600)));
    // Where a language has the words, no English one is left.
    for (const char *field : { "enabled", "access-token lifetime", "yes" }) {
        if (QCoreApplication::translate("ApplicationService", field) != QLatin1String(field))
            QVERIFY2(!update.contains(QLatin1String(field)), qPrintable(update));
    }

    QCOMPARE(shown(QStringLiteral("refresh.reuse_detected")),
        translated("TokenService", "%1; the session was revoked")
            .arg(translated(
                "TokenService", "a refresh token was used again %1 s after rotation, past the %2 s grace window")
                     .arg(120)
                     .arg(30)));
    QCOMPARE(shown(QStringLiteral("session.revoke")),
        QStringLiteral("lost phone (%1)")
            .arg(translated("SessionService", "session of %1 in %2")
                     .arg(QStringLiteral("joe@example.com"), QStringLiteral("Web shop"))));
    QCOMPARE(shown(QStringLiteral("user.create_many"), AuditLogModel::Target),
        translated("TestUserService", "%n test users", 2));

    // Stored in English for exports and the CLI, whatever the console's language.
    removeTranslators();
    const Result<QList<AuditEvent>> stored = services.audit().list({}, 20, 0);
    QVERIFY(stored);
    bool bulk = false; // the newest bulk creation; the fixture's seed made one too
    for (const AuditEvent &event : *stored) {
        if (event.action == QLatin1String("user.create_many") && !std::exchange(bulk, true))
            QCOMPARE(event.target, QStringLiteral("2 test users"));
        if (event.action == QLatin1String("session.revoke"))
            QCOMPARE(event.reason, QStringLiteral("lost phone (session of joe@example.com in Web shop)"));
    }
}

// The request log keeps its reasons untranslated (the server translates nothing on its network
// threads): decisions recorded while no translator is installed, as `authdesk serve` records them, read
// in Finnish in the console's request list once the console is Finnish, and in English in the file of
// `serve --request-log` whatever the language.
void TestTranslations::requestReasonsAreTranslatedWhenShown()
{
    ApiFixture fixture;
    QVERIFY(fixture.start());
    QVERIFY(QCoreApplication::instance()->findChildren<QTranslator *>().isEmpty());
    RequestLog &log = fixture.services().requestLog();
    log.clear();
    // The file follows the log from here on, as `serve --request-log` opens it before it serves.
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("requests.jsonl"));
    Result<std::unique_ptr<RequestLogFile>> file = RequestLogFile::open(path, log);
    QVERIFY(file);

    const QByteArray market = ApiFixture::MarketplaceClientId;
    QCOMPARE(fixture.token("grant_type=client_credentials&scope=public-read&client_id=" + market).status, 200);
    QCOMPARE(fixture.token("grant_type=client_credentials&client_id=00000000-0000-4000-8000-000000000000").status, 401);
    QCOMPARE(
        fixture.token("grant_type=password&client_id=" + market + "&username=joe%40example.com&password=guess").status,
        401);
    const QList<TokenDecision> decisions = log.snapshot();
    QCOMPARE(decisions.size(), 3);

    QSettings().setValue(QStringLiteral("language"), QStringLiteral("fi"));
    Translations::install();
    RequestLogModel model;
    model.setDecisions(decisions);
    const auto shown = [&model](int row) { return model.index(row, RequestLogModel::Reason).data().toString(); };
    // Newest first.
    QCOMPARE(shown(0), QStringLiteral("väärä salasana käyttäjälle joe@example.com"));
    QCOMPARE(shown(1), QStringLiteral("millään sovelluksella ei ole tätä asiakastunnusta"));
    QCOMPARE(shown(2), QStringLiteral("anonyymi tunnus myönnetty"));
    QCOMPARE(model.index(2, RequestLogModel::Reason).data(Qt::ToolTipRole).toString(), shown(2));

    // The file reads English, also for a line written while the process is Finnish.
    (*file)->flush();
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QStringList reasons;
    for (const QByteArray &line : written.readAll().split('\n')) {
        if (!line.isEmpty())
            reasons << QJsonDocument::fromJson(line).object().value(QLatin1String("reason")).toString();
    }
    const QStringList english { QStringLiteral("anonymous token issued"),
        QStringLiteral("no application has this client ID"), QStringLiteral("wrong password for joe@example.com") };
    QCOMPARE(reasons, english);
    QCOMPARE(QJsonDocument::fromJson(RequestLogFile::line(decisions.last())).object().value(QLatin1String("reason")),
        QJsonValue(english.last()));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
