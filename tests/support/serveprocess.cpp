#include "serveprocess.h"

#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QtDebug>
#include <signal.h>

namespace authdesk {

namespace {

ProcessResult finish(QProcess &process, int timeoutMs)
{
    ProcessResult result;
    if (process.state() != QProcess::NotRunning && !process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
    } else {
        result.ok = process.exitStatus() == QProcess::NormalExit;
        result.exitCode = process.exitCode();
    }
    result.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    result.err = QString::fromLocal8Bit(process.readAllStandardError());
    return result;
}

} // namespace

ProcessResult runProcess(
    const QString &program, const QStringList &arguments, const QProcessEnvironment &environment, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        qWarning() << "cannot start" << program << process.errorString();
        return {};
    }
    return finish(process, timeoutMs);
}

QString authDeskBinary()
{
    return qEnvironmentVariable("AUTHDESK_BINARY");
}

QProcessEnvironment environmentWithHome(const QString &home)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    return environment;
}

ServeProcess::ServeProcess() = default;

ServeProcess::~ServeProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
}

bool ServeProcess::start(const QStringList &arguments, const QProcessEnvironment &environment, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    m_process.setProcessEnvironment(environment);
    m_process.start(authDeskBinary(), QStringList { QStringLiteral("serve") } + arguments);
    if (!m_process.waitForStarted(int(qMax<qint64>(1, deadline.remainingTime())))) {
        qWarning() << "cannot start" << authDeskBinary() << m_process.errorString();
        return false;
    }
    // Ready once it printed its one line: it listens before it prints.
    while (!m_process.canReadLine() && m_process.state() == QProcess::Running && !deadline.hasExpired())
        m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
    const QString line = QString::fromLocal8Bit(m_process.readLine());
    static const QRegularExpression listening(QStringLiteral("^listening on (http://\\S+:(\\d+))\\n$"));
    const QRegularExpressionMatch match = listening.match(line);
    if (!match.hasMatch()) {
        qWarning() << "authdesk serve did not get ready; its first line:" << line
                   << "stderr:" << QString::fromLocal8Bit(m_process.readAllStandardError());
        return false;
    }
    m_port = match.captured(2).toUShort();
    m_baseUrl = QUrl(match.captured(1));
    m_http = std::make_unique<HttpClient>(m_baseUrl);
    return true;
}

ProcessResult ServeProcess::stop(int signalNumber, int timeoutMs)
{
    if (m_process.state() != QProcess::NotRunning)
        ::kill(static_cast<pid_t>(m_process.processId()), signalNumber);
    return finish(m_process, timeoutMs);
}

} // namespace authdesk
