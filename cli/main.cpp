#include "Cli.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    return dws::cli::run(QCoreApplication::arguments().mid(1));
}
