#pragma once

#include "models/ModelRoles.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>
#include <utility>

namespace dws {

// The columns of one row that differ between two versions of a record: first..last, or
// {-1, -1} when only data outside the visible columns changed.
struct ColumnSpan
{
    int first = -1;
    int last = -1;

    bool isEmpty() const { return first < 0; }
};

// Base of the tables keyed by id. Refreshes are applied by diff so that views keep their
// selection, scroll position and persistent indexes: unchanged rows emit nothing, changed
// rows one dataChanged over the changed columns, vanished rows are removed in contiguous
// runs and new rows appended in one insert. Header and display texts follow run-time
// language switches (QEvent::LanguageChange on the application, or retranslate()).
class KeyedTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using enum ModelRole;

    explicit KeyedTableModel(QObject* parent = nullptr);

    // Re-evaluates every translated text: headerDataChanged and a dataChanged over the
    // display role of every cell.
    void retranslate();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    // Extra roles whose value depends on the language, sent along with DisplayRole.
    virtual QList<int> translatedRoles() const { return {Qt::DisplayRole, Qt::ToolTipRole}; }

    template <typename T> struct KeyedRows
    {
        QList<T> rows;
        QHash<QString, qsizetype> rowOfKey;
    };

    // Applies `incoming` to `table` by diff. keyOf(const T&) -> QString; changedColumns(old,
    // new) -> ColumnSpan. A key that appears twice in `incoming` keeps its first occurrence.
    template <typename T, typename KeyOf, typename ChangedColumns>
    void applyDiff(KeyedRows<T>& table, QList<T> incoming, KeyOf keyOf,
                   ChangedColumns changedColumns);

    // Replaces or appends one record.
    template <typename T, typename KeyOf, typename ChangedColumns>
    void applyOne(KeyedRows<T>& table, T record, KeyOf keyOf, ChangedColumns changedColumns);

    // Empties the table with a model reset (sign-out, switching projects).
    template <typename T> void clearRows(KeyedRows<T>& table);

private:
    template <typename T> void rebuildIndex(KeyedRows<T>& table, auto keyOf);
    void emitRowChanged(qsizetype row, const ColumnSpan& span);
};

template <typename T, typename KeyOf, typename ChangedColumns>
void KeyedTableModel::applyDiff(KeyedRows<T>& table, QList<T> incoming, KeyOf keyOf,
                                ChangedColumns changedColumns)
{
    QHash<QString, qsizetype> incomingRowOfKey;
    incomingRowOfKey.reserve(incoming.size());
    // Walking backwards lets the first occurrence of a duplicated key win.
    for (qsizetype i = incoming.size() - 1; i >= 0; --i)
        incomingRowOfKey.insert(keyOf(incoming.at(i)), i);

    // Vanished rows, removed bottom-up in contiguous runs so earlier row numbers stay valid.
    bool removedAny = false;
    for (qsizetype last = table.rows.size() - 1; last >= 0;) {
        if (incomingRowOfKey.contains(keyOf(table.rows.at(last)))) {
            --last;
            continue;
        }
        qsizetype first = last;
        while (first > 0 && !incomingRowOfKey.contains(keyOf(table.rows.at(first - 1))))
            --first;
        beginRemoveRows({}, int(first), int(last));
        table.rows.remove(first, last - first + 1);
        endRemoveRows();
        removedAny = true;
        last = first - 1;
    }
    if (removedAny)
        rebuildIndex(table, keyOf);

    QList<qsizetype> fresh;
    for (qsizetype i = 0; i < incoming.size(); ++i) {
        const QString key = keyOf(incoming.at(i));
        if (incomingRowOfKey.value(key) != i)
            continue; // a later duplicate
        const auto existing = table.rowOfKey.constFind(key);
        if (existing == table.rowOfKey.cend()) {
            fresh.append(i);
            continue;
        }
        T& current = table.rows[*existing];
        if (current == incoming.at(i))
            continue;
        const ColumnSpan span = changedColumns(current, incoming.at(i));
        current = std::move(incoming[i]);
        emitRowChanged(*existing, span);
    }

    if (fresh.isEmpty())
        return;
    const qsizetype firstNew = table.rows.size();
    beginInsertRows({}, int(firstNew), int(firstNew + fresh.size() - 1));
    table.rows.reserve(firstNew + fresh.size());
    for (qsizetype i : fresh) {
        table.rowOfKey.insert(keyOf(incoming.at(i)), table.rows.size());
        table.rows.append(std::move(incoming[i]));
    }
    endInsertRows();
}

template <typename T, typename KeyOf, typename ChangedColumns>
void KeyedTableModel::applyOne(KeyedRows<T>& table, T record, KeyOf keyOf,
                               ChangedColumns changedColumns)
{
    const QString key = keyOf(record);
    const auto existing = table.rowOfKey.constFind(key);
    if (existing == table.rowOfKey.cend()) {
        const qsizetype row = table.rows.size();
        beginInsertRows({}, int(row), int(row));
        table.rowOfKey.insert(key, row);
        table.rows.append(std::move(record));
        endInsertRows();
        return;
    }
    T& current = table.rows[*existing];
    if (current == record)
        return;
    const ColumnSpan span = changedColumns(current, record);
    current = std::move(record);
    emitRowChanged(*existing, span);
}

template <typename T> void KeyedTableModel::clearRows(KeyedRows<T>& table)
{
    beginResetModel();
    table.rows.clear();
    table.rowOfKey.clear();
    endResetModel();
}

template <typename T> void KeyedTableModel::rebuildIndex(KeyedRows<T>& table, auto keyOf)
{
    table.rowOfKey.clear();
    table.rowOfKey.reserve(table.rows.size());
    for (qsizetype row = 0; row < table.rows.size(); ++row)
        table.rowOfKey.insert(keyOf(table.rows.at(row)), row);
}

} // namespace dws
