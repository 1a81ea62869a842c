#pragma once

#include "Command.h"

#include <QCoreApplication>
#include <QStringList>
#include <memory>
#include <vector>

namespace dws::cli {

// Every dwsctl command, looked up by its two words.
class CommandRegistry
{
    Q_DECLARE_TR_FUNCTIONS(dws::cli)
public:
    CommandRegistry();
    ~CommandRegistry();

    Command* find(const QString& group, const QString& verb) const;
    bool hasGroup(const QString& group) const;
    QStringList groups() const;
    QStringList verbs(const QString& group) const;

    // The overall help: synopsis, commands with summaries, global options, environment.
    QString generalHelp() const;

private:
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace dws::cli
