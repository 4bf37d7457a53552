#pragma once

#include "domain/clock.h"
#include "domain/faultrule.h"
#include "domain/result.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <atomic>
#include <memory>
#include <optional>

class QThread;
class QTimer;

namespace authdesk {

class AuditLog;
class TestControlsRepository;

// The clock every service reads: the base clock plus the test kit's offset (time travel), so token
// issue and expiry, refresh expiry and lockouts all move together. Thread-safe.
class OffsetClock final : public Clock
{
public:
    explicit OffsetClock(const Clock &base)
        : m_base(base)
    { }

    QDateTime now() const override
    {
        const qint64 offset = m_offsetSeconds.load(std::memory_order_relaxed);
        return offset == 0 ? m_base.now() : m_base.now().addSecs(offset);
    }
    qint64 offsetSeconds() const { return m_offsetSeconds.load(std::memory_order_relaxed); }
    void setOffsetSeconds(qint64 seconds) { m_offsetSeconds.store(seconds, std::memory_order_relaxed); }

private:
    const Clock &m_base;
    std::atomic<qint64> m_offsetSeconds { 0 };
};

// The developer's test kit, kept in the database so that every AuthDesk on it applies the same: the
// clock offset and the fault rules. A process that watches (startWatching) picks up another's
// changes within PollIntervalMs; its own apply at once. Every change is audited.
class TestControls final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestControls)

public:
    static constexpr int PollIntervalMs = 250;
    static constexpr qint64 MaxOffsetSeconds = 10LL * 366 * 24 * 3600;
    static constexpr int MaxDelayMs = 120'000;
    static constexpr int MaxCount = 1'000'000;
    static constexpr int MaxForSeconds = 7 * 24 * 3600;

    // clock: the hub's clock, whose offset this sets; realClock: what fault durations are measured by.
    TestControls(TestControlsRepository &repository, AuditLog &audit, OffsetClock &clock, const Clock &realClock,
        QObject *parent = nullptr);
    ~TestControls() override;

    // Polls the database on a thread of its own for changes made by other processes.
    void startWatching();
    // Reads the database once and applies what changed.
    Result<void> refresh();

    // The offset in effect in this process.
    qint64 clockOffsetSeconds() const;
    // Stores and applies the offset (0: the real time again). Refused beyond MaxOffsetSeconds.
    Result<void> setClockOffset(qint64 seconds, const QString &actor);

    // Checks a rule for addFault; forSeconds: 0 for none.
    static Result<void> check(const FaultRule &rule, int forSeconds);
    // Stores a rule (checked first); forSeconds > 0 sets its expiry from now.
    Result<FaultRule> addFault(FaultRule rule, int forSeconds, const QString &actor);
    // The rules that still apply, oldest first.
    Result<QList<FaultRule>> faults();
    // Clears the rule id (NotFound when there is none), or every rule; returns how many.
    Result<int> clearFaults(std::optional<qint64> id, const QString &actor);
    // The rule, as --endpoint ... options: for the audit log, the CLI and the console.
    static QString describe(const FaultRule &rule);

    // For the server, from any thread: the first rule that applies to target, if any. A counted
    // rule's request is taken from its count in the database, so all processes together fault
    // exactly that many requests.
    std::optional<FaultRule> take(const FaultTarget &target);
    // Whether any rule may apply: one atomic read, for the server to skip take() (and reading the
    // request for it) while there is none.
    bool hasFaults() const { return m_hasRules.load(std::memory_order_acquire); }

signals:
    // Emitted on the thread that noticed; connect with a queued or auto connection.
    void clockOffsetChanged(qint64 seconds);
    void faultsChanged();

private:
    Result<void> reloadFaults(qint64 generation);

    TestControlsRepository &m_repository;
    AuditLog &m_audit;
    OffsetClock &m_clock;
    const Clock &m_realClock;
    QMutex m_mutex; // guards m_rules and m_generation
    QList<FaultRule> m_rules;
    qint64 m_generation = -1;
    std::atomic<bool> m_hasRules { false };
    std::unique_ptr<QThread> m_thread;
    QTimer *m_timer = nullptr; // lives on m_thread
};

} // namespace authdesk
