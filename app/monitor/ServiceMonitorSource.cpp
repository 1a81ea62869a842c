#include "monitor/ServiceMonitorSource.h"

#include "dws/ClusterService.h"
#include "dws/SnapshotService.h"

namespace dws {

namespace {

MonitorSource::Cancel cancelOf(api::CallHandle handle)
{
    return [handle]() mutable { handle.cancel(); };
}

} // namespace

ServiceMonitorSource::ServiceMonitorSource(ClusterService* clusters, SnapshotService* snapshots)
    : m_clusters(clusters)
    , m_snapshots(snapshots)
{}

MonitorSource::Cancel
ServiceMonitorSource::fetchClusters(QObject* context,
                                    std::function<void(api::Result<QList<Cluster>>)> done)
{
    return cancelOf(m_clusters->list(context, std::move(done)));
}

MonitorSource::Cancel
ServiceMonitorSource::fetchSnapshots(QObject* context,
                                     std::function<void(api::Result<QList<Snapshot>>)> done)
{
    return cancelOf(m_snapshots->list(context, std::move(done)));
}

MonitorSource::Cancel
ServiceMonitorSource::fetchClusterDetail(const QString& clusterId, QObject* context,
                                         std::function<void(api::Result<Cluster>)> done)
{
    return cancelOf(m_clusters->detail(clusterId, context, std::move(done)));
}

} // namespace dws
