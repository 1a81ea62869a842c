#include "models/KeyedTableModel.h"

#include <QCoreApplication>
#include <QEvent>

namespace dws {

KeyedTableModel::KeyedTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    // Installing a translator posts LanguageChange to the application object only; widgets
    // hear of it through QApplication, item models through this filter.
    if (QCoreApplication* application = QCoreApplication::instance())
        application->installEventFilter(this);
}

void KeyedTableModel::retranslate()
{
    const int columns = columnCount();
    if (columns == 0)
        return;
    emit headerDataChanged(Qt::Horizontal, 0, columns - 1);
    const int rows = rowCount();
    if (rows > 0)
        emit dataChanged(index(0, 0), index(rows - 1, columns - 1), translatedRoles());
}

QVariant KeyedTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnHeader(section);
    return {};
}

QHash<int, QByteArray> KeyedTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(SortRole, "sortKey");
    names.insert(WireValueRole, "wireValue");
    names.insert(modelRoleNames());
    return names;
}

bool KeyedTableModel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange)
        retranslate();
    return QAbstractTableModel::eventFilter(watched, event);
}

void KeyedTableModel::emitRowChanged(qsizetype row, const ColumnSpan& span)
{
    if (span.isEmpty()) {
        emit dataChanged(index(int(row), 0), index(int(row), 0), {RecordRole});
        return;
    }
    emit dataChanged(index(int(row), span.first), index(int(row), span.last));
}

} // namespace dws
