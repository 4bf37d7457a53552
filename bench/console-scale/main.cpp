// bench/console-scale: times the real console (offscreen) on a database seeded by `run`: start-up,
// opening the Sessions page, filtering it by a user's e-mail, opening the Test users page and
// searching it. Prints a table and, with --markdown, writes it as markdown. See README.md.

#include "consoledriver.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>
#include <algorithm>
#include <cstdio>

namespace {

using authdesk::ConsoleDriver;

double medianOf(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

struct Measurement
{
    QString name;
    QString target; // empty: no target, shown for context
    double targetMs = 0;
    QList<authdesk::Timing> samples;

    QList<double> wall() const
    {
        QList<double> values;
        for (const authdesk::Timing &timing : samples)
            values << timing.wallMs;
        return values;
    }
    double median() const { return medianOf(wall()); }
    double medianCpu() const
    {
        QList<double> values;
        for (const authdesk::Timing &timing : samples)
            values << timing.cpuMs;
        return medianOf(values);
    }
    double worst() const
    {
        const QList<double> values = wall();
        return *std::max_element(values.cbegin(), values.cend());
    }
    double best() const
    {
        const QList<double> values = wall();
        return *std::min_element(values.cbegin(), values.cend());
    }
    QString verdict() const
    {
        if (targetMs <= 0)
            return QStringLiteral("-");
        return median() < targetMs ? QStringLiteral("met")
                                   : QStringLiteral("missed by %1 ms").arg(median() - targetMs, 0, 'f', 0);
    }
};

// The child process of a start-up measurement: the console from nothing to its first page's rows.
int probeStartup(const QString &databasePath, const QString &keyFile)
{
    ConsoleDriver console;
    if (!console.open(databasePath, keyFile) || !console.waitForFirstPage())
        return 1;
    // The parent reads the wall-clock time itself; the CPU time only this process knows.
    std::printf("ready %.1f\n", authdesk::Stopwatch::processCpuMs());
    std::fflush(stdout);
    return 0;
}

// Process start to "ready": loading the program and Qt, opening the database, building every page.
authdesk::Timing timeStartup(const QStringList &probeArguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer clock;
    clock.start();
    process.start(QCoreApplication::applicationFilePath(), probeArguments);
    QByteArray output;
    while (!output.contains('\n') && process.waitForReadyRead(60000))
        output += process.readAll();
    const double elapsed = static_cast<double>(clock.nsecsElapsed()) / 1e6;
    process.waitForFinished(60000);
    if (process.exitCode() != 0 || process.exitStatus() != QProcess::NormalExit || !output.startsWith("ready "))
        return {};
    return { elapsed, output.mid(6).trimmed().toDouble() };
}

QString number(double ms)
{
    return QString::number(ms, 'f', ms < 10 ? 1 : 0);
}

QString markdown(const QList<Measurement> &measurements, const QString &scale, int runs)
{
    QString text;
    QTextStream out(&text);
    out << "| Measurement | Target | Median (ms) | Best | Worst | CPU, median (ms) | Verdict |\n";
    out << "|---|---|---:|---:|---:|---:|---|\n";
    for (const Measurement &m : measurements) {
        out << "| " << m.name << " | " << (m.target.isEmpty() ? QStringLiteral("-") : m.target) << " | "
            << number(m.median()) << " | " << number(m.best()) << " | " << number(m.worst()) << " | "
            << number(m.medianCpu()) << " | " << m.verdict() << " |\n";
    }
    out << "\n"
        << scale << "; " << runs << " runs each, median shown. Build: " << AUTHDESK_BENCH_BUILD_TYPE << ", Qt "
        << qVersion() << ", " << QSysInfo::prettyProductName() << ", " << QThread::idealThreadCount()
        << " cores, QT_QPA_PLATFORM=" << qEnvironmentVariable("QT_QPA_PLATFORM") << ".\n";
    return text;
}

void printTable(const QList<Measurement> &measurements)
{
    std::printf("%-40s %-9s %10s %7s %7s %8s  %s\n", "measurement", "target", "median ms", "best", "worst", "CPU ms",
        "verdict");
    for (const Measurement &m : measurements) {
        std::printf("%-40s %-9s %10s %7s %7s %8s  %s\n", qPrintable(m.name), qPrintable(m.target),
            qPrintable(number(m.median())), qPrintable(number(m.best())), qPrintable(number(m.worst())),
            qPrintable(number(m.medianCpu())), qPrintable(m.verdict()));
    }
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("AuthDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("authdesk"));

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QStringLiteral("The seeded database."), QStringLiteral("FILE"));
    const QCommandLineOption keyOption(
        QStringLiteral("key-file"), QStringLiteral("Its key file."), QStringLiteral("FILE"));
    const QCommandLineOption emailOption(
        QStringLiteral("email"), QStringLiteral("A user's e-mail to filter sessions by."), QStringLiteral("EMAIL"));
    const QCommandLineOption searchOption(
        QStringLiteral("search"), QStringLiteral("Text to search test users for."), QStringLiteral("TEXT"));
    const QCommandLineOption runsOption(
        QStringLiteral("runs"), QStringLiteral("Runs of each measurement."), QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption scaleOption(
        QStringLiteral("scale"), QStringLiteral("What was seeded, for the report."), QStringLiteral("TEXT"));
    const QCommandLineOption markdownOption(
        QStringLiteral("markdown"), QStringLiteral("Writes the table here."), QStringLiteral("FILE"));
    const QCommandLineOption probeOption(QStringLiteral("startup-probe"), QStringLiteral("Internal: one start-up."));
    parser.addOptions(
        { dbOption, keyOption, emailOption, searchOption, runsOption, scaleOption, markdownOption, probeOption });
    parser.process(app);

    const QString databasePath = parser.value(dbOption);
    const QString keyFile = parser.value(keyOption);
    if (databasePath.isEmpty() || keyFile.isEmpty()) {
        std::fputs("console-scale: --db and --key-file are required\n", stderr);
        return 2;
    }
    if (parser.isSet(probeOption))
        return probeStartup(databasePath, keyFile);

    const int runs = std::max(1, parser.value(runsOption).toInt());
    const QString email = parser.value(emailOption);
    const QString search = parser.value(searchOption);

    Measurement startup { QStringLiteral("Start-up to the first page's rows"), QStringLiteral("< 1 s"), 1000, {} };
    Measurement sessions { QStringLiteral("Open the Sessions page"), QStringLiteral("< 300 ms"), 300, {} };
    Measurement filter { QStringLiteral("Filter sessions by a user's e-mail"), QStringLiteral("< 100 ms"), 100, {} };
    Measurement unfilter { QStringLiteral("Clear the Sessions filter"), {}, 0, {} };
    Measurement deep { QStringLiteral("Sessions: next chunk at row 20,000"), {}, 0, {} };
    Measurement users { QStringLiteral("Open the Test users page"), {}, 0, {} };
    Measurement usersSearch { QStringLiteral("Search test users"), {}, 0, {} };

    const QStringList probeArguments { QStringLiteral("--startup-probe"), QStringLiteral("--db"), databasePath,
        QStringLiteral("--key-file"), keyFile };
    // One start-up first, untimed: it applies any migration the seeding binary did not know of and
    // warms the OS file cache as the seeding left it, so every timed run starts alike.
    timeStartup(probeArguments);
    for (int run = 0; run < runs; ++run)
        startup.samples << timeStartup(probeArguments);

    ConsoleDriver console;
    if (!console.open(databasePath, keyFile) || !console.waitForFirstPage())
        return 1;
    for (int run = 0; run < runs; ++run) {
        console.showApplicationsPage();
        sessions.samples << console.openSessionsPage();
        filter.samples << console.filterSessionsByEmail(email);
        unfilter.samples << console.clearSessionsFilter();
        deep.samples << console.fetchSessionsAt(20000);
        users.samples << console.openTestUsersPage();
        usersSearch.samples << console.searchTestUsers(search);
        console.clearTestUsersSearch();
    }

    const QList<Measurement> all { startup, sessions, filter, unfilter, deep, users, usersSearch };
    printTable(all);
    bool failed = false;
    for (const Measurement &m : all)
        failed = failed || m.best() < 0;
    if (parser.isSet(markdownOption)) {
        QFile file(parser.value(markdownOption));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
            std::fprintf(stderr, "console-scale: cannot write %s\n", qPrintable(file.fileName()));
            return 1;
        }
        file.write(markdown(all, parser.value(scaleOption), runs).toUtf8());
    }
    if (failed)
        std::fputs("console-scale: a measurement timed out (shown as -1)\n", stderr);
    return failed ? 1 : 0;
}
