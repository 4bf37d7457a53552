// `authdesk app create|list|show|rotate-secret|disable|enable`.

#include "adminrun.h"
#include "services/applicationservice.h"
#include "services/seedexporter.h"
#include "services/servicehub.h"

#include <QJsonArray>
#include <QJsonObject>

namespace authdesk {

namespace {

class AppCommands
{
    Q_DECLARE_TR_FUNCTIONS(AppCommands)

public:
    // The seed's fields plus what only a database knows. Never the secret's hash.
    static QJsonObject json(const Application &application)
    {
        QJsonObject object = SeedExporter::applicationJson(application);
        object.insert(QStringLiteral("has_secret"), !application.secretHash.isEmpty());
        object.insert(QStringLiteral("created_at"), AdminRun::jsonDate(application.createdAt));
        object.insert(QStringLiteral("last_used_at"), AdminRun::jsonDate(application.lastUsedAt));
        return object;
    }

    static QString text(const Application &application)
    {
        QStringList grants;
        for (GrantType grant : application.settings.enabledGrants)
            grants << grantTypeName(grant);
        return tr("Client ID:  %1\nName:       %2\nType:       %3\nEnabled:    %4\nGrants:     %5\nCreated:    %6\n"
                  "Last used:  %7")
            .arg(application.clientId, application.name, applicationTypeName(application.type),
                application.enabled ? tr("yes") : tr("no"), grants.join(QStringLiteral(", ")),
                AdminRun::textDate(application.createdAt), AdminRun::textDate(application.lastUsedAt));
    }

    // The secret, once: --json adds "client_secret" to the application's fields.
    static int printSecret(AdminRun &run, const IssuedSecret &issued, const QString &headline)
    {
        QJsonObject object = json(issued.application);
        object.insert(QStringLiteral("client_secret"), QString::fromLatin1(issued.secret));
        if (issued.previousSecretValidUntil.isValid())
            object.insert(
                QStringLiteral("previous_secret_valid_until"), AdminRun::jsonDate(issued.previousSecretValidUntil));
        QString lines = headline + QLatin1Char('\n')
            + tr("Client ID:      %1\nClient secret:  %2\nCopy the secret now: AuthDesk shows it only once.")
                  .arg(issued.application.clientId, QString::fromLatin1(issued.secret));
        if (issued.previousSecretValidUntil.isValid())
            lines += QLatin1Char('\n')
                + tr("The old secret works until %1.").arg(AdminRun::textDate(issued.previousSecretValidUntil));
        return run.print(object, lines);
    }

    static int create(AdminRun &run)
    {
        const QString name = run.value(QStringLiteral("name")).trimmed();
        if (name.isEmpty())
            return run.failBadInput(tr("--name is required: the application's name."));
        const std::optional<ApplicationType> type = applicationTypeFromName(run.value(QStringLiteral("type")));
        if (!type) {
            return run.failBadInput(
                tr("--type must be marketplace or integration, not '%1'.").arg(run.value(QStringLiteral("type"))));
        }
        ServiceHub *services = run.services();
        if (!services)
            return run.status();
        const Result<IssuedSecret> created
            = services->applications().create(name, *type, run.actor(), run.value(QStringLiteral("client-id")));
        if (!created)
            return run.fail(created.error());
        return printSecret(run, *created,
            tr("Created the %1 application \"%2\".").arg(applicationTypeName(*type), created->application.name));
    }

    static int list(AdminRun &run)
    {
        ServiceHub *services = run.services();
        if (!services)
            return run.status();
        const Result<QList<Application>> applications = services->applications().list();
        if (!applications)
            return run.fail(applications.error());
        QJsonArray array;
        QStringList lines;
        for (const Application &application : *applications) {
            array.append(json(application));
            lines << QStringLiteral("%1  %2  %3  %4")
                         .arg(application.clientId, applicationTypeName(application.type).leftJustified(11),
                             (application.enabled ? tr("enabled") : tr("disabled")), application.name);
        }
        return run.print(array, lines.isEmpty() ? tr("No applications.") : lines.join(QLatin1Char('\n')));
    }

    static int show(AdminRun &run)
    {
        ServiceHub *services = run.services();
        if (!services)
            return run.status();
        const Result<Application> application = AdminRun::findApplication(*services, run.positional(0));
        if (!application)
            return run.fail(application.error());
        return run.print(json(*application), text(*application));
    }

    static int rotateSecret(AdminRun &run)
    {
        qint64 overlap = ApplicationService::DefaultSecretOverlapSeconds;
        if (run.isSet(QStringLiteral("overlap"))) {
            bool ok = false;
            overlap = run.value(QStringLiteral("overlap")).toLongLong(&ok);
            if (!ok)
                return run.failBadInput(
                    tr("--overlap must be a number of seconds, not '%1'.").arg(run.value(QStringLiteral("overlap"))));
        }
        ServiceHub *services = run.services();
        if (!services)
            return run.status();
        const Result<IssuedSecret> rotated
            = services->applications().rotateSecret(run.positional(0), overlap, run.actor());
        if (!rotated)
            return run.fail(rotated.error());
        return printSecret(run, *rotated, tr("New secret for \"%1\".").arg(rotated->application.name));
    }

    static int setEnabled(AdminRun &run, bool enabled)
    {
        ServiceHub *services = run.services();
        if (!services)
            return run.status();
        Result<Application> application = AdminRun::findApplication(*services, run.positional(0));
        if (!application)
            return run.fail(application.error());
        if (application->enabled != enabled) {
            application->enabled = enabled;
            application = services->applications().update(*application, run.actor());
            if (!application)
                return run.fail(application.error());
        }
        return run.print(json(*application),
            enabled ? tr("\"%1\" is enabled.").arg(application->name)
                    : tr("\"%1\" is disabled: its clients get 401 invalid_client.").arg(application->name));
    }
};

} // namespace

QList<AdminCommandSpec> applicationCommands()
{
    const QString app = QStringLiteral("app");
    const QStringList clientId { QStringLiteral("CLIENT_ID") };
    return {
        { app, QStringLiteral("create"),
            QStringLiteral("--name NAME --type marketplace|integration [--client-id UUID] [--json]"), {},
            { QCommandLineOption(QStringLiteral("name"), QString(), QStringLiteral("NAME")),
                QCommandLineOption(QStringLiteral("type"), QString(), QStringLiteral("TYPE")),
                QCommandLineOption(QStringLiteral("client-id"), QString(), QStringLiteral("UUID")) },
            AppCommands::create },
        { app, QStringLiteral("list"), QStringLiteral("[--json]"), {}, {}, AppCommands::list },
        { app, QStringLiteral("show"), QStringLiteral("CLIENT_ID [--json]"), clientId, {}, AppCommands::show },
        { app, QStringLiteral("rotate-secret"), QStringLiteral("CLIENT_ID [--overlap SECONDS] [--json]"), clientId,
            { QCommandLineOption(QStringLiteral("overlap"), QString(), QStringLiteral("SECONDS")) },
            AppCommands::rotateSecret },
        { app, QStringLiteral("disable"), QStringLiteral("CLIENT_ID [--json]"), clientId, {},
            [](AdminRun &run) { return AppCommands::setEnabled(run, false); } },
        { app, QStringLiteral("enable"), QStringLiteral("CLIENT_ID [--json]"), clientId, {},
            [](AdminRun &run) { return AppCommands::setEnabled(run, true); } },
    };
}

} // namespace authdesk
