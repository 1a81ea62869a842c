#pragma once

#include "dws/Snapshot.h"
#include "models/KeyedTableModel.h"

#include <QPointer>
#include <functional>
#include <optional>

namespace dws {

class ClusterTableModel;

// The snapshots of a project, keyed by id and updated by diff (see KeyedTableModel). The
// cluster column shows the cluster's name, resolved through a ClusterTableModel or a lookup
// function, and follows when names arrive or change.
class SnapshotTableModel : public KeyedTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        ClusterColumn,
        StatusColumn,
        SizeColumn,
        StartedColumn,
        FinishedColumn,
        DurationColumn,
        TypeColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    // Returns the name of a cluster id, or an empty string when unknown.
    using ClusterNameLookup = std::function<QString(const QString& clusterId)>;

    explicit SnapshotTableModel(QObject* parent = nullptr);

    void apply(QList<Snapshot> snapshots);
    void applyOne(Snapshot snapshot);
    void clear();

    // Resolves cluster names through `clusters` and follows its changes. Pass nullptr to stop.
    void setClusterModel(const ClusterTableModel* clusters);
    // Resolves cluster names through `lookup`; call refreshClusterNames() when they change.
    void setClusterNameLookup(ClusterNameLookup lookup);
    // Re-resolves every cluster name; emits dataChanged for the rows whose name changed.
    void refreshClusterNames();

    const Snapshot& snapshotAt(int row) const { return m_table.rows.at(row); }
    const QList<Snapshot>& snapshots() const { return m_table.rows; }
    std::optional<Snapshot> snapshot(const QString& id) const;
    int rowOf(const QString& id) const;
    QModelIndex indexOf(const QString& id, int column = NameColumn) const;
    // The name shown in the cluster column: the resolved name, or the id while unknown.
    QString clusterNameAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    static QString columnTitle(Column column);
    static ColumnSpan changedColumns(const Snapshot& before, const Snapshot& after);
    // finished - started in seconds; empty while running or when the times are inconsistent.
    static std::optional<qint64> durationSeconds(const Snapshot& snapshot);
    // "2 h 05 min", "3 min 20 s", "45 s".
    static QString durationText(qint64 seconds);

protected:
    QString columnHeader(int column) const override;
    QHash<int, QByteArray> modelRoleNames() const override;

private:
    QVariant displayData(int row, int column) const;
    QVariant sortData(int row, int column) const;
    QString resolveClusterName(const QString& clusterId) const;
    void disconnectClusterModel();

    KeyedRows<Snapshot> m_table;
    ClusterNameLookup m_lookup;
    QPointer<const ClusterTableModel> m_clusterModel;
    QList<QMetaObject::Connection> m_clusterModelConnections;
    // The resolved cluster name of every snapshot id, so a change can be signalled.
    QHash<QString, QString> m_clusterNameOfSnapshot;
};

} // namespace dws
