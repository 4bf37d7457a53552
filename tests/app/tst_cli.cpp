#include "tempdir.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>
#include <csignal>
#include <sys/stat.h>

using namespace authdesk;

namespace {

int modeOf(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return static_cast<int>(st.st_mode & 07777);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

struct Finished
{
    bool ok = false; // exited on its own within the time limit
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

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
    Finished run(const QStringList &arguments, const QProcessEnvironment &env, int timeoutMs = 30000);
    // Arguments that let `serve` run on a machine without an OS keychain.
    QStringList headless() const;
    // Starts `authdesk serve`, waits for its one line and returns the port it announced (0 on failure).
    quint16 startServe(QProcess &process, const QStringList &arguments);
    int getHealth(quint16 port, QByteArray *body);

    QString m_binary;
    std::unique_ptr<TempDir> m_dir;
};

void TestCli::initTestCase()
{
    m_binary = qEnvironmentVariable("AUTHDESK_BINARY");
    QVERIFY2(!m_binary.isEmpty(), "AUTHDESK_BINARY must name the authdesk executable (ctest sets it)");
    QVERIFY2(QFileInfo(m_binary).isExecutable(), qPrintable(m_binary));
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
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString home = m_dir->filePath(QStringLiteral("home"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    return env;
}

QStringList TestCli::headless() const
{
    return { QStringLiteral("--key-file"), m_dir->filePath(QStringLiteral("kek.key")) };
}

Finished TestCli::run(const QStringList &arguments, const QProcessEnvironment &env, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(m_binary, arguments);
    Finished result;
    if (!process.waitForStarted(10000))
        return result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.ok = process.exitStatus() == QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    result.err = QString::fromLocal8Bit(process.readAllStandardError());
    return result;
}

quint16 TestCli::startServe(QProcess &process, const QStringList &arguments)
{
    process.setProcessEnvironment(environment());
    process.start(m_binary, QStringList { QStringLiteral("serve") } + arguments);
    if (!process.waitForStarted(10000))
        return 0;
    QElapsedTimer timer;
    timer.start();
    while (!process.canReadLine() && process.state() == QProcess::Running && timer.elapsed() < 30000)
        process.waitForReadyRead(1000);
    const QString line = QString::fromLocal8Bit(process.readLine());
    static const QRegularExpression listening(QStringLiteral("^listening on http://127\\.0\\.0\\.1:(\\d+)\\n$"));
    const QRegularExpressionMatch match = listening.match(line);
    if (!match.hasMatch()) {
        qWarning() << "unexpected first line:" << line
                   << "stderr:" << QString::fromLocal8Bit(process.readAllStandardError());
        return 0;
    }
    return match.captured(1).toUShort();
}

int TestCli::getHealth(quint16 port, QByteArray *body)
{
    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy); // talk to 127.0.0.1 directly, whatever http_proxy says
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port);
    url.setPath(QStringLiteral("/health"));
    std::unique_ptr<QNetworkReply> reply(network.get(QNetworkRequest(url)));
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 10000))
        return 0;
    *body = reply->readAll();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
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

    const Finished finished = run({ option }, environment());
    QVERIFY(finished.ok);
    QCOMPARE(finished.exitCode, 0);
    QVERIFY2(finished.out.contains(QLatin1String("authdesk serve")), qPrintable(finished.out));
    QVERIFY(finished.out.contains(QLatin1String("--port")));
    QVERIFY(finished.out.contains(QLatin1String("--db")));
    QCOMPARE(finished.err, QString());
}

void TestCli::version()
{
    const Finished finished = run({ QStringLiteral("--version") }, environment());
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

    const Finished finished = run(arguments, environment());
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
    QProcess process;
    const quint16 port = startServe(process,
        QStringList { QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--db"), db } + headless());
    QVERIFY(port != 0);

    QByteArray body;
    QCOMPARE(getHealth(port, &body), 200);
    QCOMPARE(body, QByteArrayLiteral(R"({"status":"ok"})"));
    QCOMPARE(modeOf(db), 0600);

    QCOMPARE(::kill(static_cast<pid_t>(process.processId()), signalNumber), 0);
    QVERIFY2(process.waitForFinished(5000), "authdesk serve did not stop within 5 s of the signal");
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    // The listening line was the only line on stdout.
    QCOMPARE(process.readAllStandardOutput(), QByteArray());
    QCOMPARE(modeOf(db), 0600);
}

void TestCli::serveCreatesDefaultDatabase()
{
    QProcess process;
    const quint16 port
        = startServe(process, QStringList { QStringLiteral("--port"), QStringLiteral("0") } + headless());
    QVERIFY(port != 0);

    // Where the README says data lives: the application data folder of the user.
    const QString folder = m_dir->filePath(QStringLiteral("home/.local/share/AuthDesk/authdesk"));
    const QString db = folder + QStringLiteral("/authdesk.sqlite");
    QVERIFY2(QFileInfo(db).isFile(), qPrintable(db));
    QCOMPARE(modeOf(db), 0600);
    QCOMPARE(modeOf(folder), 0700);

    process.terminate();
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitCode(), 0);
}

void TestCli::serveRefusesDirectory()
{
    const QString folder = m_dir->filePath(QStringLiteral("folder.sqlite"));
    QVERIFY(QDir().mkdir(folder));

    const Finished finished = run(QStringList { QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"),
                                      QStringLiteral("--db"), folder }
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

    const Finished finished = run(QStringList { QStringLiteral("serve"), QStringLiteral("--port"), QStringLiteral("0"),
                                      QStringLiteral("--db"), path }
            + headless(),
        environment());
    QVERIFY(finished.ok);
    QCOMPARE(finished.exitCode, 2);
    QVERIFY2(finished.err.contains(path), qPrintable(finished.err));
    QCOMPARE(finished.out, QString());
    QCOMPARE(readAll(path), contents);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-journal")));
}

void TestCli::serveRefusesTakenPort()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress(QHostAddress::LocalHost), 0));
    const QString port = QString::number(squatter.serverPort());

    const Finished finished = run(QStringList { QStringLiteral("serve"), QStringLiteral("--port"), port,
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

    const Finished finished = run({}, env);
    QVERIFY(finished.ok);
    QCOMPARE(finished.exitCode, 2);
    QVERIFY2(finished.err.contains(QLatin1String("authdesk serve")), qPrintable(finished.err));
    QCOMPARE(finished.out, QString());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
