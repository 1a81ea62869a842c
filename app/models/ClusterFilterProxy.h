#pragma once

#include <QSortFilterProxyModel>

namespace dws {

// Filters a ClusterTableModel by a free text matched, case-insensitively, against the name,
// the id and the status (translated and wire text); sorts by SortRole.
class ClusterFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ClusterFilterProxy(QObject* parent = nullptr);

    QString filterText() const { return m_filterText; }
    void setFilterText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_filterText;
};

} // namespace dws
