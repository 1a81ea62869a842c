#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <variant>

namespace dws::cli {

// One option a command accepts: "--name VALUE" when valueName is set, else a flag.
struct OptionSpec
{
    QString name;            // without the dashes, e.g. "node-type"
    QString valueName;       // e.g. "SPEC"; empty for a flag
    const char* description; // English source text; translated (context "dws::cli") when shown
    QChar shortName = {};    // e.g. 'h' for -h; null when none

    bool takesValue() const { return !valueName.isEmpty(); }
};

// The options and positional words found on a command line.
class ParsedArguments
{
public:
    bool isSet(const QString& name) const { return m_values.contains(name); }
    // The value given last, or an empty string.
    QString value(const QString& name) const;
    QStringList values(const QString& name) const { return m_values.value(name); }
    const QStringList& positionals() const { return m_positionals; }

    void addOption(const QString& name, const QString& value) { m_values[name].append(value); }
    void addPositional(const QString& word) { m_positionals.append(word); }
    void removeLeadingPositionals(qsizetype count) { m_positionals.remove(0, count); }

private:
    QHash<QString, QStringList> m_values;
    QStringList m_positionals;
};

struct ParseFailure
{
    QString message; // translated, ready to print
};

// A strict GNU-style parser: "--name value", "--name=value", "-h", and "--" ending options.
// Options and positional words may be mixed in any order. Unknown options are an error, and
// so is any option that would carry a secret on the command line.
class ArgumentParser
{
    Q_DECLARE_TR_FUNCTIONS(dws::cli)
public:
    explicit ArgumentParser(QList<OptionSpec> options);

    std::variant<ParsedArguments, ParseFailure> parse(const QStringList& tokens) const;

    // The spec for "--name" or "-n" (token with dashes), or nullptr.
    const OptionSpec* find(const QString& token) const;

    // Why a secret-carrying option such as --password is refused, or empty if `name` is not one.
    static QString secretOptionRefusal(const QString& name);

private:
    QList<OptionSpec> m_options;
};

} // namespace dws::cli
