// `authdesk clock set|reset|show` and `authdesk fault add|list|clear`: the developer's test kit.

#include "adminrun.h"
#include "services/servicehub.h"
#include "services/testcontrols.h"

#include <QJsonArray>
#include <QJsonObject>

namespace authdesk {

namespace {

class TestKitCommands
{
    Q_DECLARE_TR_FUNCTIONS(TestKitCommands)

public:
    static int printClock(AdminRun &run, qint64 offset)
    {
        const QDateTime now = run.services()->clock().now();
        return run.print(QJsonObject { { QStringLiteral("clock_offset_seconds"), offset },
                             { QStringLiteral("now"), AdminRun::jsonDate(now) } },
            offset == 0
                ? tr("The clock shows the real time.")
                : tr("The clock is %1 seconds off the real time: it shows %2.")
                      .arg(QString::asprintf("%+lld", static_cast<long long>(offset)), AdminRun::textDate(now)));
    }

    static int setClock(AdminRun &run)
    {
        bool ok = false;
        const qint64 offset = run.value(QStringLiteral("offset")).toLongLong(&ok);
        if (!ok)
            return run.failBadInput(tr("--offset takes a number of seconds, such as +960 or -60."));
        return changeClock(run, offset);
    }

    static int resetClock(AdminRun &run) { return changeClock(run, 0); }

    static int changeClock(AdminRun &run, qint64 offset)
    {
        ServiceHub *services = run.services();
        if (!services)
            return run.status();
        if (const Result<void> set = services->testControls().setClockOffset(offset, run.actor()); !set)
            return run.fail(set.error());
        return printClock(run, offset);
    }

    static int showClock(AdminRun &run)
    {
        ServiceHub *services = run.services();
        if (!services)
            return run.status();
        return printClock(run, services->testControls().clockOffsetSeconds());
    }

    static QJsonObject json(const FaultRule &rule)
    {
        const auto orNull = [](const QString &text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); };
        QJsonObject object { { QStringLiteral("id"), rule.id }, { QStringLiteral("endpoint"), rule.endpoint },
            { QStringLiteral("grant"), orNull(rule.grantType) }, { QStringLiteral("client_id"), orNull(rule.clientId) },
            { QStringLiteral("action"), FaultRule::actionName(rule.action) },
            { QStringLiteral("remaining"), rule.remaining ? QJsonValue(*rule.remaining) : QJsonValue() },
            { QStringLiteral("expires_at"), AdminRun::jsonDate(rule.expiresAt) },
            { QStringLiteral("created_at"), AdminRun::jsonDate(rule.createdAt) } };
        if (rule.action == FaultRule::Action::Status)
            object.insert(QStringLiteral("status"), rule.status);
        if (rule.action == FaultRule::Action::Delay)
            object.insert(QStringLiteral("delay_ms"), rule.delayMs);
        return object;
    }

    static QString text(const FaultRule &rule)
    {
        QString line = QStringLiteral("%1  %2").arg(rule.id).arg(TestControls::describe(rule));
        if (rule.remaining)
            line += QLatin1String("  ") + tr("(%n left)", nullptr, *rule.remaining);
        if (rule.expiresAt.isValid())
            line += QLatin1String("  ") + tr("(until %1)").arg(AdminRun::textDate(rule.expiresAt));
        return line;
    }

    // A whole number option in [min, max], or a bad-input message.
    static std::optional<int> number(AdminRun &run, const QString &option, int min, int max, QString *message)
    {
        bool ok = false;
        const int value = run.value(option).toInt(&ok);
        if (!ok || value < min || value > max) {
            *message = tr("--%1 takes a whole number from %2 to %3.").arg(option).arg(min).arg(max);
            return std::nullopt;
        }
        return value;
    }

