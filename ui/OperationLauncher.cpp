#include "OperationLauncher.h"

#include "MainWindow.h"
#include "Session.h"
#include "dialogs/CreateSnapshotDialog.h"
#include "dialogs/DeleteClusterDialog.h"
#include "dialogs/DeleteSnapshotDialog.h"
#include "dialogs/ResetPasswordDialog.h"
#include "dialogs/ResizeDialog.h"
#include "dialogs/RestartClusterDialog.h"
#include "models/ClusterTableModel.h"
#include "models/SnapshotTableModel.h"
#include "monitor/ActivityLog.h"
#include "wizards/CreateClusterWizard.h"
#include "wizards/RestoreWizard.h"

#include <QDialog>
#include <QStatusBar>

namespace dws::ui {

OperationLauncher::OperationLauncher(QWidget* window)
    : QObject(window)
    , m_window(window)
{}

void OperationLauncher::setServices(ClusterService* clusters, SnapshotService* snapshots)
{
    m_clusters = clusters;
    m_snapshots = snapshots;
}

OperationLauncher* OperationLauncher::attach(MainWindow* window)
{
    auto* launcher = new OperationLauncher(window);
    // Takes the current session's services; false when no one is signed in.
    const auto ready = [window, launcher] {
        Session* session = window->session();
        launcher->setServices(session ? session->clusterService() : nullptr,
                              session ? session->snapshotService() : nullptr);
        return session != nullptr;
    };
    const auto cluster = [window](const QString& id) {
        return window->clusterModel()->cluster(id);
    };
    const auto snapshot = [window](const QString& id) {
        return window->snapshotModel()->snapshot(id);
    };
    connect(window, &MainWindow::createClusterRequested, launcher, [=] {
        if (ready())
            launcher->createCluster();
    });
    connect(window, &MainWindow::restoreSnapshotRequested, launcher, [=](const QString& id) {
        if (const auto found = snapshot(id); found && ready())
            launcher->restoreSnapshot(*found, cluster(found->clusterId));
    });
    connect(window, &MainWindow::resizeClusterRequested, launcher, [=](const QString& id) {
        if (const auto found = cluster(id); found && ready())
            launcher->resizeCluster(*found);
    });
    connect(window, &MainWindow::restartClusterRequested, launcher, [=](const QString& id) {
        if (const auto found = cluster(id); found && ready())
            launcher->restartCluster(*found);
    });
    connect(window, &MainWindow::resetPasswordRequested, launcher, [=](const QString& id) {
        if (const auto found = cluster(id); found && ready())
            launcher->resetPassword(*found);
    });
    connect(window, &MainWindow::createSnapshotRequested, launcher, [=](const QString& id) {
        if (const auto found = cluster(id); found && ready())
            launcher->createSnapshot(*found);
    });
    connect(window, &MainWindow::deleteClusterRequested, launcher, [=](const QString& id) {
        if (const auto found = cluster(id); found && ready())
            launcher->deleteCluster(*found);
    });
    connect(window, &MainWindow::deleteSnapshotRequested, launcher, [=](const QString& id) {
        if (const auto found = snapshot(id); found && ready())
            launcher->deleteSnapshot(*found);
    });
    connect(launcher, &OperationLauncher::refreshRequested, window, &MainWindow::refresh);
    connect(launcher, &OperationLauncher::outcomeReported, window,
            [window](const QString& text, const QString& name, const QString& id, bool succeeded) {
                window->statusBar()->showMessage(text, 15000);
                window->activityLog()->recordOperation(text, name, id,
                                                       succeeded ? ActivityLog::Result::Succeeded
                                                                 : ActivityLog::Result::Info);
            });
    return launcher;
}

QDialog* OperationLauncher::openDialog(const QString& kind) const
{
    return m_open.value(kind).data();
}

bool OperationLauncher::raiseExisting(const QString& kind)
{
    QDialog* open = m_open.value(kind).data();
    if (!open)
        return false;
    open->raise();
    open->activateWindow();
    return true;
}

void OperationLauncher::show(const QString& kind, QDialog* dialog, const QString& resourceName,
                             const QString& resourceId)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_open.insert(kind, dialog);
    if (auto* operation = qobject_cast<OperationDialog*>(dialog)) {
        connect(operation, &OperationDialog::waitAbandoned, this,
                [this, title = dialog->windowTitle(), resourceName, resourceId] {
                    emit outcomeReported(
                        tr("Stopped waiting for the answer to \"%1\". The request may still take "
                           "effect; the lists are refreshed to show it.")
                            .arg(title),
                        resourceName, resourceId, false);
                    emit refreshRequested();
                });
    }
    dialog->open();
}

