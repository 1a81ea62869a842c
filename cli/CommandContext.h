#pragma once

#include "ArgumentParser.h"
#include "Console.h"
#include "GlobalOptions.h"
#include "Session.h"
#include "TableWriter.h"
#include "api/ApiError.h"
#include "dws/Validation.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <memory>
#include <optional>

namespace dws::cli {

class Command;

// What a running command works with: its arguments, the console, the output format, the
// connection to the service, and the uniform ways to fail (each returns the exit status).
class CommandContext
{
    Q_DECLARE_TR_FUNCTIONS(dws::cli)
public:
    CommandContext(const Command& command, const ParsedArguments& arguments,
                   const GlobalOptions& globals, Console& console, SecretInput secrets);
    ~CommandContext();

    const ParsedArguments& arguments() const { return m_arguments; }
    const GlobalOptions& globals() const { return m_globals; }
    Console& console() { return m_console; }
    bool jsonOutput() const { return m_globals.output == OutputFormat::Json; }
    QString positional(qsizetype index) const { return m_arguments.positionals().value(index); }
    QString option(const QString& name) const { return m_arguments.value(name); }
    bool isSet(const QString& name) const { return m_arguments.isSet(name); }

    // The connection, opened on first use; nullptr after printing why it could not be opened
    // (then return exitStatus()).
    Session* session();
    int exitStatus() const { return m_exitStatus; }

    // An integer option; nullopt after printing a usage error when it is not a whole number.
    // `fallback` when the option is absent.
    std::optional<int> intOption(const QString& name, std::optional<int> fallback = {});
    // A duration in seconds (fractions allowed), for --interval and --timeout of wait.
    std::optional<double> secondsOption(const QString& name, double fallback);

    // Asks before a destructive operation. True: go ahead. False: refused (the reason was
    // printed; return exitStatus()).
    bool confirm(const QString& question);

    // A secret from the environment variable, else from standard input (asked without echo on a
    // terminal). nullopt after printing a usage error when neither gives one.
    std::optional<QString> secret(const char* environmentVariable, const QString& prompt,
                                  bool fromStdinOnly = false);

    int usageError(const QString& message);
    int validationFailure(const ValidationIssues& issues);
    int apiFailure(const api::ApiError& error);
    static int exitStatusFor(const api::ApiError& error);

    void printJson(const QJsonValue& value);
    void printTable(const TableWriter& table);
    void printDetail(const DetailWriter& detail);
    // A line for people: to standard output with --output table, to standard error with json
    // (so that standard output stays pure JSON).
    void note(const QString& line);

private:
    const Command& m_command;
    const ParsedArguments& m_arguments;
    const GlobalOptions& m_globals;
    Console& m_console;
    SecretInput m_secrets;
    std::unique_ptr<Session> m_session;
    int m_exitStatus = 0;
};

} // namespace dws::cli
