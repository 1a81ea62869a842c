#include "monitor/Transition.h"

#include <QCoreApplication>
#include <QLocale>

namespace dws {

namespace {

QString transitionText(const char* text)
{
    return QCoreApplication::translate("dws::Transition", text);
}

QString taskText(const TaskStatus& task)
{
    if (task.isIdle())
        return transitionText(QT_TRANSLATE_NOOP("dws::Transition", "the last operation"));
    return task.displayText();
}

QString subStatusText(const QString& wire)
{
    const SubStatus subStatus = SubStatus::fromString(wire);
    return subStatus.isEmpty() ? transitionText(QT_TRANSLATE_NOOP("dws::Transition", "none"))
                               : subStatus.displayText();
}

} // namespace

QString Transition::description() const
{
    const QString& name = resourceName.isEmpty() ? resourceId : resourceName;
    switch (kind) {
    case Kind::ClusterAppeared:
        return transitionText(QT_TRANSLATE_NOOP("dws::Transition", "Cluster %1 appeared"))
            .arg(name);
    case Kind::ClusterGone:
        return transitionText(
                   QT_TRANSLATE_NOOP("dws::Transition", "Cluster %1 is no longer listed"))
            .arg(name);
    case Kind::ClusterStatusChanged:
        return transitionText(QT_TRANSLATE_NOOP("dws::Transition", "Cluster %1: status %2 → %3"))
            .arg(name, ClusterStatus::fromString(fromText).displayText(),
                 ClusterStatus::fromString(toText).displayText());
    case Kind::ClusterSubStatusChanged:
        return transitionText(
                   QT_TRANSLATE_NOOP("dws::Transition", "Cluster %1: sub-status %2 → %3"))
            .arg(name, subStatusText(fromText), subStatusText(toText));
    case Kind::TaskStarted:
        return transitionText(QT_TRANSLATE_NOOP("dws::Transition", "Cluster %1: %2 started"))
            .arg(name, taskText(task));
    case Kind::TaskProgressed:
        return transitionText(QT_TRANSLATE_NOOP("dws::Transition", "Cluster %1: %2 at %3%"))
            .arg(name, taskText(task), QLocale().toString(percent.value_or(0)));
    case Kind::TaskFinished:
        return transitionText(QT_TRANSLATE_NOOP("dws::Transition", "Cluster %1: %2 finished"))
            .arg(name, taskText(task));
    case Kind::TaskFailed:
        return transitionText(QT_TRANSLATE_NOOP("dws::Transition", "Cluster %1: %2 failed"))
            .arg(name, taskText(task));
    case Kind::SnapshotAppeared:
        return transitionText(QT_TRANSLATE_NOOP("dws::Transition", "Snapshot %1 appeared"))
            .arg(name);
    case Kind::SnapshotStarted:
        return transitionText(QT_TRANSLATE_NOOP("dws::Transition", "Snapshot %1 started"))
            .arg(name);
    case Kind::SnapshotFinished:
        return transitionText(QT_TRANSLATE_NOOP("dws::Transition", "Snapshot %1 finished"))
            .arg(name);
    case Kind::SnapshotFailed:
        return transitionText(QT_TRANSLATE_NOOP("dws::Transition", "Snapshot %1 failed")).arg(name);
    case Kind::SnapshotGone:
        return transitionText(
                   QT_TRANSLATE_NOOP("dws::Transition", "Snapshot %1 is no longer listed"))
            .arg(name);
    }
    return {};
}

} // namespace dws
