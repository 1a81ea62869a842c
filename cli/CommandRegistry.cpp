#include "CommandRegistry.h"

#include "GlobalOptions.h"
#include "TableWriter.h"
#include "commands/ClusterActions.h"
#include "commands/ClustersWait.h"
#include "commands/CreateCommands.h"
#include "commands/ListCommands.h"

namespace dws::cli {

CommandRegistry::CommandRegistry()
{
    m_commands.push_back(std::make_unique<NodeTypesList>());
    m_commands.push_back(std::make_unique<ProjectsList>());
    m_commands.push_back(std::make_unique<ClustersList>());
    m_commands.push_back(std::make_unique<ClustersShow>());
    m_commands.push_back(std::make_unique<ClustersCreate>());
    m_commands.push_back(std::make_unique<ClustersDelete>());
    m_commands.push_back(std::make_unique<ClustersRestart>());
    m_commands.push_back(std::make_unique<ClustersResize>());
    m_commands.push_back(std::make_unique<ClustersResetPassword>());
    m_commands.push_back(std::make_unique<ClustersWait>());
    m_commands.push_back(std::make_unique<SnapshotsList>());
    m_commands.push_back(std::make_unique<SnapshotsShow>());
    m_commands.push_back(std::make_unique<SnapshotsCreate>());
    m_commands.push_back(std::make_unique<SnapshotsDelete>());
    m_commands.push_back(std::make_unique<SnapshotsRestore>());
}

CommandRegistry::~CommandRegistry() = default;

Command* CommandRegistry::find(const QString& group, const QString& verb) const
{
    for (const auto& command : m_commands) {
        if (command->group() == group && command->verb() == verb)
            return command.get();
    }
    return nullptr;
}

bool CommandRegistry::hasGroup(const QString& group) const
{
    return groups().contains(group);
}

QStringList CommandRegistry::groups() const
{
    QStringList groups;
    for (const auto& command : m_commands) {
        if (!groups.contains(command->group()))
            groups << command->group();
    }
    return groups;
}

QStringList CommandRegistry::verbs(const QString& group) const
{
    QStringList verbs;
    for (const auto& command : m_commands) {
        if (command->group() == group)
            verbs << command->verb();
    }
    return verbs;
}

QString CommandRegistry::generalHelp() const
{
    QString text = tr("Usage: dwsctl [global options] RESOURCE COMMAND [arguments]") +
                   QLatin1String("\n\n") +
                   tr("Manage Huawei Cloud Data Warehouse Service (DWS) clusters and snapshots.") +
                   QLatin1String("\n\n") + tr("Commands:") + QLatin1Char('\n');
    int width = 0;
    for (const auto& command : m_commands) {
        QString synopsis = command->words();
        for (const QString& name : command->positionalNames())
            synopsis += QLatin1Char(' ') + name;
        width = std::max(width, TableWriter::displayWidth(synopsis));
    }
    for (const auto& command : m_commands) {
        QString synopsis = command->words();
        for (const QString& name : command->positionalNames())
            synopsis += QLatin1Char(' ') + name;
        text += QLatin1String("  ") + synopsis +
                QString(width - TableWriter::displayWidth(synopsis) + 2, QLatin1Char(' ')) +
                command->summary() + QLatin1Char('\n');
    }
    text += QLatin1Char('\n') + tr("Global options (before or after the command words):") +
            QLatin1Char('\n');
    int optionWidth = 0;
    const auto synopsisOf = [](const OptionSpec& option) {
        QString synopsis = QLatin1String("--") + option.name;
        if (option.takesValue())
            synopsis += QLatin1Char(' ') + option.valueName;
        return synopsis;
    };
    for (const OptionSpec& option : GlobalOptions::specs())
        optionWidth = std::max(optionWidth, TableWriter::displayWidth(synopsisOf(option)));
    for (const OptionSpec& option : GlobalOptions::specs()) {
        const QString synopsis = synopsisOf(option);
        text += QLatin1String("  ") + synopsis +
                QString(optionWidth - TableWriter::displayWidth(synopsis) + 2, QLatin1Char(' ')) +
                tr(option.description) + QLatin1Char('\n');
    }
    text +=
        QLatin1Char('\n') + tr("Credentials come from the environment, never from arguments:") +
        QLatin1Char('\n') + QLatin1String("  DWS_USERNAME, DWS_PASSWORD, DWS_DOMAIN   ") +
        tr("an IAM user, its password and account") + QLatin1Char('\n') +
        QLatin1String("  DWS_AK, DWS_SK                           ") +
        tr("an access key and secret key (signed requests)") + QLatin1Char('\n') +
        QLatin1String("  DWS_ADMIN_PASSWORD, DWS_NEW_PASSWORD     ") +
        tr("cluster administrator passwords for create and reset-password") +
        QLatin1String("\n\n") +
        tr("Exit status: 0 success, 1 the service answered with an error, 2 usage or validation "
           "error (nothing sent), 3 network or TLS failure.") +
        QLatin1Char('\n');
    return text;
}

} // namespace dws::cli
