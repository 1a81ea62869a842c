#include "MainWindow.h"

#include "ClusterDetailPane.h"
#include "ConnectionDialog.h"
#include "DetailFormatting.h"
#include "OperationActions.h"
#include "OperationLauncher.h"
#include "ProgressDelegate.h"
#include "RecordFilterProxy.h"
#include "SecretStore.h"
#include "Session.h"
#include "SessionFactory.h"
#include "SnapshotDetailPane.h"
#include "TablePane.h"
#include "UiLogging.h"
#include "dws/ErrorCatalogue.h"
#include "i18n/Language.h"
#include "models/ClusterFilterProxy.h"
#include "models/ClusterTableModel.h"
#include "models/NodeTypeTableModel.h"
#include "models/RunningTask.h"
#include "models/SnapshotTableModel.h"
#include "monitor/ActivityLog.h"
#include "monitor/Freshness.h"
#include "monitor/Poller.h"
#include "monitor/ProgressEstimator.h"
#include "monitor/TransitionDetector.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace dws::ui {
namespace {

enum Tab
{
    ClustersTab,
    SnapshotsTab,
    NodeTypesTab
};

const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kSplitterKey = QStringLiteral("window/splitter");

// Draws the task column's progress bar with the time-remaining estimate on it.
class TaskProgressDelegate : public ProgressDelegate
{
public:
    TaskProgressDelegate(const MainWindow* window, QObject* parent)
        : ProgressDelegate(ProgressRole, parent)
        , m_window(window)
    {}

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        ProgressDelegate::initStyleOption(option, index);
        const QString remaining = m_window->remainingTimeText(index.data(IdRole).toString());
        if (!remaining.isEmpty())
            option->text += QLatin1String(" · ") + remaining;
    }

private:
    const MainWindow* m_window;
};

// An empty tab page whose table is put in later.
QWidget* createTabPage(QWidget* parent)
{
    auto* page = new QWidget(parent);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    return page;
}

void addContextActions(QTableView* view, const OperationActions* actions,
                       std::initializer_list<Operation> operations)
{
    for (Operation operation : operations) {
        if (operation == Operation::Refresh) {
            auto* separator = new QAction(view);
            separator->setSeparator(true);
            view->addAction(separator);
        }
        view->addAction(actions->action(operation));
    }
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_secrets(new SecretStore(this))
    , m_estimator(std::make_unique<ProgressEstimator>())
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/dws-console.svg")));
    createModels();
    m_actions = new OperationActions(this);
    connect(m_actions, &OperationActions::triggered, this, &MainWindow::onOperation);
    createPanes();
    createActivityDock();
    createMenus();
    createStatusBar();
    retranslate();
    resize(1280, 800);
    restoreWindowState();
    updateActions();
    updateDetailPane();
    connect(m_secrets, &SecretStore::problemOccurred, this, &MainWindow::showStatusMessage);
    OperationLauncher::attach(this); // opens the operation dialogs on the *Requested signals
    m_clusterPane->view()->viewport()->installEventFilter(this);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint && watched == m_clusterPane->view()->viewport()) {
        watched->removeEventFilter(this);
        qCInfo(lcUi) << "first frame painted"; // dws-bench times the console's start-up by it
        // Queued: the rest is built once this frame is on the screen.
        QMetaObject::invokeMethod(this, &MainWindow::onFirstFrameShown, Qt::QueuedConnection);
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    // A window that is never painted (started minimized, no compositor) still starts up.
    if (!m_firstFrameShown)
        QTimer::singleShot(std::chrono::seconds(1), this, &MainWindow::onFirstFrameShown);
}

void MainWindow::onFirstFrameShown()
{
    if (m_firstFrameShown)
        return;
    m_firstFrameShown = true;
    completeConstruction();
    emit firstFrameShown();
}

void MainWindow::completeConstruction()
{
    if (m_constructionComplete)
        return;
    m_constructionComplete = true;
    createSecondaryPanes();
    createDetailPanes();
    createActivityView();
    createTray();
    retranslateSecondaryPanes();
    updateActions();
    updateDetailPane();
}

TablePane* MainWindow::snapshotPane()
{
    completeConstruction();
    return m_snapshotPane;
}

