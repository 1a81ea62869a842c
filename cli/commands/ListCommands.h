#pragma once

#include "Command.h"

namespace dws::cli {

// node-types list: the node types (specifications) the region offers.
class NodeTypesList : public Command
{
    Q_DECLARE_TR_FUNCTIONS(dws::cli)
public:
    QString group() const override { return QStringLiteral("node-types"); }
    QString verb() const override { return QStringLiteral("list"); }
    QString summary() const override;
    int execute(CommandContext& context) override;
};

// projects list: the projects the account can use.
class ProjectsList : public Command
{
    Q_DECLARE_TR_FUNCTIONS(dws::cli)
public:
    QString group() const override { return QStringLiteral("projects"); }
    QString verb() const override { return QStringLiteral("list"); }
    QString summary() const override;
    bool needsProject() const override { return false; }
    int execute(CommandContext& context) override;
};

// clusters list: every cluster of the project.
class ClustersList : public Command
{
    Q_DECLARE_TR_FUNCTIONS(dws::cli)
public:
    QString group() const override { return QStringLiteral("clusters"); }
    QString verb() const override { return QStringLiteral("list"); }
    QString summary() const override;
    int execute(CommandContext& context) override;
};

// clusters show ID: everything known about one cluster.
class ClustersShow : public Command
{
    Q_DECLARE_TR_FUNCTIONS(dws::cli)
public:
    QString group() const override { return QStringLiteral("clusters"); }
    QString verb() const override { return QStringLiteral("show"); }
    QString summary() const override;
    QStringList positionalNames() const override { return {QStringLiteral("ID")}; }
    int execute(CommandContext& context) override;
};

// snapshots list: every snapshot of the project.
class SnapshotsList : public Command
{
    Q_DECLARE_TR_FUNCTIONS(dws::cli)
public:
    QString group() const override { return QStringLiteral("snapshots"); }
    QString verb() const override { return QStringLiteral("list"); }
    QString summary() const override;
    int execute(CommandContext& context) override;
};

// snapshots show ID: everything known about one snapshot.
class SnapshotsShow : public Command
{
    Q_DECLARE_TR_FUNCTIONS(dws::cli)
public:
    QString group() const override { return QStringLiteral("snapshots"); }
    QString verb() const override { return QStringLiteral("show"); }
    QString summary() const override;
    QStringList positionalNames() const override { return {QStringLiteral("ID")}; }
    int execute(CommandContext& context) override;
};

} // namespace dws::cli
