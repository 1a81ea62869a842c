#include "ClusterActions.h"

#include "CommandContext.h"
#include "ExitCode.h"

#include <QJsonObject>

namespace dws::cli {

void printAccepted(CommandContext& context, const QString& operation, const QString& id,
                   const QString& sentence)
{
    if (context.jsonOutput())
        context.printJson(QJsonObject{{QStringLiteral("id"), id},
                                      {QStringLiteral("operation"), operation},
                                      {QStringLiteral("accepted"), true}});
    else
        context.console().outLine(sentence);
}

QString ClustersDelete::summary() const
{
    return tr("Delete a cluster, keeping its last N manual snapshots (0 keeps none).");
}

QList<OptionSpec> ClustersDelete::options() const
{
    return {{QStringLiteral("keep-snapshots"), QStringLiteral("N"),
             QT_TRANSLATE_NOOP("dws::cli",
                               "how many of the newest manual snapshots to keep (required)")}};
}

int ClustersDelete::execute(CommandContext& context)
{
    const QString clusterId = context.positional(0);
    const std::optional<int> keep = context.intOption(QStringLiteral("keep-snapshots"));
    if (!keep)
        return context.exitStatus();
    const DeleteClusterRequest request{*keep};
    if (const ValidationIssues issues = validate(request); !issues.isEmpty())
        return context.validationFailure(issues);
    if (!context.confirm(tr("Delete cluster %1? Only its newest %2 manual snapshots are kept.")
                             .arg(clusterId)
                             .arg(*keep)))
        return context.exitStatus();

    Session* session = context.session();
    if (!session)
        return context.exitStatus();
    if (const api::Status deleted = session->deleteCluster(clusterId, request); !deleted)
        return context.apiFailure(deleted.error());
    printAccepted(context, QStringLiteral("delete"), clusterId,
                  tr("Cluster %1 is being deleted.").arg(clusterId));
    return ExitCode::Success;
}

QString ClustersRestart::summary() const
{
    return tr("Restart a cluster.");
}

int ClustersRestart::execute(CommandContext& context)
{
    const QString clusterId = context.positional(0);
    if (!context.confirm(
            tr("Restart cluster %1? It is unavailable while it restarts.").arg(clusterId)))
        return context.exitStatus();
    Session* session = context.session();
    if (!session)
        return context.exitStatus();
    if (const api::Status restarted = session->restartCluster(clusterId); !restarted)
        return context.apiFailure(restarted.error());
    printAccepted(context, QStringLiteral("restart"), clusterId,
                  tr("Cluster %1 is restarting.").arg(clusterId));
    return ExitCode::Success;
}

QString ClustersResize::summary() const
{
    return tr("Scale a cluster out by N nodes (--add), or change it to N nodes of a node type "
              "(--node-type and --nodes, cluster version 1.5.0 or later).");
}

QList<OptionSpec> ClustersResize::options() const
{
    return {{QStringLiteral("add"), QStringLiteral("N"),
             QT_TRANSLATE_NOOP("dws::cli", "scale out: the number of nodes to add")},
            {QStringLiteral("node-type"), QStringLiteral("SPEC"),
             QT_TRANSLATE_NOOP("dws::cli", "resize: the node type to change to")},
            {QStringLiteral("nodes"), QStringLiteral("N"),
             QT_TRANSLATE_NOOP("dws::cli", "resize: the number of nodes to change to")}};
}

int ClustersResize::execute(CommandContext& context)
{
    const QString clusterId = context.positional(0);
    const bool scaleOut = context.isSet(QStringLiteral("add"));
    const bool resize =
        context.isSet(QStringLiteral("node-type")) || context.isSet(QStringLiteral("nodes"));
    if (scaleOut == resize)
        return context.usageError(
            tr("Give either --add N, or --node-type T together with --nodes N."));

    ResizeRequest request;
    if (scaleOut) {
        const std::optional<int> count = context.intOption(QStringLiteral("add"));
        if (!count)
            return context.exitStatus();
        request = ResizeRequest::scaleOut(*count);
    } else {
        if (!context.isSet(QStringLiteral("node-type")))
            return context.usageError(tr("--nodes needs --node-type as well."));
        const std::optional<int> nodes = context.intOption(QStringLiteral("nodes"));
        if (!nodes)
            return context.exitStatus();
        request =
            ResizeRequest::resizeTo(context.option(QStringLiteral("node-type")).trimmed(), *nodes);
    }

    Session* session = context.session();
    if (!session)
        return context.exitStatus();
    // The rules depend on the cluster's current size, so read it first.
    const api::Result<Cluster> cluster = session->cluster(clusterId);
    if (!cluster)
        return context.apiFailure(cluster.error());
    if (const ValidationIssues issues = validate(request, cluster.value().numberOfNode);
        !issues.isEmpty())
        return context.validationFailure(issues);

    if (const api::Status resized =
            session->resizeCluster(clusterId, request, cluster.value().numberOfNode);
        !resized)
        return context.apiFailure(resized.error());
    const int target =
        scaleOut ? cluster.value().numberOfNode + request.count : request.numberOfNode;
    printAccepted(context, QStringLiteral("resize"), clusterId,
                  tr("Cluster %1 is growing from %2 to %3 nodes.")
                      .arg(clusterId)
                      .arg(cluster.value().numberOfNode)
                      .arg(target));
    return ExitCode::Success;
}

QString ClustersResetPassword::summary() const
{
    return tr("Set a new password for the cluster's administrator, read from DWS_NEW_PASSWORD or "
              "standard input.");
}

int ClustersResetPassword::execute(CommandContext& context)
{
    const QString clusterId = context.positional(0);
    if (!context.confirm(tr("Reset the administrator password of cluster %1?").arg(clusterId)))
        return context.exitStatus();
    const std::optional<QString> newPassword =
        context.secret("DWS_NEW_PASSWORD", tr("New administrator password:") + QLatin1Char(' '));
    if (!newPassword)
        return context.exitStatus();
    const ResetPasswordRequest request{*newPassword};
    // The rules that need no user name first, so that nothing is sent for a bad password.
    if (const ValidationIssues issues = validate(request, QString()); !issues.isEmpty())
        return context.validationFailure(issues);

    Session* session = context.session();
    if (!session)
        return context.exitStatus();
    const api::Result<Cluster> cluster = session->cluster(clusterId);
    if (!cluster)
        return context.apiFailure(cluster.error());
    if (const ValidationIssues issues = validate(request, cluster.value().userName);
        !issues.isEmpty())
        return context.validationFailure(issues);
    if (const api::Status reset =
            session->resetPassword(clusterId, request, cluster.value().userName);
        !reset)
        return context.apiFailure(reset.error());
    printAccepted(context, QStringLiteral("reset-password"), clusterId,
                  tr("The administrator password of cluster %1 has been reset.").arg(clusterId));
    return ExitCode::Success;
}

} // namespace dws::cli
