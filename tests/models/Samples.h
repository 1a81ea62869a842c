#pragma once

// Small builders of domain values for the model and monitor tests.

#include "dws/Cluster.h"
#include "dws/NodeType.h"
#include "dws/Snapshot.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace samples {

inline QDateTime utc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC);
}

inline dws::Cluster cluster(const QString& id, const QString& name,
                            dws::ClusterStatus::Value status = dws::ClusterStatus::Available)
{
    dws::Cluster cluster;
    cluster.id = id;
    cluster.name = name;
    cluster.status = status;
    cluster.subStatus = dws::SubStatus::fromString(u"NORMAL");
    cluster.nodeType = QStringLiteral("dws.m3.xlarge");
    cluster.numberOfNode = 3;
    cluster.version = QStringLiteral("8.1.3");
    cluster.availabilityZone = QStringLiteral("cn-north-4a");
    cluster.port = 8000;
    cluster.created = utc(2024, 1, 2, 3, 4, 5);
    cluster.updated = cluster.created;
    return cluster;
}

// `cluster` running `task` at `percent` (task_status and action_progress both set).
inline dws::Cluster withTask(dws::Cluster cluster, dws::TaskStatus::Value task,
                             std::optional<int> percent)
{
    cluster.taskStatus = task;
    cluster.actionProgress.tasks.clear();
    if (percent) {
        const dws::TaskStatus key(task);
        cluster.actionProgress.tasks.append(
            {key, percent, QString::number(*percent) + QLatin1Char('%')});
    }
    return cluster;
}

inline dws::Cluster idle(dws::Cluster cluster)
{
    cluster.taskStatus = dws::TaskStatus(dws::TaskStatus::None);
    cluster.actionProgress = {};
    return cluster;
}

inline QList<dws::Cluster> fleet(int count)
{
    QList<dws::Cluster> clusters;
    clusters.reserve(count);
    for (int i = 0; i < count; ++i)
        clusters.append(cluster(QStringLiteral("c%1").arg(i), QStringLiteral("cluster-%1").arg(i)));
    return clusters;
}

inline dws::Snapshot snapshot(const QString& id, const QString& name, const QString& clusterId,
                              dws::SnapshotStatus::Value status = dws::SnapshotStatus::Available)
{
    dws::Snapshot snapshot;
    snapshot.id = id;
    snapshot.name = name;
    snapshot.clusterId = clusterId;
    snapshot.status = status;
    snapshot.type = QStringLiteral("MANUAL");
    snapshot.started = utc(2024, 3, 1, 10, 0, 0);
    if (status != dws::SnapshotStatus::Creating) {
        snapshot.finished = utc(2024, 3, 1, 10, 2, 5);
        snapshot.sizeGb = 12.5;
    }
    return snapshot;
}

inline dws::NodeType nodeType(const QString& specName, const QString& vcpus, const QString& memory,
                              const QString& diskType, const QString& disk)
{
    dws::NodeType nodeType;
    nodeType.specName = specName;
    nodeType.id = specName + QStringLiteral("-id");
    nodeType.details = {
        {QStringLiteral("vCPU"), vcpus, {}},
        {QStringLiteral("mem"), memory, QStringLiteral("GB")},
        {diskType, disk, QStringLiteral("GB")},
    };
    return nodeType;
}

} // namespace samples
