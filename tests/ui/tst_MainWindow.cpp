// The main window end to end: real HTTP over QNetworkAccessManager to the in-process emulator
// on a loopback port, driven through the window's own widgets and actions.

#include "ClusterDetailPane.h"
#include "ConnectionDialog.h"
#include "EmulatorFixture.h"
#include "MainWindow.h"
#include "MainWindowTestSupport.h"
#include "OperationActions.h"
#include "Session.h"
#include "SessionFactory.h"
#include "SnapshotDetailPane.h"
#include "TablePane.h"
#include "api/HttpClient.h"
#include "dws/ClusterService.h"
#include "dws/SnapshotService.h"
#include "i18n/Language.h"
#include "models/ClusterTableModel.h"
#include "models/SnapshotTableModel.h"
#include "monitor/ActivityLog.h"
#include "monitor/Freshness.h"
#include "monitor/Poller.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace dws;
using namespace dws::ui;
using namespace mainwindowtest;
using namespace std::chrono_literals;

namespace {

// The progress the task column's delegate draws for a cluster, read through the view's model.
int shownProgress(const MainWindow& window, const QString& clusterId)
{
    const QAbstractItemModel* model = window.clusterPane()->view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, ClusterTableModel::TaskColumn);
        if (index.data(IdRole).toString() == clusterId)
            return index.data(ProgressRole).toInt();
    }
    return -2;
}

