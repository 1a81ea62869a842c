// dws-bench-bare-window: the start-up baseline. A bare QMainWindow with a QTableView, which
// writes "first frame painted" to stderr when its table is first painted (as dws-console
// logs it) and quits. dws-bench times both programs from launch to that line.

#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <cstdio>

namespace {

class FirstPaintReporter : public QObject
{
protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            std::fputs("first frame painted\n", stderr);
            std::fflush(stderr);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    auto* view = new QTableView(&window);
    view->setModel(new QStandardItemModel(0, 9, view));
    window.setCentralWidget(view);
    FirstPaintReporter reporter;
    view->viewport()->installEventFilter(&reporter);
    window.resize(1000, 700);
    window.show();
    return app.exec();
}
