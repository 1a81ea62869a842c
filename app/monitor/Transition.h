#pragma once

#include "dws/Cluster.h"

#include <QMetaType>
#include <QString>
#include <optional>

namespace dws {

// One change between two consecutive lists that an operator wants to hear about.
struct Transition
{
    enum class Kind
    {
        ClusterAppeared,
        ClusterGone,
        ClusterStatusChanged,    // fromText/toText: wire status
        ClusterSubStatusChanged, // fromText/toText: wire sub_status (redistribution phases)
        TaskStarted,             // task, percent
        TaskProgressed,          // task, previousPercent, percent
        TaskFinished,            // task
        TaskFailed,              // task (the task that failed, or the failure value), reasons
        SnapshotAppeared,        // a snapshot that was already available when first seen
        SnapshotStarted,
        SnapshotFinished,
        SnapshotFailed,
        SnapshotGone,
    };

    Kind kind = Kind::ClusterAppeared;
    QString resourceId;
    QString resourceName;
    QString clusterId; // for snapshot transitions: the snapshot's cluster
    TaskStatus task;
    std::optional<int> previousPercent;
    std::optional<int> percent;
    QString fromText;
    QString toText;
    FailedReasons reasons;

    bool isClusterTransition() const { return kind < Kind::SnapshotAppeared; }
    bool isFailure() const { return kind == Kind::TaskFailed || kind == Kind::SnapshotFailed; }
    // A sentence for the activity log and notifications, translated at call time.
    QString description() const;

    bool operator==(const Transition&) const = default;
};

} // namespace dws

Q_DECLARE_METATYPE(dws::Transition)
