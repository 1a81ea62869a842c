#pragma once

#include <QSortFilterProxyModel>

namespace dws::ui {

// Sorts by SortRole and keeps the rows whose id (IdRole), wire values or any displayed
// column contain the filter text, case-insensitively.
class RecordFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit RecordFilterProxy(QObject* parent = nullptr);

    void setFilterText(const QString& text);
    QString filterText() const { return m_filterText; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_filterText;
};

} // namespace dws::ui
