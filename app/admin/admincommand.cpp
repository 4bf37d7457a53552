#include "admincommand.h"

#include "adminrun.h"

namespace authdesk {

namespace {

// Every admin command, family by family.
QList<AdminCommandSpec> allCommands()
{
    return applicationCommands() + userCommands() + sessionCommands() + exportCommands() + clockCommands()
        + faultCommands();
}

int refuse(const QString &message)
{
    AdminRun::printError(message);
    return AdminRun::BadInput;
}

} // namespace

bool AdminCommand::handles(const QString &command)
{
    const QList<AdminCommandSpec> commands = allCommands();
    return std::any_of(
        commands.cbegin(), commands.cend(), [&](const AdminCommandSpec &spec) { return spec.family == command; });
}

QString AdminCommand::helpText()
{
    QString text = tr("\nAdmin commands, on the console's database unless --db FILE or --db-url URL names another;\n"
                      "--json prints JSON for scripts. Exit status: 0 done, 1 not found, 2 bad input:\n");
    for (const AdminCommandSpec &spec : allCommands()) {
        QStringList words { QStringLiteral("  authdesk"), spec.family, spec.name, spec.synopsis };
        words.removeAll(QString());
        text += words.join(QLatin1Char(' ')) + QLatin1Char('\n');
    }
    return text;
}

int AdminCommand::run(const QStringList &arguments)
{
    const QString family = arguments.value(0);
    QList<AdminCommandSpec> commands = allCommands();
    commands.removeIf([&](const AdminCommandSpec &spec) { return spec.family != family; });
    if (commands.isEmpty())
        return refuse(tr("Unknown command: %1").arg(family));

    QStringList names;
    for (const AdminCommandSpec &spec : commands)
        names << spec.name;
    // A family that is one command (export) takes its options right after its name.
    const bool single = commands.size() == 1 && commands.constFirst().name.isEmpty();
    const QString given = arguments.value(1);
    const QString name = single || given.startsWith(QLatin1Char('-')) ? QString() : given;
    const auto spec = std::find_if(
        commands.cbegin(), commands.cend(), [&](const AdminCommandSpec &each) { return each.name == name; });
    if (spec == commands.cend()) {
        const QString known = names.join(QStringLiteral(", "));
        return refuse(name.isEmpty() ? tr("'%1' needs a command: %2.").arg(family, known)
                                     : tr("Unknown command: %1 %2. Commands: %3.").arg(family, name, known));
    }
    AdminRun run(*spec);
    if (!run.parse(arguments.mid(single ? 1 : 2)))
        return refuse(run.message());
    return spec->run(run);
}

} // namespace authdesk
