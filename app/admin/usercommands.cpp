// `authdesk user create|list|ban|unban|unlock|reset-password`.

#include "adminrun.h"
#include "domain/clock.h"
#include "services/seedexporter.h"
#include "services/servicehub.h"
#include "services/testuserservice.h"

#include <QJsonArray>
#include <QJsonObject>

namespace authdesk {

namespace {

constexpr int UsersPerPage = 500;

QString stateName(TestUser::State state)
{
    switch (state) {
    case TestUser::State::Active:
        return QStringLiteral("active");
    case TestUser::State::Banned:
        return QStringLiteral("banned");
    case TestUser::State::Locked:
        return QStringLiteral("locked");
    }
    Q_UNREACHABLE();
}

class UserCommands
{
    Q_DECLARE_TR_FUNCTIONS(UserCommands)

public:
    // The seed's fields plus what only a database knows. Never the password's hash.
    static QJsonObject json(const TestUser &user, const QDateTime &now)
    {
        QJsonObject object = SeedExporter::userJson(user);
        object.insert(QStringLiteral("id"), user.id);
        object.insert(QStringLiteral("state"), stateName(user.state(now)));
        object.insert(QStringLiteral("locked_until"), AdminRun::jsonDate(user.lockedUntil));
        object.insert(QStringLiteral("created_at"), AdminRun::jsonDate(user.createdAt));
        return object;
    }

    static QString line(const TestUser &user, const QDateTime &now)
    {
        return QStringLiteral("%1  %2  %3")
            .arg(user.email, stateName(user.state(now)).leftJustified(6), user.displayName);
    }

    static int create(AdminRun &run)
    {
        NewTestUser user;
        user.email = run.value(QStringLiteral("email")).trimmed();
        if (user.email.isEmpty())
            return run.failBadInput(tr("--email is required: the test user's e-mail."));
        user.displayName = run.value(QStringLiteral("display-name"));
        const bool generated = !run.isSet(QStringLiteral("password"));
        user.password = generated ? TestUserService::generatePassword() : run.value(QStringLiteral("password"));
        ServiceHub *services = run.services();
        if (!services)
            return run.status();
        const Result<TestUser> created = services->testUsers().create(user, run.actor());
        if (!created)
            return run.fail(created.error());
        QJsonObject object = json(*created, services->clock().now());
        QString text = tr("Created the test user %1.").arg(created->email);
        if (generated) {
            // Shown once: only its hash is kept.
            object.insert(QStringLiteral("password"), user.password);
            text += QLatin1Char('\n')
                + tr("Password:  %1\nCopy it now: AuthDesk shows it only once.").arg(user.password);
        }
        return run.print(object, text);
    }

    static int list(AdminRun &run)
    {
        ServiceHub *services = run.services();
        if (!services)
            return run.status();
        const QDateTime now = services->clock().now();
        QJsonArray array;
        QStringList lines;
        QString after;
        for (;;) {
            const Result<QList<TestUser>> page = services->testUsers().searchAfter(QString(), UsersPerPage, after);
            if (!page)
                return run.fail(page.error());
            for (const TestUser &user : *page) {
                array.append(json(user, now));
                lines << line(user, now);
            }
            if (page->size() < UsersPerPage)
                break;
            after = page->constLast().email;
        }
        return run.print(array, lines.isEmpty() ? tr("No test users.") : lines.join(QLatin1Char('\n')));
    }

    // Runs change on the user with the e-mail given first, then prints the user as it is now.
    static int change(AdminRun &run,
        const std::function<Result<TestUser>(TestUserService &, const TestUser &, const QString &)> &change,
        const QString &done)
    {
        ServiceHub *services = run.services();
        if (!services)
            return run.status();
        const Result<TestUser> user = AdminRun::findUser(*services, run.positional(0));
        if (!user)
            return run.fail(user.error());
        const Result<TestUser> changed = change(services->testUsers(), *user, run.actor());
        if (!changed)
            return run.fail(changed.error());
        return run.print(json(*changed, services->clock().now()), done.arg(changed->email));
    }

    static int setBanned(AdminRun &run, bool banned)
    {
        return change(
            run,
            [banned](TestUserService &users, const TestUser &user, const QString &actor) {
                return users.setBanned(user.id, banned, actor);
            },
            banned ? tr("%1 is banned: logins and refreshes are refused.") : tr("%1 is no longer banned."));
    }

    static int unlock(AdminRun &run)
    {
        return change(
            run,
            [](TestUserService &users, const TestUser &user, const QString &actor) {
                return users.unlock(user.id, actor);
            },
            tr("%1 is unlocked."));
    }

    static int resetPassword(AdminRun &run)
    {
        ServiceHub *services = run.services();
        if (!services)
            return run.status();
        const Result<TestUser> user = AdminRun::findUser(*services, run.positional(0));
        if (!user)
            return run.fail(user.error());
        const bool generated = !run.isSet(QStringLiteral("password"));
        const QString password
            = generated ? TestUserService::generatePassword() : run.value(QStringLiteral("password"));
        const Result<int> revoked = services->testUsers().resetPassword(user->id, password, run.actor());
        if (!revoked)
            return run.fail(revoked.error());
        QJsonObject object { { QStringLiteral("email"), user->email },
            { QStringLiteral("sessions_revoked"), *revoked } };
        QString text = tr("New password for %1; %n session(s) revoked.", nullptr, *revoked).arg(user->email);
        if (generated) {
            object.insert(QStringLiteral("password"), password);
            text += QLatin1Char('\n') + tr("Password:  %1\nCopy it now: AuthDesk shows it only once.").arg(password);
        }
        return run.print(object, text);
    }
};

} // namespace

QList<AdminCommandSpec> userCommands()
{
    const QString user = QStringLiteral("user");
    const QStringList email { QStringLiteral("EMAIL") };
    const QCommandLineOption password(QStringLiteral("password"), QString(), QStringLiteral("PASSWORD"));
    return {
        { user, QStringLiteral("create"), QStringLiteral("--email EMAIL [--password P] [--display-name NAME] [--json]"),
            {},
            { QCommandLineOption(QStringLiteral("email"), QString(), QStringLiteral("EMAIL")), password,
                QCommandLineOption(QStringLiteral("display-name"), QString(), QStringLiteral("NAME")) },
            UserCommands::create },
        { user, QStringLiteral("list"), QStringLiteral("[--json]"), {}, {}, UserCommands::list },
        { user, QStringLiteral("ban"), QStringLiteral("EMAIL [--json]"), email, {},
            [](AdminRun &run) { return UserCommands::setBanned(run, true); } },
        { user, QStringLiteral("unban"), QStringLiteral("EMAIL [--json]"), email, {},
            [](AdminRun &run) { return UserCommands::setBanned(run, false); } },
        { user, QStringLiteral("unlock"), QStringLiteral("EMAIL [--json]"), email, {}, UserCommands::unlock },
        { user, QStringLiteral("reset-password"), QStringLiteral("EMAIL [--password P] [--json]"), email, { password },
            UserCommands::resetPassword },
    };
}

} // namespace authdesk
