#include "files.h"
#include "serveprocess.h"
#include "tempdir.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTcpServer>
#include <QTest>
#include <csignal>

using namespace authdesk;

// Drives the real `authdesk` executable as a person or a script would.
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void help_data();
    void help();
    void version();
    void badArguments_data();
    void badArguments();
    void serveAnswersHealthAndStopsOnSignal_data();
    void serveAnswersHealthAndStopsOnSignal();
    void serveCreatesDefaultDatabase();
    void serveRefusesDirectory();
    void serveRefusesTextFile();
    void serveRefusesTakenPort();
    void consoleWithoutDisplaySuggestsServe();

private:
    // A process environment whose HOME and data folders are inside this test's temporary folder.
    QProcessEnvironment environment() const;
    ProcessResult run(const QStringList &arguments, const QProcessEnvironment &env)
    {
        return runProcess(authDeskBinary(), arguments, env);
    }
    // Arguments that let `serve` run on a machine without an OS keychain.
    QStringList headless() const;

    std::unique_ptr<TempDir> m_dir;
};

void TestCli::initTestCase()
{
    QVERIFY2(!authDeskBinary().isEmpty(), "AUTHDESK_BINARY must name the authdesk executable (ctest sets it)");
    QVERIFY2(QFileInfo(authDeskBinary()).isExecutable(), qPrintable(authDeskBinary()));
}

void TestCli::init()
{
    m_dir = std::make_unique<TempDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("home"))));
}

void TestCli::cleanup()
{
    m_dir.reset();
}

QProcessEnvironment TestCli::environment() const
{
    return environmentWithHome(m_dir->filePath(QStringLiteral("home")));
}

QStringList TestCli::headless() const
{
    return { QStringLiteral("--key-file"), m_dir->filePath(QStringLiteral("kek.key")) };
}

void TestCli::help_data()
{
    QTest::addColumn<QString>("option");

    QTest::addRow("--help") << QStringLiteral("--help");
    QTest::addRow("-h") << QStringLiteral("-h");
}

void TestCli::help()
{
    QFETCH(QString, option);

    const ProcessResult finished = run({ option }, environment());
    QVERIFY(finished.ok);
    QCOMPARE(finished.exitCode, 0);
    QVERIFY2(finished.out.contains(QLatin1String("authdesk serve")), qPrintable(finished.out));
    QVERIFY(finished.out.contains(QLatin1String("--port")));
    QVERIFY(finished.out.contains(QLatin1String("--db")));
    QCOMPARE(finished.err, QString());
}

void TestCli::version()
{
    const ProcessResult finished = run({ QStringLiteral("--version") }, environment());
    QVERIFY(finished.ok);
    QCOMPARE(finished.exitCode, 0);
    QCOMPARE(finished.out, QStringLiteral("authdesk 0.1.0\n"));
    QCOMPARE(finished.err, QString());
}

void TestCli::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentioned"); // what the message must name so the person can fix it

    QTest::addRow("port not a number") << QStringList { QStringLiteral("serve"), QStringLiteral("--port"),
        QStringLiteral("abc") } << QStringLiteral("abc");
    QTest::addRow("port too large") << QStringList { QStringLiteral("serve"), QStringLiteral("--port"),
        QStringLiteral("70000") } << QStringLiteral("70000");
    QTest::addRow("port negative") << QStringList { QStringLiteral("serve"), QStringLiteral("--port=-1") }
                                   << QStringLiteral("-1");
    QTest::addRow("port missing its value")
        << QStringList { QStringLiteral("serve"), QStringLiteral("--port") } << QStringLiteral("port");
    QTest::addRow("threads zero") << QStringList { QStringLiteral("serve"), QStringLiteral("--threads"),
        QStringLiteral("0") } << QStringLiteral("--threads");
    QTest::addRow("threads too many") << QStringList { QStringLiteral("serve"), QStringLiteral("--threads=17") }
                                      << QStringLiteral("17");
    QTest::addRow("threads not a number") << QStringList { QStringLiteral("serve"), QStringLiteral("--threads"),
        QStringLiteral("two") } << QStringLiteral("two");
    QTest::addRow("public url without scheme")
        << QStringList { QStringLiteral("serve"), QStringLiteral("--public-url=auth.example.test") }
        << QStringLiteral("auth.example.test");
    QTest::addRow("public url with a path")
        << QStringList { QStringLiteral("serve"), QStringLiteral("--public-url=http://lb.test/auth") }
        << QStringLiteral("http://lb.test/auth");
    QTest::addRow("public url with a password")
        << QStringList { QStringLiteral("serve"), QStringLiteral("--public-url=http://u:p@lb.test") }
        << QStringLiteral("--public-url");
    QTest::addRow("unknown option") << QStringList { QStringLiteral("serve"), QStringLiteral("--bogus") }
                                    << QStringLiteral("bogus");
    QTest::addRow("unknown command") << QStringList { QStringLiteral("frobnicate") } << QStringLiteral("frobnicate");
    QTest::addRow("stray argument") << QStringList { QStringLiteral("serve"), QStringLiteral("extra") }
                                    << QStringLiteral("extra");
    QTest::addRow("bind not an address") << QStringList { QStringLiteral("serve"), QStringLiteral("--bind"),
        QStringLiteral("localhostt") } << QStringLiteral("localhostt");
    QTest::addRow("remote bind without --allow-remote")
        << QStringList { QStringLiteral("serve"), QStringLiteral("--bind"), QStringLiteral("10.1.2.3") }
        << QStringLiteral("--allow-remote");
}

