#include "ListCommands.h"

#include "CommandContext.h"
#include "ExitCode.h"
#include "Formatters.h"

#include <QJsonArray>
#include <QJsonObject>

namespace dws::cli {

QString NodeTypesList::summary() const
{
    return tr("List the node types the region offers, with vCPUs, memory and storage.");
}

int NodeTypesList::execute(CommandContext& context)
{
    Session* session = context.session();
    if (!session)
        return context.exitStatus();
    const api::Result<QList<NodeType>> nodeTypes = session->nodeTypes();
    if (!nodeTypes)
        return context.apiFailure(nodeTypes.error());
    if (context.jsonOutput()) {
        QJsonArray array;
        for (const NodeType& nodeType : nodeTypes.value())
            array.append(NodeTypeFormatter::toJson(nodeType));
        context.printJson(QJsonObject{{QStringLiteral("node_types"), array}});
    } else {
        context.printTable(NodeTypeFormatter::table(nodeTypes.value()));
    }
    return ExitCode::Success;
}

QString ProjectsList::summary() const
{
    return tr("List the projects the account can use; a project's name is its region.");
}

int ProjectsList::execute(CommandContext& context)
{
    Session* session = context.session();
    if (!session)
        return context.exitStatus();
    const api::Result<QList<api::Project>> projects = session->projects();
    if (!projects)
        return context.apiFailure(projects.error());
    if (context.jsonOutput()) {
        QJsonArray array;
        for (const api::Project& project : projects.value())
            array.append(QJsonObject{{QStringLiteral("id"), project.id},
                                     {QStringLiteral("name"), project.name},
                                     {QStringLiteral("domain_id"), project.domainId},
                                     {QStringLiteral("enabled"), project.enabled}});
        context.printJson(QJsonObject{{QStringLiteral("projects"), array}});
        return ExitCode::Success;
    }
    TableWriter table({tr("ID"), tr("Name"), tr("Enabled")});
    for (const api::Project& project : projects.value())
        table.addRow({project.id, project.name, project.enabled ? tr("yes") : tr("no")});
    context.printTable(table);
    return ExitCode::Success;
}

QString ClustersList::summary() const
{
    return tr("List every cluster of the project with its status, task and progress.");
}

int ClustersList::execute(CommandContext& context)
{
    Session* session = context.session();
    if (!session)
        return context.exitStatus();
    const api::Result<QList<Cluster>> clusters = session->clusters();
    if (!clusters)
        return context.apiFailure(clusters.error());
    if (context.jsonOutput()) {
        QJsonArray array;
        for (const Cluster& cluster : clusters.value())
            array.append(ClusterFormatter::toJson(cluster));
        context.printJson(QJsonObject{{QStringLiteral("clusters"), array}});
    } else {
        context.printTable(ClusterFormatter::table(clusters.value()));
    }
    return ExitCode::Success;
}

QString ClustersShow::summary() const
{
    return tr("Show everything known about one cluster.");
}

int ClustersShow::execute(CommandContext& context)
{
    Session* session = context.session();
    if (!session)
        return context.exitStatus();
    const api::Result<Cluster> cluster = session->cluster(context.positional(0));
    if (!cluster)
        return context.apiFailure(cluster.error());
    if (context.jsonOutput())
        context.printJson(
            QJsonObject{{QStringLiteral("cluster"), ClusterFormatter::toJson(cluster.value())}});
    else
        context.printDetail(ClusterFormatter::detail(cluster.value()));
    return ExitCode::Success;
}

QString SnapshotsList::summary() const
{
    return tr("List every snapshot of the project.");
}

int SnapshotsList::execute(CommandContext& context)
{
    Session* session = context.session();
    if (!session)
        return context.exitStatus();
    const api::Result<QList<Snapshot>> snapshots = session->snapshots();
    if (!snapshots)
        return context.apiFailure(snapshots.error());
    if (context.jsonOutput()) {
        QJsonArray array;
        for (const Snapshot& snapshot : snapshots.value())
            array.append(SnapshotFormatter::toJson(snapshot));
        context.printJson(QJsonObject{{QStringLiteral("snapshots"), array}});
    } else {
        context.printTable(SnapshotFormatter::table(snapshots.value()));
    }
    return ExitCode::Success;
}

QString SnapshotsShow::summary() const
{
    return tr("Show everything known about one snapshot.");
}

int SnapshotsShow::execute(CommandContext& context)
{
    Session* session = context.session();
    if (!session)
        return context.exitStatus();
    const api::Result<Snapshot> snapshot = session->snapshot(context.positional(0));
    if (!snapshot)
        return context.apiFailure(snapshot.error());
    if (context.jsonOutput())
        context.printJson(
            QJsonObject{{QStringLiteral("snapshot"), SnapshotFormatter::toJson(snapshot.value())}});
    else
        context.printDetail(SnapshotFormatter::detail(snapshot.value()));
    return ExitCode::Success;
}

} // namespace dws::cli