TablePane* MainWindow::nodeTypePane()
{
    completeConstruction();
    return m_nodeTypePane;
}

ClusterDetailPane* MainWindow::clusterDetailPane()
{
    completeConstruction();
    return m_clusterDetail;
}

SnapshotDetailPane* MainWindow::snapshotDetailPane()
{
    completeConstruction();
    return m_snapshotDetail;
}

MainWindow::~MainWindow()
{
    // The session's poller must stop before the models it feeds go away.
    m_session.reset();
    // The children are destroyed after this body, by QWidget: none of their last signals (a
    // model emptied, a selection lost) may reach this half-destroyed window.
    for (QObject* child : findChildren<QObject*>())
        QObject::disconnect(child, nullptr, this, nullptr);
}

void MainWindow::createModels()
{
    m_clusterModel = new ClusterTableModel(this);
    m_clusterProxy = new ClusterFilterProxy(this);
    m_clusterProxy->setSourceModel(m_clusterModel);
    m_snapshotModel = new SnapshotTableModel(this);
    m_snapshotModel->setClusterModel(m_clusterModel);
    m_nodeTypeModel = new NodeTypeTableModel(this);
    m_activityLog = new ActivityLog(this);
    m_freshness = new Freshness(this);
    connect(m_freshness, &Freshness::changed, this, &MainWindow::updateFreshness);
    m_transitions = new TransitionDetector(this);
    connect(m_transitions, &TransitionDetector::transition, this, &MainWindow::onTransition);
}

void MainWindow::createPanes()
{
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_tabs = new QTabWidget(m_splitter);
    m_tabs->setObjectName(QStringLiteral("resourceTabs"));
    // Tabs across the window's content, without a frame around each page: the frame alone
    // costs Fusion more than a bare window's whole first paint (docs/performance.md).
    m_tabs->setDocumentMode(true);

    m_clusterPane = new TablePane(
        m_clusterProxy, QStringLiteral("clusters"),
        [this](const QString& text) { m_clusterProxy->setFilterText(text); }, m_tabs);
    m_clusterPane->view()->setItemDelegateForColumn(ClusterTableModel::TaskColumn,
                                                    new TaskProgressDelegate(this, this));
    m_snapshotPage = createTabPage(m_tabs);
    m_nodeTypePage = createTabPage(m_tabs);
    m_tabs->addTab(m_clusterPane, QString());
    m_tabs->addTab(m_snapshotPage, QString());
    m_tabs->addTab(m_nodeTypePage, QString());
    m_clusterPane->view()->setColumnWidth(ClusterTableModel::NameColumn, 150);
    m_clusterPane->view()->setColumnWidth(ClusterTableModel::TaskColumn, 220);
    m_clusterPane->view()->setColumnWidth(ClusterTableModel::SubStatusColumn, 150);
    m_clusterPane->restoreHeader();

    m_detailStack = new QStackedWidget(m_splitter);
    m_detailStack->setObjectName(QStringLiteral("detailStack"));
    m_detailPlaceholder = new QLabel(m_detailStack);
    m_detailPlaceholder->setAlignment(Qt::AlignCenter);
    m_detailPlaceholder->setWordWrap(true);
    m_detailStack->addWidget(m_detailPlaceholder);
    m_splitter->addWidget(m_tabs);
    m_splitter->addWidget(m_detailStack);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({760, 500});
    setCentralWidget(m_splitter);

    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        updateDetailPane();
        updateActions();
    });
    connect(m_clusterPane, &TablePane::currentIdChanged, this,
            &MainWindow::onSelectedClusterChanged);
    // A refresh that changes the selected row re-decides what is allowed.
    connect(m_clusterModel, &QAbstractItemModel::dataChanged, this, [this] {
        updateActions();
        updateDetailPane();
    });
    connect(m_snapshotModel, &QAbstractItemModel::dataChanged, this, [this] {
        updateActions();
        updateDetailPane();
    });
    addContextActions(m_clusterPane->view(), m_actions,
                      {Operation::CreateSnapshot, Operation::ResizeCluster,
                       Operation::RestartCluster, Operation::ResetPassword,
                       Operation::DeleteCluster, Operation::Refresh});
}

