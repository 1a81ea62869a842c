#pragma once

#include "api/CallHandle.h"
#include "api/Result.h"
#include "dws/ClusterService.h"
#include "dws/Reconciler.h"
#include "dws/Requests.h"
#include "dws/Snapshot.h"

#include <QList>
#include <QObject>
#include <QString>

namespace dws {

// The snapshot operations of DWS v1.0 (5.2), one method each; same rules as ClusterService.
class SnapshotService : public QObject
{
    Q_OBJECT
public:
    explicit SnapshotService(api::HttpClient* client, QObject* parent = nullptr);

    // snapshots.create. A lost answer is reconciled by listing and matching the name.
    api::CallHandle create(const CreateSnapshotRequest& request, QObject* context,
                           Callback<CreatedResource> done);
    // snapshots.list
    api::CallHandle list(QObject* context, Callback<QList<Snapshot>> done);
    // snapshots.detail
    api::CallHandle detail(const QString& snapshotId, QObject* context, Callback<Snapshot> done);
    // snapshots.delete (manual snapshots only)
    api::CallHandle remove(const QString& snapshotId, QObject* context, Callback<api::Done> done);
    // snapshots.restore: a new cluster from the snapshot; its id. A lost answer is reconciled
    // by listing clusters and matching the new cluster's name.
    api::CallHandle restore(const QString& snapshotId, const RestoreRequest& request,
                            QObject* context, Callback<CreatedResource> done);

    api::HttpClient* client() const { return m_client; }

private:
    api::HttpClient* m_client;
};

} // namespace dws