void OperationLauncher::reportCreated(const QString& id, const QString& name, bool reconciled)
{
    emit clusterAppeared(id, name);
    if (reconciled)
        emit outcomeReported(tr("The answer to the request for cluster %1 was lost, but the "
                                "cluster list shows the cluster: it was created and is being set "
                                "up.")
                                 .arg(name),
                             name, id, true);
    else
        emit outcomeReported(tr("Cluster %1 is being created.").arg(name), name, id, true);
    emit refreshRequested();
}

void OperationLauncher::createCluster()
{
    const QString kind = QStringLiteral("createCluster");
    if (raiseExisting(kind) || !m_clusters || !m_snapshots)
        return;
    auto* wizard = new CreateClusterWizard(*m_clusters, m_window);
    connect(wizard, &CreateClusterWizard::clusterCreated, this, &OperationLauncher::reportCreated);
    show(kind, wizard);
}

void OperationLauncher::restoreSnapshot(const Snapshot& snapshot,
                                        const std::optional<Cluster>& sourceCluster)
{
    const QString kind = QStringLiteral("restoreSnapshot");
    if (raiseExisting(kind) || !m_clusters || !m_snapshots)
        return;
    auto* wizard = new RestoreWizard(*m_snapshots, snapshot, sourceCluster, m_window);
    connect(wizard, &RestoreWizard::clusterRestored, this, &OperationLauncher::reportCreated);
    show(kind, wizard);
}

void OperationLauncher::resizeCluster(const Cluster& cluster)
{
    const QString kind = QStringLiteral("resizeCluster");
    if (raiseExisting(kind) || !m_clusters || !m_snapshots)
        return;
    auto* dialog = new ResizeDialog(*m_clusters, cluster, m_window);
    connect(dialog, &ResizeDialog::resizeStarted, this, [this](const QString& id) {
        emit taskStarted(id);
        emit refreshRequested();
    });
    show(kind, dialog, cluster.name, cluster.id);
}

void OperationLauncher::restartCluster(const Cluster& cluster)
{
    const QString kind = QStringLiteral("restartCluster");
    if (raiseExisting(kind) || !m_clusters || !m_snapshots)
        return;
    auto* dialog = new RestartClusterDialog(*m_clusters, cluster, m_window);
    connect(dialog, &RestartClusterDialog::restartStarted, this, [this](const QString& id) {
        emit taskStarted(id);
        emit refreshRequested();
    });
    show(kind, dialog, cluster.name, cluster.id);
}

void OperationLauncher::resetPassword(const Cluster& cluster)
{
    const QString kind = QStringLiteral("resetPassword");
    if (raiseExisting(kind) || !m_clusters || !m_snapshots)
        return;
    auto* dialog = new ResetPasswordDialog(*m_clusters, cluster, m_window);
    connect(dialog, &ResetPasswordDialog::passwordReset, this,
            &OperationLauncher::refreshRequested);
    show(kind, dialog, cluster.name, cluster.id);
}

void OperationLauncher::createSnapshot(const Cluster& cluster)
{
    const QString kind = QStringLiteral("createSnapshot");
    if (raiseExisting(kind) || !m_clusters || !m_snapshots)
        return;
    auto* dialog = new CreateSnapshotDialog(*m_snapshots, cluster, m_window);
    connect(dialog, &CreateSnapshotDialog::snapshotCreated, this,
            [this, clusterId = cluster.id](const QString& id, const QString& name) {
                emit snapshotAppeared(id, name);
                emit taskStarted(clusterId);
                emit refreshRequested();
            });
    show(kind, dialog, cluster.name, cluster.id);
}

void OperationLauncher::deleteCluster(const Cluster& cluster)
{
    const QString kind = QStringLiteral("deleteCluster");
    if (raiseExisting(kind) || !m_clusters || !m_snapshots)
        return;
    auto* dialog = new DeleteClusterDialog(*m_clusters, cluster, m_window);
    connect(dialog, &DeleteClusterDialog::clusterDeleted, this,
            &OperationLauncher::refreshRequested);
    connect(dialog, &DeleteClusterDialog::snapshotRequested, this,
            [this, cluster] { createSnapshot(cluster); });
    show(kind, dialog, cluster.name, cluster.id);
}

void OperationLauncher::deleteSnapshot(const Snapshot& snapshot)
{
    const QString kind = QStringLiteral("deleteSnapshot");
    if (raiseExisting(kind) || !m_clusters || !m_snapshots)
        return;
    auto* dialog = new DeleteSnapshotDialog(*m_snapshots, snapshot, m_window);
    connect(dialog, &DeleteSnapshotDialog::snapshotDeleted, this,
            &OperationLauncher::refreshRequested);
    show(kind, dialog, snapshot.name, snapshot.id);
}

} // namespace dws::ui
