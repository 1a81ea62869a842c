#include "models/SnapshotTableModel.h"

#include "models/ClusterTableModel.h"
#include "models/StatusPalette.h"

#include <QBrush>
#include <QLocale>

namespace dws {

namespace {

const QString& keyOf(const Snapshot& snapshot)
{
    return snapshot.id;
}

QString localDateTimeText(const QDateTime& utc)
{
    if (!utc.isValid())
        return {};
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

SnapshotTableModel::SnapshotTableModel(QObject* parent)
    : KeyedTableModel(parent)
{}

void SnapshotTableModel::apply(QList<Snapshot> snapshots)
{
    applyDiff(m_table, std::move(snapshots), keyOf, &SnapshotTableModel::changedColumns);
    // Rows just inserted or changed were signalled whole; remember what they show now.
    QHash<QString, QString> names;
    names.reserve(m_table.rows.size());
    for (const Snapshot& snapshot : std::as_const(m_table.rows))
        names.insert(snapshot.id, resolveClusterName(snapshot.clusterId));
    m_clusterNameOfSnapshot = std::move(names);
}

void SnapshotTableModel::applyOne(Snapshot snapshot)
{
    const QString id = snapshot.id;
    const QString name = resolveClusterName(snapshot.clusterId);
    KeyedTableModel::applyOne(m_table, std::move(snapshot), keyOf,
                              &SnapshotTableModel::changedColumns);
    m_clusterNameOfSnapshot.insert(id, name);
}

void SnapshotTableModel::clear()
{
    clearRows(m_table);
    m_clusterNameOfSnapshot.clear();
}

void SnapshotTableModel::disconnectClusterModel()
{
    for (const QMetaObject::Connection& connection : std::as_const(m_clusterModelConnections))
        disconnect(connection);
    m_clusterModelConnections.clear();
    m_clusterModel = nullptr;
}

void SnapshotTableModel::setClusterModel(const ClusterTableModel* clusters)
{
    disconnectClusterModel();
    m_clusterModel = clusters;
    if (!clusters) {
        m_lookup = {};
        refreshClusterNames();
        return;
    }
    m_lookup = [this](const QString& clusterId) {
        return m_clusterModel ? m_clusterModel->nameOf(clusterId) : QString();
    };
    const auto refresh = [this] { refreshClusterNames(); };
    m_clusterModelConnections = {
        connect(clusters, &QAbstractItemModel::rowsInserted, this, refresh),
        connect(clusters, &QAbstractItemModel::rowsRemoved, this, refresh),
        connect(clusters, &QAbstractItemModel::modelReset, this, refresh),
        connect(clusters, &QObject::destroyed, this, refresh),
        // Only a change that reaches the name column can rename; status changes are frequent.
        connect(clusters, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex& topLeft) {
                    if (topLeft.column() <= ClusterTableModel::NameColumn)
                        refreshClusterNames();
                }),
    };
    refreshClusterNames();
}

void SnapshotTableModel::setClusterNameLookup(ClusterNameLookup lookup)
{
    disconnectClusterModel();
    m_lookup = std::move(lookup);
    refreshClusterNames();
}

void SnapshotTableModel::refreshClusterNames()
{
    int runStart = -1;
    const auto flush = [this, &runStart](int end) {
        if (runStart < 0)
            return;
        emit dataChanged(index(runStart, ClusterColumn), index(end, ClusterColumn));
        runStart = -1;
    };
    for (int row = 0; row < m_table.rows.size(); ++row) {
        const Snapshot& snapshot = m_table.rows.at(row);
        const QString name = resolveClusterName(snapshot.clusterId);
        QString& known = m_clusterNameOfSnapshot[snapshot.id];
        if (known == name) {
            flush(row - 1);
            continue;
        }
        known = name;
        if (runStart < 0)
            runStart = row;
    }
    flush(int(m_table.rows.size()) - 1);
}

QString SnapshotTableModel::resolveClusterName(const QString& clusterId) const
{
    return m_lookup ? m_lookup(clusterId) : QString();
}

std::optional<Snapshot> SnapshotTableModel::snapshot(const QString& id) const
{
    const int row = rowOf(id);
    if (row < 0)
        return std::nullopt;
    return m_table.rows.at(row);
}

int SnapshotTableModel::rowOf(const QString& id) const
{
    return int(m_table.rowOfKey.value(id, -1));
}

QModelIndex SnapshotTableModel::indexOf(const QString& id, int column) const
{
    const int row = rowOf(id);
    return row < 0 ? QModelIndex() : index(row, column);
}

QString SnapshotTableModel::clusterNameAt(int row) const
{
    const Snapshot& snapshot = m_table.rows.at(row);
    const QString name = resolveClusterName(snapshot.clusterId);
    return name.isEmpty() ? snapshot.clusterId : name;
}

int SnapshotTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int SnapshotTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SnapshotTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Snapshot& snapshot = m_table.rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(index.row(), column);
    case SortRole:
        return sortData(index.row(), column);
    case IdRole:
        return snapshot.id;
    case RecordRole:
        return QVariant::fromValue(snapshot);
    case StatusColorRole:
        return statusColor(snapshot.status);
    case Qt::ForegroundRole:
        if (column == StatusColumn) {
            const QColor color = statusColor(snapshot.status);
            return color.isValid() ? QVariant(QBrush(color)) : QVariant();
        }
        return {};
    case WireValueRole:
        switch (column) {
        case ClusterColumn:
            return snapshot.clusterId;
        case StatusColumn:
            return snapshot.status.toString();
        case TypeColumn:
            return snapshot.type;
        default:
            return sortData(index.row(), column);
        }
    case Qt::ToolTipRole:
        if (column == NameColumn) {
            if (snapshot.description.isEmpty())
                return tr("ID: %1").arg(snapshot.id);
            return QString(tr("ID: %1").arg(snapshot.id) + QLatin1Char('\n') +
                           snapshot.description);
        }
        if (column == ClusterColumn)
            return tr("Cluster ID: %1").arg(snapshot.clusterId);
        return {};
    case Qt::TextAlignmentRole:
        if (column == SizeColumn || column == DurationColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant SnapshotTableModel::displayData(int row, int column) const
{
    const Snapshot& snapshot = m_table.rows.at(row);
    switch (column) {
    case NameColumn:
        return snapshot.name;
    case ClusterColumn:
        return clusterNameAt(row);
    case StatusColumn:
        return snapshot.status.displayText();
    case SizeColumn:
        if (!snapshot.sizeGb)
            return QString();
        return tr("%1 GB").arg(QLocale().toString(*snapshot.sizeGb, 'f', 2));
    case StartedColumn:
        return localDateTimeText(snapshot.started);
    case FinishedColumn:
        return localDateTimeText(snapshot.finished);
    case DurationColumn: {
        const std::optional<qint64> seconds = durationSeconds(snapshot);
        return seconds ? durationText(*seconds) : QString();
    }
    case TypeColumn:
        if (snapshot.type.compare(QLatin1String("MANUAL"), Qt::CaseInsensitive) == 0)
            return tr("Manual");
        if (snapshot.type.compare(QLatin1String("AUTOMATED"), Qt::CaseInsensitive) == 0)
            return tr("Automated");
        return snapshot.type;
    default:
        return {};
    }
}

QVariant SnapshotTableModel::sortData(int row, int column) const
{
    const Snapshot& snapshot = m_table.rows.at(row);
    switch (column) {
    case SizeColumn:
        return snapshot.sizeGb.value_or(-1.0);
    case StartedColumn:
        return snapshot.started;
    case FinishedColumn:
        return snapshot.finished;
    case DurationColumn:
        return durationSeconds(snapshot).value_or(-1);
    default:
        return displayData(row, column);
    }
}

QString SnapshotTableModel::columnHeader(int column) const
{
    return columnTitle(Column(column));
}

QHash<int, QByteArray> SnapshotTableModel::modelRoleNames() const
{
    return {
        {StatusColorRole, "statusColor"},
        {RecordRole, "snapshot"},
    };
}

QString SnapshotTableModel::columnTitle(Column column)
{
    switch (column) {
    case NameColumn:
        return tr("Name");
    case ClusterColumn:
        return tr("Cluster");
    case StatusColumn:
        return tr("Status");
    case SizeColumn:
        return tr("Size");
    case StartedColumn:
        return tr("Started");
    case FinishedColumn:
        return tr("Finished");
    case DurationColumn:
        return tr("Duration");
    case TypeColumn:
        return tr("Type");
    case ColumnCount:
        break;
    }
    return {};
}

ColumnSpan SnapshotTableModel::changedColumns(const Snapshot& before, const Snapshot& after)
{
    const bool changed[ColumnCount] = {
        before.name != after.name || before.description != after.description,
        before.clusterId != after.clusterId,
        before.status != after.status,
        before.sizeGb != after.sizeGb,
        before.started != after.started,
        before.finished != after.finished,
        durationSeconds(before) != durationSeconds(after),
        before.type != after.type,
    };
    return ColumnSpan::ofChanged(changed);
}

std::optional<qint64> SnapshotTableModel::durationSeconds(const Snapshot& snapshot)
{
    if (!snapshot.started.isValid() || !snapshot.finished.isValid())
        return std::nullopt;
    const qint64 seconds = snapshot.started.secsTo(snapshot.finished);
    // The reference itself shows a snapshot finishing before it starts: show nothing.
    if (seconds < 0)
        return std::nullopt;
    return seconds;
}

QString SnapshotTableModel::durationText(qint64 seconds)
{
    const qint64 hours = seconds / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    const qint64 rest = seconds % 60;
    if (hours > 0)
        return tr("%1 h %2 min").arg(hours).arg(minutes, 2, 10, QLatin1Char('0'));
    if (minutes > 0)
        return tr("%1 min %2 s").arg(minutes).arg(rest, 2, 10, QLatin1Char('0'));
    return tr("%1 s").arg(rest);
}

} // namespace dws
