#pragma once

#include "DwsStore.h"
#include "HttpExchange.h"

#include <QStringList>

namespace dwsemu {

// The 13 DWS v1.0 operations. handle() gets the path segments after /v1.0/{project_id}/ and
// throws DwsFailure for any documented error.
class DwsApi
{
public:
    explicit DwsApi(DwsStore& store);

    HttpAnswer handle(const HttpRequest& request, const QStringList& segments);

private:
    HttpAnswer listClusters(const HttpRequest& request);
    HttpAnswer createCluster(const HttpRequest& request);
    HttpAnswer clusterDetail(const std::string& clusterId);
    HttpAnswer deleteCluster(const HttpRequest& request, const std::string& clusterId);
    HttpAnswer restartCluster(const HttpRequest& request, const std::string& clusterId);
    HttpAnswer resizeCluster(const HttpRequest& request, const std::string& clusterId);
    HttpAnswer resetPassword(const HttpRequest& request, const std::string& clusterId);
    HttpAnswer createSnapshot(const HttpRequest& request);
    HttpAnswer snapshotDetail(const std::string& snapshotId);
    HttpAnswer deleteSnapshot(const std::string& snapshotId);
    HttpAnswer restoreSnapshot(const HttpRequest& request, const std::string& snapshotId);

    ClusterRecord& existingCluster(const std::string& clusterId);
    SnapshotRecord& existingSnapshot(const std::string& snapshotId);
    void fillNetwork(ClusterRecord& cluster);

    DwsStore& m_store;
};

} // namespace dwsemu