bool activityHas(const ActivityLog& log, Transition::Kind kind, const QString& resourceId)
{
    for (int row = 0; row < log.rowCount(); ++row) {
        const ActivityLog::Entry& entry = log.entryAt(row);
        if (entry.transition && entry.transition->kind == kind && entry.resourceId == resourceId)
            return true;
    }
    return false;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("dws-console-tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_MainWindow"));
    }

    void init() { QSettings().clear(); }

    // The icon is an SVG: without Qt's SVG icon engine the window and tray would have none.
    void windowIconIsDrawn()
    {
        MainWindow window;
        const QImage icon = window.windowIcon().pixmap(QSize(32, 32)).toImage();
        QVERIFY(!icon.isNull());
        bool anyInk = false;
        for (int y = 0; y < icon.height() && !anyInk; ++y)
            for (int x = 0; x < icon.width() && !anyInk; ++x)
                anyInk = qAlpha(icon.pixel(x, y)) > 0;
        QVERIFY(anyInk);
    }

    void theFirstFrameComesBeforeTheRestIsBuilt()
    {
        MainWindow window;
        QSignalSpy firstFrame(&window, &MainWindow::firstFrameShown);
        // Before the first frame: only the clusters table; the activity dock is empty.
        QCOMPARE(window.findChildren<QTableView*>().size(), 1);
        auto* activityDock = window.findChild<QDockWidget*>(QStringLiteral("activityDock"));
        QVERIFY(activityDock);
        QVERIFY(!activityDock->widget());

        window.show();
        QTRY_COMPARE_WITH_TIMEOUT(firstFrame.count(), 1, 10000);
        // Right after it, without anyone asking: every table, the detail panes, the activity.
        QCOMPARE(window.findChildren<QTableView*>().size(), 4);
        QVERIFY(window.findChild<ClusterDetailPane*>());
        QVERIFY(window.findChild<SnapshotDetailPane*>());
        QCOMPARE(activityDock->widget()->objectName(), QStringLiteral("activityView"));
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("resourceTabs"));
        QVERIFY(tabs);
        QVERIFY(tabs->widget(1)->isAncestorOf(window.snapshotPane()));
        QVERIFY(tabs->widget(2)->isAncestorOf(window.nodeTypePane()));
        QVERIFY(!window.snapshotPane()->filterEdit()->placeholderText().isEmpty());
    }

    void aWindowNeverShownIsBuiltOnFirstUse()
    {
        MainWindow window;
        QVERIFY(window.snapshotPane());
        QVERIFY(window.clusterDetailPane());
        QCOMPARE(window.findChildren<QTableView*>().size(), 4);
    }

    void selectingAClusterFetchesOnlyItsDetail()
    {
        EmulatorFixture fixture(demoOptions());
        QVERIFY(fixture.isListening());
        MainWindow window;
        window.show();
        QVERIFY(signIn(window, fixture));
        QVERIFY(QTest::qWaitFor([&] { return !window.session()->poller()->isRefreshing(); }));
        const QString clusterId = clusterIdNamed(window, QStringLiteral("dws-prod-sales"));
        QVERIFY(!clusterId.isEmpty());
        window.session()->poller()->setPaused(true); // no scheduled refresh in the journal
        fixture.emulator().clearJournal();

        QSignalSpy shown(&window, &MainWindow::clusterDetailShown);
        QVERIFY(window.showCluster(clusterId));
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, 10000);
        QCOMPARE(shown.at(0).at(0).toString(), clusterId);
        QCOMPARE(window.clusterDetailPane()->cluster()->id, clusterId);
        int detailGets = 0;
        for (const dwsemu::JournalEntry& entry : fixture.emulator().journal()) {
            QCOMPARE(entry.method, QStringLiteral("GET"));
            QVERIFY2(entry.path.endsWith(QLatin1String("/clusters/") + clusterId),
                     qPrintable(entry.path)); // no list was fetched for the selection
            ++detailGets;
        }
        QCOMPARE(detailGets, 1);
    }

    void signInThroughTheDialogShowsTheDemoClusters()
    {
        EmulatorFixture fixture(demoOptions());
        QVERIFY(fixture.isListening());
        MainWindow window;
        window.show();
        QSignalSpy firstData(&window, &MainWindow::firstDataArrived);

        bool dialogDriven = false;
        QTimer::singleShot(0, &window, [&] {
            auto* dialog = qobject_cast<ConnectionDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto closeOnFailure = qScopeGuard([dialog] {
                if (dialog->isVisible())
                    dialog->reject();
            });
            auto* region = dialog->findChild<QComboBox*>(QStringLiteral("regionCombo"));
            region->setCurrentIndex(region->count() - 1); // custom endpoints
            dialog->findChild<QLineEdit*>(QStringLiteral("iamEndpoint"))
                ->setText(fixture.baseUrl().toString());
            dialog->findChild<QLineEdit*>(QStringLiteral("dwsEndpoint"))
                ->setText(fixture.baseUrl().toString());
            dialog->findChild<QLineEdit*>(QStringLiteral("userName"))
                ->setText(QStringLiteral("operator"));
            dialog->findChild<QLineEdit*>(QStringLiteral("password"))->setText(kPassword);
            dialog->findChild<QLineEdit*>(QStringLiteral("domainName"))
                ->setText(QStringLiteral("acme"));
            dialog->findChild<QComboBox*>(QStringLiteral("profileCombo"))
                ->setCurrentText(QStringLiteral("emulator"));
            auto* signInButton = dialog->findChild<QPushButton*>(QStringLiteral("signInButton"));
            QVERIFY(signInButton->isEnabled());
            QTest::mouseClick(signInButton, Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!dialog->projects().isEmpty(), 10000);
            QCOMPARE(dialog->projects().constFirst().id, fixture.projectId());
            QCOMPARE(dialog->profile().projectId, fixture.projectId());
            dialogDriven = true;
            dialog->accept();
        });
        window.showSignInDialog();
        QVERIFY(dialogDriven);

        QTRY_VERIFY_WITH_TIMEOUT(window.session() != nullptr, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(firstData.count(), 1, 10000);
        QVERIFY(!clusterIdNamed(window, QStringLiteral("dws-prod-sales")).isEmpty());
        QVERIFY(!clusterIdNamed(window, QStringLiteral("dws-reporting")).isEmpty());
        QVERIFY(window.clusterPane()->view()->model()->rowCount() >= 12);
        QVERIFY(window.windowTitle().contains(QStringLiteral("emulator")));
        QVERIFY(!window.simulatedBadge()->isVisibleTo(&window));

        // The profile is remembered, its password is not.
        const std::optional<ConnectionProfile> saved =
            ProfileStore().profile(QStringLiteral("emulator"));
        QVERIFY(saved);
        QCOMPARE(saved->projectId, fixture.projectId());
        QCOMPARE(saved->userName, QStringLiteral("operator"));
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(kPassword.toUtf8()));
    }

    void wrongPasswordIsExplainedInTheDialog()
    {
        dwsemu::EmulatorOptions options = demoOptions();
        options.account = dwsemu::Account{QStringLiteral("operator"), QStringLiteral("right-One-1"),
                                          QStringLiteral("acme")};
        EmulatorFixture fixture(options);
        ProfileStore profiles;
        ConnectionDialog dialog(profiles, nullptr, &SessionFactory::listProjects);
        auto* region = dialog.findChild<QComboBox*>(QStringLiteral("regionCombo"));
        region->setCurrentIndex(region->count() - 1);
        dialog.findChild<QLineEdit*>(QStringLiteral("iamEndpoint"))
            ->setText(fixture.baseUrl().toString());
        dialog.findChild<QLineEdit*>(QStringLiteral("dwsEndpoint"))
            ->setText(fixture.baseUrl().toString());
        dialog.findChild<QLineEdit*>(QStringLiteral("userName"))
            ->setText(QStringLiteral("operator"));
        dialog.findChild<QLineEdit*>(QStringLiteral("password"))
            ->setText(QStringLiteral("wrong-One-1"));
        dialog.findChild<QLineEdit*>(QStringLiteral("domainName"))->setText(QStringLiteral("acme"));
        auto* message = dialog.findChild<QLabel*>(QStringLiteral("message"));
        dialog.listProjects();
        QTRY_VERIFY_WITH_TIMEOUT(!message->text().isEmpty() &&
                                     message->text() != ConnectionDialog::tr("Signing in…"),
                                 10000);
        QVERIFY(dialog.projects().isEmpty());
        QVERIFY(!message->text().contains(u"wrong-One-1"));
    }

    void plainHttpToARemoteHostIsRefusedByTheForm()
    {
        ProfileStore profiles;
        ConnectionDialog dialog(profiles, nullptr, &SessionFactory::listProjects);
        auto* region = dialog.findChild<QComboBox*>(QStringLiteral("regionCombo"));
        region->setCurrentIndex(region->count() - 1);
        dialog.findChild<QLineEdit*>(QStringLiteral("iamEndpoint"))
            ->setText(QStringLiteral("http://iam.example.com"));
        dialog.findChild<QLineEdit*>(QStringLiteral("dwsEndpoint"))
            ->setText(QStringLiteral("https://dws.example.com"));
        dialog.findChild<QLineEdit*>(QStringLiteral("userName"))->setText(QStringLiteral("u"));
        dialog.findChild<QLineEdit*>(QStringLiteral("password"))->setText(QStringLiteral("p"));
        dialog.findChild<QLineEdit*>(QStringLiteral("domainName"))->setText(QStringLiteral("d"));
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("signInButton"))->isEnabled());
        dialog.listProjects();
        const QString text = dialog.findChild<QLabel*>(QStringLiteral("message"))->text();
        QVERIFY2(text.contains(u"https"), qPrintable(text));
    }

    void snapshotProgressMovesToCompletion()
    {
        EmulatorFixture fixture(demoOptions());
        MainWindow window;
        window.show();
        QVERIFY(signIn(window, fixture));
        const QString clusterId = clusterIdNamed(window, QStringLiteral("dws-prod-sales"));
        QVERIFY(window.showCluster(clusterId));
        QCOMPARE(shownProgress(window, clusterId), -1);

        bool created = false;
        QString snapshotId;
        window.session()->snapshotService()->create(
            CreateSnapshotRequest{QStringLiteral("nightly-check"), clusterId, QString()}, &window,
            [&](api::Result<CreatedResource> result) {
                QVERIFY(result);
                snapshotId = result.value().id;
                created = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(created, 10000);

        QVERIFY(refreshAndWait(window));
        QTRY_VERIFY_WITH_TIMEOUT(shownProgress(window, clusterId) >= 0, 10000);
        int previous = shownProgress(window, clusterId);
        QVERIFY(previous < 100);
        // While the snapshot runs, the restart action says why it is not offered.
        QAction* restart = window.operationActions()->action(Operation::RestartCluster);
        QVERIFY(!restart->isEnabled());
        const std::optional<Cluster> busy = window.clusterModel()->cluster(clusterId);
        QVERIFY(busy);
        QVERIFY(restart->toolTip().contains(explainRefusal(Refusal::TaskRunning, &*busy)));

        for (int step = 0; step < 3; ++step) {
            fixture->advanceClock(1min);
            QVERIFY(refreshAndWait(window));
            QTRY_VERIFY_WITH_TIMEOUT(shownProgress(window, clusterId) > previous, 10000);
            previous = shownProgress(window, clusterId);
        }

        fixture->advanceClock(10min);
        QVERIFY(refreshAndWait(window));
        QTRY_COMPARE_WITH_TIMEOUT(shownProgress(window, clusterId), -1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            activityHas(*window.activityLog(), Transition::Kind::TaskFinished, clusterId), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(window.snapshotModel()->snapshot(snapshotId) &&
                                     window.snapshotModel()->snapshot(snapshotId)->status ==
                                         SnapshotStatus::Available,
                                 10000);
        QVERIFY(activityHas(*window.activityLog(), Transition::Kind::SnapshotFinished, snapshotId));
        QVERIFY(window.operationActions()->action(Operation::RestartCluster)->isEnabled());
    }

    void selectionSortAndScrollSurviveRefreshes()
    {
        EmulatorFixture fixture(demoOptions());
        MainWindow window;
        window.resize(900, 420);
        window.show();
        QVERIFY(signIn(window, fixture));
        QTableView* view = window.clusterPane()->view();
        view->sortByColumn(ClusterTableModel::StatusColumn, Qt::DescendingOrder);
        const QString selectedId = clusterIdNamed(window, QStringLiteral("dws-reporting"));
        QVERIFY(window.showCluster(selectedId));
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
        const int scroll = view->verticalScrollBar()->value();
        const QModelIndex current = view->currentIndex();
        const int currentRow = current.row();

        for (int step = 0; step < 3; ++step) {
            fixture->advanceClock(2min); // progress changes, so rows really update
            QVERIFY(refreshAndWait(window));
        }
        QCOMPARE(window.clusterPane()->currentId(), selectedId);
        QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(view->selectionModel()->selectedRows().constFirst().data(IdRole).toString(),
                 selectedId);
        QCOMPARE(view->currentIndex().row(), currentRow);
        QCOMPARE(view->horizontalHeader()->sortIndicatorSection(),
                 int(ClusterTableModel::StatusColumn));
        QCOMPARE(view->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(view->verticalScrollBar()->value(), scroll);
        QCOMPARE(window.clusterDetailPane()->cluster()->id, selectedId);
    }

    void disabledActionsSayWhy()
    {
        EmulatorFixture fixture(demoOptions());
        MainWindow window;
        window.show();
        // Before signing in nothing is possible, and the tooltip says so.
        QAction* create = window.operationActions()->action(Operation::CreateCluster);
        QVERIFY(!create->isEnabled());
        QVERIFY(create->toolTip().contains(explainRefusal(Refusal::NotSignedIn)));

        QVERIFY(signIn(window, fixture));
        QVERIFY(create->isEnabled());
        const QString creatingId = clusterIdNamed(window, QStringLiteral("dws-staging"));
        QVERIFY(window.showCluster(creatingId));
        for (Operation operation : {Operation::RestartCluster, Operation::ResizeCluster,
                                    Operation::CreateSnapshot, Operation::DeleteCluster}) {
            QAction* action = window.operationActions()->action(operation);
            QVERIFY(!action->isEnabled());
            QVERIFY2(action->toolTip().contains(explainRefusal(Refusal::ClusterCreating)),
                     qPrintable(action->toolTip()));
        }

        // A version below 1.5.0 offers the scale-out only, and says so.
        const QString legacyId = clusterIdNamed(window, QStringLiteral("dws-legacy-bi"));
        QVERIFY(window.showCluster(legacyId));
        QAction* resize = window.operationActions()->action(Operation::ResizeCluster);
        QVERIFY(resize->isEnabled());
        QVERIFY(resize->toolTip().contains(u"1.2.0"));
        QSignalSpy resizeRequests(&window, &MainWindow::resizeClusterRequested);
        window.trigger(Operation::ResizeCluster);
        QCOMPARE(resizeRequests.count(), 1);
        QCOMPARE(resizeRequests.constFirst().at(0).toString(), legacyId);
        const auto modes = resizeRequests.constFirst().at(1).value<ResizeModes>();
        QVERIFY(modes.scaleOut && !modes.resize);

        // A disabled action's shortcut does nothing.
        QVERIFY(window.showCluster(creatingId));
        QSignalSpy restartRequests(&window, &MainWindow::restartClusterRequested);
        window.trigger(Operation::RestartCluster);
        QCOMPARE(restartRequests.count(), 0);
    }

    void anOutageShowsTheStaleWarningAndRecovers()
    {
        EmulatorFixture fixture(demoOptions());
        MainWindow window;
        window.show();
        QVERIFY(signIn(window, fixture));
        const int rows = window.clusterModel()->rowCount();
        QVERIFY(!window.staleWarning()->isVisibleTo(&window));

        dwsemu::FaultRule outage;
        outage.method = QStringLiteral("GET");
        outage.kind = dwsemu::FaultKind::HttpStatus;
        outage.status = 503;
        outage.times = -1;
        fixture->addFault(outage);
        window.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(window.staleWarning()->isVisibleTo(&window), 15000);
        QVERIFY(window.freshness()->isStale());
        QCOMPARE(window.clusterModel()->rowCount(), rows); // the last known data stays
        QVERIFY(!window.freshnessLabel()->text().isEmpty());

        fixture->clearFaults();
        window.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!window.staleWarning()->isVisibleTo(&window), 15000);
        QVERIFY(!window.freshness()->isStale());
        QCOMPARE(window.clusterModel()->rowCount(), rows);
    }

    void filterAndSnapshotDetailLinkToTheCluster()
    {
        EmulatorFixture fixture(demoOptions());
        MainWindow window;
        window.show();
        QVERIFY(signIn(window, fixture));
        QLineEdit* filter = window.clusterPane()->filterEdit();
        filter->setText(QStringLiteral("prod-sal"));
        QCOMPARE(window.clusterPane()->view()->model()->rowCount(), 1);
        filter->setText(window.clusterModel()->clusters().constFirst().id);
        QCOMPARE(window.clusterPane()->view()->model()->rowCount(), 1);
        filter->clear();

        QTRY_VERIFY_WITH_TIMEOUT(window.snapshotModel()->rowCount() > 0, 10000);
        const Snapshot snapshot = window.snapshotModel()->snapshotAt(0);
        QVERIFY(window.showSnapshot(snapshot.id));
        QCOMPARE(window.snapshotDetailPane()->snapshot()->id, snapshot.id);
        emit window.snapshotDetailPane()->clusterLinkActivated(snapshot.clusterId);
        QCOMPARE(window.clusterPane()->currentId(), snapshot.clusterId);
    }

    void columnLayoutIsRemembered()
    {
        {
            MainWindow window;
            QHeaderView* header = window.clusterPane()->view()->horizontalHeader();
            header->setSectionHidden(ClusterTableModel::VersionColumn, true);
            header->resizeSection(ClusterTableModel::NameColumn, 222);
            header->moveSection(header->visualIndex(ClusterTableModel::NodesColumn), 1);
        }
        MainWindow window;
        QHeaderView* header = window.clusterPane()->view()->horizontalHeader();
        QVERIFY(header->isSectionHidden(ClusterTableModel::VersionColumn));
        QCOMPARE(header->sectionSize(ClusterTableModel::NameColumn), 222);
        QCOMPARE(header->visualIndex(ClusterTableModel::NodesColumn), 1);
    }

    void languageSwitchRetranslatesTheWindow()
    {
        i18n::LanguageManager languages;
        languages.start(QStringLiteral("en"));
        MainWindow window;
        window.setLanguageManager(&languages);
        window.show();
        QAction* chinese = nullptr;
        for (QAction* action : window.findChildren<QAction*>())
            if (action->data().toString() == QLatin1String("zh_CN"))
                chinese = action;
        QVERIFY(chinese && chinese->isEnabled());
        chinese->trigger();
        QCOMPARE(languages.language(), QStringLiteral("zh_CN"));
        QVERIFY(chinese->isChecked());
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("resourceTabs"));
        QTRY_COMPARE(tabs->tabText(0),
                     QCoreApplication::translate("dws::ui::MainWindow", "Clusters"));
        QCOMPARE(window.operationActions()->action(Operation::Refresh)->text(),
                 QCoreApplication::translate("dws::ui::OperationActions", "&Refresh"));
        QCOMPARE(window.clusterPane()->view()->model()->headerData(0, Qt::Horizontal).toString(),
                 ClusterTableModel::columnTitle(ClusterTableModel::NameColumn));
        languages.setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(tabs->tabText(0), QStringLiteral("Clusters"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_MainWindow.moc"
