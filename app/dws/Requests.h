#pragma once

#include "dws/Enums.h"

#include <QString>
#include <optional>

namespace dws {

// Request bodies of the DWS operations. Empty strings and empty optionals are "not set": the
// field is left out of the JSON body so that the service applies its default. Path parameters
// (cluster id, snapshot id) are not part of these types; the services take them separately.

// public_ip of a create or restore request.
struct PublicIpRequest
{
    PublicBindType bindType = PublicBindType::NotUse;
    QString eipId; // needed for bind_existing

    bool operator==(const PublicIpRequest&) const = default;
};

// POST /clusters body {"cluster": {...}} (5.1.1).
struct CreateClusterRequest
{
    QString nodeType; // a spec_name
    int numberOfNode = 3;
    QString subnetId;
    QString securityGroupId;
    QString vpcId;
    QString availabilityZone; // optional
    QString name;
    QString userName;
    QString userPassword;    // user_pwd; never logged
    std::optional<int> port; // default 8000
    std::optional<PublicIpRequest> publicIp;
    std::optional<int> numberOfCn; // default 2
    QString enterpriseProjectId;   // optional, "0" is the default project

    bool operator==(const CreateClusterRequest&) const = default;
};

// POST /snapshots/{snapshot_id}/actions body {"restore": {...}} (5.2.5).
struct RestoreRequest
{
    QString name;
    QString subnetId;         // optional
    QString vpcId;            // optional
    QString securityGroupId;  // optional
    QString availabilityZone; // optional, default: the source cluster's
    std::optional<int> port;
    std::optional<PublicIpRequest> publicIp;
    QString enterpriseProjectId; // optional

    bool operator==(const RestoreRequest&) const = default;
};

// POST /clusters/{cluster_id}/resize (5.1.7): either a resize to a node type and count
// ({"resize": {"node_type", "number_of_node"}}, cluster version >= 1.5.0) or a scale-out by
// a number of nodes ({"scale_out": {"count"}}).
struct ResizeRequest
{
    enum class Kind
    {
        Resize,
        ScaleOut
    };

    Kind kind = Kind::ScaleOut;
    QString nodeType;     // Resize only
    int numberOfNode = 0; // Resize only: the target node count
    int count = 0;        // ScaleOut only: nodes to add

    static ResizeRequest resizeTo(const QString& nodeType, int numberOfNode);
    static ResizeRequest scaleOut(int count);

    bool operator==(const ResizeRequest&) const = default;
};

// POST /snapshots body {"snapshot": {...}} (5.2.1).
struct CreateSnapshotRequest
{
    QString name;
    QString clusterId;
    QString description; // optional

    bool operator==(const CreateSnapshotRequest&) const = default;
};

// DELETE /clusters/{cluster_id} body {"keep_last_manual_snapshot": N} (5.1.5).
struct DeleteClusterRequest
{
    int keepLastManualSnapshot = 0;

    bool operator==(const DeleteClusterRequest&) const = default;
};

// POST /clusters/{cluster_id}/reset-password body {"new_password": "..."} (5.1.8).
struct ResetPasswordRequest
{
    QString newPassword; // never logged

    bool operator==(const ResetPasswordRequest&) const = default;
};

// POST /clusters/{cluster_id}/restart body {"restart": {}} (5.1.6).
struct RestartRequest
{
    bool operator==(const RestartRequest&) const = default;
};

} // namespace dws
