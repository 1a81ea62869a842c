#pragma once

#include "dws/Cluster.h"
#include "dws/Snapshot.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <optional>

class QDialog;
class QWidget;

namespace dws {
class ClusterService;
class SnapshotService;
} // namespace dws

namespace dws::ui {

class MainWindow;

// Opens the wizard or dialog of each operation over the main window and reports what
// happened, so the window can refresh at once and follow the new task's progress. One dialog
// per operation kind at a time: asking again raises the open one.
class OperationLauncher : public QObject
{
    Q_OBJECT
public:
    explicit OperationLauncher(QWidget* window);

    // Opens the dialogs when `window` asks for an operation (its *Requested signals), with the
    // services of its current session, and refreshes it when something changed.
    static OperationLauncher* attach(MainWindow* window);

    // The services of the signed-in session; nothing opens while they are missing.
    void setServices(ClusterService* clusters, SnapshotService* snapshots);

    void createCluster();
    void restoreSnapshot(const Snapshot& snapshot, const std::optional<Cluster>& sourceCluster);
    void resizeCluster(const Cluster& cluster);
    void restartCluster(const Cluster& cluster);
    void resetPassword(const Cluster& cluster);
    void createSnapshot(const Cluster& cluster);
    void deleteCluster(const Cluster& cluster);
    void deleteSnapshot(const Snapshot& snapshot);

    // The dialog open now for an operation kind (e.g. "createCluster"), for tests.
    QDialog* openDialog(const QString& kind) const;

signals:
    // Something changed on the server: refresh the lists now.
    void refreshRequested();
    // A cluster now exists (created or restored): follow its progress.
    void clusterAppeared(const QString& clusterId, const QString& name);
    // A task started on a cluster (resize, restart, snapshot): follow its progress.
    void taskStarted(const QString& clusterId);
    void snapshotAppeared(const QString& snapshotId, const QString& name);
    // Something the user should be told about an operation's outcome that no dialog shows any
    // more: a create whose answer was lost but which the list shows, a wait the user stopped.
    // attach() shows it in the window's status bar and activity pane.
    void outcomeReported(const QString& text, const QString& resourceName,
                         const QString& resourceId, bool succeeded);

private:
    // Shows `dialog`, deleted when closed, and remembers it as the open one of its kind.
    void show(const QString& kind, QDialog* dialog, const QString& resourceName = {},
              const QString& resourceId = {});
    void reportCreated(const QString& id, const QString& name, bool reconciled);
    bool raiseExisting(const QString& kind);

    ClusterService* m_clusters = nullptr;
    SnapshotService* m_snapshots = nullptr;
    QWidget* m_window;
    QHash<QString, QPointer<QDialog>> m_open;
};

} // namespace dws::ui
