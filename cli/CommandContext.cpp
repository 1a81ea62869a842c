#include "CommandContext.h"

#include "Command.h"
#include "ExitCode.h"
#include "dws/ErrorCatalogue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <cmath>

namespace dws::cli {

CommandContext::CommandContext(const Command& command, const ParsedArguments& arguments,
                               const GlobalOptions& globals, Console& console, SecretInput secrets)
    : m_command(command)
    , m_arguments(arguments)
    , m_globals(globals)
    , m_console(console)
    , m_secrets(std::move(secrets))
{}

CommandContext::~CommandContext() = default;

Session* CommandContext::session()
{
    if (m_session)
        return m_session.get();
    auto opened = Session::open(m_globals, m_secrets, m_command.needsProject());
    if (auto* failure = std::get_if<Session::SetupFailure>(&opened)) {
        if (failure->error)
            apiFailure(*failure->error);
        else
            usageError(failure->usageMessage);
        return nullptr;
    }
    m_session = std::move(std::get<std::unique_ptr<Session>>(opened));
    return m_session.get();
}

std::optional<int> CommandContext::intOption(const QString& name, std::optional<int> fallback)
{
    if (!m_arguments.isSet(name)) {
        if (!fallback)
            usageError(tr("--%1 is required.").arg(name));
        return fallback;
    }
    bool isNumber = false;
    const QString text = m_arguments.value(name).trimmed();
    const int number = text.toInt(&isNumber);
    if (!isNumber) {
        usageError(tr("--%1 expects a whole number, not \"%2\".").arg(name, text));
        return std::nullopt;
    }
    return number;
}

std::optional<double> CommandContext::secondsOption(const QString& name, double fallback)
{
    if (!m_arguments.isSet(name))
        return fallback;
    bool isNumber = false;
    const QString text = m_arguments.value(name).trimmed();
    const double seconds = text.toDouble(&isNumber);
    if (!isNumber || !std::isfinite(seconds) || seconds <= 0) {
        usageError(tr("--%1 expects a positive number of seconds, not \"%2\".").arg(name, text));
        return std::nullopt;
    }
    return seconds;
}

bool CommandContext::confirm(const QString& question)
{
    if (m_globals.assumeYes)
        return true;
    if (!m_console.stdinIsTerminal()) {
        usageError(tr("%1 changes or removes something and standard input is not a terminal to "
                      "confirm it on; add --yes to go ahead without asking.")
                       .arg(m_command.words()));
        return false;
    }
    if (m_console.askYesNo(question))
        return true;
    m_console.errLine(tr("Cancelled; nothing was sent."));
    m_exitStatus = ExitCode::UsageError;
    return false;
}

std::optional<QString> CommandContext::secret(const char* environmentVariable,
                                              const QString& prompt, bool fromStdinOnly)
{
    const QString fromEnvironment =
        QProcessEnvironment::systemEnvironment().value(QLatin1String(environmentVariable));
    if (!fromStdinOnly && !fromEnvironment.isEmpty())
        return fromEnvironment;
    std::optional<QString> typed = m_console.readSecret(prompt);
    if (!typed || typed->isEmpty()) {
        usageError(tr("No password given: set %1 or provide it on standard input.")
                       .arg(QLatin1String(environmentVariable)));
        return std::nullopt;
    }
    return typed;
}

int CommandContext::usageError(const QString& message)
{
    m_console.errLine(QLatin1String("dwsctl: ") + message);
    m_console.errLine(tr("Try \"dwsctl %1 --help\".").arg(m_command.words()));
    m_exitStatus = ExitCode::UsageError;
    return m_exitStatus;
}

int CommandContext::validationFailure(const ValidationIssues& issues)
{
    m_console.errLine(tr("dwsctl: the request breaks these rules; nothing was sent:"));
    for (const ValidationIssue& issue : issues)
        m_console.errLine(QLatin1String("  ") + issue.field + QLatin1String(": ") + issue.message);
    m_exitStatus = ExitCode::UsageError;
    return m_exitStatus;
}

int CommandContext::exitStatusFor(const api::ApiError& error)
{
    switch (error.kind) {
    case api::ErrorKind::Network:
    case api::ErrorKind::Timeout:
    case api::ErrorKind::Tls:
        return ExitCode::NetworkFailure;
    case api::ErrorKind::Http:
    case api::ErrorKind::Parse:
    case api::ErrorKind::TooLarge:
    case api::ErrorKind::Cancelled:
        return ExitCode::ApiFailure;
    case api::ErrorKind::Auth:
        return error.httpStatus > 0 ? ExitCode::ApiFailure : ExitCode::UsageError;
    case api::ErrorKind::Insecure:
        return ExitCode::UsageError;
    default:
        // Kinds added later (e.g. a validation refusal) were decided before sending.
        return error.httpStatus > 0 ? ExitCode::ApiFailure : ExitCode::UsageError;
    }
}

int CommandContext::apiFailure(const api::ApiError& error)
{
    if (error.kind == api::ErrorKind::Validation) {
        ValidationIssues issues;
        for (const api::FieldIssue& issue : error.issues)
            issues.append({issue.field, issue.message});
        return validationFailure(issues);
    }
    const ErrorDescription description = describe(error);
    QString headline = QLatin1String("dwsctl: ");
    if (!description.code.isEmpty())
        headline += description.code + QLatin1Char(' ');
    if (description.httpStatus > 0)
        headline += tr("(HTTP %1)").arg(description.httpStatus) + QLatin1Char(' ');
    headline += description.title;
    m_console.errLine(headline.trimmed());
    if (!description.message.isEmpty())
        m_console.errLine(QLatin1String("  ") + description.message);
    if (!description.serverMessage.isEmpty() && description.serverMessage != description.message)
        m_console.errLine(QLatin1String("  ") +
                          tr("Server message: %1").arg(description.serverMessage));
    if (!description.detail.isEmpty())
        m_console.errLine(QLatin1String("  ") + tr("Detail: %1").arg(description.detail));
    if (!description.action.isEmpty())
        m_console.errLine(QLatin1String("  ") + tr("What to do: %1").arg(description.action));
    if (!description.iamAction.isEmpty())
        m_console.errLine(QLatin1String("  ") +
                          tr("Permission needed (IAM): %1").arg(description.iamAction));
    if (!description.requestId.isEmpty())
        m_console.errLine(QLatin1String("  ") + tr("Request ID: %1").arg(description.requestId));
    m_exitStatus = exitStatusFor(error);
    return m_exitStatus;
}

void CommandContext::printJson(const QJsonValue& value)
{
    const QByteArray text = value.isArray()
                                ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                                : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    m_console.out(QString::fromUtf8(text));
}

void CommandContext::printTable(const TableWriter& table)
{
    m_console.out(table.render());
}

void CommandContext::printDetail(const DetailWriter& detail)
{
    m_console.out(detail.render());
}

void CommandContext::note(const QString& line)
{
    if (jsonOutput())
        m_console.errLine(line);
    else
        m_console.outLine(line);
}

} // namespace dws::cli
