#pragma once

#include <QWidget>
#include <functional>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace dws::ui {

class HeaderSettings;

// A filter box over a sortable table of records keyed by IdRole. Column widths, order,
// visibility and sort order are remembered under `settingsName`. Rows have a fixed height.
class TablePane : public QWidget
{
    Q_OBJECT
public:
    using FilterSetter = std::function<void(const QString&)>;

    // `setFilter` is called with the filter text; null hides the filter box.
    TablePane(QSortFilterProxyModel* proxy, const QString& settingsName, FilterSetter setFilter,
              QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    QLineEdit* filterEdit() const { return m_filter; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }

    // The id (IdRole) of the current row, or empty.
    QString currentId() const;
    // Makes the row with this id current and selected; false when it is not shown.
    bool selectId(const QString& id);
    // Restores the saved header state; call once the source model has its columns.
    void restoreHeader();
    void setFilterPlaceholder(const QString& text);

signals:
    void currentIdChanged(const QString& id);

private:
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QLineEdit* m_filter = nullptr;
    HeaderSettings* m_headerSettings;
    QString m_lastId;
};

} // namespace dws::ui
