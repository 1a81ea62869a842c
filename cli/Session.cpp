#include "Session.h"

#include "GlobalOptions.h"
#include "api/HttpClient.h"
#include "dws/ClusterService.h"
#include "dws/SnapshotService.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QLocale>
#include <chrono>
#include <optional>

namespace dws::cli {

class SessionPrivate
{
public:
    SessionPrivate(const api::ConnectionSettings& settings, const api::Credentials& credentials)
        : client(settings, credentials)
        , clusters(&client)
        , snapshots(&client)
    {}

    // Starts a call with an event loop as its context and spins the loop until the answer.
    template <typename T, typename Start> api::Result<T> await(Start&& start)
    {
        std::optional<api::Result<T>> outcome;
        QEventLoop loop;
        start(&loop, [&outcome, &loop](api::Result<T> result) {
            outcome.emplace(std::move(result));
            loop.quit();
        });
        if (!outcome)
            loop.exec();
        return std::move(*outcome);
    }

    api::HttpClient client;
    ClusterService clusters;
    SnapshotService snapshots;
};

namespace {

api::Credentials credentialsFrom(const SecretInput& secrets, QString* problem)
{
    if (secrets.usesAccessKey()) {
        if (secrets.password.isEmpty())
            *problem = QCoreApplication::translate(
                "dws::cli", "DWS_AK is set but the secret key is missing: set DWS_SK or use "
                            "--password-stdin.");
        return api::Credentials::accessKey(secrets.accessKey, secrets.password);
    }
    QStringList missing;
    if (secrets.userName.isEmpty())
        missing << QStringLiteral("DWS_USERNAME");
    if (secrets.password.isEmpty())
        missing << QStringLiteral("DWS_PASSWORD");
    if (secrets.domain.isEmpty())
        missing << QStringLiteral("DWS_DOMAIN");
    if (missing.size() == 3) {
        *problem = QCoreApplication::translate(
            "dws::cli", "No credentials: set DWS_USERNAME, DWS_PASSWORD and DWS_DOMAIN, or "
                        "DWS_AK and DWS_SK.");
    } else if (!missing.isEmpty()) {
        *problem = QCoreApplication::translate("dws::cli", "Incomplete credentials: %1 not set.")
                       .arg(missing.join(QLatin1String(", ")));
    }
    return api::Credentials::password(secrets.userName, secrets.password, secrets.domain);
}

QUrl regionEndpoint(const char* service, const QString& region)
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QLatin1String(service) + QLatin1Char('.') + region +
                QLatin1String(".myhuaweicloud.com"));
    return url;
}

} // namespace

std::variant<std::unique_ptr<Session>, Session::SetupFailure>
Session::open(const GlobalOptions& options, const SecretInput& secrets, bool needsProject)
{
    api::ConnectionSettings settings;
    settings.iamEndpoint = options.iamEndpoint;
    settings.dwsEndpoint = options.dwsEndpoint;
    if (!options.region.isEmpty()) {
        if (settings.iamEndpoint.isEmpty())
            settings.iamEndpoint = regionEndpoint("iam", options.region);
        if (settings.dwsEndpoint.isEmpty())
            settings.dwsEndpoint = regionEndpoint("dws", options.region);
    }
    settings.projectId = options.projectId;
    settings.projectName = !options.projectName.isEmpty() ? options.projectName : options.region;
    settings.caFile = options.caFile;
    if (options.timeoutSeconds > 0)
        settings.transferTimeout = std::chrono::seconds(options.timeoutSeconds);
    // The language manager made the chosen language the default locale.
    settings.language =
        QLocale().language() == QLocale::Chinese ? api::Language::Chinese : api::Language::English;

    QStringList problems;
    if (settings.iamEndpoint.isEmpty())
        problems << tr("No IAM endpoint: give --iam-endpoint or --region.");
    if (settings.dwsEndpoint.isEmpty() && needsProject)
        problems << tr("No DWS endpoint: give --dws-endpoint or --region.");
    if (needsProject && settings.projectId.isEmpty() && settings.projectName.isEmpty())
        problems << tr("No project: give --project-id, --project or --region.");
    if (!options.caFile.isEmpty() && !QFileInfo(options.caFile).isReadable())
        problems << tr("Cannot read the CA file %1.").arg(options.caFile);
    QString credentialProblem;
    const api::Credentials credentials = credentialsFrom(secrets, &credentialProblem);
    if (!credentialProblem.isEmpty())
        problems << credentialProblem;
    if (!problems.isEmpty())
        return SetupFailure{problems.join(QLatin1String("\ndwsctl: ")), std::nullopt};

    std::unique_ptr<Session> session(
        new Session(std::make_unique<SessionPrivate>(settings, credentials)));

    // Signed requests carry no token to learn the project from: look it up by name.
    if (needsProject && settings.projectId.isEmpty() && secrets.usesAccessKey()) {
        api::Result<QList<api::Project>> projects = session->projects();
        if (!projects)
            return SetupFailure{{}, projects.error()};
        for (const api::Project& project : projects.value()) {
            if (project.name == settings.projectName) {
                settings.projectId = project.id;
                session->d->client.setSettings(settings);
                return session;
            }
        }
        return SetupFailure{tr("The account has no project named %1.").arg(settings.projectName),
                            std::nullopt};
    }
    return session;
}

