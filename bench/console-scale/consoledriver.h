#pragma once

#include <QElapsedTimer>
#include <QString>
#include <functional>
#include <memory>

class QTableView;

namespace authdesk {

class Backend;
class MainWindow;

// What one action cost: wall-clock time until its result was on screen, and the CPU time the console
// process spent meanwhile (on a busy machine the first waits for a core; the second does not).
struct Timing
{
    double wallMs = -1; // -1: timed out
    double cpuMs = -1;
};

// Starts both clocks of a Timing.
class Stopwatch
{
public:
    Stopwatch();
    Timing elapsed() const;
    // CPU time of this process since it started, in milliseconds.
    static double processCpuMs();

private:
    QElapsedTimer m_wall;
    double m_cpuStartMs;
};

// The real console, built as `authdesk` builds it (Backend, MainWindow, the server started, the
// window shown), which the benchmark drives the way an operator would and times until what the
// operator waits for is on screen.
class ConsoleDriver
{
public:
    ConsoleDriver();
    ~ConsoleDriver();

    // Opens the database with the key file, builds and shows the window; false (with a message on
    // standard error) when the database cannot be opened.
    bool open(const QString &databasePath, const QString &keyFile);
    // Waits until the page the window opened on shows the first rows of its table.
    bool waitForFirstPage();

    // Each times the action until its rows are in the view.
    Timing openSessionsPage();
    Timing filterSessionsByEmail(const QString &email);
    Timing clearSessionsFilter();
    // Scrolls the Sessions table (untimed) until `depth` rows are loaded, then times loading the
    // next chunk, as the view asks for it when the operator scrolls to the end.
    Timing fetchSessionsAt(int depth);
    Timing openTestUsersPage();
    Timing searchTestUsers(const QString &text);
    Timing clearTestUsersSearch();
    // Leaves the measured pages, so the next opening is a real switch.
    void showApplicationsPage();

private:
    // Pumps events until `ready` holds and the window has painted; the time since `clock` started,
    // or a Timing of -1 after a minute.
    static Timing waitUntil(const Stopwatch &clock, const std::function<bool()> &ready);
    static bool showsRows(const QTableView *view);

    std::unique_ptr<Backend> m_backend;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace authdesk
