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

} // namespace dws
