// `authdesk sessions list|revoke`: sessions are refresh-token families.

#include "adminrun.h"
#include "domain/clock.h"
#include "services/applicationservice.h"
#include "services/servicehub.h"
#include "services/sessionservice.h"
#include "services/testuserservice.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace authdesk {

namespace {

constexpr int SessionsPerPage = 500;

QString stateName(TokenFamily::State state)
{
    switch (state) {
    case TokenFamily::State::Live:
        return QStringLiteral("live");
    case TokenFamily::State::Expired:
        return QStringLiteral("expired");
    case TokenFamily::State::Revoked:
        return QStringLiteral("revoked");
    case TokenFamily::State::ReuseDetected:
        return QStringLiteral("reuse_detected");
    }
    Q_UNREACHABLE();
}

class SessionCommands
{
    Q_DECLARE_TR_FUNCTIONS(SessionCommands)

public:
    static QJsonObject json(const TokenFamily &family, const QString &userEmail, const QDateTime &now)
    {
        const auto orNull = [](const QString &text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); };
        return { { QStringLiteral("id"), family.id }, { QStringLiteral("client_id"), family.clientId },
            { QStringLiteral("user_id"), orNull(family.userId) }, { QStringLiteral("user_email"), orNull(userEmail) },
            { QStringLiteral("scope"), family.scope }, { QStringLiteral("state"), stateName(family.state(now)) },
            { QStringLiteral("login_as"), family.loginAs },
            { QStringLiteral("created_at"), AdminRun::jsonDate(family.createdAt) },
            { QStringLiteral("last_used_at"), AdminRun::jsonDate(family.lastUsedAt) },
            { QStringLiteral("expires_at"), AdminRun::jsonDate(family.expiresAt) },
            { QStringLiteral("revoked_at"), AdminRun::jsonDate(family.revokedAt) },
            { QStringLiteral("revoked_by"), orNull(family.revokedBy) },
            { QStringLiteral("revoke_reason"), orNull(family.revokeReason) } };
    }

    static int list(AdminRun &run)
    {
        ServiceHub *services = run.services();
        if (!services)
            return run.status();
        FamilyFilter filter;
        filter.now = services->clock().now();
        if (run.isSet(QStringLiteral("user"))) {
            const Result<TestUser> user = AdminRun::findUser(*services, run.value(QStringLiteral("user")));
            if (!user)
                return run.fail(user.error());
            filter.userId = user->id;
        }
        if (run.isSet(QStringLiteral("app"))) {
            const Result<Application> application
                = AdminRun::findApplication(*services, run.value(QStringLiteral("app")));
            if (!application)
                return run.fail(application.error());
            filter.clientId = application->clientId;
        }
        QHash<QString, QString> emails; // user ID -> e-mail, each looked up once
        QJsonArray array;
        QStringList lines;
        for (;;) {
            const Result<QList<TokenFamily>> page = services->sessions().list(filter, SessionsPerPage, 0);
            if (!page)
                return run.fail(page.error());
            for (const TokenFamily &family : *page) {
                if (!family.userId.isEmpty() && !emails.contains(family.userId)) {
                    const Result<std::optional<TestUser>> user = services->testUsers().find(family.userId);
                    emails.insert(family.userId, user && user->has_value() ? (*user)->email : QString());
                }
                const QString email = emails.value(family.userId);
                array.append(json(family, email, filter.now));
                lines << QStringLiteral("%1  %2  %3  %4  %5")
                             .arg(family.id, stateName(family.state(filter.now)).leftJustified(7), family.clientId,
                                 email.isEmpty() ? QStringLiteral("-") : email, AdminRun::textDate(family.createdAt));
            }
            if (page->size() < SessionsPerPage)
                break;
            filter.after = FamilyCursor { page->constLast().createdAt, page->constLast().id };
        }
        return run.print(array, lines.isEmpty() ? tr("No sessions.") : lines.join(QLatin1Char('\n')));
    }

    static int revoke(AdminRun &run)
    {
        const QStringList targets { QStringLiteral("user"), QStringLiteral("app"), QStringLiteral("family") };
        QStringList given;
        for (const QString &target : targets) {
            if (run.isSet(target))
                given << target;
        }
        if (given.size() != 1)
            return run.failBadInput(tr("Name exactly one of --user EMAIL, --app CLIENT_ID or --family ID."));
        if (!run.isSet(QStringLiteral("reason")))
            return run.failBadInput(tr("--reason is required; it is kept in the audit log."));
        ServiceHub *services = run.services();
        if (!services)
            return run.status();
        const QString reason = run.value(QStringLiteral("reason"));
        const QString value = run.value(given.constFirst());
        SessionService &sessions = services->sessions();
        Result<int> revoked = 1;
        if (given.constFirst() == QLatin1String("user")) {
            const Result<TestUser> user = AdminRun::findUser(*services, value);
            revoked = user ? sessions.revokeAllOfUser(user->id, reason, run.actor()) : Result<int>(user.error());
        } else if (given.constFirst() == QLatin1String("app")) {
            revoked = sessions.revokeAllOfApplication(value, reason, run.actor());
        } else if (const Result<void> done = sessions.revoke(value, reason, run.actor()); !done) {
            revoked = done.error();
        }
        if (!revoked)
            return run.fail(revoked.error());
        return run.print(
            QJsonObject { { QStringLiteral("revoked"), *revoked } }, tr("%n session(s) revoked.", nullptr, *revoked));
    }
};

} // namespace

QList<AdminCommandSpec> sessionCommands()
{
    const QString sessions = QStringLiteral("sessions");
    const QCommandLineOption user(QStringLiteral("user"), QString(), QStringLiteral("EMAIL"));
    const QCommandLineOption app(QStringLiteral("app"), QString(), QStringLiteral("CLIENT_ID"));
    return {
        { sessions, QStringLiteral("list"), QStringLiteral("[--user EMAIL] [--app CLIENT_ID] [--json]"), {},
            { user, app }, SessionCommands::list },
        { sessions, QStringLiteral("revoke"),
            QStringLiteral("(--user EMAIL | --app CLIENT_ID | --family ID) --reason TEXT [--json]"), {},
            { user, app, QCommandLineOption(QStringLiteral("family"), QString(), QStringLiteral("ID")),
                QCommandLineOption(QStringLiteral("reason"), QString(), QStringLiteral("TEXT")) },
            SessionCommands::revoke },
    };
}

} // namespace authdesk
