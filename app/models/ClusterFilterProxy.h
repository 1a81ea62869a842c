#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

namespace dws {

// Filters a ClusterTableModel by a free text matched, case-insensitively, against the name,
// the id and the status (translated and wire text); sorts by SortRole, texts in the order of
// the current locale, ignoring case, with numbers inside names in numeric order
// ("node-2" before "node-10").
class ClusterFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ClusterFilterProxy(QObject* parent = nullptr);

    QString filterText() const { return m_filterText; }
    void setFilterText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_filterText;
    QCollator m_collator;
};

} // namespace dws
