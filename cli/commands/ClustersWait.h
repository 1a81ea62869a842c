#pragma once

#include "Command.h"
#include "dws/Cluster.h"

namespace dws::cli {

// clusters wait ID --until available|deleted [--timeout SEC] [--interval SEC]: polls the
// cluster's detail and prints a line whenever its status, task or progress changes.
class ClustersWait : public Command
{
    Q_DECLARE_TR_FUNCTIONS(dws::cli)
public:
    QString group() const override { return QStringLiteral("clusters"); }
    QString verb() const override { return QStringLiteral("wait"); }
    QString summary() const override;
    QStringList positionalNames() const override { return {QStringLiteral("ID")}; }
    QList<OptionSpec> options() const override;
    int execute(CommandContext& context) override;

    enum class Verdict
    {
        KeepWaiting,
        Reached,
        Failed
    };
    // Where `cluster` stands when waiting for it to become available.
    static Verdict availabilityVerdict(const Cluster& cluster);

private:
    void printProgress(CommandContext& context, const Cluster& cluster, QString& lastLine) const;
};

} // namespace dws::cli
