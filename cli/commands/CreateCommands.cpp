#include "CreateCommands.h"

#include "ClusterActions.h"
#include "CommandContext.h"
#include "ExitCode.h"
#include "dws/JsonMapping.h"
#include "dws/Reconciler.h"
#include "dws/Validation.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace dws::cli {

namespace {

const QString kDryRun = QStringLiteral("dry-run");

OptionSpec dryRunSpec()
{
    return {kDryRun,
            {},
            QT_TRANSLATE_NOOP(
                "dws::cli", "check the request and print it (password masked) without sending it")};
}

// The request body as it would be sent, with every password replaced by asterisks.
QJsonObject maskedBody(const QByteArray& body, const QString& wrapper)
{
    QJsonObject root = QJsonDocument::fromJson(body).object();
    QJsonObject inner = root.value(wrapper).toObject();
    if (inner.contains(QStringLiteral("user_pwd")))
        inner.insert(QStringLiteral("user_pwd"), QStringLiteral("********"));
    root.insert(wrapper, inner);
    return root;
}

void printDryRun(CommandContext& context, const QJsonObject& body)
{
    context.note(QCoreApplication::translate(
        "dws::cli", "Dry run: the request follows every rule; nothing was sent."));
    context.printJson(body);
}

void printCreatedId(CommandContext& context, const char* wrapper, const CreatedResource& created)
{
    if (created.reconciled)
        context.console().errLine(QCoreApplication::translate(
            "dws::cli", "The service's answer was lost; the new resource was found by its name."));
    if (context.jsonOutput())
        context.printJson(
            QJsonObject{{QLatin1String(wrapper), QJsonObject{{QStringLiteral("id"), created.id}}}});
    else
        context.console().outLine(created.id);
}

enum class CreatedKind
{
    Cluster,
    Snapshot,
};

// Explains a failed create. When its answer was lost the service never re-sends it but looks
// for the new resource by its unique name; this says what that lookup found.
int createFailure(CommandContext& context, const api::ApiError& error, CreatedKind kind,
                  const QString& name)
{
    const int status = context.apiFailure(error);
    if (!createOutcomeIsUnknown(error))
        return status;
    const bool notCreated = wasNotCreated(error);
    QString outcome;
    if (kind == CreatedKind::Cluster)
        outcome = notCreated
                      ? QCoreApplication::translate(
                            "dws::cli", "The cluster %1 was not created: the cluster list, "
                                        "read afterwards, holds no cluster of that name.")
                      : QCoreApplication::translate(
                            "dws::cli", "Whether the cluster %1 was created is unknown: the "
                                        "answer was lost and the cluster list could not be read "
                                        "to check. Run \"dwsctl clusters list\" before trying "
                                        "again.");
    else
        outcome =
            notCreated
                ? QCoreApplication::translate("dws::cli",
                                              "The snapshot %1 was not created: the snapshot list, "
                                              "read afterwards, holds no snapshot of that name.")
                : QCoreApplication::translate("dws::cli",
                                              "Whether the snapshot %1 was created is unknown: the "
                                              "answer was lost and the snapshot list could not be "
                                              "read to check. Run \"dwsctl snapshots list\" before "
                                              "trying again.");
    context.console().errLine(outcome.arg(name));
    return status;
}

} // namespace

QList<OptionSpec> NetworkOptions::specs()
{
    return {
        {QStringLiteral("vpc-id"), QStringLiteral("ID"), QT_TRANSLATE_NOOP("dws::cli", "the VPC")},
        {QStringLiteral("subnet-id"), QStringLiteral("ID"),
         QT_TRANSLATE_NOOP("dws::cli", "the subnet of the VPC")},
        {QStringLiteral("security-group-id"), QStringLiteral("ID"),
         QT_TRANSLATE_NOOP("dws::cli", "the security group")},
        {QStringLiteral("az"), QStringLiteral("ZONE"),
         QT_TRANSLATE_NOOP("dws::cli", "availability zone, e.g. cn-north-4a")},
        {QStringLiteral("port"), QStringLiteral("N"),
         QT_TRANSLATE_NOOP("dws::cli", "database port, 8000 to 30000 (default 8000)")},
        {QStringLiteral("public-ip"), QStringLiteral("auto_assign|not_use|bind_existing"),
         QT_TRANSLATE_NOOP("dws::cli",
                           "whether the cluster gets a public address (default not_use)")},
        {QStringLiteral("eip-id"), QStringLiteral("ID"),
         QT_TRANSLATE_NOOP("dws::cli", "the elastic IP to bind, with --public-ip bind_existing")},
        {QStringLiteral("enterprise-project-id"), QStringLiteral("ID"),
         QT_TRANSLATE_NOOP("dws::cli", "enterprise project (default 0, the default project)")},
    };
}

