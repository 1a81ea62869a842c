#include "monitor/TransitionDetector.h"

#include "models/RunningTask.h"

namespace dws {

namespace {

using Kind = Transition::Kind;

Transition clusterTransition(Kind kind, const Cluster& cluster)
{
    Transition transition;
    transition.kind = kind;
    transition.resourceId = cluster.id;
    transition.resourceName = cluster.name;
    return transition;
}

Transition snapshotTransition(Kind kind, const Snapshot& snapshot)
{
    Transition transition;
    transition.kind = kind;
    transition.resourceId = snapshot.id;
    transition.resourceName = snapshot.name;
    transition.clusterId = snapshot.clusterId;
    transition.toText = snapshot.status.toString();
    return transition;
}

bool hasReasons(const Cluster& cluster)
{
    return cluster.failedReasons && !cluster.failedReasons->isEmpty();
}

// Something in `after` says an operation failed that `before` did not say yet.
bool failureAppeared(const Cluster& before, const Cluster& after)
{
    if (after.taskStatus.isFailure() && !(before.taskStatus == after.taskStatus))
        return true;
    if (after.status == ClusterStatus::CreationFailed &&
        !(before.status == ClusterStatus::CreationFailed))
        return true;
    return hasReasons(after) && before.failedReasons != after.failedReasons;
}

} // namespace

TransitionDetector::TransitionDetector(QObject* parent)
    : QObject(parent)
{}

QList<Transition> TransitionDetector::compareCluster(const Cluster& before, const Cluster& after)
{
    QList<Transition> transitions;
    const RunningTask was = runningTaskOf(before);
    const RunningTask now = runningTaskOf(after);
    const bool sameTask = was.isRunning() && now.isRunning() && was.task == now.task;

    if (failureAppeared(before, after)) {
        Transition failed = clusterTransition(Kind::TaskFailed, after);
        if (was.isRunning())
            failed.task = was.task;
        else if (after.taskStatus.isFailure())
            failed.task = after.taskStatus;
        else if (after.status == ClusterStatus::CreationFailed)
            failed.task = TaskStatus(TaskStatus::Creating);
        else
            failed.task = TaskStatus(TaskStatus::None);
        failed.previousPercent = was.percent;
        failed.toText =
            after.taskStatus.isFailure() ? after.taskStatus.toString() : after.status.toString();
        if (after.failedReasons)
            failed.reasons = *after.failedReasons;
        transitions.append(failed);
    } else if (was.isRunning() && !sameTask) {
        Transition finished = clusterTransition(Kind::TaskFinished, after);
        finished.task = was.task;
        finished.previousPercent = was.percent;
        transitions.append(finished);
    }

    if (now.isRunning() && !sameTask) {
        Transition started = clusterTransition(Kind::TaskStarted, after);
        started.task = now.task;
        started.percent = now.percent;
        transitions.append(started);
    } else if (sameTask && was.percent != now.percent) {
        Transition progressed = clusterTransition(Kind::TaskProgressed, after);
        progressed.task = now.task;
        progressed.previousPercent = was.percent;
        progressed.percent = now.percent;
        transitions.append(progressed);
    }

    if (!(before.status == after.status)) {
        Transition changed = clusterTransition(Kind::ClusterStatusChanged, after);
        changed.fromText = before.status.toString();
        changed.toText = after.status.toString();
        transitions.append(changed);
    }
    if (!(before.subStatus == after.subStatus)) {
        Transition changed = clusterTransition(Kind::ClusterSubStatusChanged, after);
        changed.fromText = before.subStatus.toString();
        changed.toText = after.subStatus.toString();
        transitions.append(changed);
    }
    return transitions;
}

QList<Transition> TransitionDetector::compareClusters(const QList<Cluster>& before,
                                                      const QList<Cluster>& after)
{
    QHash<QString, const Cluster*> previous;
    previous.reserve(before.size());
    for (const Cluster& cluster : before)
        previous.insert(cluster.id, &cluster);

    QList<Transition> transitions;
    QSet<QString> seen;
    seen.reserve(after.size());
    for (const Cluster& cluster : after) {
        if (seen.contains(cluster.id))
            continue;
        seen.insert(cluster.id);
        const Cluster* earlier = previous.value(cluster.id);
        if (earlier) {
            if (!(*earlier == cluster))
                transitions.append(compareCluster(*earlier, cluster));
            continue;
        }
        Transition appeared = clusterTransition(Kind::ClusterAppeared, cluster);
        appeared.toText = cluster.status.toString();
        transitions.append(appeared);
        const RunningTask running = runningTaskOf(cluster);
        if (running.isRunning()) {
            Transition started = clusterTransition(Kind::TaskStarted, cluster);
            started.task = running.task;
            started.percent = running.percent;
            transitions.append(started);
        }
    }
    for (const Cluster& cluster : before) {
        if (seen.contains(cluster.id))
            continue;
        seen.insert(cluster.id);
        Transition gone = clusterTransition(Kind::ClusterGone, cluster);
        gone.fromText = cluster.status.toString();
        transitions.append(gone);
    }
    return transitions;
}

QList<Transition> TransitionDetector::compareSnapshots(const QList<Snapshot>& before,
                                                       const QList<Snapshot>& after)
{
    QHash<QString, const Snapshot*> previous;
    previous.reserve(before.size());
    for (const Snapshot& snapshot : before)
        previous.insert(snapshot.id, &snapshot);

    QList<Transition> transitions;
    QSet<QString> seen;
    seen.reserve(after.size());
    for (const Snapshot& snapshot : after) {
        if (seen.contains(snapshot.id))
            continue;
        seen.insert(snapshot.id);
        const Snapshot* earlier = previous.value(snapshot.id);
        std::optional<Kind> kind;
        if (!earlier) {
            switch (snapshot.status.value()) {
            case SnapshotStatus::Creating:
                kind = Kind::SnapshotStarted;
                break;
            case SnapshotStatus::Unavailable:
                kind = Kind::SnapshotFailed;
                break;
            default:
                kind = Kind::SnapshotAppeared;
                break;
            }
        } else if (!(earlier->status == snapshot.status)) {
            switch (snapshot.status.value()) {
            case SnapshotStatus::Creating:
                kind = Kind::SnapshotStarted;
                break;
            case SnapshotStatus::Available:
                kind = Kind::SnapshotFinished;
                break;
            case SnapshotStatus::Unavailable:
                kind = Kind::SnapshotFailed;
                break;
            case SnapshotStatus::Unknown:
                break;
            }
        }
        if (!kind)
            continue;
        Transition transition = snapshotTransition(*kind, snapshot);
        if (earlier)
            transition.fromText = earlier->status.toString();
        transitions.append(transition);
    }
    for (const Snapshot& snapshot : before) {
        if (seen.contains(snapshot.id))
            continue;
        seen.insert(snapshot.id);
        Transition gone = snapshotTransition(Kind::SnapshotGone, snapshot);
        gone.fromText = snapshot.status.toString();
        gone.toText.clear();
        transitions.append(gone);
    }
    return transitions;
}

void TransitionDetector::feedClusters(const QList<Cluster>& clusters)
{
    QList<Transition> transitions;
    if (m_haveClusters)
        transitions = compareClusters(m_clusters, clusters);
    m_clusters = clusters;
    m_haveClusters = true;
    for (const Transition& transition : std::as_const(transitions))
        emit this->transition(transition);
}

void TransitionDetector::feedSnapshots(const QList<Snapshot>& snapshots)
{
    QList<Transition> transitions;
    if (m_haveSnapshots)
        transitions = compareSnapshots(m_snapshots, snapshots);
    m_snapshots = snapshots;
    m_haveSnapshots = true;
    for (const Transition& transition : std::as_const(transitions))
        emit this->transition(transition);
}

void TransitionDetector::clear()
{
    m_clusters.clear();
    m_snapshots.clear();
    m_haveClusters = false;
    m_haveSnapshots = false;
}

} // namespace dws
