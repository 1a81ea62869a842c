#include "Cli.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dwsctl"));
    QCoreApplication::setOrganizationName(QStringLiteral("dws-console"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DWS_VERSION));
    qSetMessagePattern(QStringLiteral("dwsctl %{category}: %{message}"));
    return dws::cli::run(QCoreApplication::arguments().mid(1));
}
