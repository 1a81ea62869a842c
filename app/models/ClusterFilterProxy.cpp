#include "models/ClusterFilterProxy.h"

#include "models/ClusterTableModel.h"

namespace dws {

ClusterFilterProxy::ClusterFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
}

void ClusterFilterProxy::setFilterText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filterText)
        return;
    m_filterText = trimmed;
    invalidateRowsFilter();
}

bool ClusterFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_filterText.isEmpty())
        return true;
    const QAbstractItemModel* source = sourceModel();
    const QModelIndex name = source->index(sourceRow, ClusterTableModel::NameColumn, sourceParent);
    const QModelIndex status =
        source->index(sourceRow, ClusterTableModel::StatusColumn, sourceParent);
    const QString candidates[] = {
        name.data(Qt::DisplayRole).toString(),
        name.data(IdRole).toString(),
        status.data(Qt::DisplayRole).toString(),
        status.data(WireValueRole).toString(),
    };
    for (const QString& candidate : candidates) {
        if (candidate.contains(m_filterText, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool ClusterFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant leftKey = left.data(sortRole());
    const QVariant rightKey = right.data(sortRole());
    if (leftKey.typeId() == QMetaType::QString && rightKey.typeId() == QMetaType::QString)
        return m_collator.compare(leftKey.toString(), rightKey.toString()) < 0;
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace dws
