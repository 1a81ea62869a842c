#pragma once

#include "dws/NodeType.h"
#include "models/KeyedTableModel.h"

#include <optional>

namespace dws {

// The node types (flavors) a cluster can be created with, keyed by spec name.
class NodeTypeTableModel : public KeyedTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        SpecNameColumn,
        VcpuColumn,
        MemoryColumn,
        DiskColumn, // "SSD 1,675 GB"
        ColumnCount
    };
    Q_ENUM(Column)

    explicit NodeTypeTableModel(QObject* parent = nullptr);

    void apply(QList<NodeType> nodeTypes);
    void clear();

    const NodeType& nodeTypeAt(int row) const { return m_table.rows.at(row); }
    const QList<NodeType>& nodeTypes() const { return m_table.rows; }
    std::optional<NodeType> nodeType(const QString& specName) const;
    int rowOf(const QString& specName) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    static QString columnTitle(Column column);
    static ColumnSpan changedColumns(const NodeType& before, const NodeType& after);

protected:
    QString columnHeader(int column) const override;
    QHash<int, QByteArray> modelRoleNames() const override;

private:
    QVariant displayData(const NodeType& nodeType, int column) const;
    QVariant sortData(const NodeType& nodeType, int column) const;

    KeyedRows<NodeType> m_table;
};

} // namespace dws
