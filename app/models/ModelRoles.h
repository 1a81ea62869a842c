#pragma once

#include <Qt>

namespace dws {

// Item data roles shared by the table models of app/models. Each model also brings these names
// into its own scope (ClusterTableModel::ProgressRole).
enum ModelRole : int
{
    IdRole = Qt::UserRole + 1, // QString: the row's key (cluster id, snapshot id, spec name)
    SortRole,                  // a proper sort key: numbers as numbers, dates as QDateTime
    ProgressRole,              // int: percent of the running task, -1 when none (task column)
    StatusColorRole,           // QColor for the status cell's badge; invalid when neutral
    WireValueRole,             // QString: the cell's value as the API sent it (status words)
    RecordRole,                // the whole row: dws::Cluster, dws::Snapshot or dws::NodeType
    ClusterRole = RecordRole,
    SnapshotRole = RecordRole,
    NodeTypeRole = RecordRole,
};

} // namespace dws