void MainWindow::createSecondaryPanes()
{
    m_snapshotProxy = new RecordFilterProxy(this);
    m_snapshotProxy->setSourceModel(m_snapshotModel);
    m_nodeTypeProxy = new RecordFilterProxy(this);
    m_nodeTypeProxy->setSourceModel(m_nodeTypeModel);
    m_snapshotPane = new TablePane(
        m_snapshotProxy, QStringLiteral("snapshots"),
        [this](const QString& text) { m_snapshotProxy->setFilterText(text); }, m_snapshotPage);
    m_nodeTypePane = new TablePane(
        m_nodeTypeProxy, QStringLiteral("nodeTypes"),
        [this](const QString& text) { m_nodeTypeProxy->setFilterText(text); }, m_nodeTypePage);
    m_snapshotPage->layout()->addWidget(m_snapshotPane);
    m_nodeTypePage->layout()->addWidget(m_nodeTypePane);
    m_snapshotPane->restoreHeader();
    m_nodeTypePane->restoreHeader();
    connect(m_snapshotPane, &TablePane::currentIdChanged, this, [this] {
        updateDetailPane();
        updateActions();
    });
    addContextActions(m_snapshotPane->view(), m_actions,
                      {Operation::RestoreSnapshot, Operation::DeleteSnapshot, Operation::Refresh});
    addContextActions(m_nodeTypePane->view(), m_actions,
                      {Operation::CreateCluster, Operation::Refresh});
}

void MainWindow::createDetailPanes()
{
    m_clusterDetail = new ClusterDetailPane(m_detailStack);
    m_snapshotDetail = new SnapshotDetailPane(m_detailStack);
    m_detailStack->addWidget(m_clusterDetail);
    m_detailStack->addWidget(m_snapshotDetail);
    connect(m_snapshotDetail, &SnapshotDetailPane::clusterLinkActivated, this,
            &MainWindow::showCluster);
}

void MainWindow::createActivityDock()
{
    m_activityDock = new QDockWidget(this);
    m_activityDock->setObjectName(QStringLiteral("activityDock"));
    addDockWidget(Qt::BottomDockWidgetArea, m_activityDock);
    resizeDocks({m_activityDock}, {150}, Qt::Vertical);
}

