#include "dws/ClusterService.h"

#include "api/HttpClient.h"
#include "api/Logging.h"
#include "dws/JsonMapping.h"
#include "dws/ServiceCall.h"
#include "dws/Validation.h"

namespace dws {

using api::HttpRequest;
using detail::request;
using detail::sendForDone;
using detail::sendForParsed;
using detail::sendForParsedOffThread;
using detail::ServiceCall;

namespace {

QString clusterPath(const QString& clusterId)
{
    return QLatin1String("/clusters/") + detail::pathSegment(clusterId);
}

} // namespace

ClusterService::ClusterService(api::HttpClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{}

api::CallHandle ClusterService::create(const CreateClusterRequest& createRequest, QObject* context,
                                       Callback<CreatedResource> done)
{
    auto call = ServiceCall<CreatedResource>::create(this, context, std::move(done),
                                                     QStringLiteral("clusters.create"));
    if (!call->refuseIfInvalid(validate(createRequest)))
        detail::createAndReconcile(
            m_client, call,
            request("POST", QStringLiteral("/clusters"), call->operation(), toJson(createRequest)),
            detail::clusterReconciliation(createRequest.name));
    return call->handle();
}

api::CallHandle ClusterService::list(QObject* context, Callback<QList<Cluster>> done)
{
    return list(ClusterListQuery{}, context, std::move(done));
}

api::CallHandle ClusterService::list(const ClusterListQuery& query, QObject* context,
                                     Callback<QList<Cluster>> done)
{
    auto call = ServiceCall<QList<Cluster>>::create(this, context, std::move(done),
                                                    QStringLiteral("clusters.list"));
    HttpRequest httpRequest = request("GET", QStringLiteral("/clusters"), call->operation());
    if (!query.enterpriseProjectId.isEmpty())
        httpRequest.query.addQueryItem(QStringLiteral("enterprise_project_id"),
                                       query.enterpriseProjectId);
    sendForParsedOffThread(m_client, call, httpRequest, parseClusterList);
    return call->handle();
}

api::CallHandle ClusterService::detail(const QString& clusterId, QObject* context,
                                       Callback<Cluster> done)
{
    auto call = ServiceCall<Cluster>::create(this, context, std::move(done),
                                             QStringLiteral("clusters.detail"));
    if (call->refuseIfInvalid(detail::checkId(clusterId, QStringLiteral("cluster_id"))))
        return call->handle();
    sendForParsed(m_client, call, request("GET", clusterPath(clusterId), call->operation()),
                  parseClusterDetail);
    return call->handle();
}

api::CallHandle ClusterService::remove(const QString& clusterId,
                                       const DeleteClusterRequest& deleteRequest, QObject* context,
                                       Callback<api::Done> done)
{
    auto call = ServiceCall<api::Done>::create(this, context, std::move(done),
                                               QStringLiteral("clusters.delete"));
    if (!call->refuseIfInvalid(detail::checkId(clusterId, QStringLiteral("cluster_id")) +
                               validate(deleteRequest)))
        sendForDone(
            m_client, call,
            request("DELETE", clusterPath(clusterId), call->operation(), toJson(deleteRequest)));
    return call->handle();
}

api::CallHandle ClusterService::restart(const QString& clusterId, QObject* context,
                                        Callback<api::Done> done)
{
    auto call = ServiceCall<api::Done>::create(this, context, std::move(done),
                                               QStringLiteral("clusters.restart"));
    if (!call->refuseIfInvalid(detail::checkId(clusterId, QStringLiteral("cluster_id"))))
        sendForDone(m_client, call,
                    request("POST", clusterPath(clusterId) + QLatin1String("/restart"),
                            call->operation(), toJson(RestartRequest{})));
    return call->handle();
}

api::CallHandle ClusterService::resize(const QString& clusterId, const ResizeRequest& resizeRequest,
                                       int currentNodeCount, QObject* context,
                                       Callback<api::Done> done)
{
    auto call = ServiceCall<api::Done>::create(this, context, std::move(done),
                                               QStringLiteral("clusters.resize"));
    if (!call->refuseIfInvalid(detail::checkId(clusterId, QStringLiteral("cluster_id")) +
                               validate(resizeRequest, std::max(0, currentNodeCount))))
        sendForDone(m_client, call,
                    request("POST", clusterPath(clusterId) + QLatin1String("/resize"),
                            call->operation(), toJson(resizeRequest)));
    return call->handle();
}

api::CallHandle ClusterService::resetPassword(const QString& clusterId,
                                              const ResetPasswordRequest& resetRequest,
                                              const QString& userName, QObject* context,
                                              Callback<api::Done> done)
{
    auto call = ServiceCall<api::Done>::create(this, context, std::move(done),
                                               QStringLiteral("clusters.resetPassword"));
    if (!call->refuseIfInvalid(detail::checkId(clusterId, QStringLiteral("cluster_id")) +
                               validate(resetRequest, userName)))
        sendForDone(m_client, call,
                    request("POST", clusterPath(clusterId) + QLatin1String("/reset-password"),
                            call->operation(), toJson(resetRequest)));
    return call->handle();
}

api::CallHandle ClusterService::nodeTypes(QObject* context, Callback<QList<NodeType>> done)
{
    auto call = ServiceCall<QList<NodeType>>::create(this, context, std::move(done),
                                                     QStringLiteral("nodeTypes.list"));
    sendForParsedOffThread(m_client, call,
                           request("GET", QStringLiteral("/node_types"), call->operation()),
                           parseNodeTypes);
    return call->handle();
}

} // namespace dws
