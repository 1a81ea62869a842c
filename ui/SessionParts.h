#pragma once

#include "Session.h"
#include "api/HttpClient.h"
#include "dws/ClusterService.h"
#include "dws/SnapshotService.h"
#include "monitor/Poller.h"
#include "monitor/ServiceMonitorSource.h"

#include <memory>

namespace dws::ui {

// What a Session owns, destroyed in reverse order: the poller before the source it reads,
// the services before the client they send through.
struct Session::Parts
{
    std::unique_ptr<api::HttpClient> client;
    std::unique_ptr<ClusterService> clusters;
    std::unique_ptr<SnapshotService> snapshots;
    std::unique_ptr<ServiceMonitorSource> source;
    std::unique_ptr<Poller> poller;
};

} // namespace dws::ui