void MainWindow::createActivityView()
{
    m_activityView = new QTableView(m_activityDock);
    m_activityView->setObjectName(QStringLiteral("activityView"));
    m_activityView->setModel(m_activityLog);
    m_activityView->verticalHeader()->hide();
    m_activityView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_activityView->verticalHeader()->setDefaultSectionSize(m_activityView->fontMetrics().height() +
                                                            8);
    m_activityView->horizontalHeader()->setStretchLastSection(true);
    m_activityView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_activityView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_activityView->setWordWrap(false);
    m_activityView->setColumnWidth(ActivityLog::WhenColumn, 140);
    m_activityView->setColumnWidth(ActivityLog::WhatColumn, 420);
    m_activityView->setColumnWidth(ActivityLog::ResourceColumn, 160);
    m_activityView->setColumnWidth(ActivityLog::ResultColumn, 100);
    connect(m_activityLog, &QAbstractItemModel::rowsInserted, m_activityView,
            [this] { m_activityView->scrollToBottom(); });
    m_activityDock->setWidget(m_activityView);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_signInAction = m_fileMenu->addAction(QString(), this, &MainWindow::showSignInDialog);
    m_signInAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+L")));
    m_profileMenu = m_fileMenu->addMenu(QString());
    connect(m_profileMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildProfileMenu);
    m_signOutAction = m_fileMenu->addAction(QString(), this, &MainWindow::signOut);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_clusterMenu = menuBar()->addMenu(QString());
    m_clusterMenu->setToolTipsVisible(true);
    for (Operation operation :
         {Operation::CreateCluster, Operation::ResizeCluster, Operation::RestartCluster,
          Operation::ResetPassword, Operation::CreateSnapshot, Operation::DeleteCluster})
        m_clusterMenu->addAction(m_actions->action(operation));

    m_snapshotMenu = menuBar()->addMenu(QString());
    m_snapshotMenu->setToolTipsVisible(true);
    m_snapshotMenu->addAction(m_actions->action(Operation::RestoreSnapshot));
    m_snapshotMenu->addAction(m_actions->action(Operation::DeleteSnapshot));

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_actions->action(Operation::Refresh));
    m_filterAction = m_viewMenu->addAction(QString(), this, [this] {
        TablePane* pane = currentPane();
        if (pane && pane->filterEdit()) {
            pane->filterEdit()->setFocus();
            pane->filterEdit()->selectAll();
        }
    });
    m_filterAction->setShortcut(QKeySequence::Find);
    m_viewMenu->addAction(m_activityDock->toggleViewAction());
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    // Each language is named in itself, so it can be found whatever the current language.
    m_englishAction =
        m_languageMenu->addAction(i18n::LanguageManager::nativeName(i18n::englishLanguage));
    m_chineseAction =
        m_languageMenu->addAction(i18n::LanguageManager::nativeName(i18n::chineseLanguage));
    for (auto [action, code] : {std::pair{m_englishAction, QString(i18n::englishLanguage)},
                                std::pair{m_chineseAction, QString(i18n::chineseLanguage)}}) {
        action->setCheckable(true);
        action->setData(code);
        action->setEnabled(false); // until a LanguageManager is set
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            if (m_languageManager)
                m_languageManager->setLanguage(code);
        });
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(
            this, tr("About DWS Console"),
            tr("<h3>DWS Console %1</h3><p>A desktop console for Huawei Cloud Data Warehouse "
               "Service (DWS): clusters and snapshots at a glance, live progress, and every "
               "DWS v1.0 operation through validated forms.</p>")
                .arg(QApplication::applicationVersion().toHtmlEscaped()));
    });
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutQtAction = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("operationsToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (Operation operation : m_actions->operations()) {
        if (operation == Operation::CreateCluster || operation == Operation::RestoreSnapshot)
            m_toolBar->addSeparator();
        m_toolBar->addAction(m_actions->action(operation));
    }
}

void MainWindow::createStatusBar()
{
    m_simulatedBadge = new QLabel(this);
    m_simulatedBadge->setObjectName(QStringLiteral("simulatedBadge"));
    m_simulatedBadge->setStyleSheet(QStringLiteral(
        "QLabel { background: #7b3fa0; color: white; padding: 1px 6px; border-radius: 3px; }"));
    m_simulatedBadge->hide();
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_freshnessLabel = new QLabel(this);
    m_freshnessLabel->setObjectName(QStringLiteral("freshnessLabel"));
    m_staleLabel = new QLabel(this);
    m_staleLabel->setObjectName(QStringLiteral("staleWarning"));
    m_staleLabel->setStyleSheet(QStringLiteral(
        "QLabel { background: #b3261e; color: white; padding: 1px 6px; border-radius: 3px; }"));
    m_staleLabel->hide();
    statusBar()->addPermanentWidget(m_staleLabel);
    statusBar()->addPermanentWidget(m_freshnessLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);
    statusBar()->addPermanentWidget(m_simulatedBadge);
}

void MainWindow::createTray()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(windowIcon(), this);
    m_tray->setObjectName(QStringLiteral("trayIcon"));
    connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    m_tray->show();
}

