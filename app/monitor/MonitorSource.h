#pragma once

#include "api/Result.h"
#include "dws/Cluster.h"
#include "dws/Snapshot.h"

#include <QList>
#include <QObject>
#include <functional>

namespace dws {

// What the Poller reads from: the list and detail calls, behind a small interface so the
// poller can be tested on its own. ServiceMonitorSource adapts the DWS services.
//
// Each fetch calls `done` exactly once on `context`'s thread (never after `context` is
// destroyed), unless cancelled through the returned function first.
class MonitorSource
{
public:
    using Cancel = std::function<void()>;

    virtual ~MonitorSource() = default;

    virtual Cancel fetchClusters(QObject* context,
                                 std::function<void(api::Result<QList<Cluster>>)> done) = 0;
    virtual Cancel fetchSnapshots(QObject* context,
                                  std::function<void(api::Result<QList<Snapshot>>)> done) = 0;
    virtual Cancel fetchClusterDetail(const QString& clusterId, QObject* context,
                                      std::function<void(api::Result<Cluster>)> done) = 0;
};

} // namespace dws
