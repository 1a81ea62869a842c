#include "GlobalOptions.h"

namespace dws::cli {

namespace {

std::optional<QUrl> endpointUrl(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    const bool webScheme =
        url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http");
    if (!url.isValid() || !webScheme || url.host().isEmpty())
        return std::nullopt;
    return url;
}

} // namespace

QList<OptionSpec> GlobalOptions::specs()
{
    return {
        {QStringLiteral("iam-endpoint"), QStringLiteral("URL"),
         QT_TRANSLATE_NOOP("dws::cli", "IAM endpoint that issues tokens")},
        {QStringLiteral("dws-endpoint"), QStringLiteral("URL"),
         QT_TRANSLATE_NOOP("dws::cli", "DWS endpoint of the region")},
        {QStringLiteral("project-id"), QStringLiteral("ID"),
         QT_TRANSLATE_NOOP("dws::cli", "project every call is made in")},
        {QStringLiteral("region"), QStringLiteral("NAME"),
         QT_TRANSLATE_NOOP("dws::cli",
                           "region such as cn-north-1: derives both endpoints and the project")},
        {QStringLiteral("project"), QStringLiteral("NAME"),
         QT_TRANSLATE_NOOP("dws::cli", "project name, looked up through IAM when no id is given")},
        {QStringLiteral("ca-file"), QStringLiteral("FILE"),
         QT_TRANSLATE_NOOP("dws::cli", "also trust the certificate authorities in this PEM file")},
        {QStringLiteral("output"), QStringLiteral("table|json"),
         QT_TRANSLATE_NOOP("dws::cli", "print an aligned table (default) or JSON")},
        {QStringLiteral("verbose"),
         {},
         QT_TRANSLATE_NOOP("dws::cli", "log every request to standard error (secrets redacted)")},
        {QStringLiteral("lang"), QStringLiteral("en|zh_CN"),
         QT_TRANSLATE_NOOP("dws::cli", "language of messages and tables")},
        {QStringLiteral("timeout"), QStringLiteral("SEC"),
         QT_TRANSLATE_NOOP("dws::cli", "give up on a request after this many seconds")},
        {QStringLiteral("password-stdin"),
         {},
         QT_TRANSLATE_NOOP(
             "dws::cli",
             "read the password (or secret key) from the first line of standard input")},
        {QStringLiteral("yes"),
         {},
         QT_TRANSLATE_NOOP("dws::cli", "do not ask for confirmation"),
         QLatin1Char('y')},
        {QStringLiteral("help"),
         {},
         QT_TRANSLATE_NOOP("dws::cli", "show help and exit"),
         QLatin1Char('h')},
        {QStringLiteral("version"), {}, QT_TRANSLATE_NOOP("dws::cli", "show the version and exit")},
    };
}

QSet<QString> GlobalOptions::namesTakingValues()
{
    QSet<QString> names;
    for (const OptionSpec& spec : specs()) {
        if (spec.takesValue())
            names.insert(spec.name);
    }
    return names;
}

QString GlobalOptions::peekLanguage(const QStringList& tokens)
{
    QString language;
    for (qsizetype index = 0; index < tokens.size(); ++index) {
        const QString& token = tokens.at(index);
        if (token == QLatin1String("--"))
            break;
        if (token == QLatin1String("--lang") && index + 1 < tokens.size())
            language = tokens.at(index + 1);
        else if (token.startsWith(QLatin1String("--lang=")))
            language = token.mid(7);
    }
    return language;
}

std::variant<GlobalOptions, QStringList> GlobalOptions::from(const ParsedArguments& arguments,
                                                             const QSet<QString>& overridden)
{
    GlobalOptions options;
    QStringList problems;
    const auto given = [&](const char* name) {
        const QString key = QLatin1String(name);
        return arguments.isSet(key) && !overridden.contains(key);
    };

    options.help = given("help");
    options.version = given("version");
    options.verbose = given("verbose");
    options.assumeYes = given("yes");
    options.passwordFromStdin = given("password-stdin");

    for (const char* name : {"iam-endpoint", "dws-endpoint"}) {
        if (!given(name))
            continue;
        const QString text = arguments.value(QLatin1String(name));
        const std::optional<QUrl> url = endpointUrl(text);
        if (!url) {
            problems << tr("--%1 expects an http:// or https:// URL with a host, not \"%2\".")
                            .arg(QLatin1String(name), text);
            continue;
        }
        (qstrcmp(name, "iam-endpoint") == 0 ? options.iamEndpoint : options.dwsEndpoint) = *url;
    }

    if (given("region")) {
        options.region = arguments.value(QStringLiteral("region")).trimmed();
        static const QRegularExpression regionShape(QStringLiteral("^[a-z]{2}(-[a-z0-9]+)+$"));
        if (!regionShape.match(options.region).hasMatch())
            problems << tr("--region expects a region name such as cn-north-1, not \"%1\".")
                            .arg(options.region);
    }
    options.projectId = arguments.value(QStringLiteral("project-id")).trimmed();
    if (given("project-id") && options.projectId.isEmpty())
        problems << tr("--project-id must not be empty.");
    options.projectName = arguments.value(QStringLiteral("project")).trimmed();
    options.caFile = arguments.value(QStringLiteral("ca-file"));

    if (given("output")) {
        const QString format = arguments.value(QStringLiteral("output"));
        if (format == QLatin1String("json"))
            options.output = OutputFormat::Json;
        else if (format == QLatin1String("table"))
            options.output = OutputFormat::Table;
        else
            problems << tr("--output expects table or json, not \"%1\".").arg(format);
    }

    if (given("lang")) {
        options.language = arguments.value(QStringLiteral("lang"));
        if (options.language != QLatin1String("en") && options.language != QLatin1String("zh_CN"))
            problems << tr("--lang expects en or zh_CN, not \"%1\".").arg(options.language);
    }

    if (given("timeout")) {
        bool isNumber = false;
        const QString text = arguments.value(QStringLiteral("timeout"));
        options.timeoutSeconds = text.toInt(&isNumber);
        if (!isNumber || options.timeoutSeconds < 1 || options.timeoutSeconds > 3600)
            problems
                << tr("--timeout expects a whole number of seconds from 1 to 3600, not \"%1\".")
                       .arg(text);
    }

    if (!problems.isEmpty())
        return problems;
    return options;
}

} // namespace dws::cli
