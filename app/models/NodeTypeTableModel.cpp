#include "models/NodeTypeTableModel.h"

#include <QLocale>

namespace dws {

namespace {

const QString& keyOf(const NodeType& nodeType)
{
    return nodeType.specName;
}

QString gigabytesText(double gigabytes)
{
    return NodeTypeTableModel::tr("%1 GB").arg(QLocale().toString(gigabytes, 'f', 0));
}

} // namespace

NodeTypeTableModel::NodeTypeTableModel(QObject* parent)
    : KeyedTableModel(parent)
{}

void NodeTypeTableModel::apply(QList<NodeType> nodeTypes)
{
    applyDiff(m_table, std::move(nodeTypes), keyOf, &NodeTypeTableModel::changedColumns);
}

void NodeTypeTableModel::clear()
{
    clearRows(m_table);
}

std::optional<NodeType> NodeTypeTableModel::nodeType(const QString& specName) const
{
    const int row = rowOf(specName);
    if (row < 0)
        return std::nullopt;
    return m_table.rows.at(row);
}

int NodeTypeTableModel::rowOf(const QString& specName) const
{
    return int(m_table.rowOfKey.value(specName, -1));
}

int NodeTypeTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int NodeTypeTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NodeTypeTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NodeType& nodeType = m_table.rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(nodeType, index.column());
    case SortRole:
        return sortData(nodeType, index.column());
    case IdRole:
        return nodeType.specName;
    case RecordRole:
        return QVariant::fromValue(nodeType);
    case WireValueRole:
        if (index.column() == DiskColumn)
            return nodeType.diskType();
        return sortData(nodeType, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() != SpecNameColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant NodeTypeTableModel::displayData(const NodeType& nodeType, int column) const
{
    switch (column) {
    case SpecNameColumn:
        return nodeType.specName;
    case VcpuColumn: {
        const std::optional<int> vcpus = nodeType.vcpus();
        return vcpus ? QLocale().toString(*vcpus) : QString();
    }
    case MemoryColumn: {
        const std::optional<double> memory = nodeType.memoryGb();
        return memory ? gigabytesText(*memory) : QString();
    }
    case DiskColumn: {
        const std::optional<double> disk = nodeType.diskGb();
        const QString type = nodeType.diskType();
        QString typeText = type;
        if (type == QLatin1String("LOCAL_DISK"))
            typeText = tr("Local disk");
        else if (type == QLatin1String("SSD"))
            typeText = tr("SSD");
        if (!disk)
            return typeText;
        if (typeText.isEmpty())
            return gigabytesText(*disk);
        return tr("%1 %2", "disk type and size").arg(typeText, gigabytesText(*disk));
    }
    default:
        return {};
    }
}

QVariant NodeTypeTableModel::sortData(const NodeType& nodeType, int column) const
{
    switch (column) {
    case VcpuColumn:
        return nodeType.vcpus().value_or(-1);
    case MemoryColumn:
        return nodeType.memoryGb().value_or(-1.0);
    case DiskColumn:
        return nodeType.diskGb().value_or(-1.0);
    default:
        return displayData(nodeType, column);
    }
}

QString NodeTypeTableModel::columnHeader(int column) const
{
    return columnTitle(Column(column));
}

QHash<int, QByteArray> NodeTypeTableModel::modelRoleNames() const
{
    return {
        {IdRole, "specName"},
        {RecordRole, "nodeType"},
    };
}

QString NodeTypeTableModel::columnTitle(Column column)
{
    switch (column) {
    case SpecNameColumn:
        return tr("Node type");
    case VcpuColumn:
        return tr("vCPUs");
    case MemoryColumn:
        return tr("Memory");
    case DiskColumn:
        return tr("Disk");
    case ColumnCount:
        break;
    }
    return {};
}

ColumnSpan NodeTypeTableModel::changedColumns(const NodeType& before, const NodeType& after)
{
    const bool changed[ColumnCount] = {
        before.specName != after.specName,
        before.vcpus() != after.vcpus(),
        before.memoryGb() != after.memoryGb(),
        before.diskGb() != after.diskGb() || before.diskType() != after.diskType(),
    };
    return ColumnSpan::ofChanged(changed);
}

} // namespace dws
