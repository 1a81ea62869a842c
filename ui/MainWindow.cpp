#include "MainWindow.h"

namespace dws::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setWindowTitle(tr("DWS Console"));
    resize(1280, 800);
}

} // namespace dws::ui
