#pragma once

#include "api/Result.h"
#include "dws/Cluster.h"
#include "dws/NodeType.h"
#include "dws/Requests.h"
#include "dws/Snapshot.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace dws {

// Bodies nested deeper than this are refused with ErrorKind::TooLarge.
inline constexpr int kMaxJsonDepth = 64;

// Response bodies -> domain objects. Every variant the reference shows is accepted (nulls,
// integers sent as strings, timestamps with or without zone, missing optional fields).
// Anything else is an ApiError of kind Parse whose detail names the field, e.g.
// "clusters[3].number_of_node: expected an integer". Thread-safe: no shared state.
api::Result<QList<Cluster>> parseClusterList(const QByteArray& body);   // {"clusters": [...]}
api::Result<Cluster> parseClusterDetail(const QByteArray& body);        // {"cluster": {...}}
api::Result<QList<Snapshot>> parseSnapshotList(const QByteArray& body); // {"snapshots": [...]}
api::Result<Snapshot> parseSnapshotDetail(const QByteArray& body);      // {"snapshot": {...}}
api::Result<QList<NodeType>> parseNodeTypes(const QByteArray& body);    // {"node_types": [...]}
// {"cluster": {"id": ...}} from create cluster and restore.
api::Result<QString> parseCreatedClusterId(const QByteArray& body);
// {"snapshot": {"id": ...}} from create snapshot.
api::Result<QString> parseCreatedSnapshotId(const QByteArray& body);

// Timestamp text -> UTC QDateTime; a missing zone means UTC. Invalid QDateTime on bad text.
QDateTime parseTimestamp(QStringView text);
// "20%" -> 20, " 20 % " -> 20, "20" -> 20; nullopt when the text holds no percentage.
std::optional<int> parsePercent(QStringView text);

// Request objects -> compact JSON bodies (UTF-8).
QByteArray toJson(const CreateClusterRequest& request); // {"cluster": {...}}
QByteArray toJson(const RestoreRequest& request);       // {"restore": {...}}
QByteArray toJson(const ResizeRequest& request);        // {"resize": {...}} or {"scale_out": {...}}
QByteArray toJson(const CreateSnapshotRequest& request); // {"snapshot": {...}}
QByteArray toJson(const DeleteClusterRequest& request);  // {"keep_last_manual_snapshot": N}
QByteArray toJson(const ResetPasswordRequest& request);  // {"new_password": "..."}
QByteArray toJson(const RestartRequest& request);        // {"restart": {}}

} // namespace dws
