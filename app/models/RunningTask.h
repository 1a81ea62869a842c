#pragma once

#include "dws/Cluster.h"

#include <optional>

namespace dws {

// The task a cluster is busy with, as a monitor sees it: task_status when set, otherwise the
// first key of action_progress (a creating cluster reports only {"CREATING": "30%"}).
struct RunningTask
{
    TaskStatus task;            // None when the cluster is idle
    std::optional<int> percent; // from action_progress, when it holds a percentage

    bool isRunning() const { return !task.isIdle() && !task.isFailure(); }
    bool operator==(const RunningTask&) const = default;
};

RunningTask runningTaskOf(const Cluster& cluster);

// True while the cluster is changing on its own: a task runs, it is being created, or its data
// is being redistributed. A monitor polls faster while any cluster is busy.
bool isBusy(const Cluster& cluster);

} // namespace dws
