#include "Cli.h"

#include "CommandContext.h"
#include "CommandRegistry.h"
#include "Console.h"
#include "ExitCode.h"
#include "GlobalOptions.h"
#include "i18n/Language.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QProcessEnvironment>

namespace dws::cli {

namespace {

class Dispatcher
{
    Q_DECLARE_TR_FUNCTIONS(dws::cli)
public:
    explicit Dispatcher(Console& console)
        : m_console(console)
    {}

    int run(const QStringList& tokens);

private:
    // The command words, skipping global options and their values. At most two.
    QStringList commandWords(const QStringList& tokens) const;
    int usage(const QString& message, const QString& hint);
    std::optional<SecretInput> readSecrets(const GlobalOptions& globals);

    Console& m_console;
    CommandRegistry m_registry;
};

QStringList Dispatcher::commandWords(const QStringList& tokens) const
{
    const QSet<QString> takingValues = GlobalOptions::namesTakingValues();
    QStringList words;
    for (qsizetype index = 0; index < tokens.size() && words.size() < 2; ++index) {
        const QString& token = tokens.at(index);
        if (token == QLatin1String("--"))
            break;
        if (token.startsWith(QLatin1String("--"))) {
            if (!token.contains(QLatin1Char('=')) && takingValues.contains(token.mid(2)))
                ++index;
            continue;
        }
        if (token.size() > 1 && token.front() == QLatin1Char('-'))
            continue;
        words << token;
    }
    return words;
}

int Dispatcher::usage(const QString& message, const QString& hint)
{
    m_console.errLine(QLatin1String("dwsctl: ") + message);
    m_console.errLine(hint);
    return ExitCode::UsageError;
}

std::optional<SecretInput> Dispatcher::readSecrets(const GlobalOptions& globals)
{
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    SecretInput secrets;
    secrets.accessKey = environment.value(QStringLiteral("DWS_AK"));
    if (secrets.usesAccessKey()) {
        secrets.password = environment.value(QStringLiteral("DWS_SK"));
    } else {
        secrets.userName = environment.value(QStringLiteral("DWS_USERNAME"));
        secrets.password = environment.value(QStringLiteral("DWS_PASSWORD"));
        secrets.domain = environment.value(QStringLiteral("DWS_DOMAIN"));
    }
    if (globals.passwordFromStdin) {
        const std::optional<QString> line =
            m_console.readSecret(secrets.usesAccessKey() ? tr("Secret key:") + QLatin1Char(' ')
                                                         : tr("Password:") + QLatin1Char(' '));
        if (!line || line->isEmpty()) {
            m_console.errLine(
                tr("dwsctl: --password-stdin was given but standard input holds no password."));
            return std::nullopt;
        }
        secrets.password = *line;
    }
    return secrets;
}

int Dispatcher::run(const QStringList& tokens)
{
    const QStringList words = commandWords(tokens);
    const QString generalHint = tr("Try \"dwsctl --help\".");

    if (words.isEmpty()) {
        ArgumentParser globalParser(GlobalOptions::specs());
        auto parsed = globalParser.parse(tokens);
        if (auto* failure = std::get_if<ParseFailure>(&parsed))
            return usage(failure->message, generalHint);
        const ParsedArguments& arguments = std::get<ParsedArguments>(parsed);
        if (arguments.isSet(QStringLiteral("version"))) {
            m_console.outLine(QStringLiteral("dwsctl " DWS_VERSION));
            return ExitCode::Success;
        }
        if (arguments.isSet(QStringLiteral("help"))) {
            m_console.out(m_registry.generalHelp());
            return ExitCode::Success;
        }
        m_console.errLine(tr("dwsctl: no command given."));
        m_console.errLine(generalHint);
        return ExitCode::UsageError;
    }

    const QString& group = words.at(0);
    if (!m_registry.hasGroup(group))
        return usage(tr("Unknown command \"%1\". The commands are: %2.")
                         .arg(group, m_registry.groups().join(QLatin1String(", "))),
                     generalHint);
    Command* command = words.size() > 1 ? m_registry.find(group, words.at(1)) : nullptr;
    if (!command) {
        const QString verbs = m_registry.verbs(group).join(QLatin1String(", "));
        return usage(
            words.size() > 1
                ? tr("Unknown command \"%1 %2\". %1 knows: %3.").arg(group, words.at(1), verbs)
                : tr("\"%1\" needs a command: %2.").arg(group, verbs),
            generalHint);
    }

    // The command's options first, so that a command may give a global name its own meaning
    // (clusters wait --timeout).
    QList<OptionSpec> specs = command->options();
    QSet<QString> overridden;
    for (const OptionSpec& spec : specs)
        overridden.insert(spec.name);
    specs += GlobalOptions::specs();
    const QString commandHint = tr("Try \"dwsctl %1 --help\".").arg(command->words());

    auto parsed = ArgumentParser(specs).parse(tokens);
    if (auto* failure = std::get_if<ParseFailure>(&parsed))
        return usage(failure->message, commandHint);
    ParsedArguments& arguments = std::get<ParsedArguments>(parsed);
    arguments.removeLeadingPositionals(2);

    auto globalsOrProblems = GlobalOptions::from(arguments, overridden);
    if (auto* problems = std::get_if<QStringList>(&globalsOrProblems)) {
        for (const QString& problem : *problems)
            m_console.errLine(QLatin1String("dwsctl: ") + problem);
        m_console.errLine(commandHint);
        return ExitCode::UsageError;
    }
    const GlobalOptions& globals = std::get<GlobalOptions>(globalsOrProblems);
    if (globals.help) {
        m_console.out(command->help());
        return ExitCode::Success;
    }
    if (globals.version) {
        m_console.outLine(QStringLiteral("dwsctl " DWS_VERSION));
        return ExitCode::Success;
    }

    const QStringList expected = command->positionalNames();
    if (arguments.positionals().size() != expected.size()) {
        if (arguments.positionals().size() < expected.size())
            return usage(tr("%1 needs %2.").arg(command->words(), expected.join(QLatin1Char(' '))),
                         commandHint);
        return usage(
            tr("Unexpected argument \"%1\".").arg(arguments.positionals().at(expected.size())),
            commandHint);
    }
    for (const QString& positional : arguments.positionals()) {
        if (positional.trimmed().isEmpty())
            return usage(tr("%1 must not be empty.").arg(expected.join(QLatin1Char(' '))),
                         commandHint);
    }

    if (globals.verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("dws.*=true"));

    const std::optional<SecretInput> secrets = readSecrets(globals);
    if (!secrets)
        return ExitCode::UsageError;
    CommandContext context(*command, arguments, globals, m_console, *secrets);
    return command->execute(context);
}

} // namespace

int run(const QStringList& arguments)
{
    // Quiet unless --verbose turns the dws.* categories on once the options are read.
    QLoggingCategory::setFilterRules(QStringLiteral("dws.*.debug=false\ndws.*.info=false"));
    i18n::LanguageManager languages;
    languages.start(i18n::LanguageManager::normalized(GlobalOptions::peekLanguage(arguments)));
    Console console;
    Dispatcher dispatcher(console);
    return dispatcher.run(arguments);
}

} // namespace dws::cli
