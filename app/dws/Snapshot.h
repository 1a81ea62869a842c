#pragma once

#include "dws/Enums.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace dws {

// A snapshot as the list (5.2.2) and detail (5.2.3) calls describe it.
struct Snapshot
{
    QString id;
    QString name;
    QString description;
    QDateTime started;            // UTC; invalid when absent
    QDateTime finished;           // UTC; invalid while the snapshot is being made
    std::optional<double> sizeGb; // size, in GB
    SnapshotStatus status;
    QString type;      // "MANUAL"
    QString clusterId; // cluster_id

    bool operator==(const Snapshot&) const = default;
};

} // namespace dws

Q_DECLARE_TYPEINFO(dws::Snapshot, Q_RELOCATABLE_TYPE);
