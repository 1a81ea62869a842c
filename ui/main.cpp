#include "CommandLine.h"
#include "DemoMode.h"
#include "MainWindow.h"
#include "ScreenshotTaker.h"
#include "i18n/Language.h"

#include <QApplication>
#include <QMessageBox>
#include <QTimer>
#include <cstdio>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("dws-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("DWS Console"));
    QApplication::setOrganizationName(QStringLiteral("dws-console"));
    QApplication::setApplicationVersion(QStringLiteral(DWS_VERSION));

    const dws::ui::CommandLineOptions options = dws::ui::parseCommandLine(app.arguments());
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "dws-console: %s\n", qPrintable(options.error));
        return 2;
    }

    dws::i18n::LanguageManager languages;
    languages.start(options.language);

    dws::ui::MainWindow window;
    window.setLanguageManager(&languages);
    window.show();

    dws::ui::DemoMode demo;
    if (options.demo) {
        if (!demo.start()) {
            std::fprintf(stderr, "dws-console: %s\n", qPrintable(demo.error()));
            return 1;
        }
        QObject::connect(
            &demo, &dws::ui::DemoMode::signInFailed, &window, [&window](const QString& message) {
                QMessageBox::warning(&window, dws::ui::MainWindow::tr("DWS Console"), message);
            });
        demo.signIn(&window);
    } else if (options.screenshotFile.isEmpty()) {
        QTimer::singleShot(0, &window, &dws::ui::MainWindow::showSignInDialog);
    }

    std::unique_ptr<dws::ui::ScreenshotTaker> screenshot;
    if (!options.screenshotFile.isEmpty())
        screenshot = std::make_unique<dws::ui::ScreenshotTaker>(&window, options.screenshotFile);

    return app.exec();
}
