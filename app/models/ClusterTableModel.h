#pragma once

#include "dws/Cluster.h"
#include "models/KeyedTableModel.h"

#include <optional>

namespace dws {

// The clusters of a project, one row per cluster, keyed by id and updated by diff (see
// KeyedTableModel). Holds what the list call returns; a selected cluster's detail is the
// detail pane's business (Poller::clusterDetailUpdated).
class ClusterTableModel : public KeyedTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        StatusColumn,
        SubStatusColumn,
        TaskColumn, // the running task; ProgressRole gives its percent
        NodeTypeColumn,
        NodesColumn,
        VersionColumn,
        AvailabilityZoneColumn,
        CreatedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit ClusterTableModel(QObject* parent = nullptr);

    // A refresh: rows are matched by id; see KeyedTableModel for the signals it emits.
    void apply(QList<Cluster> clusters);
    // One cluster changed or appeared (e.g. right after a create, before the next list).
    void applyOne(Cluster cluster);
    // Empties the model with a reset (sign-out, project switch).
    void clear();

    const Cluster& clusterAt(int row) const { return m_table.rows.at(row); }
    const QList<Cluster>& clusters() const { return m_table.rows; }
    std::optional<Cluster> cluster(const QString& id) const;
    int rowOf(const QString& id) const; // -1 when absent
    QModelIndex indexOf(const QString& id, int column = NameColumn) const;
    // The cluster's name, or an empty string when no such cluster is listed.
    QString nameOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // The translated column title, re-evaluated on every call.
    static QString columnTitle(Column column);
    // Which columns differ between two versions of a cluster.
    static ColumnSpan changedColumns(const Cluster& before, const Cluster& after);

protected:
    QString columnHeader(int column) const override;
    QHash<int, QByteArray> modelRoleNames() const override;

private:
    QVariant displayData(const Cluster& cluster, int column) const;
    QVariant sortData(const Cluster& cluster, int column) const;

    KeyedRows<Cluster> m_table;
};

} // namespace dws
