#pragma once

#include "Command.h"
#include "dws/Requests.h"

#include <optional>

namespace dws::cli {

// clusters create --name ... [--dry-run]: prints the new cluster's id.
class ClustersCreate : public Command
{
    Q_DECLARE_TR_FUNCTIONS(dws::cli)
public:
    QString group() const override { return QStringLiteral("clusters"); }
    QString verb() const override { return QStringLiteral("create"); }
    QString summary() const override;
    QList<OptionSpec> options() const override;
    int execute(CommandContext& context) override;
};

// snapshots restore ID --name N [network options] [--dry-run]: prints the new cluster's id.
class SnapshotsRestore : public Command
{
    Q_DECLARE_TR_FUNCTIONS(dws::cli)
public:
    QString group() const override { return QStringLiteral("snapshots"); }
    QString verb() const override { return QStringLiteral("restore"); }
    QString summary() const override;
    QStringList positionalNames() const override { return {QStringLiteral("ID")}; }
    QList<OptionSpec> options() const override;
    int execute(CommandContext& context) override;
};

// snapshots create --cluster ID --name N [--description D]: prints the new snapshot's id.
class SnapshotsCreate : public Command
{
    Q_DECLARE_TR_FUNCTIONS(dws::cli)
public:
    QString group() const override { return QStringLiteral("snapshots"); }
    QString verb() const override { return QStringLiteral("create"); }
    QString summary() const override;
    QList<OptionSpec> options() const override;
    int execute(CommandContext& context) override;
};

// snapshots delete ID
class SnapshotsDelete : public Command
{
    Q_DECLARE_TR_FUNCTIONS(dws::cli)
public:
    QString group() const override { return QStringLiteral("snapshots"); }
    QString verb() const override { return QStringLiteral("delete"); }
    QString summary() const override;
    QStringList positionalNames() const override { return {QStringLiteral("ID")}; }
    bool isDestructive() const override { return true; }
    int execute(CommandContext& context) override;
};

// The placement options create and restore share: --vpc-id, --subnet-id,
// --security-group-id, --az, --port, --public-ip, --eip-id, --enterprise-project-id.
class NetworkOptions
{
    Q_DECLARE_TR_FUNCTIONS(dws::cli)
public:
    static QList<OptionSpec> specs();

    QString vpcId;
    QString subnetId;
    QString securityGroupId;
    QString availabilityZone;
    std::optional<int> port;
    std::optional<PublicIpRequest> publicIp;
    QString enterpriseProjectId;

    // Reads them; nullopt after printing a usage error.
    static std::optional<NetworkOptions> read(CommandContext& context);
};

} // namespace dws::cli
