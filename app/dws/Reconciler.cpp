#include "dws/Reconciler.h"

#include "api/Logging.h"
#include "dws/JsonMapping.h"
#include "dws/ServiceCall.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace dws {

bool createOutcomeIsUnknown(const api::ApiError& error)
{
    switch (error.kind) {
    case api::ErrorKind::Network:
    case api::ErrorKind::Timeout:
    case api::ErrorKind::Parse:
    case api::ErrorKind::TooLarge:
        return true;
    case api::ErrorKind::Http:
        return error.httpStatus >= 500 || error.httpStatus == 0;
    default:
        return false;
    }
}

namespace {
const QString kNotCreatedNote = QStringLiteral("not created: no resource with this name exists");
}

api::ApiError notCreatedError(api::ApiError original)
{
    original.detail = original.detail.isEmpty()
                          ? kNotCreatedNote
                          : original.detail + QLatin1String("; ") + kNotCreatedNote;
    return original;
}

bool wasNotCreated(const api::ApiError& error)
{
    return createOutcomeIsUnknown(error) && error.detail.endsWith(kNotCreatedNote);
}

namespace detail {

QString pathSegment(const QString& id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id.trimmed()));
}

ValidationIssues checkId(const QString& id, const QString& field)
{
    static const QRegularExpression plainId(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"));
    if (id.isEmpty())
        return {{field, QCoreApplication::translate("dws::Services", "An id is required.")}};
    if (!plainId.match(id).hasMatch())
        return {{field, QCoreApplication::translate("dws::Services", "This is not a valid id.")}};
    return {};
}

Reconciliation clusterReconciliation(const QString& clusterName)
{
    return {parseCreatedClusterId, QStringLiteral("/clusters"), QStringLiteral("clusters.list"),
            [clusterName](const QByteArray& body) {
                const auto clusters = parseClusterList(body);
                if (clusters.ok())
                    for (const Cluster& cluster : clusters.value())
                        if (cluster.name == clusterName)
                            return cluster.id;
                return QString();
            }};
}

Reconciliation snapshotReconciliation(const QString& snapshotName)
{
    return {parseCreatedSnapshotId, QStringLiteral("/snapshots"), QStringLiteral("snapshots.list"),
            [snapshotName](const QByteArray& body) {
                // Snapshot names are unique regardless of case.
                const auto snapshots = parseSnapshotList(body);
                if (snapshots.ok())
                    for (const Snapshot& snapshot : snapshots.value())
                        if (snapshot.name.compare(snapshotName, Qt::CaseInsensitive) == 0)
                            return snapshot.id;
                return QString();
            }};
}

void createAndReconcile(api::HttpClient* client,
                        const std::shared_ptr<ServiceCall<CreatedResource>>& call,
                        const api::HttpRequest& request, Reconciliation reconciliation)
{
    call->setStep(client->send(
        request, call->receiver(),
        [client, call, reconciliation](api::Result<api::HttpResponse> response) {
            if (!call->isActive())
                return;
            api::ApiError original;
            if (response.ok()) {
                auto id = reconciliation.parseId(response.value().body);
                if (id.ok()) {
                    call->finish(CreatedResource{id.value(), false});
                    return;
                }
                original = id.error();
                original.operation = call->operation();
                original.httpStatus = response.value().status;
                original.requestId = response.value().requestId;
            } else {
                original = response.error();
            }
            if (!createOutcomeIsUnknown(original)) {
                call->fail(original);
                return;
            }
            qCInfo(lcDomain).noquote()
                << call->operation() << "answer lost; looking for the new resource by name";
            call->setStep(client->send(
                detail::request("GET", reconciliation.listPath, reconciliation.listOperation),
                call->receiver(),
                [call, reconciliation, original](api::Result<api::HttpResponse> listed) {
                    if (!call->isActive())
                        return;
                    if (!listed.ok()) {
                        api::ApiError unknown = original;
                        if (!unknown.detail.isEmpty())
                            unknown.detail += QLatin1String("; ");
                        unknown.detail +=
                            QStringLiteral("whether it was created is unknown: listing failed");
                        call->fail(unknown);
                        return;
                    }
                    call->finishParsedOffThread(
                        listed.value().body,
                        [reconciliation,
                         original](const QByteArray& body) -> api::Result<CreatedResource> {
                            const QString id = reconciliation.findByName(body);
                            if (!id.isEmpty())
                                return CreatedResource{id, true};
                            return notCreatedError(original);
                        });
                }));
        }));
}

} // namespace detail

} // namespace dws