void MainWindow::retranslate()
{
    m_tabs->setTabText(ClustersTab, tr("Clusters"));
    m_tabs->setTabText(SnapshotsTab, tr("Snapshots"));
    m_tabs->setTabText(NodeTypesTab, tr("Node Types"));
    m_clusterPane->setFilterPlaceholder(tr("Filter clusters by name, ID or status"));
    if (m_constructionComplete)
        retranslateSecondaryPanes();
    m_activityDock->setWindowTitle(tr("Activity"));
    m_fileMenu->setTitle(tr("&File"));
    m_signInAction->setText(tr("&Sign In…"));
    m_profileMenu->setTitle(tr("Switch &Profile"));
    m_signOutAction->setText(tr("Sign &Out"));
    m_quitAction->setText(tr("&Quit"));
    m_clusterMenu->setTitle(tr("&Cluster"));
    m_snapshotMenu->setTitle(tr("&Snapshot"));
    m_viewMenu->setTitle(tr("&View"));
    m_filterAction->setText(tr("&Filter"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About DWS Console"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_toolBar->setWindowTitle(tr("Operations"));
    m_simulatedBadge->setText(tr("Simulated data"));
    m_simulatedBadge->setToolTip(
        tr("Demo mode: the data comes from the built-in emulator, not from a cloud account"));
    m_staleLabel->setText(tr("Offline — showing the last known data"));
    m_detailPlaceholder->setText(m_session ? tr("Select a cluster or snapshot to see its details.")
                                           : tr("Sign in to see your clusters."));
    m_actions->retranslate();
    updateTitle();
    updateFreshness();
    updateActions();
}

void MainWindow::retranslateSecondaryPanes()
{
    m_snapshotPane->setFilterPlaceholder(tr("Filter snapshots by name, ID, cluster or status"));
    m_nodeTypePane->setFilterPlaceholder(tr("Filter node types"));
}

TablePane* MainWindow::currentPane() const
{
    switch (m_tabs->currentIndex()) {
    case ClustersTab:
        return m_clusterPane;
    case SnapshotsTab:
        return m_snapshotPane;
    case NodeTypesTab:
        return m_nodeTypePane;
    }
    return nullptr;
}

void MainWindow::setLanguageManager(i18n::LanguageManager* manager)
{
    m_languageManager = manager;
    const auto markCurrent = [this] {
        const QString current = m_languageManager->language();
        for (QAction* action : {m_englishAction, m_chineseAction}) {
            action->setEnabled(true);
            action->setChecked(action->data().toString() == current);
        }
    };
    markCurrent();
    connect(manager, &i18n::LanguageManager::languageChanged, this, markCurrent);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_session)
            m_session->setLanguage(SessionFactory::currentLanguage());
    }
    // Nobody watches a minimized window: stop polling until it is shown again.
    if (event->type() == QEvent::WindowStateChange && m_session)
        m_session->poller()->setPaused(isMinimized());
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveWindowState();
    if (m_tray)
        m_tray->hide();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
}

void MainWindow::updateTitle()
{
    QString title = tr("DWS Console");
    if (m_session) {
        const ConnectionProfile profile = m_session->profile();
        const QString project =
            profile.projectName.isEmpty() ? profile.projectId : profile.projectName;
        title = tr("%1 — %2 (%3)").arg(title, profile.name, project);
        m_connectionLabel->setText(tr("%1 · %2").arg(profile.name, project));
        if (m_session->isSimulated())
            title += QLatin1String(" — ") + tr("Simulated data");
    } else {
        m_connectionLabel->setText(tr("Not signed in"));
    }
    m_simulatedBadge->setVisible(m_session && m_session->isSimulated());
    m_signOutAction->setEnabled(m_session != nullptr);
    setWindowTitle(title);
}

void MainWindow::updateFreshness()
{
    if (!m_session) {
        m_freshnessLabel->clear();
        m_staleLabel->hide();
        return;
    }
    m_freshnessLabel->setText(m_freshness->text());
    m_staleLabel->setVisible(m_freshness->isStale());
    if (const auto error = m_freshness->lastError(); error && m_freshness->isStale())
        m_staleLabel->setToolTip(describe(*error).summary());
    else
        m_staleLabel->setToolTip(QString());
}

std::optional<Cluster> MainWindow::selectedCluster() const
{
    const QString id = m_clusterPane->currentId();
    if (id.isEmpty())
        return std::nullopt;
    return m_clusterModel->cluster(id);
}

std::optional<Snapshot> MainWindow::selectedSnapshot() const
{
    const QString id = m_snapshotPane ? m_snapshotPane->currentId() : QString();
    if (id.isEmpty())
        return std::nullopt;
    return m_snapshotModel->snapshot(id);
}

void MainWindow::updateActions()
{
    const std::optional<Cluster> cluster = selectedCluster();
    const std::optional<Snapshot> snapshot = selectedSnapshot();
    ActionContext context;
    context.signedIn = m_session != nullptr;
    context.cluster = cluster ? &*cluster : nullptr;
    context.snapshot = snapshot ? &*snapshot : nullptr;
    m_actions->update(context);
}

