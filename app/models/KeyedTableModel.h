#pragma once

#include "models/ModelRoles.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <cstddef>
#include <utility>
#include <vector>

namespace dws {

// The columns of one row that differ between two versions of a record: first..last, or
// {-1, -1} when only data outside the visible columns changed.
struct ColumnSpan
{
    int first = -1;
    int last = -1;

    bool isEmpty() const { return first < 0; }

    // The span from the first to the last column flagged in `changed` (one flag per column).
    template <std::size_t N> static ColumnSpan ofChanged(const bool (&changed)[N])
    {
        ColumnSpan span;
        for (int column = 0; column < int(N); ++column) {
            if (!changed[column])
                continue;
            if (span.first < 0)
                span.first = column;
            span.last = column;
        }
        return span;
    }
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

    // Horizontal headers show columnHeader() as their display text; everything else is
    // QAbstractTableModel's.
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Qt's role names, "sortKey", "wireValue" and "id", then modelRoleNames() over them.
    QHash<int, QByteArray> roleNames() const override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    // The translated title of a column in [0, columnCount()), evaluated on every call. It is
    // the subclass's, so that its tr() context (the subclass's name) keeps its translations.
    virtual QString columnHeader(int column) const = 0;
    // The role names particular to the model: RecordRole's at least; they may rename a shared one.
    virtual QHash<int, QByteArray> modelRoleNames() const = 0;
    // Extra roles whose value depends on the language, sent along with DisplayRole.
    virtual QList<int> translatedRoles() const { return {Qt::DisplayRole, Qt::ToolTipRole}; }

    template <typename T> struct KeyedRows
    {
        QList<T> rows;
        QHash<QString, qsizetype> rowOfKey;
    };

    // Applies `incoming` to `table` by diff. keyOf(const T&) -> const QString&;
    // changedColumns(old, new) -> ColumnSpan. A key that appears twice in `incoming` keeps its
    // first occurrence. Signals come in this order: dataChanged of changed rows, removals
    // (bottom-up), one insert of the new rows at the end.
    template <typename T, typename KeyOf, typename ChangedColumns>
    void applyDiff(KeyedRows<T>& table, QList<T> incoming, KeyOf keyOf,
                   ChangedColumns changedColumns);

    // Replaces or appends one record.
    template <typename T, typename KeyOf, typename ChangedColumns>
    void applyOne(KeyedRows<T>& table, T record, KeyOf keyOf, ChangedColumns changedColumns);

    // Empties the table with a model reset (sign-out, switching projects).
    template <typename T> void clearRows(KeyedRows<T>& table);

private:
    void emitRowChanged(qsizetype row, const ColumnSpan& span);
};

template <typename T, typename KeyOf, typename ChangedColumns>
void KeyedTableModel::applyDiff(KeyedRows<T>& table, QList<T> incoming, KeyOf keyOf,
                                ChangedColumns changedColumns)
{
    // A list shared with the sender (a queued signal argument, say) is read, not detached:
    // detaching would deep-copy every record.
    const bool mayMove = incoming.isDetached();
    const auto take = [&incoming, mayMove](qsizetype i) -> T {
        return mayMove ? std::move(incoming[i]) : incoming.at(i);
    };

    // Changed rows, in place.
    const qsizetype existingCount = table.rows.size();
    std::vector<bool> seen(size_t(existingCount), false);
    QList<qsizetype> fresh;
    QSet<QString> freshKeys;
    for (qsizetype i = 0; i < incoming.size(); ++i) {
        const T& record = incoming.at(i);
        const auto existing = table.rowOfKey.constFind(keyOf(record));
        if (existing == table.rowOfKey.cend()) {
            if (!freshKeys.contains(keyOf(record))) { // a key twice keeps its first record
                freshKeys.insert(keyOf(record));
                fresh.append(i);
            }
            continue;
        }
        const qsizetype row = *existing;
        if (seen[size_t(row)])
            continue;
        seen[size_t(row)] = true;
        T& current = table.rows[row];
        if (current == record)
            continue;
        const ColumnSpan span = changedColumns(current, record);
        current = take(i);
        emitRowChanged(row, span);
    }

    // Vanished rows, removed bottom-up in contiguous runs so earlier row numbers stay valid.
    // The id -> row index is kept exact at every signal: slots may look rows up by id.
    for (qsizetype last = existingCount - 1; last >= 0;) {
        if (seen[size_t(last)]) {
            --last;
            continue;
        }
        qsizetype first = last;
        while (first > 0 && !seen[size_t(first - 1)])
            --first;
        beginRemoveRows({}, int(first), int(last));
        for (qsizetype row = first; row <= last; ++row)
            table.rowOfKey.remove(keyOf(table.rows.at(row)));
        table.rows.remove(first, last - first + 1);
        for (qsizetype row = first; row < table.rows.size(); ++row)
            table.rowOfKey[keyOf(table.rows.at(row))] = row;
        endRemoveRows();
        last = first - 1;
    }

    // New rows, appended in the order they came.
    if (fresh.isEmpty())
        return;
    const qsizetype firstNew = table.rows.size();
    beginInsertRows({}, int(firstNew), int(firstNew + fresh.size() - 1));
    table.rows.reserve(firstNew + fresh.size());
    for (qsizetype i : std::as_const(fresh)) {
        table.rowOfKey.insert(keyOf(incoming.at(i)), table.rows.size());
        table.rows.append(take(i));
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

} // namespace dws