Session::Session(std::unique_ptr<SessionPrivate> implementation)
    : d(std::move(implementation))
{}

Session::~Session() = default;

QString Session::projectId() const
{
    return d->client.projectId();
}

api::Result<QList<api::Project>> Session::projects()
{
    return d->await<QList<api::Project>>(
        [this](QObject* context, auto done) { d->client.iam()->projects(context, done); });
}

api::Result<QList<NodeType>> Session::nodeTypes()
{
    return d->await<QList<NodeType>>(
        [this](QObject* context, auto done) { d->clusters.nodeTypes(context, done); });
}

api::Result<QList<Cluster>> Session::clusters()
{
    return d->await<QList<Cluster>>(
        [this](QObject* context, auto done) { d->clusters.list(context, done); });
}

api::Result<Cluster> Session::cluster(const QString& clusterId)
{
    return d->await<Cluster>([this, &clusterId](QObject* context, auto done) {
        d->clusters.detail(clusterId, context, done);
    });
}

api::Result<CreatedResource> Session::createCluster(const CreateClusterRequest& request)
{
    return d->await<CreatedResource>([this, &request](QObject* context, auto done) {
        d->clusters.create(request, context, done);
    });
}

api::Status Session::deleteCluster(const QString& clusterId, const DeleteClusterRequest& request)
{
    return d->await<api::Done>([this, &clusterId, &request](QObject* context, auto done) {
        d->clusters.remove(clusterId, request, context, done);
    });
}

api::Status Session::restartCluster(const QString& clusterId)
{
    return d->await<api::Done>([this, &clusterId](QObject* context, auto done) {
        d->clusters.restart(clusterId, context, done);
    });
}

api::Status Session::resizeCluster(const QString& clusterId, const ResizeRequest& request,
                                   int currentNodeCount)
{
    return d->await<api::Done>(
        [this, &clusterId, &request, currentNodeCount](QObject* context, auto done) {
            d->clusters.resize(clusterId, request, currentNodeCount, context, done);
        });
}

api::Status Session::resetPassword(const QString& clusterId, const ResetPasswordRequest& request,
                                   const QString& userName)
{
    return d->await<api::Done>(
        [this, &clusterId, &request, &userName](QObject* context, auto done) {
            d->clusters.resetPassword(clusterId, request, userName, context, done);
        });
}

api::Result<QList<Snapshot>> Session::snapshots()
{
    return d->await<QList<Snapshot>>(
        [this](QObject* context, auto done) { d->snapshots.list(context, done); });
}

api::Result<Snapshot> Session::snapshot(const QString& snapshotId)
{
    return d->await<Snapshot>([this, &snapshotId](QObject* context, auto done) {
        d->snapshots.detail(snapshotId, context, done);
    });
}

api::Result<CreatedResource> Session::createSnapshot(const CreateSnapshotRequest& request)
{
    return d->await<CreatedResource>([this, &request](QObject* context, auto done) {
        d->snapshots.create(request, context, done);
    });
}

api::Status Session::deleteSnapshot(const QString& snapshotId)
{
    return d->await<api::Done>([this, &snapshotId](QObject* context, auto done) {
        d->snapshots.remove(snapshotId, context, done);
    });
}

api::Result<CreatedResource> Session::restoreSnapshot(const QString& snapshotId,
                                                      const RestoreRequest& request)
{
    return d->await<CreatedResource>([this, &snapshotId, &request](QObject* context, auto done) {
        d->snapshots.restore(snapshotId, request, context, done);
    });
}

} // namespace dws::cli
