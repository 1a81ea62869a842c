// Cluster list, cluster detail and created-cluster-id mapping must accept or reject any body
// cleanly: a Result either way, never a crash, hang or undefined behaviour.
#include "FuzzSupport.h"
#include "dws/JsonMapping.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    dws::fuzz::silenceLogging();
    const QByteArray body = dws::fuzz::bytesOf(data, size);
    const auto clusters = dws::parseClusterList(body);
    if (clusters.ok()) {
        for (const auto& cluster : clusters.value())
            (void)cluster.id;
    }
    (void)dws::parseClusterDetail(body);
    (void)dws::parseCreatedClusterId(body);
    return 0;
}
