#include "Cli.h"

namespace dws::cli {

int run(const QStringList&)
{
    return 0;
}

} // namespace dws::cli
