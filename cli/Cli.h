#pragma once

#include <QStringList>

namespace dws::cli {

// Runs dwsctl with the given arguments (without the program name); returns the exit status
// (see ExitCode.h). Needs a QCoreApplication.
int run(const QStringList& arguments);

} // namespace dws::cli
