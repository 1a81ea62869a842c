#pragma once

// Helpers of the service tests, on top of the transport tests' client and emulator wiring.
#include "ApiTestSupport.h"
#include "dws/ClusterService.h"
#include "dws/Requests.h"
#include "dws/SnapshotService.h"

namespace apitest {

inline dws::CreateClusterRequest clusterRequest(const QString& name)
{
    dws::CreateClusterRequest request;
    request.nodeType = QStringLiteral("dws.d2.xlarge");
    request.numberOfNode = 3;
    request.subnetId = QStringLiteral("374eca02-cfc4-4de7-8ab5-dbebf7d9a720");
    request.securityGroupId = QStringLiteral("8a4b1d0b-4a1f-4b5c-9a4b-2e6f4f2d0c11");
    request.vpcId = QStringLiteral("85b20d7e-9eb7-4b2a-98f3-3c8843ea3574");
    request.availabilityZone = QStringLiteral("cn-north-1a");
    request.name = name;
    request.userName = QStringLiteral("dbadmin");
    request.userPassword = QStringLiteral("Cluster#Pass2024");
    request.port = 8000;
    return request;
}

} // namespace apitest
