#pragma once

#include <QObject>
#include <QString>

namespace dws::ui {

class MainWindow;

// `--screenshot FILE`: once the first data has arrived, selects a cluster so the detail pane
// is filled, waits for its detail, renders the window to FILE and quits the application
// (exit code 0, or 1 when the file cannot be written).
class ScreenshotTaker : public QObject
{
    Q_OBJECT
public:
    ScreenshotTaker(MainWindow* window, QString file, QObject* parent = nullptr);

    // The cluster shown in the detail pane, when listed.
    static QString preferredClusterName();

private:
    void onFirstData();
    void capture();

    MainWindow* m_window;
    QString m_file;
    bool m_captured = false;
};

} // namespace dws::ui
