#include "models/RunningTask.h"

namespace dws {

RunningTask runningTaskOf(const Cluster& cluster)
{
    RunningTask running{TaskStatus(TaskStatus::None), std::nullopt};
    if (!cluster.taskStatus.isIdle()) {
        running.task = cluster.taskStatus;
        for (const TaskProgress& progress : cluster.actionProgress.tasks) {
            if (progress.task == cluster.taskStatus) {
                running.percent = progress.percent;
                break;
            }
        }
        return running;
    }
    if (!cluster.actionProgress.isEmpty()) {
        const TaskProgress& first = cluster.actionProgress.tasks.constFirst();
        running.task = first.task;
        running.percent = first.percent;
    }
    return running;
}

bool isBusy(const Cluster& cluster)
{
    return cluster.status == ClusterStatus::Creating || runningTaskOf(cluster).isRunning() ||
           cluster.subStatus.testFlag(SubStatus::Redistributing);
}

} // namespace dws
