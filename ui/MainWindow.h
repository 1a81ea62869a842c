#pragma once

#include "ConnectionProfile.h"
#include "dws/ActionRules.h"
#include "dws/Cluster.h"
#include "dws/Snapshot.h"

#include <QMainWindow>
#include <memory>

class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QSystemTrayIcon;
class QTabWidget;
class QTableView;
class QToolBar;

namespace dws {
namespace i18n {
class LanguageManager;
}
class ActivityLog;
class ClusterFilterProxy;
class ClusterTableModel;
class Freshness;
class NodeTypeTableModel;
class ProgressEstimator;
class SnapshotTableModel;
class TransitionDetector;
struct Transition;
namespace api {
struct ApiError;
}
} // namespace dws

namespace dws::ui {

class ClusterDetailPane;
class OperationActions;
class RecordFilterProxy;
class SecretStore;
class Session;
class SnapshotDetailPane;
class TablePane;

// The console's main window: clusters, snapshots and node types; the detail of the selected
// cluster or snapshot; every operation as an action (toolbar, menus, context menus,
// shortcuts), enabled only where the state allows it; live freshness and activity.
//
// Operation dialogs are not opened here: each action calls a request*() slot, which emits
// the matching *Requested signal with the selected resource, for the dialogs to connect to.
//
// The first frame shows only what the start needs: menus, toolbar, the clusters table and the
// status bar. The rest (the other tabs' tables, the detail panes, the activity table, the tray
// icon) is built right after that frame is painted, or on first use, whichever comes first.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // The language menu switches languages through `manager` (which must outlive the window).
    void setLanguageManager(i18n::LanguageManager* manager);

    // Takes over a signed-in session (replacing any previous one) and starts polling.
    void setSession(std::unique_ptr<Session> session);
    Session* session() const { return m_session.get(); }
    // Drops the session: models cleared, polling stopped.
    void signOut();

    ClusterTableModel* clusterModel() const { return m_clusterModel; }
    SnapshotTableModel* snapshotModel() const { return m_snapshotModel; }
    NodeTypeTableModel* nodeTypeModel() const { return m_nodeTypeModel; }
    ActivityLog* activityLog() const { return m_activityLog; }
    Freshness* freshness() const { return m_freshness; }
    OperationActions* operationActions() const { return m_actions; }
    TablePane* clusterPane() const { return m_clusterPane; }
    TablePane* snapshotPane();
    TablePane* nodeTypePane();
    ClusterDetailPane* clusterDetailPane();
    SnapshotDetailPane* snapshotDetailPane();
    QLabel* freshnessLabel() const { return m_freshnessLabel; }
    QLabel* staleWarning() const { return m_staleLabel; }
    QLabel* simulatedBadge() const { return m_simulatedBadge; }
    // The remaining-time text shown for a cluster's running task, or empty.
    QString remainingTimeText(const QString& clusterId) const;

    // Shows the clusters tab with this cluster selected; false when it is not listed.
    bool showCluster(const QString& clusterId);
    bool showSnapshot(const QString& snapshotId);

