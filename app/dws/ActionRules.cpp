#include "dws/ActionRules.h"

#include <QCoreApplication>
#include <QStringList>

namespace dws {
namespace {

constexpr const char* kContext = "dws::ActionRules";

QString localized(const char* text)
{
    return QCoreApplication::translate(kContext, text);
}

bool isManual(const Snapshot& snapshot)
{
    return snapshot.type.trimmed().compare(QLatin1String("MANUAL"), Qt::CaseInsensitive) == 0;
}

// The state that forbids touching a cluster at all, whatever the operation.
Refusal blockingState(const Cluster& cluster)
{
    if (cluster.status == ClusterStatus::Creating)
        return Refusal::ClusterCreating;
    if (hasRunningTask(cluster))
        return Refusal::TaskRunning;
    return Refusal::None;
}

Verdict decideOnCluster(Operation operation, const Cluster& cluster)
{
    if (const Refusal blocked = blockingState(cluster); blocked != Refusal::None)
        return {blocked, {}};

    const auto status = cluster.status.value();
    if (operation == Operation::DeleteCluster)
        return {};

    switch (status) {
    case ClusterStatus::Available:
    case ClusterStatus::Active:
        break;
    case ClusterStatus::CreationFailed:
        return {Refusal::ClusterCreationFailed, {}};
    case ClusterStatus::Frozen:
    case ClusterStatus::PoliceFrozen:
        return {Refusal::ClusterFrozen, {}};
    case ClusterStatus::Unavailable:
        // A restart is how an operator tries to bring an unavailable cluster back.
        if (operation == Operation::RestartCluster)
            return {};
        return {Refusal::ClusterUnavailable, {}};
    default:
        return {Refusal::ClusterStatusUnknown, {}};
    }

    if (operation == Operation::ResizeCluster) {
        Verdict verdict;
        verdict.resizeModes.scaleOut = true;
        verdict.resizeModes.resize = supportsResizeToNodeType(cluster.version);
        return verdict;
    }
    return {};
}

Verdict decideOnSnapshot(Operation operation, const Snapshot& snapshot)
{
    if (operation == Operation::DeleteSnapshot) {
        if (!isManual(snapshot))
            return {Refusal::SnapshotNotManual, {}};
        if (snapshot.status == SnapshotStatus::Creating)
            return {Refusal::SnapshotCreating, {}};
        return {};
    }
    if (snapshot.status != SnapshotStatus::Available)
        return {snapshot.status == SnapshotStatus::Creating ? Refusal::SnapshotCreating
                                                            : Refusal::SnapshotNotAvailable,
                {}};
    return {};
}

} // namespace

bool hasRunningTask(const Cluster& cluster)
{
    if (cluster.taskStatus.isIdle() || cluster.taskStatus.isEmpty())
        return false;
    return !cluster.taskStatus.isFailure();
}

int compareVersions(QStringView left, QStringView right)
{
    const auto leftParts = left.trimmed().split(QLatin1Char('.'));
    const auto rightParts = right.trimmed().split(QLatin1Char('.'));
    const qsizetype count = std::max(leftParts.size(), rightParts.size());
    for (qsizetype index = 0; index < count; ++index) {
        const int leftNumber = index < leftParts.size() ? leftParts[index].toInt() : 0;
        const int rightNumber = index < rightParts.size() ? rightParts[index].toInt() : 0;
        if (leftNumber != rightNumber)
            return leftNumber < rightNumber ? -1 : 1;
    }
    return 0;
}

bool supportsResizeToNodeType(QStringView version)
{
    return compareVersions(version, u"1.5.0") >= 0;
}

Verdict decide(Operation operation, const ActionContext& context)
{
    if (!context.signedIn)
        return {Refusal::NotSignedIn, {}};

    switch (operation) {
    case Operation::Refresh:
    case Operation::CreateCluster:
        return {};
    case Operation::ResizeCluster:
    case Operation::RestartCluster:
    case Operation::ResetPassword:
    case Operation::CreateSnapshot:
    case Operation::DeleteCluster:
        if (!context.cluster)
            return {Refusal::NoClusterSelected, {}};
        return decideOnCluster(operation, *context.cluster);
    case Operation::RestoreSnapshot:
    case Operation::DeleteSnapshot:
        if (!context.snapshot)
            return {Refusal::NoSnapshotSelected, {}};
        return decideOnSnapshot(operation, *context.snapshot);
    }
    return {};
}

QString explainRefusal(Refusal refusal, const Cluster* cluster)
{
    switch (refusal) {
    case Refusal::None:
        return {};
    case Refusal::NotSignedIn:
        return localized(QT_TRANSLATE_NOOP("dws::ActionRules", "Sign in first."));
    case Refusal::NoClusterSelected:
        return localized(QT_TRANSLATE_NOOP("dws::ActionRules", "Select a cluster first."));
    case Refusal::NoSnapshotSelected:
        return localized(QT_TRANSLATE_NOOP("dws::ActionRules", "Select a snapshot first."));
    case Refusal::ClusterCreating:
        return localized(
            QT_TRANSLATE_NOOP("dws::ActionRules", "The cluster is still being created."));
    case Refusal::TaskRunning:
        if (cluster && !cluster->taskStatus.isEmpty())
            return localized(QT_TRANSLATE_NOOP(
                                 "dws::ActionRules",
                                 "A task is running on the cluster (%1); wait until it ends."))
                .arg(cluster->taskStatus.displayText());
        return localized(QT_TRANSLATE_NOOP(
            "dws::ActionRules", "A task is running on the cluster; wait until it ends."));
    case Refusal::ClusterCreationFailed:
        return localized(QT_TRANSLATE_NOOP(
            "dws::ActionRules", "The cluster failed to be created; it can only be deleted."));
    case Refusal::ClusterFrozen:
        return localized(QT_TRANSLATE_NOOP("dws::ActionRules",
                                           "The cluster is frozen; it can only be deleted."));
    case Refusal::ClusterUnavailable:
        return localized(QT_TRANSLATE_NOOP("dws::ActionRules",
                                           "The cluster is unavailable; restart it or delete it."));
    case Refusal::ClusterStatusUnknown:
        if (cluster)
            return localized(QT_TRANSLATE_NOOP(
                                 "dws::ActionRules",
                                 "The cluster's status (%1) does not allow this operation."))
                .arg(cluster->status.displayText());
        return localized(QT_TRANSLATE_NOOP("dws::ActionRules",
                                           "The cluster's status does not allow this operation."));
    case Refusal::SnapshotNotAvailable:
        return localized(
            QT_TRANSLATE_NOOP("dws::ActionRules", "Only an available snapshot can be restored."));
    case Refusal::SnapshotNotManual:
        return localized(
            QT_TRANSLATE_NOOP("dws::ActionRules", "Only manual snapshots can be deleted."));
    case Refusal::SnapshotCreating:
        return localized(
            QT_TRANSLATE_NOOP("dws::ActionRules", "The snapshot is still being created."));
    }
    return {};
}

QString explainLimits(Operation operation, const Verdict& verdict, const Cluster* cluster)
{
    if (operation != Operation::ResizeCluster || !verdict.allowed() || verdict.resizeModes.resize)
        return {};
    const QString version = cluster ? cluster->version : QString();
    return localized(QT_TRANSLATE_NOOP(
                         "dws::ActionRules",
                         "Version %1 supports scale-out only; changing the node type needs 1.5.0 "
                         "or later."))
        .arg(version);
}

} // namespace dws
