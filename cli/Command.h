#pragma once

#include "ArgumentParser.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace dws::cli {

class CommandContext;

// One dwsctl command such as "clusters list": its words, options, help and behaviour.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(dws::cli)
public:
    virtual ~Command() = default;

    virtual QString group() const = 0;   // "clusters"
    virtual QString verb() const = 0;    // "list"
    virtual QString summary() const = 0; // one translated line for the help
    // Positional arguments after the command words, for the synopsis (e.g. {"ID"}). The
    // command is only run with exactly this many.
    virtual QStringList positionalNames() const { return {}; }
    virtual QList<OptionSpec> options() const { return {}; }
    // Changes or removes something: asks for confirmation unless --yes.
    virtual bool isDestructive() const { return false; }
    // Works in a project (every DWS call); false for calls that need none (the project list).
    virtual bool needsProject() const { return true; }

    virtual int execute(CommandContext& context) = 0;

    QString words() const { return group() + QLatin1Char(' ') + verb(); }
    // "clusters delete ID --keep-snapshots N" plus the option list, translated.
    QString help() const;
};

} // namespace dws::cli
