#pragma once

#include "Command.h"

namespace dws::cli {

// clusters delete ID --keep-snapshots N
class ClustersDelete : public Command
{
    Q_DECLARE_TR_FUNCTIONS(dws::cli)
public:
    QString group() const override { return QStringLiteral("clusters"); }
    QString verb() const override { return QStringLiteral("delete"); }
    QString summary() const override;
    QStringList positionalNames() const override { return {QStringLiteral("ID")}; }
    QList<OptionSpec> options() const override;
    bool isDestructive() const override { return true; }
    int execute(CommandContext& context) override;
};

// clusters restart ID
class ClustersRestart : public Command
{
    Q_DECLARE_TR_FUNCTIONS(dws::cli)
public:
    QString group() const override { return QStringLiteral("clusters"); }
    QString verb() const override { return QStringLiteral("restart"); }
    QString summary() const override;
    QStringList positionalNames() const override { return {QStringLiteral("ID")}; }
    bool isDestructive() const override { return true; }
    int execute(CommandContext& context) override;
};

// clusters resize ID (--add N | --node-type T --nodes N)
class ClustersResize : public Command
{
    Q_DECLARE_TR_FUNCTIONS(dws::cli)
public:
    QString group() const override { return QStringLiteral("clusters"); }
    QString verb() const override { return QStringLiteral("resize"); }
    QString summary() const override;
    QStringList positionalNames() const override { return {QStringLiteral("ID")}; }
    QList<OptionSpec> options() const override;
    int execute(CommandContext& context) override;
};

// clusters reset-password ID: the new password from DWS_NEW_PASSWORD or standard input.
class ClustersResetPassword : public Command
{
    Q_DECLARE_TR_FUNCTIONS(dws::cli)
public:
    QString group() const override { return QStringLiteral("clusters"); }
    QString verb() const override { return QStringLiteral("reset-password"); }
    QString summary() const override;
    QStringList positionalNames() const override { return {QStringLiteral("ID")}; }
    bool isDestructive() const override { return true; }
    int execute(CommandContext& context) override;
};

// What a command that started an operation prints: a sentence for people, or
// {"id", "operation", "accepted": true} for scripts.
void printAccepted(CommandContext& context, const QString& operation, const QString& id,
                   const QString& sentence);

} // namespace dws::cli
