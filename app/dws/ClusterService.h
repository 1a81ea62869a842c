#pragma once

#include "api/CallHandle.h"
#include "api/Result.h"
#include "dws/Cluster.h"
#include "dws/NodeType.h"
#include "dws/Reconciler.h"
#include "dws/Requests.h"

#include <QList>
#include <QObject>
#include <QString>
#include <functional>

namespace dws {

namespace api {
class HttpClient;
}

template <typename T> using Callback = std::function<void(api::Result<T>)>;

// Query of the cluster list (5.1.2).
struct ClusterListQuery
{
    QString enterpriseProjectId; // empty: all the user may see
};

// The cluster operations of DWS v1.0 (5.1), one method each. Every method returns at once;
// `done` runs exactly once on `context`'s thread, never after `context` is destroyed.
// Requests are validated first: a request with issues fails with ErrorKind::Validation and
// nothing is sent. Errors carry the operation id ("clusters.create", ...). List bodies are
// parsed on a worker thread.
class ClusterService : public QObject
{
    Q_OBJECT
public:
    explicit ClusterService(api::HttpClient* client, QObject* parent = nullptr);

    // clusters.create. A lost answer is reconciled by listing and matching the name.
    api::CallHandle create(const CreateClusterRequest& request, QObject* context,
                           Callback<CreatedResource> done);
    // clusters.list
    api::CallHandle list(QObject* context, Callback<QList<Cluster>> done);
    api::CallHandle list(const ClusterListQuery& query, QObject* context,
                         Callback<QList<Cluster>> done);
    // clusters.detail
    api::CallHandle detail(const QString& clusterId, QObject* context, Callback<Cluster> done);
    // clusters.delete
    api::CallHandle remove(const QString& clusterId, const DeleteClusterRequest& request,
                           QObject* context, Callback<api::Done> done);
    // clusters.restart
    api::CallHandle restart(const QString& clusterId, QObject* context, Callback<api::Done> done);
    // clusters.resize: a resize to a node type and count, or a scale-out. `currentNodeCount`
    // (the cluster's node count now, 0 when unknown) lets validation check the target.
    api::CallHandle resize(const QString& clusterId, const ResizeRequest& request,
                           int currentNodeCount, QObject* context, Callback<api::Done> done);
    // clusters.resetPassword. `userName`: the cluster's administrator (empty when unknown),
    // which the new password must not equal.
    api::CallHandle resetPassword(const QString& clusterId, const ResetPasswordRequest& request,
                                  const QString& userName, QObject* context,
                                  Callback<api::Done> done);
    // nodeTypes.list
    api::CallHandle nodeTypes(QObject* context, Callback<QList<NodeType>> done);

    api::HttpClient* client() const { return m_client; }

private:
    api::HttpClient* m_client;
};

} // namespace dws
