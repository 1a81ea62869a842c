#include "RecordFilterProxy.h"

#include "models/ModelRoles.h"

namespace dws::ui {

RecordFilterProxy::RecordFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setDynamicSortFilter(true);
}

void RecordFilterProxy::setFilterText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filterText)
        return;
    m_filterText = trimmed;
    invalidateFilter();
}

bool RecordFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_filterText.isEmpty())
        return true;
    const QAbstractItemModel* model = sourceModel();
    const auto contains = [this](const QVariant& value) {
        return value.toString().contains(m_filterText, Qt::CaseInsensitive);
    };
    if (contains(model->index(sourceRow, 0, sourceParent).data(IdRole)))
        return true;
    for (int column = 0; column < model->columnCount(sourceParent); ++column) {
        const QModelIndex index = model->index(sourceRow, column, sourceParent);
        if (contains(index.data(Qt::DisplayRole)) || contains(index.data(WireValueRole)))
            return true;
    }
    return false;
}

} // namespace dws::ui
