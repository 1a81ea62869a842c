#pragma once

#include "api/ApiError.h"
#include "monitor/Transition.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace dws {

// What happened in this session: every operation the user ran and every transition the
// monitor saw, newest last, bounded (the oldest entries drop out). Records names, ids,
// times, results and error codes; never request bodies, so never secrets.
class ActivityLog : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Result
    {
        Running,
        Succeeded,
        Failed,
        Info // a transition that is neither a success nor a failure
    };
    Q_ENUM(Result)

    enum Column
    {
        WhenColumn,
        WhatColumn,
        ResourceColumn,
        ResultColumn,
        ErrorColumn, // "DWS.0047: the cluster does not exist"
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        SortRole = Qt::UserRole + 1,
        ResultRole,     // ActivityLog::Result
        ResourceIdRole, // QString
        ErrorCodeRole,  // QString
        EntryIdRole,    // qint64
    };

    struct Entry
    {
        qint64 id = 0;
        QDateTime when;                       // UTC
        QString what;                         // display text as recorded (operations)
        std::optional<Transition> transition; // when set, `what` is rendered at display time
        QString resourceName;
        QString resourceId;
        Result result = Result::Running;
        std::optional<api::ApiError> error; // described in the current language at display
        QDateTime finished;

        QString whatText() const;
        QString errorCode() const;
        QString errorText() const; // "DWS.0047: ..." in the current language
    };

    using Clock = std::function<QDateTime()>;

    explicit ActivityLog(QObject* parent = nullptr);

    void setCapacity(int capacity); // default 5,000
    int capacity() const { return m_capacity; }
    void setClock(Clock clock);

    // An operation the user started, e.g. tr("Create snapshot"); returns its id.
    qint64 beginOperation(const QString& what, const QString& resourceName,
                          const QString& resourceId);
    void finishOperation(qint64 id);
    void failOperation(qint64 id, const dws::api::ApiError& error);
    // The whole operation at once (e.g. one that failed validation-side or finished at once).
    qint64 recordOperation(const QString& what, const QString& resourceName,
                           const QString& resourceId, Result result,
                           const std::optional<api::ApiError>& error = std::nullopt);
    // Progress ticks are not recorded: only starts, ends, failures and status changes.
    void recordTransition(const dws::Transition& transition);
    void clear();

    const Entry& entryAt(int row) const { return m_entries.at(row); }
    int rowOfEntry(qint64 id) const; // -1 when it dropped out
    static QString resultText(Result result);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void retranslate();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    qint64 append(Entry entry);
    void trimToCapacity();
    void setResult(qint64 id, Result result, const std::optional<api::ApiError>& error);

    QList<Entry> m_entries; // ids are consecutive, so row = id - first id
    qint64 m_nextId = 1;
    int m_capacity = 5000;
    Clock m_clock;
};

} // namespace dws
