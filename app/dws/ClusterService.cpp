#include "dws/ClusterService.h"

#include "api/HttpClient.h"
#include "api/Logging.h"
#include "dws/JsonMapping.h"
#include "dws/ServiceCall.h"
#include "dws/Validation.h"

namespace dws {

using api::HttpRequest;
using api::HttpResponse;
using detail::ServiceCall;

namespace {

HttpRequest request(const char* method, const QString& path, const QString& operation,
                    const QByteArray& body = {})
{
    HttpRequest result;
    result.method = method;
    result.path = path;
    result.operation = operation;
    result.body = body;
    return result;
}

// Adds the operation to a mapping error.
template <typename T> api::Result<T> withOperation(api::Result<T> result, const QString& operation)
{
    if (result.ok())
        return result;
    api::ApiError error = result.error();
    error.operation = operation;
    return error;
}

template <typename T>
void sendForDone(api::HttpClient* client, const std::shared_ptr<ServiceCall<T>>& call,
                 const HttpRequest& httpRequest)
{
    call->setStep(
        client->send(httpRequest, call->receiver(), [call](api::Result<HttpResponse> response) {
            if (!call->isActive())
                return;
            if (!response.ok())
                call->fail(response.error());
            else
                call->finish(api::Done{});
        }));
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
    call->setStep(
        m_client->send(httpRequest, call->receiver(), [call](api::Result<HttpResponse> response) {
            if (!call->isActive())
                return;
            if (!response.ok()) {
                call->fail(response.error());
                return;
            }
            const QString operation = call->operation();
            call->finishParsedOffThread(response.value().body, [operation](const QByteArray& body) {
                return withOperation(parseClusterList(body), operation);
            });
        }));
    return call->handle();
}

api::CallHandle ClusterService::detail(const QString& clusterId, QObject* context,
                                       Callback<Cluster> done)
{
    auto call = ServiceCall<Cluster>::create(this, context, std::move(done),
                                             QStringLiteral("clusters.detail"));
    if (call->refuseIfInvalid(detail::checkId(clusterId, QStringLiteral("cluster_id"))))
        return call->handle();
    call->setStep(
        m_client->send(request("GET", QLatin1String("/clusters/") + detail::pathSegment(clusterId),
                               call->operation()),
                       call->receiver(), [call](api::Result<HttpResponse> response) {
                           if (!call->isActive())
                               return;
                           if (!response.ok()) {
                               call->fail(response.error());
                               return;
                           }
                           call->finish(withOperation(parseClusterDetail(response.value().body),
                                                      call->operation()));
                       }));
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
        sendForDone(m_client, call,
                    request("DELETE", QLatin1String("/clusters/") + detail::pathSegment(clusterId),
                            call->operation(), toJson(deleteRequest)));
    return call->handle();
}

api::CallHandle ClusterService::restart(const QString& clusterId, QObject* context,
                                        Callback<api::Done> done)
{
    auto call = ServiceCall<api::Done>::create(this, context, std::move(done),
                                               QStringLiteral("clusters.restart"));
    if (!call->refuseIfInvalid(detail::checkId(clusterId, QStringLiteral("cluster_id"))))
        sendForDone(m_client, call,
                    request("POST",
                            QLatin1String("/clusters/") + detail::pathSegment(clusterId) +
                                QLatin1String("/restart"),
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
                    request("POST",
                            QLatin1String("/clusters/") + detail::pathSegment(clusterId) +
                                QLatin1String("/resize"),
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
                    request("POST",
                            QLatin1String("/clusters/") + detail::pathSegment(clusterId) +
                                QLatin1String("/reset-password"),
                            call->operation(), toJson(resetRequest)));
    return call->handle();
}

api::CallHandle ClusterService::nodeTypes(QObject* context, Callback<QList<NodeType>> done)
{
    auto call = ServiceCall<QList<NodeType>>::create(this, context, std::move(done),
                                                     QStringLiteral("nodeTypes.list"));
    call->setStep(m_client->send(
        request("GET", QStringLiteral("/node_types"), call->operation()), call->receiver(),
        [call](api::Result<HttpResponse> response) {
            if (!call->isActive())
                return;
            if (!response.ok()) {
                call->fail(response.error());
                return;
            }
            const QString operation = call->operation();
            call->finishParsedOffThread(response.value().body, [operation](const QByteArray& body) {
                return withOperation(parseNodeTypes(body), operation);
            });
        }));
    return call->handle();
}

} // namespace dws
