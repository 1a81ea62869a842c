#include "dws/Cluster.h"

namespace dws {

const TaskProgress* ActionProgress::find(TaskStatus::Value task) const
{
    for (const TaskProgress& progress : tasks) {
        if (progress.task.value() == task)
            return &progress;
    }
    return nullptr;
}

std::optional<int> ActionProgress::percentOf(TaskStatus::Value task) const
{
    const TaskProgress* progress = find(task);
    return progress ? progress->percent : std::nullopt;
}

} // namespace dws
