#pragma once

#include "dws/Enums.h"

#include <QColor>

namespace dws {

// Colours of status badges and texts. Invalid QColor means "use the view's text colour".
QColor statusColor(const ClusterStatus& status);
QColor statusColor(const SnapshotStatus& status);
QColor taskColor(const TaskStatus& task);

} // namespace dws