    static int addFault(AdminRun &run)
    {
        FaultRule rule;
        rule.endpoint = run.value(QStringLiteral("endpoint"));
        rule.grantType = run.value(QStringLiteral("grant"));
        rule.clientId = run.value(QStringLiteral("client"));
        const int actions = int(run.isSet(QStringLiteral("status"))) + int(run.isSet(QStringLiteral("delay-ms")))
            + int(run.isSet(QStringLiteral("drop")));
        if (actions != 1)
            return run.failBadInput(tr("Give exactly one of --status N, --delay-ms N or --drop."));
        if (run.isSet(QStringLiteral("count")) && run.isSet(QStringLiteral("for-seconds")))
            return run.failBadInput(tr("Give --count K or --for-seconds S, not both."));
        QString message;
        if (run.isSet(QStringLiteral("status"))) {
            rule.action = FaultRule::Action::Status;
            const std::optional<int> status = number(run, QStringLiteral("status"), 400, 599, &message);
            if (!status)
                return run.failBadInput(message);
            rule.status = *status;
        } else if (run.isSet(QStringLiteral("delay-ms"))) {
            rule.action = FaultRule::Action::Delay;
            const std::optional<int> delay
                = number(run, QStringLiteral("delay-ms"), 1, TestControls::MaxDelayMs, &message);
            if (!delay)
                return run.failBadInput(message);
            rule.delayMs = *delay;
        } else {
            rule.action = FaultRule::Action::Drop;
        }
        if (run.isSet(QStringLiteral("count"))) {
            rule.remaining = number(run, QStringLiteral("count"), 1, TestControls::MaxCount, &message);
            if (!rule.remaining)
                return run.failBadInput(message);
        }
        int forSeconds = 0;
        if (run.isSet(QStringLiteral("for-seconds"))) {
            const std::optional<int> seconds
                = number(run, QStringLiteral("for-seconds"), 1, TestControls::MaxForSeconds, &message);
            if (!seconds)
                return run.failBadInput(message);
            forSeconds = *seconds;
        }
        // Checked before the database is opened: bad input never touches it.
        if (const Result<void> checked = TestControls::check(rule, forSeconds); !checked)
            return run.fail(checked.error());
        ServiceHub *services = run.services();
        if (!services)
            return run.status();
        const Result<FaultRule> added = services->testControls().addFault(rule, forSeconds, run.actor());
        if (!added)
            return run.fail(added.error());
        return run.print(json(*added), tr("Added fault rule %1.").arg(added->id));
    }

    static int listFaults(AdminRun &run)
    {
        ServiceHub *services = run.services();
        if (!services)
            return run.status();
        const Result<QList<FaultRule>> rules = services->testControls().faults();
        if (!rules)
            return run.fail(rules.error());
        QJsonArray array;
        QStringList lines;
        for (const FaultRule &rule : *rules) {
            array.append(json(rule));
            lines << text(rule);
        }
        return run.print(array, lines.isEmpty() ? tr("No fault rules.") : lines.join(QLatin1Char('\n')));
    }

    static int clearFaults(AdminRun &run)
    {
        std::optional<qint64> id;
        if (run.isSet(QStringLiteral("id"))) {
            bool ok = false;
            id = run.value(QStringLiteral("id")).toLongLong(&ok);
            if (!ok || *id < 1)
                return run.failBadInput(tr("--id takes the number of a fault rule (see fault list)."));
        }
        ServiceHub *services = run.services();
        if (!services)
            return run.status();
        const Result<int> cleared = services->testControls().clearFaults(id, run.actor());
        if (!cleared)
            return run.fail(cleared.error());
        return run.print(QJsonObject { { QStringLiteral("cleared"), *cleared } },
            tr("%n fault rule(s) cleared.", nullptr, *cleared));
    }
};

} // namespace

QList<AdminCommandSpec> clockCommands()
{
    const QString clock = QStringLiteral("clock");
    return {
        { clock, QStringLiteral("set"), QStringLiteral("--offset SECONDS [--json]"), {},
            { QCommandLineOption(QStringLiteral("offset"), QString(), QStringLiteral("SECONDS")) },
            TestKitCommands::setClock },
        { clock, QStringLiteral("reset"), QStringLiteral("[--json]"), {}, {}, TestKitCommands::resetClock },
        { clock, QStringLiteral("show"), QStringLiteral("[--json]"), {}, {}, TestKitCommands::showClock },
    };
}

QList<AdminCommandSpec> faultCommands()
{
    const QString fault = QStringLiteral("fault");
    const auto valued = [](const char *name, const char *value) {
        return QCommandLineOption(QString::fromLatin1(name), QString(), QString::fromLatin1(value));
    };
    return {
        { fault, QStringLiteral("add"),
            QStringLiteral("--endpoint token|revoke|api [--grant G] [--client ID] (--status N | --delay-ms N | --drop)"
                           " [--count K | --for-seconds S] [--json]"),
            {},
            { valued("endpoint", "ENDPOINT"), valued("grant", "GRANT"), valued("client", "CLIENT_ID"),
                valued("status", "N"), valued("delay-ms", "N"), QCommandLineOption(QStringLiteral("drop")),
                valued("count", "K"), valued("for-seconds", "S") },
            TestKitCommands::addFault },
        { fault, QStringLiteral("list"), QStringLiteral("[--json]"), {}, {}, TestKitCommands::listFaults },
        { fault, QStringLiteral("clear"), QStringLiteral("[--id ID] [--json]"), {}, { valued("id", "ID") },
            TestKitCommands::clearFaults },
    };
}

} // namespace authdesk
