#include "models/ClusterTableModel.h"

#include "models/RunningTask.h"
#include "models/StatusPalette.h"

#include <QBrush>
#include <QLocale>

namespace dws {

namespace {

const QString& keyOf(const Cluster& cluster)
{
    return cluster.id;
}

QString localDateTimeText(const QDateTime& utc)
{
    if (!utc.isValid())
        return {};
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

ClusterTableModel::ClusterTableModel(QObject* parent)
    : KeyedTableModel(parent)
{}

void ClusterTableModel::apply(QList<Cluster> clusters)
{
    applyDiff(m_table, std::move(clusters), keyOf, &ClusterTableModel::changedColumns);
}

void ClusterTableModel::applyOne(Cluster cluster)
{
    KeyedTableModel::applyOne(m_table, std::move(cluster), keyOf,
                              &ClusterTableModel::changedColumns);
}

void ClusterTableModel::clear()
{
    clearRows(m_table);
}

std::optional<Cluster> ClusterTableModel::cluster(const QString& id) const
{
    const int row = rowOf(id);
    if (row < 0)
        return std::nullopt;
    return m_table.rows.at(row);
}

int ClusterTableModel::rowOf(const QString& id) const
{
    return int(m_table.rowOfKey.value(id, -1));
}

QModelIndex ClusterTableModel::indexOf(const QString& id, int column) const
{
    const int row = rowOf(id);
    return row < 0 ? QModelIndex() : index(row, column);
}

QString ClusterTableModel::nameOf(const QString& id) const
{
    const int row = rowOf(id);
    return row < 0 ? QString() : m_table.rows.at(row).name;
}

int ClusterTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int ClusterTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClusterTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Cluster& cluster = m_table.rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(cluster, column);
    case SortRole:
        return sortData(cluster, column);
    case IdRole:
        return cluster.id;
    case RecordRole:
        return QVariant::fromValue(cluster);
    case ProgressRole: {
        const RunningTask running = runningTaskOf(cluster);
        return running.isRunning() && running.percent ? *running.percent : -1;
    }
    case StatusColorRole:
        return statusColor(cluster.status);
    case Qt::ForegroundRole: {
        QColor color;
        if (column == StatusColumn)
            color = statusColor(cluster.status);
        else if (column == TaskColumn)
            color = taskColor(runningTaskOf(cluster).task);
        return color.isValid() ? QVariant(QBrush(color)) : QVariant();
    }
    case WireValueRole:
        switch (column) {
        case StatusColumn:
            return cluster.status.toString();
        case SubStatusColumn:
            return cluster.subStatus.toString();
        case TaskColumn:
            return runningTaskOf(cluster).task.toString();
        default:
            return sortData(cluster, column);
        }
    case Qt::ToolTipRole:
        if (column == NameColumn)
            return tr("ID: %1").arg(cluster.id);
        if (column == StatusColumn && cluster.failedReasons && !cluster.failedReasons->isEmpty())
            return tr("%1: %2").arg(cluster.failedReasons->errorCode,
                                    cluster.failedReasons->errorMessage);
        return {};
    case Qt::TextAlignmentRole:
        if (column == NodesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant ClusterTableModel::displayData(const Cluster& cluster, int column) const
{
    switch (column) {
    case NameColumn:
        return cluster.name;
    case StatusColumn:
        return cluster.status.displayText();
    case SubStatusColumn:
        return cluster.subStatus.displayText();
    case TaskColumn: {
        const RunningTask running = runningTaskOf(cluster);
        if (running.task.isIdle())
            return QString();
        if (running.isRunning() && running.percent)
            return tr("%1 %2%", "task and its percent done")
                .arg(running.task.displayText(), QLocale().toString(*running.percent));
        return running.task.displayText();
    }
    case NodeTypeColumn:
        return cluster.nodeType;
    case NodesColumn:
        return QLocale().toString(cluster.numberOfNode);
    case VersionColumn:
        return cluster.version;
    case AvailabilityZoneColumn:
        return cluster.availabilityZone;
    case CreatedColumn:
        return localDateTimeText(cluster.created);
    default:
        return {};
    }
}

QVariant ClusterTableModel::sortData(const Cluster& cluster, int column) const
{
    switch (column) {
    case NodesColumn:
        return cluster.numberOfNode;
    case CreatedColumn:
        return cluster.created;
    case TaskColumn: {
        // Busy clusters first by how far along they are; idle ones after every running task.
        const RunningTask running = runningTaskOf(cluster);
        if (running.task.isIdle())
            return -2;
        return running.percent.value_or(-1);
    }
    default:
        return displayData(cluster, column);
    }
}

QString ClusterTableModel::columnHeader(int column) const
{
    return columnTitle(Column(column));
}

QHash<int, QByteArray> ClusterTableModel::modelRoleNames() const
{
    return {
        {ProgressRole, "progress"},
        {StatusColorRole, "statusColor"},
        {RecordRole, "cluster"},
    };
}

QString ClusterTableModel::columnTitle(Column column)
{
    switch (column) {
    case NameColumn:
        return tr("Name");
    case StatusColumn:
        return tr("Status");
    case SubStatusColumn:
        return tr("Sub-status");
    case TaskColumn:
        return tr("Task");
    case NodeTypeColumn:
        return tr("Node type");
    case NodesColumn:
        return tr("Nodes");
    case VersionColumn:
        return tr("Version");
    case AvailabilityZoneColumn:
        return tr("AZ");
    case CreatedColumn:
        return tr("Created");
    case ColumnCount:
        break;
    }
    return {};
}

ColumnSpan ClusterTableModel::changedColumns(const Cluster& before, const Cluster& after)
{
    const bool changed[ColumnCount] = {
        before.name != after.name,
        before.status != after.status || before.failedReasons != after.failedReasons,
        before.subStatus != after.subStatus,
        runningTaskOf(before) != runningTaskOf(after),
        before.nodeType != after.nodeType,
        before.numberOfNode != after.numberOfNode,
        before.version != after.version,
        before.availabilityZone != after.availabilityZone,
        before.created != after.created,
    };
    return ColumnSpan::ofChanged(changed);
}

} // namespace dws
