#include "ScreenshotTaker.h"

#include "MainWindow.h"
#include "UiLogging.h"
#include "models/ClusterTableModel.h"

#include <QApplication>
#include <QPixmap>
#include <QTimer>

namespace dws::ui {

ScreenshotTaker::ScreenshotTaker(MainWindow* window, QString file, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_file(std::move(file))
{
    connect(window, &MainWindow::firstDataArrived, this, &ScreenshotTaker::onFirstData);
    // Without data (no demo, nobody signs in) there is nothing to show: give up in a minute.
    QTimer::singleShot(std::chrono::minutes(1), this, [this] {
        if (m_captured)
            return;
        m_captured = true;
        qCWarning(lcUi) << "no data arrived; no screenshot taken";
        QApplication::exit(1);
    });
}

QString ScreenshotTaker::preferredClusterName()
{
    return QStringLiteral("dws-prod-sales");
}

void ScreenshotTaker::onFirstData()
{
    const ClusterTableModel* model = m_window->clusterModel();
    QString clusterId;
    for (const Cluster& cluster : model->clusters())
        if (cluster.name == preferredClusterName())
            clusterId = cluster.id;
    if (clusterId.isEmpty() && !model->clusters().isEmpty())
        clusterId = model->clusters().constFirst().id;
    if (clusterId.isEmpty()) {
        capture();
        return;
    }
    connect(m_window, &MainWindow::clusterDetailShown, this, [this, clusterId](const QString& id) {
        if (id == clusterId)
            QTimer::singleShot(500, this, &ScreenshotTaker::capture); // let layouts settle
    });
    m_window->showCluster(clusterId);
}

void ScreenshotTaker::capture()
{
    if (m_captured)
        return;
    m_captured = true;
    const bool saved = m_window->grab().save(m_file, "PNG");
    if (saved)
        qCInfo(lcUi) << "screenshot saved to" << m_file;
    else
        qCWarning(lcUi) << "could not write the screenshot to" << m_file;
    QApplication::exit(saved ? 0 : 1);
}

} // namespace dws::ui