    // Fires the action for an operation as the user would (does nothing when it is disabled).
    void trigger(Operation operation);

public slots:
    void showSignInDialog();
    void refresh();
    void requestCreateCluster();
    void requestRestoreSnapshot();
    void requestResizeCluster();
    void requestRestartCluster();
    void requestResetPassword();
    void requestCreateSnapshot();
    void requestDeleteCluster();
    void requestDeleteSnapshot();

signals:
    void createClusterRequested();
    void restoreSnapshotRequested(const QString& snapshotId);
    // `modes` says whether a resize to a node type is possible or only a scale-out.
    void resizeClusterRequested(const QString& clusterId, dws::ResizeModes modes);
    void restartClusterRequested(const QString& clusterId);
    void resetPasswordRequested(const QString& clusterId);
    void createSnapshotRequested(const QString& clusterId);
    void deleteClusterRequested(const QString& clusterId);
    void deleteSnapshotRequested(const QString& snapshotId);
    // The first frame is on the screen (or a second has passed since show() without one) and
    // the window is complete. Start-up work the frame does not need (signing in, loading
    // data) waits for this. Emitted once.
    void firstFrameShown();
    // Both lists arrived for the first time in this session.
    void firstDataArrived();
    // The detail pane shows the detail call's answer for the selected cluster.
    void clusterDetailShown(const QString& clusterId);

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void createModels();
    void createPanes();
    void onFirstFrameShown();
    // Builds what the first frame does not show; does nothing once built.
    void completeConstruction();
    void createSecondaryPanes();
    void createDetailPanes();
    void createActivityView();
    void createMenus();
    void createStatusBar();
    void createActivityDock();
    void createTray();
    void retranslate();
    void retranslateSecondaryPanes();
    TablePane* currentPane() const;
    void updateTitle();
    void updateActions();
    void updateDetailPane();
    void updateFreshness();
    void onOperation(Operation operation);
    void onClustersUpdated(const QList<Cluster>& clusters);
    void onClusterDetail(const Cluster& cluster);
    void onTransition(const Transition& transition);
    void onRefreshSucceeded();
    void onRefreshFailed(const api::ApiError& error);
    void onSelectedClusterChanged(const QString& clusterId);
    void connectSession();
    void fetchNodeTypes();
    void saveWindowState() const;
    void restoreWindowState();
    std::optional<Cluster> selectedCluster() const;
    std::optional<Snapshot> selectedSnapshot() const;

    void rebuildProfileMenu();
    void switchToProfile(const QString& name);
    void signInWith(const ConnectionProfile& profile, const QString& secret);
    void showStatusMessage(const QString& text);

    std::unique_ptr<Session> m_session;
    bool m_haveFirstData = false;
    bool m_constructionComplete = false;
    bool m_firstFrameShown = false;
    ProfileStore m_profiles;
    SecretStore* m_secrets = nullptr;

    ClusterTableModel* m_clusterModel = nullptr;
    ClusterFilterProxy* m_clusterProxy = nullptr;
    SnapshotTableModel* m_snapshotModel = nullptr;
    RecordFilterProxy* m_snapshotProxy = nullptr;
    NodeTypeTableModel* m_nodeTypeModel = nullptr;
    RecordFilterProxy* m_nodeTypeProxy = nullptr;
    ActivityLog* m_activityLog = nullptr;
    Freshness* m_freshness = nullptr;
    TransitionDetector* m_transitions = nullptr;
    std::unique_ptr<ProgressEstimator> m_estimator;
    OperationActions* m_actions = nullptr;

    QSplitter* m_splitter = nullptr;
    QTabWidget* m_tabs = nullptr;
    TablePane* m_clusterPane = nullptr;
    TablePane* m_snapshotPane = nullptr;
    TablePane* m_nodeTypePane = nullptr;
    // The snapshots and node types tabs; their tables are put in once built.
    QWidget* m_snapshotPage = nullptr;
    QWidget* m_nodeTypePage = nullptr;
    QStackedWidget* m_detailStack = nullptr;
    QLabel* m_detailPlaceholder = nullptr;
    ClusterDetailPane* m_clusterDetail = nullptr;
    SnapshotDetailPane* m_snapshotDetail = nullptr;
    QDockWidget* m_activityDock = nullptr;
    QTableView* m_activityView = nullptr;
    QToolBar* m_toolBar = nullptr;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_clusterMenu = nullptr;
    QMenu* m_snapshotMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QMenu* m_profileMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_signInAction = nullptr;
    QAction* m_signOutAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_filterAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_aboutQtAction = nullptr;
    QAction* m_englishAction = nullptr;
    QAction* m_chineseAction = nullptr;
    QActionGroup* m_languageGroup = nullptr;
    i18n::LanguageManager* m_languageManager = nullptr;

    QLabel* m_connectionLabel = nullptr;
    QLabel* m_simulatedBadge = nullptr;
    QLabel* m_freshnessLabel = nullptr;
    QLabel* m_staleLabel = nullptr;
    QSystemTrayIcon* m_tray = nullptr;
};

} // namespace dws::ui
