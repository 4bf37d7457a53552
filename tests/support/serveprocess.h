#pragma once

#include "httpclient.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <csignal>
#include <memory>

namespace authdesk {

// What a process left behind when it ended.
struct ProcessResult
{
    bool ok = false; // exited on its own (not by a crash) within the time allowed
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs a program to its end, waiting at most timeoutMs (then it is killed and ok is false).
ProcessResult runProcess(const QString &program, const QStringList &arguments,
    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(), int timeoutMs = 30000);

// The `authdesk` executable under test: AUTHDESK_BINARY, which ctest sets (authdesk_add_test).
QString authDeskBinary();

// This process's environment with HOME and the XDG data and config folders under home, so that the
// program never touches the user's own files.
QProcessEnvironment environmentWithHome(const QString &home);

// `authdesk serve` as a person or a script runs it: started with its arguments (`--port 0` lets it
// pick a free port), ready once it printed its one line `listening on http://...`, stopped by a
// signal. Every wait has a deadline; a server that never gets ready or does not stop fails the
// test instead of hanging it. The destructor kills a server that is still running.
class ServeProcess
{
    Q_DISABLE_COPY_MOVE(ServeProcess)

public:
    ServeProcess();
    ~ServeProcess();

    // Starts `authdesk serve arguments...` and waits at most timeoutMs for its listening line.
    // False, with a warning that quotes its output, when it exits or says something else first.
    bool start(const QStringList &arguments, const QProcessEnvironment &environment, int timeoutMs = 30000);

    quint16 port() const { return m_port; }
    QUrl baseUrl() const { return m_baseUrl; }
    // Requests to it over loopback.
    HttpClient &http() { return *m_http; }
    qint64 processId() const { return m_process.processId(); }

    // Sends the signal and waits at most timeoutMs for the exit (then kills it: ok is false). The
    // result holds what it wrote after the listening line.
    ProcessResult stop(int signalNumber = SIGTERM, int timeoutMs = 10000);

private:
    QProcess m_process;
    quint16 m_port = 0;
    QUrl m_baseUrl;
    std::unique_ptr<HttpClient> m_http;
};

} // namespace authdesk