std::optional<NetworkOptions> NetworkOptions::read(CommandContext& context)
{
    NetworkOptions options;
    options.vpcId = context.option(QStringLiteral("vpc-id")).trimmed();
    options.subnetId = context.option(QStringLiteral("subnet-id")).trimmed();
    options.securityGroupId = context.option(QStringLiteral("security-group-id")).trimmed();
    options.availabilityZone = context.option(QStringLiteral("az")).trimmed();
    options.enterpriseProjectId = context.option(QStringLiteral("enterprise-project-id")).trimmed();
    if (context.isSet(QStringLiteral("port"))) {
        options.port = context.intOption(QStringLiteral("port"));
        if (!options.port)
            return std::nullopt;
    }
    const QString eipId = context.option(QStringLiteral("eip-id")).trimmed();
    if (context.isSet(QStringLiteral("public-ip"))) {
        const QString bindText = context.option(QStringLiteral("public-ip")).trimmed();
        const PublicBindType bindType = PublicBindType::fromString(bindText);
        if (!bindType.isKnown()) {
            context.usageError(
                tr("--public-ip expects auto_assign, not_use or bind_existing, not \"%1\".")
                    .arg(bindText));
            return std::nullopt;
        }
        options.publicIp = PublicIpRequest{bindType, eipId};
    } else if (!eipId.isEmpty()) {
        context.usageError(tr("--eip-id needs --public-ip bind_existing."));
        return std::nullopt;
    }
    return options;
}

QString ClustersCreate::summary() const
{
    return tr(
        "Create a cluster and print its id. The administrator password comes from "
        "DWS_ADMIN_PASSWORD or standard input (--admin-password-stdin), never from an argument.");
}

QList<OptionSpec> ClustersCreate::options() const
{
    QList<OptionSpec> options = {
        {QStringLiteral("name"), QStringLiteral("NAME"),
         QT_TRANSLATE_NOOP("dws::cli",
                           "4 to 64 characters: a letter first, then letters, digits, - and _")},
        {QStringLiteral("node-type"), QStringLiteral("SPEC"),
         QT_TRANSLATE_NOOP("dws::cli", "a node type from \"node-types list\"")},
        {QStringLiteral("nodes"), QStringLiteral("N"),
         QT_TRANSLATE_NOOP("dws::cli", "number of nodes, 3 to 32")},
        {QStringLiteral("admin-user"), QStringLiteral("NAME"),
         QT_TRANSLATE_NOOP("dws::cli",
                           "database administrator, 6 to 64 lowercase letters, digits and _")},
        {QStringLiteral("admin-password-stdin"),
         {},
         QT_TRANSLATE_NOOP("dws::cli", "read the administrator password from standard input")},
        {QStringLiteral("cn"), QStringLiteral("N"),
         QT_TRANSLATE_NOOP("dws::cli", "coordinator nodes, 2 to min(5, nodes - 1) (default 2)")},
    };
    options += NetworkOptions::specs();
    options.append(dryRunSpec());
    return options;
}

int ClustersCreate::execute(CommandContext& context)
{
    QStringList missing;
    for (const char* required :
         {"name", "node-type", "nodes", "vpc-id", "subnet-id", "security-group-id", "admin-user"}) {
        if (!context.isSet(QLatin1String(required)))
            missing << QLatin1String("--") + QLatin1String(required);
    }
    if (!missing.isEmpty())
        return context.usageError(
            tr("Missing required options: %1.").arg(missing.join(QLatin1String(", "))));

    const std::optional<int> nodes = context.intOption(QStringLiteral("nodes"));
    if (!nodes)
        return context.exitStatus();
    std::optional<int> coordinators;
    if (context.isSet(QStringLiteral("cn"))) {
        coordinators = context.intOption(QStringLiteral("cn"));
        if (!coordinators)
            return context.exitStatus();
    }
    const std::optional<NetworkOptions> network = NetworkOptions::read(context);
    if (!network)
        return context.exitStatus();

    const std::optional<QString> password =
        context.secret("DWS_ADMIN_PASSWORD", tr("Administrator password:") + QLatin1Char(' '),
                       context.isSet(QStringLiteral("admin-password-stdin")));
    if (!password)
        return context.exitStatus();

    CreateClusterRequest request;
    request.name = context.option(QStringLiteral("name")).trimmed();
    request.nodeType = context.option(QStringLiteral("node-type")).trimmed();
    request.numberOfNode = *nodes;
    request.userName = context.option(QStringLiteral("admin-user")).trimmed();
    request.userPassword = *password;
    request.numberOfCn = coordinators;
    request.vpcId = network->vpcId;
    request.subnetId = network->subnetId;
    request.securityGroupId = network->securityGroupId;
    request.availabilityZone = network->availabilityZone;
    request.port = network->port;
    request.publicIp = network->publicIp;
    request.enterpriseProjectId = network->enterpriseProjectId;
    if (const ValidationIssues issues = validate(request); !issues.isEmpty())
        return context.validationFailure(issues);

    if (context.isSet(kDryRun)) {
        printDryRun(context, maskedBody(toJson(request), QStringLiteral("cluster")));
        return ExitCode::Success;
    }
    Session* session = context.session();
    if (!session)
        return context.exitStatus();
    const api::Result<CreatedResource> created = session->createCluster(request);
    if (!created)
        return createFailure(context, created.error(), CreatedKind::Cluster, request.name);
    printCreatedId(context, "cluster", created.value());
    return ExitCode::Success;
}

