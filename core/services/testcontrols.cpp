#include "services/testcontrols.h"

#include "domain/auditreason.h"
#include "services/auditlog.h"
#include "services/serviceslog.h"
#include "storage/testcontrolsrepository.h"

#include <QThread>
#include <QTimer>

namespace authdesk {

namespace {

bool applies(const FaultRule &rule, const FaultTarget &target, const QDateTime &now)
{
    return rule.endpoint == target.endpoint && (rule.grantType.isEmpty() || rule.grantType == target.grantType)
        && (rule.clientId.isEmpty() || rule.clientId == target.clientId)
        && (!rule.expiresAt.isValid() || rule.expiresAt > now) && (!rule.remaining || *rule.remaining > 0);
}

} // namespace

TestControls::TestControls(
    TestControlsRepository &repository, AuditLog &audit, OffsetClock &clock, const Clock &realClock, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_audit(audit)
    , m_clock(clock)
    , m_realClock(realClock)
{
    if (const Result<void> read = refresh(); !read)
        qCWarning(lcServices) << "the test controls could not be read:" << read.error().message();
}

TestControls::~TestControls()
{
    if (!m_thread)
        return;
    if (m_thread->isRunning())
        QMetaObject::invokeMethod(
            m_timer, [this] { m_timer->stop(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_timer; // its thread has finished
}

void TestControls::startWatching()
{
    if (m_thread)
        return;
    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("authdesk-testcontrols"));
    m_timer = new QTimer;
    m_timer->setInterval(PollIntervalMs);
    m_timer->moveToThread(m_thread.get());
    QObject::connect(m_timer, &QTimer::timeout, m_timer, [this] { (void)refresh(); });
    QObject::connect(m_thread.get(), &QThread::started, m_timer, [this] { m_timer->start(); });
    m_thread->start();
}

Result<void> TestControls::refresh()
{
    const Result<TestControlsRepository::State> state = m_repository.state();
    if (!state)
        return state.error();
    // The rules first: a script that adds a rule and then moves the clock can tell from /health
    // that this process has both.
    bool reload = false;
    {
        QMutexLocker locker(&m_mutex);
        reload = state->faultsGeneration != m_generation;
    }
    if (reload) {
        if (const Result<void> reloaded = reloadFaults(state->faultsGeneration); !reloaded)
            return reloaded;
    }
    if (state->clockOffsetSeconds != m_clock.offsetSeconds()) {
        m_clock.setOffsetSeconds(state->clockOffsetSeconds);
        emit clockOffsetChanged(state->clockOffsetSeconds);
    }
    return {};
}

Result<void> TestControls::reloadFaults(qint64 generation)
{
    const Result<QList<FaultRule>> rules = m_repository.activeFaults(m_realClock.now());
    if (!rules)
        return rules.error();
    {
        QMutexLocker locker(&m_mutex);
        m_rules = *rules;
        m_generation = generation;
        m_hasRules.store(!m_rules.isEmpty(), std::memory_order_release);
    }
    emit faultsChanged();
    return {};
}

qint64 TestControls::clockOffsetSeconds() const
{
    return m_clock.offsetSeconds();
}

Result<void> TestControls::setClockOffset(qint64 seconds, const QString &actor)
{
    if (seconds > MaxOffsetSeconds || seconds < -MaxOffsetSeconds)
        return Error::invalidArgument(tr("The clock moves at most %1 seconds either way.").arg(MaxOffsetSeconds));
    if (const Result<void> stored = m_repository.setClockOffset(seconds); !stored)
        return stored;
    const bool changed = seconds != m_clock.offsetSeconds();
    m_clock.setOffsetSeconds(seconds);
    if (seconds == 0) {
        m_audit.adminAction(actor, QStringLiteral("clock.reset"), QStringLiteral("clock"),
            AuditReason("TestControls", QT_TRANSLATE_NOOP("TestControls", "Set the clock back to the real time")));
    } else {
        m_audit.adminAction(actor, QStringLiteral("clock.set"), QStringLiteral("clock"),
            AuditReason("TestControls", QT_TRANSLATE_NOOP("TestControls", "Moved the clock by %1 seconds"),
                { QString::number(seconds) }));
    }
    if (changed)
        emit clockOffsetChanged(seconds);
    return {};
}

Result<void> TestControls::check(const FaultRule &rule, int forSeconds)
{
    const QStringList endpoints { QStringLiteral("token"), QStringLiteral("revoke"), QStringLiteral("api") };
    if (!endpoints.contains(rule.endpoint))
        return Error::invalidArgument(tr("The endpoint is one of token, revoke or api."));
    if (!rule.grantType.isEmpty() && rule.endpoint != QLatin1String("token"))
        return Error::invalidArgument(tr("A grant type applies to the token endpoint only."));
    switch (rule.action) {
    case FaultRule::Action::Status:
        if (rule.status < 400 || rule.status > 599)
            return Error::invalidArgument(tr("The status is a 4xx or 5xx code."));
        break;
    case FaultRule::Action::Delay:
        if (rule.delayMs < 1 || rule.delayMs > MaxDelayMs)
            return Error::invalidArgument(tr("The delay is 1 to %1 milliseconds.").arg(MaxDelayMs));
        break;
    case FaultRule::Action::Drop:
        break;
    }
    if (rule.remaining && forSeconds > 0)
        return Error::invalidArgument(tr("Give a count or a duration, not both."));
    if (rule.remaining && (*rule.remaining < 1 || *rule.remaining > MaxCount))
        return Error::invalidArgument(tr("The count is 1 to %1 requests.").arg(MaxCount));
    if (forSeconds < 0 || forSeconds > MaxForSeconds)
        return Error::invalidArgument(tr("The duration is 1 to %1 seconds.").arg(MaxForSeconds));
    return {};
}

Result<FaultRule> TestControls::addFault(FaultRule rule, int forSeconds, const QString &actor)
{
    if (const Result<void> checked = check(rule, forSeconds); !checked)
        return checked.error();
    const QDateTime now = m_realClock.now();
    rule.expiresAt = forSeconds > 0 ? now.addSecs(forSeconds) : QDateTime();
    const Result<FaultRule> added = m_repository.insertFault(rule, now);
    if (!added)
        return added;
    m_audit.adminAction(actor, QStringLiteral("fault.add"), QStringLiteral("fault/%1").arg(added->id),
        AuditReason(
            "TestControls", QT_TRANSLATE_NOOP("TestControls", "Added the fault rule %1"), { describe(*added) }));
    if (const Result<void> applied = refresh(); !applied)
        qCWarning(lcServices) << "the fault rules could not be reloaded:" << applied.error().message();
    return added;
}

Result<QList<FaultRule>> TestControls::faults()
{
    return m_repository.activeFaults(m_realClock.now());
}

Result<int> TestControls::clearFaults(std::optional<qint64> id, const QString &actor)
{
    const Result<int> cleared = m_repository.clearFaults(id);
    if (!cleared)
        return cleared;
    if (id && *cleared == 0)
        return Error::notFound(tr("There is no fault rule %1.").arg(*id));
    if (*cleared > 0) {
        m_audit.adminAction(actor, QStringLiteral("fault.clear"),
            id ? QStringLiteral("fault/%1").arg(*id) : QStringLiteral("faults"),
            id ? AuditReason("TestControls", QT_TRANSLATE_NOOP("TestControls", "Cleared the fault rule %1"),
                { QString::number(*id) })
               : AuditReason(
                   "TestControls", QT_TRANSLATE_N_NOOP("TestControls", "Cleared %n fault rule(s)"), {}, *cleared));
    }
    if (const Result<void> applied = refresh(); !applied)
        qCWarning(lcServices) << "the fault rules could not be reloaded:" << applied.error().message();
    return cleared;
}

QString TestControls::describe(const FaultRule &rule)
{
    QStringList words { QStringLiteral("--endpoint"), rule.endpoint };
    if (!rule.grantType.isEmpty())
        words << QStringLiteral("--grant") << rule.grantType;
    if (!rule.clientId.isEmpty())
        words << QStringLiteral("--client") << rule.clientId;
    switch (rule.action) {
    case FaultRule::Action::Status:
        words << QStringLiteral("--status") << QString::number(rule.status);
        break;
    case FaultRule::Action::Delay:
        words << QStringLiteral("--delay-ms") << QString::number(rule.delayMs);
        break;
    case FaultRule::Action::Drop:
        words << QStringLiteral("--drop");
        break;
    }
    if (rule.remaining)
        words << QStringLiteral("--count") << QString::number(*rule.remaining);
    if (rule.expiresAt.isValid() && rule.createdAt.isValid())
        words << QStringLiteral("--for-seconds") << QString::number(rule.createdAt.secsTo(rule.expiresAt));
    return words.join(QLatin1Char(' '));
}

std::optional<FaultRule> TestControls::take(const FaultTarget &target)
{
    if (!hasFaults())
        return std::nullopt;
    const QDateTime now = m_realClock.now();
    QList<FaultRule> rules;
    {
        QMutexLocker locker(&m_mutex);
        rules = m_rules;
    }
    for (const FaultRule &rule : std::as_const(rules)) {
        if (!applies(rule, target, now))
            continue;
        if (!rule.remaining)
            return rule;
        const Result<bool> claimed = m_repository.claimFault(rule.id);
        if (claimed && *claimed) {
            QMutexLocker locker(&m_mutex);
            for (FaultRule &kept : m_rules) {
                if (kept.id == rule.id && kept.remaining)
                    kept.remaining = *kept.remaining - 1;
            }
            return rule;
        }
        if (!claimed) {
            qCWarning(lcServices) << "a fault rule could not be counted:" << claimed.error().message();
            continue;
        }
        // Used up, here or in another process.
        QMutexLocker locker(&m_mutex);
        for (FaultRule &kept : m_rules) {
            if (kept.id == rule.id)
                kept.remaining = 0;
        }
    }
    return std::nullopt;
}

} // namespace authdesk
