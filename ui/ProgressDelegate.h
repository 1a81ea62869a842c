#pragma once

#include <QStyledItemDelegate>

namespace dws::ui {

// Draws a progress bar in cells whose `percentRole` holds a number 0..100 (-1: none) (the running
// task's action_progress), with the cell's display text on it; other cells are drawn as usual.
class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    ProgressDelegate(int percentRole, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

private:
    int m_percentRole;
};

} // namespace dws::ui
