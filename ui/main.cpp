#include "MainWindow.h"

#include <QApplication>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("dws-console"));
    QApplication::setOrganizationName(QStringLiteral("dws-console"));
    QApplication::setApplicationVersion(QStringLiteral(DWS_VERSION));
    dws::ui::MainWindow window;
    window.show();
    return app.exec();
}
