// `authdesk export [--out FILE]`: the database in the seed format, without any secret.

#include "adminrun.h"
#include "services/seedexporter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace authdesk {

namespace {

class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    static int run(AdminRun &run)
    {
        const bool toFile = run.isSet(QStringLiteral("out"));
        const QString path = run.value(QStringLiteral("out"));
        if (toFile && path.isEmpty())
            return run.failBadInput(tr("--out needs a file name."));
        ServiceHub *services = run.services();
        if (!services)
            return run.status();
        const Result<QJsonObject> exported = SeedExporter(*services).exportAll();
        if (!exported)
            return run.fail(exported.error());
        const QByteArray bytes = QJsonDocument(*exported).toJson(QJsonDocument::Indented);
        if (!toFile) {
            std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
            std::fflush(stdout);
            return AdminRun::Success;
        }
        // Not secret, but the whole list of test accounts: for the owner only, like the database.
        QFile file(path);
        const QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, ownerOnly) || !file.setPermissions(ownerOnly)
            || file.write(bytes) != bytes.size() || !file.flush()) {
            return run.failBadInput(
                tr("The export cannot be written to %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        }
        const auto count = [&](const char *key) { return exported->value(QLatin1String(key)).toArray().size(); };
        const QJsonObject summary { { QStringLiteral("out"), path },
            { QStringLiteral("applications"), count("applications") }, { QStringLiteral("users"), count("users") },
            { QStringLiteral("identity_providers"), count("identity_providers") } };
        return run.print(summary,
            tr("Exported %1 application(s), %2 test user(s) and %3 identity provider(s) to %4, without secrets or "
               "passwords.")
                .arg(count("applications"))
                .arg(count("users"))
                .arg(count("identity_providers"))
                .arg(QDir::toNativeSeparators(path)));
    }
};

} // namespace

QList<AdminCommandSpec> exportCommands()
{
    return { { QStringLiteral("export"), QString(), QStringLiteral("[--out FILE]"), {},
        { QCommandLineOption(QStringLiteral("out"), QString(), QStringLiteral("FILE")) }, ExportCommand::run } };
}

} // namespace authdesk
