#include "CommandLine.h"
#include "DemoMode.h"
#include "MainWindow.h"
#include "ScreenshotTaker.h"
#include "i18n/Language.h"

#include <QApplication>
#include <QMessageBox>
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

    // Signing in waits for the first frame, so the window appears at once.
    dws::ui::DemoMode demo;
    if (options.demo) {
        QObject::connect(
            &demo, &dws::ui::DemoMode::signInFailed, &window, [&window](const QString& message) {
                QMessageBox::warning(&window, dws::ui::MainWindow::tr("DWS Console"), message);
            });
        QObject::connect(&window, &dws::ui::MainWindow::firstFrameShown, &demo, [&demo, &window] {
            if (!demo.start()) {
                std::fprintf(stderr, "dws-console: %s\n", qPrintable(demo.error()));
                QCoreApplication::exit(1);
                return;
            }
            demo.signIn(&window);
        });
    } else if (options.screenshotFile.isEmpty()) {
        QObject::connect(&window, &dws::ui::MainWindow::firstFrameShown, &window,
                         &dws::ui::MainWindow::showSignInDialog);
    }

    std::unique_ptr<dws::ui::ScreenshotTaker> screenshot;
    if (!options.screenshotFile.isEmpty())
        screenshot = std::make_unique<dws::ui::ScreenshotTaker>(&window, options.screenshotFile);

    return app.exec();
}