void MainWindow::updateDetailPane()
{
    if (!m_session || !m_constructionComplete) {
        m_detailStack->setCurrentWidget(m_detailPlaceholder);
        return;
    }
    if (m_tabs->currentIndex() == SnapshotsTab) {
        const std::optional<Snapshot> snapshot = selectedSnapshot();
        if (!snapshot) {
            m_snapshotDetail->clear();
            m_detailStack->setCurrentWidget(m_detailPlaceholder);
            return;
        }
        m_snapshotDetail->setSnapshot(*snapshot, m_clusterModel->nameOf(snapshot->clusterId));
        m_detailStack->setCurrentWidget(m_snapshotDetail);
        return;
    }
    const std::optional<Cluster> cluster = selectedCluster();
    if (!cluster || m_tabs->currentIndex() == NodeTypesTab) {
        if (!cluster)
            m_clusterDetail->clear();
        m_detailStack->setCurrentWidget(m_detailPlaceholder);
        return;
    }
    // Keep the detail call's richer answer while the list shows the same state.
    const std::optional<Cluster> shown = m_clusterDetail->cluster();
    if (!shown || shown->id != cluster->id || !shown->hasDetail)
        m_clusterDetail->setCluster(*cluster);
    m_detailStack->setCurrentWidget(m_clusterDetail);
}

void MainWindow::onSelectedClusterChanged(const QString& clusterId)
{
    if (m_session)
        m_session->poller()->setSelectedCluster(clusterId);
    if (m_clusterDetail)
        m_clusterDetail->clear();
    updateDetailPane();
    updateActions();
    if (m_session && !clusterId.isEmpty())
        m_session->poller()->fetchSelectedDetailNow();
}

void MainWindow::onClusterDetail(const Cluster& cluster)
{
    if (cluster.id != m_clusterPane->currentId())
        return;
    m_clusterDetail->setCluster(cluster);
    m_clusterModel->applyOne(cluster);
    updateDetailPane();
    emit clusterDetailShown(cluster.id);
}

void MainWindow::onClustersUpdated(const QList<Cluster>& clusters)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Cluster& cluster : clusters) {
        const RunningTask task = runningTaskOf(cluster);
        if (task.isRunning() && task.percent)
            m_estimator->observe(cluster.id, task.task.toString(), *task.percent, now);
        else
            m_estimator->forget(cluster.id);
    }
    m_clusterModel->apply(clusters);
    m_transitions->feedClusters(clusters);
    // The detail pane follows the list until the next detail call answers.
    if (const std::optional<Cluster> selected = selectedCluster()) {
        const std::optional<Cluster> shown = m_clusterDetail->cluster();
        if (shown && shown->id == selected->id && shown->hasDetail &&
            (shown->status != selected->status || shown->taskStatus != selected->taskStatus ||
             shown->actionProgress != selected->actionProgress))
            m_clusterDetail->setCluster(*selected);
    }
    updateActions();
    updateDetailPane();
}

QString MainWindow::remainingTimeText(const QString& clusterId) const
{
    const auto remaining = m_estimator->remaining(clusterId, QDateTime::currentDateTimeUtc());
    if (!remaining)
        return {};
    return tr("about %1 left").arg(durationText(remaining->count()));
}

