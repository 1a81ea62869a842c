#include "models/StatusPalette.h"

namespace dws {

namespace {

// Readable on light and dark backgrounds alike.
const QColor goodColor(0x2e, 0x9d, 0x4e);
const QColor workingColor(0x1e, 0x7b, 0xd6);
const QColor badColor(0xd3, 0x3a, 0x2f);
const QColor warningColor(0xe0, 0x8a, 0x00);
const QColor goneColor(0x8a, 0x8a, 0x8a);

} // namespace

QColor statusColor(const ClusterStatus& status)
{
    switch (status.value()) {
    case ClusterStatus::Available:
    case ClusterStatus::Active:
        return goodColor;
    case ClusterStatus::Creating:
        return workingColor;
    case ClusterStatus::Unavailable:
    case ClusterStatus::CreationFailed:
        return badColor;
    case ClusterStatus::Frozen:
    case ClusterStatus::PoliceFrozen:
        return warningColor;
    case ClusterStatus::Deleted:
        return goneColor;
    case ClusterStatus::Unknown:
        break;
    }
    return {};
}

QColor statusColor(const SnapshotStatus& status)
{
    switch (status.value()) {
    case SnapshotStatus::Available:
        return goodColor;
    case SnapshotStatus::Creating:
        return workingColor;
    case SnapshotStatus::Unavailable:
        return badColor;
    case SnapshotStatus::Unknown:
        break;
    }
    return {};
}

QColor taskColor(const TaskStatus& task)
{
    if (task.isFailure())
        return badColor;
    if (task.isIdle())
        return {};
    return workingColor;
}

} // namespace dws
