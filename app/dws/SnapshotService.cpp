#include "dws/SnapshotService.h"

#include "api/HttpClient.h"
#include "dws/JsonMapping.h"
#include "dws/ServiceCall.h"
#include "dws/Validation.h"

namespace dws {

using detail::request;
using detail::sendForDone;
using detail::sendForParsed;
using detail::sendForParsedOffThread;
using detail::ServiceCall;

namespace {

QString snapshotPath(const QString& snapshotId)
{
    return QLatin1String("/snapshots/") + detail::pathSegment(snapshotId);
}

} // namespace

SnapshotService::SnapshotService(api::HttpClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client)
{}

api::CallHandle SnapshotService::create(const CreateSnapshotRequest& createRequest,
                                        QObject* context, Callback<CreatedResource> done)
{
    auto call = ServiceCall<CreatedResource>::create(this, context, std::move(done),
                                                     QStringLiteral("snapshots.create"));
    if (!call->refuseIfInvalid(validate(createRequest)))
        detail::createAndReconcile(
            m_client, call,
            request("POST", QStringLiteral("/snapshots"), call->operation(), toJson(createRequest)),
            detail::snapshotReconciliation(createRequest.name));
    return call->handle();
}

api::CallHandle SnapshotService::list(QObject* context, Callback<QList<Snapshot>> done)
{
    auto call = ServiceCall<QList<Snapshot>>::create(this, context, std::move(done),
                                                     QStringLiteral("snapshots.list"));
    sendForParsedOffThread(m_client, call,
                           request("GET", QStringLiteral("/snapshots"), call->operation()),
                           parseSnapshotList);
    return call->handle();
}

api::CallHandle SnapshotService::detail(const QString& snapshotId, QObject* context,
                                        Callback<Snapshot> done)
{
    auto call = ServiceCall<Snapshot>::create(this, context, std::move(done),
                                              QStringLiteral("snapshots.detail"));
    if (call->refuseIfInvalid(detail::checkId(snapshotId, QStringLiteral("snapshot_id"))))
        return call->handle();
    sendForParsed(m_client, call, request("GET", snapshotPath(snapshotId), call->operation()),
                  parseSnapshotDetail);
    return call->handle();
}

api::CallHandle SnapshotService::remove(const QString& snapshotId, QObject* context,
                                        Callback<api::Done> done)
{
    auto call = ServiceCall<api::Done>::create(this, context, std::move(done),
                                               QStringLiteral("snapshots.delete"));
    if (call->refuseIfInvalid(detail::checkId(snapshotId, QStringLiteral("snapshot_id"))))
        return call->handle();
    sendForDone(m_client, call, request("DELETE", snapshotPath(snapshotId), call->operation()));
    return call->handle();
}

api::CallHandle SnapshotService::restore(const QString& snapshotId,
                                         const RestoreRequest& restoreRequest, QObject* context,
                                         Callback<CreatedResource> done)
{
    auto call = ServiceCall<CreatedResource>::create(this, context, std::move(done),
                                                     QStringLiteral("snapshots.restore"));
    if (!call->refuseIfInvalid(detail::checkId(snapshotId, QStringLiteral("snapshot_id")) +
                               validate(restoreRequest)))
        detail::createAndReconcile(m_client, call,
                                   request("POST",
                                           snapshotPath(snapshotId) + QLatin1String("/actions"),
                                           call->operation(), toJson(restoreRequest)),
                                   detail::clusterReconciliation(restoreRequest.name));
    return call->handle();
}

} // namespace dws