void MainWindow::onTransition(const Transition& transition)
{
    m_activityLog->recordTransition(transition);
    const bool finished = transition.kind == Transition::Kind::TaskFinished ||
                          transition.kind == Transition::Kind::SnapshotFinished;
    if (!finished && !transition.isFailure())
        return;
    qCInfo(lcUi) << "transition" << int(transition.kind) << transition.resourceId;
    if (m_tray && m_tray->isVisible() && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(
            transition.resourceName.isEmpty() ? tr("DWS Console") : transition.resourceName,
            transition.description(),
            transition.isFailure() ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
}

void MainWindow::onRefreshSucceeded()
{
    m_freshness->recordSuccess();
    updateFreshness();
    if (!m_haveFirstData) {
        m_haveFirstData = true;
        emit firstDataArrived();
    }
}

void MainWindow::onRefreshFailed(const api::ApiError& error)
{
    // Said once when refreshing starts to fail; the stale warning carries it from then on.
    if (!m_freshness->lastError() && error.kind != api::ErrorKind::Cancelled)
        showStatusMessage(describe(error).summary());
    m_freshness->recordFailure(error);
    updateFreshness();
    qCWarning(lcUi) << "refresh failed:" << error.operation << error.httpStatus << error.code;
}

void MainWindow::setSession(std::unique_ptr<Session> session)
{
    completeConstruction();
    signOut();
    m_session = std::move(session);
    if (!m_session)
        return;
    m_session->setParent(nullptr);
    connectSession();
    retranslate();
    updateDetailPane();
    m_session->poller()->setSelectedCluster(m_clusterPane->currentId());
    m_session->poller()->start();
    const ConnectionProfile profile = m_session->profile();
    m_activityLog->recordOperation(tr("Sign in"), profile.name, profile.projectId,
                                   ActivityLog::Result::Succeeded);
    fetchNodeTypes();
}

void MainWindow::connectSession()
{
    Poller* poller = m_session->poller();
    connect(poller, &Poller::clustersUpdated, this, &MainWindow::onClustersUpdated);
    connect(poller, &Poller::snapshotsUpdated, this, [this](const QList<Snapshot>& snapshots) {
        m_snapshotModel->apply(snapshots);
        m_transitions->feedSnapshots(snapshots);
        updateActions();
        updateDetailPane();
    });
    connect(poller, &Poller::clusterDetailUpdated, this, &MainWindow::onClusterDetail);
    connect(poller, &Poller::refreshSucceeded, this, &MainWindow::onRefreshSucceeded);
    connect(poller, &Poller::refreshFailed, this, &MainWindow::onRefreshFailed);
}

void MainWindow::fetchNodeTypes()
{
    if (!m_session)
        return;
    m_session->fetchNodeTypes(this, [this](api::Result<QList<NodeType>> result) {
        if (result)
            m_nodeTypeModel->apply(std::move(result).value());
        else
            qCWarning(lcUi) << "node types failed:" << result.error().httpStatus
                            << result.error().code;
    });
}

void MainWindow::signOut()
{
    if (!m_session)
        return;
    m_session->poller()->stop();
    m_session.reset();
    m_haveFirstData = false;
    m_clusterModel->clear();
    m_snapshotModel->clear();
    m_nodeTypeModel->clear();
    m_transitions->clear();
    m_estimator->clear();
    m_freshness->reset();
    m_clusterDetail->clear();
    m_snapshotDetail->clear();
    retranslate();
    updateDetailPane();
}

void MainWindow::refresh()
{
    if (!m_session)
        return;
    m_session->poller()->refreshNow();
    if (m_nodeTypeModel->rowCount() == 0)
        fetchNodeTypes();
}

void MainWindow::showStatusMessage(const QString& text)
{
    statusBar()->showMessage(text, 10000);
}

void MainWindow::showSignInDialog()
{
    ConnectionDialog dialog(m_profiles, m_secrets, &SessionFactory::listProjects, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    signInWith(dialog.profile(), dialog.secret());
}

void MainWindow::signInWith(const ConnectionProfile& profile, const QString& secret)
{
    showStatusMessage(tr("Signing in to %1…").arg(profile.name));
    SessionFactory::signIn(
        profile, secret, this,
        [this, name = profile.name](api::Result<std::unique_ptr<Session>> result) {
            if (!result) {
                const ErrorDescription description = describe(result.error());
                QMessageBox::warning(this, tr("Sign-in failed"), description.summary());
                return;
            }
            setSession(std::move(result).value());
            showStatusMessage(tr("Signed in to %1.").arg(name));
        });
}

void MainWindow::rebuildProfileMenu()
{
    m_profileMenu->clear();
    const QList<ConnectionProfile> profiles = m_profiles.profiles();
    if (profiles.isEmpty()) {
        m_profileMenu->addAction(tr("No saved profiles"))->setEnabled(false);
        return;
    }
    for (const ConnectionProfile& profile : profiles) {
        QAction* action = m_profileMenu->addAction(profile.name);
        action->setCheckable(true);
        action->setChecked(m_session && m_session->profile().name == profile.name);
        connect(action, &QAction::triggered, this,
                [this, name = profile.name] { switchToProfile(name); });
    }
}

void MainWindow::switchToProfile(const QString& name)
{
    const std::optional<ConnectionProfile> profile = m_profiles.profile(name);
    if (!profile)
        return;
    if (!profile->rememberSecret || profile->projectId.isEmpty()) {
        ConnectionDialog dialog(m_profiles, m_secrets, &SessionFactory::listProjects, this);
        dialog.selectProfile(name);
        if (dialog.exec() == QDialog::Accepted)
            signInWith(dialog.profile(), dialog.secret());
        return;
    }
    m_secrets->read(profile->secretKey(), this,
                    [this, profile = *profile](std::optional<QString> secret, const QString&) {
                        if (secret) {
                            m_profiles.setLastUsed(profile.name);
                            signInWith(profile, *secret);
                            return;
                        }
                        // No keychain or nothing saved: ask for the secret.
                        ConnectionDialog dialog(m_profiles, m_secrets,
                                                &SessionFactory::listProjects, this);
                        dialog.selectProfile(profile.name);
                        if (dialog.exec() == QDialog::Accepted)
                            signInWith(dialog.profile(), dialog.secret());
                    });
}

bool MainWindow::showCluster(const QString& clusterId)
{
    m_tabs->setCurrentIndex(ClustersTab);
    if (m_clusterPane->selectId(clusterId))
        return true;
    // A filter may hide it: clear the filter and try again.
    if (m_clusterPane->filterEdit() && !m_clusterPane->filterEdit()->text().isEmpty()) {
        m_clusterPane->filterEdit()->clear();
        return m_clusterPane->selectId(clusterId);
    }
    return false;
}

bool MainWindow::showSnapshot(const QString& snapshotId)
{
    completeConstruction();
    m_tabs->setCurrentIndex(SnapshotsTab);
    return m_snapshotPane->selectId(snapshotId);
}

void MainWindow::trigger(Operation operation)
{
    m_actions->action(operation)->trigger();
}

void MainWindow::onOperation(Operation operation)
{
    switch (operation) {
    case Operation::Refresh:
        return refresh();
    case Operation::CreateCluster:
        return requestCreateCluster();
    case Operation::RestoreSnapshot:
        return requestRestoreSnapshot();
    case Operation::ResizeCluster:
        return requestResizeCluster();
    case Operation::RestartCluster:
        return requestRestartCluster();
    case Operation::ResetPassword:
        return requestResetPassword();
    case Operation::CreateSnapshot:
        return requestCreateSnapshot();
    case Operation::DeleteCluster:
        return requestDeleteCluster();
    case Operation::DeleteSnapshot:
        return requestDeleteSnapshot();
    }
}

void MainWindow::requestCreateCluster()
{
    emit createClusterRequested();
}

void MainWindow::requestRestoreSnapshot()
{
    if (const std::optional<Snapshot> snapshot = selectedSnapshot())
        emit restoreSnapshotRequested(snapshot->id);
}

void MainWindow::requestResizeCluster()
{
    if (const QString id = m_clusterPane->currentId(); !id.isEmpty())
        emit resizeClusterRequested(id, m_actions->verdict(Operation::ResizeCluster).resizeModes);
}

void MainWindow::requestRestartCluster()
{
    if (const QString id = m_clusterPane->currentId(); !id.isEmpty())
        emit restartClusterRequested(id);
}

void MainWindow::requestResetPassword()
{
    if (const QString id = m_clusterPane->currentId(); !id.isEmpty())
        emit resetPasswordRequested(id);
}

void MainWindow::requestCreateSnapshot()
{
    if (const QString id = m_clusterPane->currentId(); !id.isEmpty())
        emit createSnapshotRequested(id);
}

void MainWindow::requestDeleteCluster()
{
    if (const QString id = m_clusterPane->currentId(); !id.isEmpty())
        emit deleteClusterRequested(id);
}

void MainWindow::requestDeleteSnapshot()
{
    if (const std::optional<Snapshot> snapshot = selectedSnapshot())
        emit deleteSnapshotRequested(snapshot->id);
}

} // namespace dws::ui
