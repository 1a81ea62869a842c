#include "Command.h"

#include "GlobalOptions.h"
#include "TableWriter.h"

namespace dws::cli {

namespace {

QString optionSynopsis(const OptionSpec& option)
{
    QString text = QLatin1String("--") + option.name;
    if (!option.shortName.isNull())
        text = QLatin1Char('-') + option.shortName + QLatin1String(", ") + text;
    if (option.takesValue())
        text += QLatin1Char(' ') + option.valueName;
    return text;
}

} // namespace

QString Command::help() const
{
    QString text = tr("Usage: dwsctl [global options] %1").arg(words());
    for (const QString& name : positionalNames())
        text += QLatin1Char(' ') + name;
    if (!options().isEmpty())
        text += QLatin1Char(' ') + tr("[options]");
    text += QLatin1String("\n\n") + summary() + QLatin1Char('\n');

    const auto optionTable = [](const QList<OptionSpec>& options) {
        QString lines;
        int width = 0;
        for (const OptionSpec& option : options)
            width = std::max(width, TableWriter::displayWidth(optionSynopsis(option)));
        for (const OptionSpec& option : options) {
            const QString synopsis = optionSynopsis(option);
            lines += QLatin1String("  ") + synopsis +
                     QString(width - TableWriter::displayWidth(synopsis) + 2, QLatin1Char(' ')) +
                     tr(option.description) + QLatin1Char('\n');
        }
        return lines;
    };
    if (!options().isEmpty())
        text += QLatin1Char('\n') + tr("Options:") + QLatin1Char('\n') + optionTable(options());
    text += QLatin1Char('\n') + tr("Global options:") + QLatin1Char('\n') +
            optionTable(GlobalOptions::specs());
    return text;
}

} // namespace dws::cli
