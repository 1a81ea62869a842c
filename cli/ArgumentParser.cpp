#include "ArgumentParser.h"

namespace dws::cli {

namespace {

// Options that would put a secret into the process list and the shell history, with the
// safe way to give each one.
struct SecretOption
{
    const char* name;
    const char* remedy;
};

constexpr SecretOption kSecretOptions[] = {
    {"password",
     QT_TRANSLATE_NOOP("dws::cli", "Set DWS_PASSWORD, or pipe it in with --password-stdin.")},
    {"pass",
     QT_TRANSLATE_NOOP("dws::cli", "Set DWS_PASSWORD, or pipe it in with --password-stdin.")},
    {"user-password",
     QT_TRANSLATE_NOOP("dws::cli", "Set DWS_PASSWORD, or pipe it in with --password-stdin.")},
    {"sk", QT_TRANSLATE_NOOP("dws::cli", "Set DWS_SK, or pipe it in with --password-stdin.")},
    {"secret-key",
     QT_TRANSLATE_NOOP("dws::cli", "Set DWS_SK, or pipe it in with --password-stdin.")},
    {"secret", QT_TRANSLATE_NOOP("dws::cli", "Set DWS_SK, or pipe it in with --password-stdin.")},
    {"token", QT_TRANSLATE_NOOP("dws::cli", "Give the account through DWS_USERNAME, DWS_PASSWORD "
                                            "and DWS_DOMAIN; dwsctl obtains the token itself.")},
    {"auth-token",
     QT_TRANSLATE_NOOP("dws::cli", "Give the account through DWS_USERNAME, DWS_PASSWORD and "
                                   "DWS_DOMAIN; dwsctl obtains the token itself.")},
    {"admin-password",
     QT_TRANSLATE_NOOP("dws::cli",
                       "Set DWS_ADMIN_PASSWORD, or pipe it in with --admin-password-stdin.")},
    {"user-pwd",
     QT_TRANSLATE_NOOP("dws::cli",
                       "Set DWS_ADMIN_PASSWORD, or pipe it in with --admin-password-stdin.")},
    {"new-password",
     QT_TRANSLATE_NOOP(
         "dws::cli",
         "Set DWS_NEW_PASSWORD, or type it when asked (or pipe it in on standard input).")},
};

} // namespace

QString ParsedArguments::value(const QString& name) const
{
    const QStringList given = m_values.value(name);
    return given.isEmpty() ? QString() : given.constLast();
}

ArgumentParser::ArgumentParser(QList<OptionSpec> options)
    : m_options(std::move(options))
{}

const OptionSpec* ArgumentParser::find(const QString& token) const
{
    if (token.startsWith(QLatin1String("--"))) {
        const QString name = token.mid(2).section(QLatin1Char('='), 0, 0);
        for (const OptionSpec& option : m_options) {
            if (option.name == name)
                return &option;
        }
    } else if (token.size() == 2 && token.front() == QLatin1Char('-')) {
        for (const OptionSpec& option : m_options) {
            if (!option.shortName.isNull() && option.shortName == token.at(1))
                return &option;
        }
    }
    return nullptr;
}

QString ArgumentParser::secretOptionRefusal(const QString& name)
{
    for (const SecretOption& secret : kSecretOptions) {
        if (name == QLatin1String(secret.name)) {
            return tr("--%1 is not accepted: a secret given as an argument is visible to every "
                      "user of this machine in the process list and stays in the shell history. %2")
                .arg(name, tr(secret.remedy));
        }
    }
    return {};
}

std::variant<ParsedArguments, ParseFailure> ArgumentParser::parse(const QStringList& tokens) const
{
    ParsedArguments parsed;
    bool optionsEnded = false;
    for (qsizetype index = 0; index < tokens.size(); ++index) {
        const QString& token = tokens.at(index);
        const bool looksLikeOption =
            !optionsEnded && token.size() > 1 && token.front() == QLatin1Char('-');
        if (!looksLikeOption) {
            parsed.addPositional(token);
            continue;
        }
        if (token == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        const QString name = token.startsWith(QLatin1String("--"))
                                 ? token.mid(2).section(QLatin1Char('='), 0, 0)
                                 : token.mid(1);
        if (const QString refusal = secretOptionRefusal(name); !refusal.isEmpty())
            return ParseFailure{refusal};

        const OptionSpec* spec = find(token);
        if (!spec)
            return ParseFailure{
                tr("Unknown option %1.").arg(token.section(QLatin1Char('='), 0, 0))};

        const qsizetype equals = token.indexOf(QLatin1Char('='));
        if (!spec->takesValue()) {
            if (equals >= 0)
                return ParseFailure{tr("--%1 does not take a value.").arg(spec->name)};
            parsed.addOption(spec->name, QString());
        } else if (equals >= 0) {
            parsed.addOption(spec->name, token.mid(equals + 1));
        } else if (index + 1 < tokens.size()) {
            parsed.addOption(spec->name, tokens.at(++index));
        } else {
            return ParseFailure{tr("--%1 needs a value (%2).").arg(spec->name, spec->valueName)};
        }
    }
    return parsed;
}

} // namespace dws::cli
