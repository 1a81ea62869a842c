#pragma once

#include <QString>
#include <QStringList>

namespace dws::ui {

// The console's command-line options.
struct CommandLineOptions
{
    bool demo = false;
    QString language;       // "en", "zh_CN" or empty (the system's)
    QString screenshotFile; // render the window here after the first data, then quit
    QString error;          // why the arguments were refused; empty when fine
};

// Parses `arguments` (argv, program name first). --help and --version print and exit.
CommandLineOptions parseCommandLine(const QStringList& arguments);

} // namespace dws::ui
