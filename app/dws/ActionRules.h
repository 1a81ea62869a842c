#pragma once

#include "dws/Cluster.h"
#include "dws/Snapshot.h"

#include <QString>
#include <QStringView>

namespace dws {

// Every operation an operator can start from the console.
enum class Operation
{
    Refresh,
    CreateCluster,
    RestoreSnapshot,
    ResizeCluster,
    RestartCluster,
    ResetPassword,
    CreateSnapshot,
    DeleteCluster,
    DeleteSnapshot,
};

// Why an operation is not offered. None means it is.
enum class Refusal
{
    None,
    NotSignedIn,
    NoClusterSelected,
    NoSnapshotSelected,
    ClusterCreating,
    TaskRunning,
    ClusterCreationFailed,
    ClusterFrozen,
    ClusterUnavailable,
    ClusterStatusUnknown,
    SnapshotNotAvailable,
    SnapshotNotManual,
    SnapshotCreating,
};

// Which kinds of resize a cluster accepts: a resize to a node type and count needs version
// 1.5.0 or later; a scale-out (adding nodes) works on every version.
struct ResizeModes
{
    bool resize = false;
    bool scaleOut = false;
};

struct Verdict
{
    Refusal refusal = Refusal::None;
    ResizeModes resizeModes; // ResizeCluster only, when allowed

    bool allowed() const { return refusal == Refusal::None; }
};

// What the console allows, given what it knows. `cluster`/`snapshot` may be null (nothing
// selected). Operations on clusters ignore `snapshot` and the other way round.
struct ActionContext
{
    bool signedIn = false;
    const Cluster* cluster = nullptr;
    const Snapshot* snapshot = nullptr;
};

Verdict decide(Operation operation, const ActionContext& context);

// The translated explanation of a refusal (context "dws::ActionRules"); `cluster` fills in
// the running task's name when given. Empty for Refusal::None.
QString explainRefusal(Refusal refusal, const Cluster* cluster = nullptr);

// A short hint for an allowed operation that is limited, e.g. scale-out only; empty otherwise.
QString explainLimits(Operation operation, const Verdict& verdict, const Cluster* cluster);

// Dotted version comparison: "1.5.0" vs "1.10.2"; missing or non-numeric parts count as 0.
int compareVersions(QStringView left, QStringView right);
// True when the cluster version accepts a resize to a node type and count (>= 1.5.0).
bool supportsResizeToNodeType(QStringView version);

// A task is running: task_status names something other than idle or a failure.
bool hasRunningTask(const Cluster& cluster);

} // namespace dws
