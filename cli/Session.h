#pragma once

#include "api/IamClient.h"
#include "api/Result.h"
#include "dws/Cluster.h"
#include "dws/NodeType.h"
#include "dws/Reconciler.h"
#include "dws/Requests.h"
#include "dws/Snapshot.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <memory>
#include <variant>

namespace dws::cli {

class Console;
struct GlobalOptions;

// The account's secrets, as read from the environment or standard input. Never printed.
struct SecretInput
{
    QString userName;
    QString password; // the IAM password, or the SK with AK/SK
    QString domain;
    QString accessKey;

    bool usesAccessKey() const { return !accessKey.isEmpty(); }
};

class SessionPrivate;

// A connection to IAM and DWS for one dwsctl run: builds the transport from the global
// options and the credentials, resolves the project, and runs each API operation to
// completion (the event loop spins until the answer arrives).
class Session
{
    Q_DECLARE_TR_FUNCTIONS(dws::cli)
public:
    // Why a session could not be set up before anything was sent (exit status 2), or the
    // error of resolving the project by name through IAM.
    struct SetupFailure
    {
        QString usageMessage;               // non-empty: bad configuration, nothing sent
        std::optional<api::ApiError> error; // set: IAM answered with an error or was unreachable
    };

    // needsProject: false for calls that need no project (the project list).
    static std::variant<std::unique_ptr<Session>, SetupFailure>
    open(const GlobalOptions& options, const SecretInput& secrets, bool needsProject);
    ~Session();

    QString projectId() const;

    api::Result<QList<api::Project>> projects();
    api::Result<QList<NodeType>> nodeTypes();
    api::Result<QList<Cluster>> clusters();
    api::Result<Cluster> cluster(const QString& clusterId);
    api::Result<CreatedResource> createCluster(const CreateClusterRequest& request);
    api::Status deleteCluster(const QString& clusterId, const DeleteClusterRequest& request);
    api::Status restartCluster(const QString& clusterId);
    api::Status resizeCluster(const QString& clusterId, const ResizeRequest& request,
                              int currentNodeCount);
    api::Status resetPassword(const QString& clusterId, const ResetPasswordRequest& request,
                              const QString& userName);
    api::Result<QList<Snapshot>> snapshots();
    api::Result<Snapshot> snapshot(const QString& snapshotId);
    api::Result<CreatedResource> createSnapshot(const CreateSnapshotRequest& request);
    api::Status deleteSnapshot(const QString& snapshotId);
    api::Result<CreatedResource> restoreSnapshot(const QString& snapshotId,
                                                 const RestoreRequest& request);

private:
    explicit Session(std::unique_ptr<SessionPrivate> d);
    std::unique_ptr<SessionPrivate> d;
};

} // namespace dws::cli
