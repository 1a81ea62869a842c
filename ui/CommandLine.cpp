#include "CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace dws::ui {

CommandLineOptions parseCommandLine(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "dws::ui::CommandLine", "Desktop console for Huawei Cloud Data Warehouse Service (DWS)."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("dws::ui::CommandLine",
                                    "Start the built-in emulator with simulated demo data and "
                                    "sign in to it."));
    const QCommandLineOption languageOption(
        QStringLiteral("lang"),
        QCoreApplication::translate("dws::ui::CommandLine",
                                    "User interface language: en or zh_CN."),
        QStringLiteral("language"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("dws::ui::CommandLine",
                                    "Save a PNG of the main window to <file> once the first data "
                                    "has arrived, then quit."),
        QStringLiteral("file"));
    parser.addOption(demoOption);
    parser.addOption(languageOption);
    parser.addOption(screenshotOption);

    CommandLineOptions options;
    if (!parser.parse(arguments)) {
        options.error = parser.errorText();
        return options;
    }
    if (parser.isSet(helpOption)) {
        parser.showHelp(0); // exits
    }
    if (parser.isSet(versionOption)) {
        parser.showVersion(); // exits
    }
    if (!parser.positionalArguments().isEmpty()) {
        options.error =
            QCoreApplication::translate("dws::ui::CommandLine", "Unexpected argument: %1")
                .arg(parser.positionalArguments().constFirst());
        return options;
    }
    options.demo = parser.isSet(demoOption);
    options.screenshotFile = parser.value(screenshotOption);
    if (parser.isSet(languageOption)) {
        const QString language = parser.value(languageOption);
        if (language == QLatin1String("en") || language == QLatin1String("zh_CN"))
            options.language = language;
        else
            options.error = QCoreApplication::translate("dws::ui::CommandLine",
                                                        "Unknown language \"%1\"; use en or zh_CN.")
                                .arg(language);
    }
    return options;
}

} // namespace dws::ui
