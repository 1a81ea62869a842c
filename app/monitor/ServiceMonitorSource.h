#pragma once

#include "monitor/MonitorSource.h"

namespace dws {

class ClusterService;
class SnapshotService;

// Feeds the Poller from the DWS services. Both services must outlive this source.
class ServiceMonitorSource : public MonitorSource
{
public:
    ServiceMonitorSource(ClusterService* clusters, SnapshotService* snapshots);

    Cancel fetchClusters(QObject* context,
                         std::function<void(api::Result<QList<Cluster>>)> done) override;
    Cancel fetchSnapshots(QObject* context,
                          std::function<void(api::Result<QList<Snapshot>>)> done) override;
    Cancel fetchClusterDetail(const QString& clusterId, QObject* context,
                              std::function<void(api::Result<Cluster>)> done) override;

private:
    ClusterService* m_clusters;
    SnapshotService* m_snapshots;
};

} // namespace dws
