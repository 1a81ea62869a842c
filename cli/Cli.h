#pragma once

#include <QStringList>

namespace dws::cli {

// Runs dwsctl with the given arguments (without the program name); returns the exit code.
int run(const QStringList& arguments);

} // namespace dws::cli
