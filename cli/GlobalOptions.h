#pragma once

#include "ArgumentParser.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <variant>

namespace dws::cli {

enum class OutputFormat
{
    Table,
    Json
};

// The options every command accepts, before or after the command words.
struct GlobalOptions
{
    Q_DECLARE_TR_FUNCTIONS(dws::cli)
public:
    QUrl iamEndpoint;
    QUrl dwsEndpoint;
    QString projectId;
    QString projectName; // --project, or the region when only --region is given
    QString region;
    QString caFile;
    OutputFormat output = OutputFormat::Table;
    bool verbose = false;
    QString language;       // "en", "zh_CN" or empty (follow the environment)
    int timeoutSeconds = 0; // per request; 0: the transport's default
    bool passwordFromStdin = false;
    bool assumeYes = false;
    bool help = false;
    bool version = false;

    static QList<OptionSpec> specs();
    // Names of the options that take a value, for finding the command words.
    static QSet<QString> namesTakingValues();

    // Reads and checks the global options. Options in `overridden` belong to the command
    // (e.g. `clusters wait --timeout`) and are skipped here. Returns every problem found.
    static std::variant<GlobalOptions, QStringList> from(const ParsedArguments& arguments,
                                                         const QSet<QString>& overridden = {});

    // The language asked for with --lang, found before full parsing so even usage errors are
    // printed in it; empty when not given.
    static QString peekLanguage(const QStringList& tokens);
};

} // namespace dws::cli