QString SnapshotsRestore::summary() const
{
    return tr("Restore a snapshot to a new cluster of the same node type and size, and print "
              "the new cluster's id. Network options default to the source cluster's.");
}

QList<OptionSpec> SnapshotsRestore::options() const
{
    QList<OptionSpec> options = {
        {QStringLiteral("name"), QStringLiteral("NAME"),
         QT_TRANSLATE_NOOP("dws::cli", "name of the new cluster (required)")}};
    options += NetworkOptions::specs();
    options.append(dryRunSpec());
    return options;
}

int SnapshotsRestore::execute(CommandContext& context)
{
    if (!context.isSet(QStringLiteral("name")))
        return context.usageError(tr("--name is required: the name of the new cluster."));
    const std::optional<NetworkOptions> network = NetworkOptions::read(context);
    if (!network)
        return context.exitStatus();
    RestoreRequest request;
    request.name = context.option(QStringLiteral("name")).trimmed();
    request.vpcId = network->vpcId;
    request.subnetId = network->subnetId;
    request.securityGroupId = network->securityGroupId;
    request.availabilityZone = network->availabilityZone;
    request.port = network->port;
    request.publicIp = network->publicIp;
    request.enterpriseProjectId = network->enterpriseProjectId;
    if (const ValidationIssues issues = validate(request); !issues.isEmpty())
        return context.validationFailure(issues);

    if (context.isSet(kDryRun)) {
        printDryRun(context, QJsonDocument::fromJson(toJson(request)).object());
        return ExitCode::Success;
    }
    Session* session = context.session();
    if (!session)
        return context.exitStatus();
    const api::Result<CreatedResource> restored =
        session->restoreSnapshot(context.positional(0), request);
    if (!restored)
        return createFailure(context, restored.error(), CreatedKind::Cluster, request.name);
    printCreatedId(context, "cluster", restored.value());
    return ExitCode::Success;
}

QString SnapshotsCreate::summary() const
{
    return tr("Take a manual snapshot of a cluster and print the snapshot's id.");
}

QList<OptionSpec> SnapshotsCreate::options() const
{
    return {
        {QStringLiteral("cluster"), QStringLiteral("ID"),
         QT_TRANSLATE_NOOP("dws::cli", "the cluster to snapshot (required)")},
        {QStringLiteral("name"), QStringLiteral("NAME"),
         QT_TRANSLATE_NOOP("dws::cli", "4 to 64 characters, unique; a letter first (required)")},
        {QStringLiteral("description"), QStringLiteral("TEXT"),
         QT_TRANSLATE_NOOP("dws::cli", "a description")}};
}

int SnapshotsCreate::execute(CommandContext& context)
{
    QStringList missing;
    for (const char* required : {"cluster", "name"}) {
        if (!context.isSet(QLatin1String(required)))
            missing << QLatin1String("--") + QLatin1String(required);
    }
    if (!missing.isEmpty())
        return context.usageError(
            tr("Missing required options: %1.").arg(missing.join(QLatin1String(", "))));
    CreateSnapshotRequest request;
    request.clusterId = context.option(QStringLiteral("cluster")).trimmed();
    request.name = context.option(QStringLiteral("name")).trimmed();
    request.description = context.option(QStringLiteral("description"));
    if (const ValidationIssues issues = validate(request); !issues.isEmpty())
        return context.validationFailure(issues);
    Session* session = context.session();
    if (!session)
        return context.exitStatus();
    const api::Result<CreatedResource> created = session->createSnapshot(request);
    if (!created)
        return createFailure(context, created.error(), CreatedKind::Snapshot, request.name);
    printCreatedId(context, "snapshot", created.value());
    return ExitCode::Success;
}

QString SnapshotsDelete::summary() const
{
    return tr("Delete a manual snapshot.");
}

int SnapshotsDelete::execute(CommandContext& context)
{
    const QString snapshotId = context.positional(0);
    if (!context.confirm(
            tr("Delete snapshot %1? It cannot be restored afterwards.").arg(snapshotId)))
        return context.exitStatus();
    Session* session = context.session();
    if (!session)
        return context.exitStatus();
    if (const api::Status deleted = session->deleteSnapshot(snapshotId); !deleted)
        return context.apiFailure(deleted.error());
    printAccepted(context, QStringLiteral("delete"), snapshotId,
                  tr("Snapshot %1 is being deleted.").arg(snapshotId));
    return ExitCode::Success;
}

} // namespace dws::cli
