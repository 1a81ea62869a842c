#include "monitor/ActivityLog.h"

#include "dws/ErrorCatalogue.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QEvent>
#include <QLocale>

namespace dws {

namespace {

ActivityLog::Result resultOf(Transition::Kind kind)
{
    switch (kind) {
    case Transition::Kind::TaskFinished:
    case Transition::Kind::SnapshotFinished:
        return ActivityLog::Result::Succeeded;
    case Transition::Kind::TaskFailed:
    case Transition::Kind::SnapshotFailed:
        return ActivityLog::Result::Failed;
    default:
        return ActivityLog::Result::Info;
    }
}

} // namespace

QString ActivityLog::Entry::whatText() const
{
    return transition ? transition->description() : what;
}

QString ActivityLog::Entry::errorCode() const
{
    if (error)
        return error->code;
    if (transition)
        return transition->reasons.errorCode;
    return {};
}

QString ActivityLog::Entry::errorText() const
{
    ErrorDescription description;
    if (error) {
        description = describe(*error);
    } else if (transition && !transition->reasons.isEmpty()) {
        description =
            describeFailedReason(transition->reasons.errorCode, transition->reasons.errorMessage);
    } else {
        return {};
    }
    const QString message =
        description.message.isEmpty() ? description.serverMessage : description.message;
    if (description.code.isEmpty())
        return message;
    return ActivityLog::tr("%1: %2", "error code: message").arg(description.code, message);
}

ActivityLog::ActivityLog(QObject* parent)
    : QAbstractTableModel(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    if (QCoreApplication* application = QCoreApplication::instance())
        application->installEventFilter(this);
}

void ActivityLog::setCapacity(int capacity)
{
    m_capacity = std::max(1, capacity);
    trimToCapacity();
}

void ActivityLog::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

qint64 ActivityLog::beginOperation(const QString& what, const QString& resourceName,
                                   const QString& resourceId)
{
    Entry entry;
    entry.what = what;
    entry.resourceName = resourceName;
    entry.resourceId = resourceId;
    entry.result = Result::Running;
    return append(std::move(entry));
}

void ActivityLog::finishOperation(qint64 id)
{
    setResult(id, Result::Succeeded, std::nullopt);
}

void ActivityLog::failOperation(qint64 id, const api::ApiError& error)
{
    setResult(id, Result::Failed, error);
}

qint64 ActivityLog::recordOperation(const QString& what, const QString& resourceName,
                                    const QString& resourceId, Result result,
                                    const std::optional<api::ApiError>& error)
{
    Entry entry;
    entry.what = what;
    entry.resourceName = resourceName;
    entry.resourceId = resourceId;
    entry.result = result;
    entry.error = error;
    const qint64 id = append(std::move(entry));
    if (result != Result::Running) {
        const int row = rowOfEntry(id);
        if (row >= 0)
            m_entries[row].finished = m_entries[row].when;
    }
    return id;
}

void ActivityLog::recordTransition(const Transition& transition)
{
    if (transition.kind == Transition::Kind::TaskProgressed)
        return;
    Entry entry;
    entry.transition = transition;
    entry.resourceName = transition.resourceName;
    entry.resourceId = transition.resourceId;
    entry.result = resultOf(transition.kind);
    append(std::move(entry));
}

void ActivityLog::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

int ActivityLog::rowOfEntry(qint64 id) const
{
    if (m_entries.isEmpty())
        return -1;
    const qint64 row = id - m_entries.constFirst().id;
    return row >= 0 && row < m_entries.size() ? int(row) : -1;
}

qint64 ActivityLog::append(Entry entry)
{
    entry.id = m_nextId++;
    entry.when = m_clock();
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(std::move(entry));
    endInsertRows();
    trimToCapacity();
    return m_entries.constLast().id;
}

void ActivityLog::trimToCapacity()
{
    const qsizetype excess = m_entries.size() - m_capacity;
    if (excess <= 0)
        return;
    beginRemoveRows({}, 0, int(excess - 1));
    m_entries.remove(0, excess);
    endRemoveRows();
}

void ActivityLog::setResult(qint64 id, Result result, const std::optional<api::ApiError>& error)
{
    const int row = rowOfEntry(id);
    if (row < 0)
        return;
    Entry& entry = m_entries[row];
    entry.result = result;
    entry.error = error;
    entry.finished = m_clock();
    emit dataChanged(index(row, ResultColumn), index(row, ErrorColumn));
}

QString ActivityLog::resultText(Result result)
{
    switch (result) {
    case Result::Running:
        return tr("Running");
    case Result::Succeeded:
        return tr("Succeeded");
    case Result::Failed:
        return tr("Failed");
    case Result::Info:
        return {};
    }
    return {};
}

int ActivityLog::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ActivityLog::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityLog::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry& entry = m_entries.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case WhenColumn:
            return QLocale().toString(entry.when.toLocalTime(), QLocale::ShortFormat);
        case WhatColumn:
            return entry.whatText();
        case ResourceColumn:
            return entry.resourceName.isEmpty() ? entry.resourceId : entry.resourceName;
        case ResultColumn:
            return resultText(entry.result);
        case ErrorColumn:
            return entry.errorText();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (column == ResourceColumn && !entry.resourceId.isEmpty())
            return tr("ID: %1").arg(entry.resourceId);
        if (column == ErrorColumn)
            return entry.errorText();
        return {};
    case Qt::ForegroundRole:
        if (column == ResultColumn && entry.result == Result::Failed)
            return QBrush(QColor(0xd3, 0x3a, 0x2f));
        return {};
    case SortRole:
        switch (column) {
        case WhenColumn:
            return entry.id; // the order things happened in, even within one second
        case ResultColumn:
            return int(entry.result);
        default:
            return data(index, Qt::DisplayRole);
        }
    case ResultRole:
        return QVariant::fromValue(entry.result);
    case ResourceIdRole:
        return entry.resourceId;
    case ErrorCodeRole:
        return entry.errorCode();
    case EntryIdRole:
        return entry.id;
    default:
        return {};
    }
}

QVariant ActivityLog::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhatColumn:
        return tr("What");
    case ResourceColumn:
        return tr("Resource");
    case ResultColumn:
        return tr("Result");
    case ErrorColumn:
        return tr("Error");
    default:
        return {};
    }
}

void ActivityLog::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_entries.size()) - 1, ColumnCount - 1),
                         {Qt::DisplayRole, Qt::ToolTipRole});
}

bool ActivityLog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == QCoreApplication::instance() && event->type() == QEvent::LanguageChange)
        retranslate();
    return QAbstractTableModel::eventFilter(watched, event);
}

} // namespace dws