void TestCli::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentioned);

    const ProcessResult finished = run(arguments, environment());
    QVERIFY(finished.ok);
    QCOMPARE(finished.exitCode, 2);
    QVERIFY2(finished.err.contains(mentioned), qPrintable(finished.err));
    QCOMPARE(finished.out, QString());
    // Nothing was started, so nothing was created.
    QVERIFY(
        QDir(m_dir->filePath(QStringLiteral("home"))).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
}

void TestCli::serveAnswersHealthAndStopsOnSignal_data()
{
    QTest::addColumn<int>("signalNumber");

    QTest::addRow("SIGTERM") << int(SIGTERM);
    QTest::addRow("SIGINT") << int(SIGINT);
}

void TestCli::serveAnswersHealthAndStopsOnSignal()
{
    QFETCH(int, signalNumber);

    const QString db = m_dir->filePath(QStringLiteral("a.sqlite"));
    ServeProcess serve;
    QVERIFY(serve.start(
        QStringList { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"), db } + headless(),
        environment()));
    QCOMPARE(serve.baseUrl().host(), QStringLiteral("127.0.0.1"));

    const HttpReply health = serve.http().get(QStringLiteral("/health"));
    QCOMPARE(health.status, 200);
    QCOMPARE(health.body, QByteArrayLiteral(R"({"status":"ok"})"));
    QCOMPARE(fileMode(db), 0600);

    const ProcessResult stopped = serve.stop(signalNumber, 5000);
    QVERIFY2(stopped.ok, "authdesk serve did not stop within 5 s of the signal");
    QCOMPARE(stopped.exitCode, 0);
    // The listening line was the only line on stdout.
    QCOMPARE(stopped.out, QString());
    QCOMPARE(fileMode(db), 0600);
}

void TestCli::serveCreatesDefaultDatabase()
{
    ServeProcess serve;
    QVERIFY(serve.start(QStringList { QStringLiteral("--port"), QStringLiteral("0") } + headless(), environment()));

    // Where the README says data lives: the application data folder of the user.
    const QString folder = m_dir->filePath(QStringLiteral("home/.local/share/AuthDesk/authdesk"));
    const QString db = folder + QStringLiteral("/authdesk.sqlite");
    QVERIFY2(QFileInfo(db).isFile(), qPrintable(db));
    QCOMPARE(fileMode(db), 0600);
    QCOMPARE(fileMode(folder), 0700);

    const ProcessResult stopped = serve.stop(SIGTERM, 5000);
    QVERIFY(stopped.ok);
    QCOMPARE(stopped.exitCode, 0);
}

void TestCli::serveRefusesDirectory()
{
    const QString folder = m_dir->filePath(QStringLiteral("folder.sqlite"));
    QVERIFY(QDir().mkdir(folder));

    const ProcessResult finished = run(QStringList { QStringLiteral("serve"), QStringLiteral("--port"),
                                           QStringLiteral("0"), QStringLiteral("--db"), folder }
            + headless(),
        environment());
    QVERIFY(finished.ok);
    QCOMPARE(finished.exitCode, 2);
    QVERIFY2(finished.err.contains(folder), qPrintable(finished.err));
    QCOMPARE(finished.out, QString());
    QVERIFY(QFileInfo(folder).isDir());
    QVERIFY(QDir(folder).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
}

void TestCli::serveRefusesTextFile()
{
    const QString path = m_dir->filePath(QStringLiteral("notes.txt"));
    const QByteArray contents = QByteArrayLiteral("shopping list\n- milk\n- bread\n");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(contents), contents.size());
    }

    const ProcessResult finished = run(QStringList { QStringLiteral("serve"), QStringLiteral("--port"),
                                           QStringLiteral("0"), QStringLiteral("--db"), path }
            + headless(),
        environment());
    QVERIFY(finished.ok);
    QCOMPARE(finished.exitCode, 2);
    QVERIFY2(finished.err.contains(path), qPrintable(finished.err));
    QCOMPARE(finished.out, QString());
    QCOMPARE(readFile(path), contents);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-journal")));
}

void TestCli::serveRefusesTakenPort()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress(QHostAddress::LocalHost), 0));
    const QString port = QString::number(squatter.serverPort());

    const ProcessResult finished = run(QStringList { QStringLiteral("serve"), QStringLiteral("--port"), port,
                                           QStringLiteral("--db"), m_dir->filePath(QStringLiteral("a.sqlite")) }
            + headless(),
        environment());
    QVERIFY(finished.ok);
    QCOMPARE(finished.exitCode, 2);
    QVERIFY2(finished.err.contains(port), qPrintable(finished.err));
    QVERIFY2(!finished.out.contains(QLatin1String("listening")), qPrintable(finished.out));
}

void TestCli::consoleWithoutDisplaySuggestsServe()
{
    QProcessEnvironment env = environment();
    for (const char *name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM" })
        env.remove(QLatin1String(name));

    const ProcessResult finished = run({}, env);
    QVERIFY(finished.ok);
    QCOMPARE(finished.exitCode, 2);
    QVERIFY2(finished.err.contains(QLatin1String("authdesk serve")), qPrintable(finished.err));
    QCOMPARE(finished.out, QString());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
