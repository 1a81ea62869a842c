#include "ModelSignals.h"
#include "PrefixTranslator.h"
#include "Samples.h"
#include "models/ClusterTableModel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPersistentModelIndex>
#include <QtTest>
#include <memory>

using dws::Cluster;
using dws::ClusterStatus;
using dws::ClusterTableModel;
using dws::TaskStatus;
using namespace samples;

class TestClusterTableModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void firstApplyInsertsAllRowsAtOnce();
    void identicalRefreshEmitsNothing();
    void changedRowEmitsOneDataChangedOverItsChangedColumns();
    void changeOutsideTheColumnsSignalsTheRecordRole();
    void newRowsAreAppendedInOneInsert();
    void vanishedRowsAreRemovedInContiguousRunsBottomUp();
    void mixedRefreshEndsWithExactlyTheIncomingClusters();
    void lookupsAreExactInsideEveryRemovalSignal();
    void duplicatedIdKeepsTheFirstOccurrence();
    void persistentIndexesFollowTheirClusterAcrossRefreshes();
    void applyOneReplacesOrAppends();
    void clearResetsTheModel();
    void progressRoleFollowsTheRunningTask_data();
    void progressRoleFollowsTheRunningTask();
    void displayTexts();
    void sortKeysAreTyped();
    void statusHasAColour();
    void lookups();
    void headersFollowALanguageSwitch();
    void retranslateSignalsHeadersAndEveryDisplayCell();
    void refreshOfTenThousandClustersIsFast();

private:
    QModelIndex cell(const QString& id, ClusterTableModel::Column column) const
    {
        return m_model->indexOf(id, column);
    }

    std::unique_ptr<ClusterTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestClusterTableModel::init()
{
    m_model = std::make_unique<ClusterTableModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestClusterTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestClusterTableModel::firstApplyInsertsAllRowsAtOnce()
{
    ModelSignals signals_(m_model.get());
    m_model->apply(fleet(5));

    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(m_model->columnCount(), int(ClusterTableModel::ColumnCount));
    QCOMPARE(signals_.rowsInserted.size(), 1);
    QCOMPARE(signals_.rowsInserted.at(0).at(1).toInt(), 0);
    QCOMPARE(signals_.rowsInserted.at(0).at(2).toInt(), 4);
    QCOMPARE(signals_.total(), 1);
    for (int row = 0; row < 5; ++row)
        QCOMPARE(m_model->clusterAt(row).id, QStringLiteral("c%1").arg(row));
}

void TestClusterTableModel::identicalRefreshEmitsNothing()
{
    m_model->apply(fleet(20));
    ModelSignals signals_(m_model.get());

    m_model->apply(fleet(20)); // equal values, freshly built
    QCOMPARE(signals_.total(), 0);

    QList<Cluster> reordered = fleet(20);
    std::reverse(reordered.begin(), reordered.end());
    m_model->apply(reordered); // order is the proxy's business
    QCOMPARE(signals_.total(), 0);
    QCOMPARE(m_model->clusterAt(0).id, QStringLiteral("c0"));
}

void TestClusterTableModel::changedRowEmitsOneDataChangedOverItsChangedColumns()
{
    m_model->apply(fleet(10));
    ModelSignals signals_(m_model.get());

    QList<Cluster> refreshed = fleet(10);
    refreshed[4].status = ClusterStatus::Unavailable;
    refreshed[4].numberOfNode = 6;
    refreshed[7].version = QStringLiteral("8.2.0");
    m_model->apply(refreshed);

    QCOMPARE(signals_.total(), 2);
    QCOMPARE(signals_.dataChanged.size(), 2);
    const auto range = [&](int signal) {
        const QList<QVariant>& arguments = signals_.dataChanged.at(signal);
        const auto topLeft = arguments.at(0).value<QModelIndex>();
        const auto bottomRight = arguments.at(1).value<QModelIndex>();
        return QList<int>{topLeft.row(), topLeft.column(), bottomRight.row(), bottomRight.column()};
    };
    QCOMPARE(range(0),
             (QList<int>{4, ClusterTableModel::StatusColumn, 4, ClusterTableModel::NodesColumn}));
    QCOMPARE(range(1), (QList<int>{7, ClusterTableModel::VersionColumn, 7,
                                   ClusterTableModel::VersionColumn}));
    QCOMPARE(m_model->clusterAt(4).numberOfNode, 6);
    QCOMPARE(cell(QStringLiteral("c7"), ClusterTableModel::VersionColumn).data().toString(),
             QStringLiteral("8.2.0"));
}

void TestClusterTableModel::changeOutsideTheColumnsSignalsTheRecordRole()
{
    m_model->apply(fleet(3));
    ModelSignals signals_(m_model.get());

    QList<Cluster> refreshed = fleet(3);
    refreshed[1].updated = refreshed[1].updated.addSecs(60);
    refreshed[1].recentEvent = 4;
    m_model->apply(refreshed);

    QCOMPARE(signals_.total(), 1);
    const QList<QVariant>& arguments = signals_.dataChanged.at(0);
    QCOMPARE(arguments.at(0).value<QModelIndex>(), m_model->index(1, 0));
    QCOMPARE(arguments.at(1).value<QModelIndex>(), m_model->index(1, 0));
    QCOMPARE(arguments.at(2).value<QList<int>>(), QList<int>{ClusterTableModel::ClusterRole});
    QCOMPARE(m_model->clusterAt(1).recentEvent, 4);
    QCOMPARE(m_model->index(1, 0).data(ClusterTableModel::ClusterRole).value<Cluster>(),
             refreshed[1]);
}

void TestClusterTableModel::newRowsAreAppendedInOneInsert()
{
    m_model->apply(fleet(3));
    ModelSignals signals_(m_model.get());

    QList<Cluster> refreshed = fleet(3);
    refreshed.insert(1, cluster(QStringLiteral("new-a"), QStringLiteral("alpha")));
    refreshed.prepend(cluster(QStringLiteral("new-b"), QStringLiteral("beta")));
    m_model->apply(refreshed);

    QCOMPARE(signals_.total(), 1);
    QCOMPARE(signals_.rowsInserted.size(), 1);
    QCOMPARE(signals_.rowsInserted.at(0).at(1).toInt(), 3);
    QCOMPARE(signals_.rowsInserted.at(0).at(2).toInt(), 4);
    QCOMPARE(m_model->rowCount(), 5);
    // Appended in the order they arrived.
    QCOMPARE(m_model->clusterAt(3).id, QStringLiteral("new-b"));
    QCOMPARE(m_model->clusterAt(4).id, QStringLiteral("new-a"));
    QCOMPARE(m_model->rowOf(QStringLiteral("new-a")), 4);
}

void TestClusterTableModel::vanishedRowsAreRemovedInContiguousRunsBottomUp()
{
    m_model->apply(fleet(10));
    ModelSignals signals_(m_model.get());

    QList<Cluster> refreshed = fleet(10);
    refreshed.removeAt(9); // c9
    refreshed.removeAt(7); // c7
    refreshed.removeAt(3); // c3
    refreshed.removeAt(2); // c2
    m_model->apply(refreshed);

    QCOMPARE(signals_.total(), 3);
    QCOMPARE(signals_.rowsRemoved.size(), 3);
    const auto run = [&](int signal) {
        return std::pair(signals_.rowsRemoved.at(signal).at(1).toInt(),
                         signals_.rowsRemoved.at(signal).at(2).toInt());
    };
    QCOMPARE(run(0), std::pair(9, 9));
    QCOMPARE(run(1), std::pair(7, 7));
    QCOMPARE(run(2), std::pair(2, 3));
    QCOMPARE(m_model->rowCount(), 6);
    const QStringList expected{"c0", "c1", "c4", "c5", "c6", "c8"};
    for (int row = 0; row < expected.size(); ++row) {
        QCOMPARE(m_model->clusterAt(row).id, expected.at(row));
        QCOMPARE(m_model->rowOf(expected.at(row)), row);
    }
    QCOMPARE(m_model->rowOf(QStringLiteral("c3")), -1);
}

void TestClusterTableModel::mixedRefreshEndsWithExactlyTheIncomingClusters()
{
    m_model->apply(fleet(8));
    QList<Cluster> refreshed = fleet(8);
    refreshed.removeAt(5);
    refreshed.removeAt(0);
    refreshed[2].name = QStringLiteral("renamed");
    refreshed.append(cluster(QStringLiteral("x1"), QStringLiteral("extra")));
    m_model->apply(refreshed);

    QCOMPARE(m_model->rowCount(), refreshed.size());
    for (const Cluster& expected : refreshed) {
        const int row = m_model->rowOf(expected.id);
        QVERIFY2(row >= 0, qPrintable(expected.id));
        QCOMPARE(m_model->clusterAt(row), expected);
        QCOMPARE(m_model->index(row, 0).data(ClusterTableModel::IdRole).toString(), expected.id);
    }
}

void TestClusterTableModel::lookupsAreExactInsideEveryRemovalSignal()
{
    m_model->apply(fleet(10));
    int removals = 0;
    int mismatches = 0;
    connect(m_model.get(), &QAbstractItemModel::rowsRemoved, this, [&] {
        ++removals;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->rowOf(m_model->clusterAt(row).id) != row)
                ++mismatches;
        }
        // Runs go bottom-up, so c8 is gone from the first signal on.
        if (m_model->rowOf(QStringLiteral("c8")) != -1)
            ++mismatches;
    });
    QList<Cluster> refreshed = fleet(10);
    refreshed.removeAt(8);
    refreshed.removeAt(5);
    refreshed.removeAt(4);
    refreshed.removeAt(1);
    m_model->apply(refreshed);
    QCOMPARE(removals, 3);
    QCOMPARE(mismatches, 0);
    QCOMPARE(m_model->rowOf(QStringLiteral("c8")), -1);
    QCOMPARE(m_model->nameOf(QStringLiteral("c9")), QStringLiteral("cluster-9"));
}

void TestClusterTableModel::duplicatedIdKeepsTheFirstOccurrence()
{
    QList<Cluster> clusters = fleet(2);
    clusters.append(cluster(QStringLiteral("c0"), QStringLiteral("impostor")));
    m_model->apply(clusters);

    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->nameOf(QStringLiteral("c0")), QStringLiteral("cluster-0"));
}

void TestClusterTableModel::persistentIndexesFollowTheirClusterAcrossRefreshes()
{
    m_model->apply(fleet(8));
    const QPersistentModelIndex watched(
        cell(QStringLiteral("c5"), ClusterTableModel::StatusColumn));
    const QPersistentModelIndex doomed(cell(QStringLiteral("c2"), ClusterTableModel::NameColumn));
    QVERIFY(watched.isValid());

    QList<Cluster> refreshed = fleet(8);
    refreshed.removeAt(3);
    refreshed.removeAt(2);
    refreshed[3].status = ClusterStatus::Frozen; // c5 is now at index 3 of the list
    refreshed.append(cluster(QStringLiteral("new"), QStringLiteral("new")));
    m_model->apply(refreshed);

    QVERIFY(watched.isValid());
    QCOMPARE(watched.row(), 3);
    QCOMPARE(watched.column(), int(ClusterTableModel::StatusColumn));
    QCOMPARE(watched.data(ClusterTableModel::IdRole).toString(), QStringLiteral("c5"));
    QCOMPARE(watched.data(dws::WireValueRole).toString(), QStringLiteral("FROZEN"));
    QVERIFY(!doomed.isValid());
}

void TestClusterTableModel::applyOneReplacesOrAppends()
{
    m_model->apply(fleet(3));
    ModelSignals signals_(m_model.get());

    Cluster changed = cluster(QStringLiteral("c1"), QStringLiteral("cluster-1"));
    changed.numberOfNode = 9;
    m_model->applyOne(changed);
    QCOMPARE(signals_.dataChanged.size(), 1);
    QCOMPARE(m_model->clusterAt(1).numberOfNode, 9);

    m_model->applyOne(changed);
    QCOMPARE(signals_.total(), 1);

    m_model->applyOne(cluster(QStringLiteral("fresh"), QStringLiteral("fresh")));
    QCOMPARE(signals_.rowsInserted.size(), 1);
    QCOMPARE(m_model->rowOf(QStringLiteral("fresh")), 3);
}

void TestClusterTableModel::clearResetsTheModel()
{
    m_model->apply(fleet(4));
    ModelSignals signals_(m_model.get());
    m_model->clear();
    QCOMPARE(signals_.modelReset.size(), 1);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->rowOf(QStringLiteral("c1")), -1);
    m_model->apply(fleet(2));
    QCOMPARE(m_model->rowCount(), 2);
}

void TestClusterTableModel::progressRoleFollowsTheRunningTask_data()
{
    QTest::addColumn<Cluster>("input");
    QTest::addColumn<int>("progress");
    QTest::addColumn<QString>("wireTask");

    const Cluster base = cluster(QStringLiteral("c"), QStringLiteral("c"));
    QTest::newRow("idle") << base << -1 << QString();
    QTest::newRow("snapshotting 20%")
        << withTask(base, TaskStatus::Snapshotting, 20) << 20 << QStringLiteral("SNAPSHOTTING");
    QTest::newRow("rebooting without progress")
        << withTask(base, TaskStatus::Rebooting, std::nullopt) << -1 << QStringLiteral("REBOOTING");

    Cluster creating = cluster(QStringLiteral("c"), QStringLiteral("c"), ClusterStatus::Creating);
    creating.actionProgress.tasks.append(
        {dws::TaskStatus(TaskStatus::Creating), 35, QStringLiteral("35%")});
    QTest::newRow("creating, action_progress only") << creating << 35 << QStringLiteral("CREATING");

    Cluster failed = base;
    failed.taskStatus = TaskStatus::ResizeFailure;
    QTest::newRow("resize failed") << failed << -1 << QStringLiteral("RESIZE_FAILURE");

    Cluster unknownTask = base;
    unknownTask.taskStatus = TaskStatus::fromString(u"UPGRADING");
    unknownTask.actionProgress.tasks.append({unknownTask.taskStatus, 60, QStringLiteral("60%")});
    QTest::newRow("task unknown to the reference")
        << unknownTask << 60 << QStringLiteral("UPGRADING");
}

void TestClusterTableModel::progressRoleFollowsTheRunningTask()
{
    QFETCH(Cluster, input);
    QFETCH(int, progress);
    QFETCH(QString, wireTask);
    m_model->apply({input});
    const QModelIndex task = m_model->index(0, ClusterTableModel::TaskColumn);
    QCOMPARE(task.data(ClusterTableModel::ProgressRole).toInt(), progress);
    QCOMPARE(task.data(dws::WireValueRole).toString(), wireTask);
}

void TestClusterTableModel::displayTexts()
{
    Cluster busy = withTask(cluster(QStringLiteral("id-1"), QStringLiteral("sales")),
                            TaskStatus::Snapshotting, 20);
    busy.subStatus = dws::SubStatus::fromString(u"READONLY");
    Cluster failed =
        cluster(QStringLiteral("id-2"), QStringLiteral("broken"), ClusterStatus::CreationFailed);
    failed.failedReasons = dws::FailedReasons{QStringLiteral("DWS.6000"), QStringLiteral("boom")};
    Cluster oddStatus = cluster(QStringLiteral("id-3"), QStringLiteral("odd"));
    oddStatus.status = ClusterStatus::fromString(u"MIGRATING");
    m_model->apply({busy, failed, oddStatus});

    const auto text = [&](const QString& id, ClusterTableModel::Column column) {
        return cell(id, column).data().toString();
    };
    QCOMPARE(text(QStringLiteral("id-1"), ClusterTableModel::NameColumn), QStringLiteral("sales"));
    QCOMPARE(text(QStringLiteral("id-1"), ClusterTableModel::StatusColumn),
             QStringLiteral("Available"));
    QCOMPARE(text(QStringLiteral("id-1"), ClusterTableModel::SubStatusColumn),
             QStringLiteral("Read-only"));
    QVERIFY(text(QStringLiteral("id-1"), ClusterTableModel::TaskColumn)
                .startsWith(QStringLiteral("Taking snapshot")));
    QVERIFY(text(QStringLiteral("id-1"), ClusterTableModel::TaskColumn).contains(u"20"));
    QCOMPARE(text(QStringLiteral("id-1"), ClusterTableModel::NodeTypeColumn),
             QStringLiteral("dws.m3.xlarge"));
    QCOMPARE(text(QStringLiteral("id-1"), ClusterTableModel::NodesColumn), QStringLiteral("3"));
    QCOMPARE(text(QStringLiteral("id-1"), ClusterTableModel::AvailabilityZoneColumn),
             QStringLiteral("cn-north-4a"));
    QCOMPARE(text(QStringLiteral("id-1"), ClusterTableModel::CreatedColumn),
             QLocale().toString(utc(2024, 1, 2, 3, 4, 5).toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(text(QStringLiteral("id-2"), ClusterTableModel::StatusColumn),
             QStringLiteral("Creation failed"));
    QVERIFY(cell(QStringLiteral("id-2"), ClusterTableModel::StatusColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"DWS.6000"));
    // Unknown words are shown as sent, never dropped.
    QCOMPARE(text(QStringLiteral("id-3"), ClusterTableModel::StatusColumn),
             QStringLiteral("MIGRATING"));
    QCOMPARE(cell(QStringLiteral("id-3"), ClusterTableModel::StatusColumn)
                 .data(dws::WireValueRole)
                 .toString(),
             QStringLiteral("MIGRATING"));
    QCOMPARE(text(QStringLiteral("id-3"), ClusterTableModel::TaskColumn), QString());
}

void TestClusterTableModel::sortKeysAreTyped()
{
    Cluster older = cluster(QStringLiteral("a"), QStringLiteral("a"));
    older.numberOfNode = 10;
    older.created = utc(2023, 12, 31);
    Cluster newer = cluster(QStringLiteral("b"), QStringLiteral("b"));
    newer.numberOfNode = 3;
    m_model->apply({older, newer});

    const QVariant nodes =
        cell(QStringLiteral("a"), ClusterTableModel::NodesColumn).data(ClusterTableModel::SortRole);
    QCOMPARE(nodes.typeId(), QMetaType::Int);
    QCOMPARE(nodes.toInt(), 10);
    const QVariant created = cell(QStringLiteral("a"), ClusterTableModel::CreatedColumn)
                                 .data(ClusterTableModel::SortRole);
    QCOMPARE(created.typeId(), QMetaType::QDateTime);
    QCOMPARE(created.toDateTime(), utc(2023, 12, 31));
    QVERIFY(cell(QStringLiteral("b"), ClusterTableModel::NodesColumn)
                .data(ClusterTableModel::SortRole)
                .toInt() < nodes.toInt());
    QCOMPARE(cell(QStringLiteral("b"), ClusterTableModel::NameColumn)
                 .data(ClusterTableModel::SortRole)
                 .toString(),
             QStringLiteral("b"));
}

void TestClusterTableModel::statusHasAColour()
{
    Cluster failed = cluster(QStringLiteral("f"), QStringLiteral("f"), ClusterStatus::Unavailable);
    m_model->apply({cluster(QStringLiteral("a"), QStringLiteral("a")), failed});
    const QModelIndex available = cell(QStringLiteral("a"), ClusterTableModel::StatusColumn);
    const QModelIndex unavailable = cell(QStringLiteral("f"), ClusterTableModel::StatusColumn);
    const QColor good = available.data(ClusterTableModel::StatusColorRole).value<QColor>();
    const QColor bad = unavailable.data(ClusterTableModel::StatusColorRole).value<QColor>();
    QVERIFY(good.isValid());
    QVERIFY(bad.isValid());
    QVERIFY(good != bad);
    QCOMPARE(unavailable.data(Qt::ForegroundRole).value<QBrush>().color(), bad);
    QVERIFY(
        cell(QStringLiteral("a"), ClusterTableModel::NameColumn).data(Qt::ForegroundRole).isNull());
}

void TestClusterTableModel::lookups()
{
    m_model->apply(fleet(3));
    QCOMPARE(m_model->nameOf(QStringLiteral("c2")), QStringLiteral("cluster-2"));
    QCOMPARE(m_model->nameOf(QStringLiteral("nope")), QString());
    QVERIFY(m_model->cluster(QStringLiteral("c1")).has_value());
    QVERIFY(!m_model->cluster(QStringLiteral("nope")).has_value());
    QVERIFY(!m_model->indexOf(QStringLiteral("nope")).isValid());
    QCOMPARE(m_model->clusters().size(), 3);
    QVERIFY(m_model->roleNames().contains(ClusterTableModel::ProgressRole));
    QCOMPARE(m_model->index(0, 0).data(12345), QVariant());
}

void TestClusterTableModel::headersFollowALanguageSwitch()
{
    m_model->apply(fleet(2));
    QCOMPARE(m_model->headerData(ClusterTableModel::NameColumn, Qt::Horizontal).toString(),
             QStringLiteral("Name"));
    ModelSignals signals_(m_model.get());

    PrefixTranslator translator(
        {QStringLiteral("dws::ClusterTableModel"), QStringLiteral("dws::ClusterStatus")},
        QStringLiteral("zz:"));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    QTRY_COMPARE(signals_.headerDataChanged.size(), 1);
    QCOMPARE(m_model->headerData(ClusterTableModel::NameColumn, Qt::Horizontal).toString(),
             QStringLiteral("zz:Name"));
    QCOMPARE(cell(QStringLiteral("c0"), ClusterTableModel::StatusColumn).data().toString(),
             QStringLiteral("zz:Available"));
    QCOMPARE(signals_.dataChanged.size(), 1);

    QVERIFY(QCoreApplication::removeTranslator(&translator));
    QTRY_COMPARE(signals_.headerDataChanged.size(), 2);
    QCOMPARE(m_model->headerData(ClusterTableModel::NameColumn, Qt::Horizontal).toString(),
             QStringLiteral("Name"));
}

void TestClusterTableModel::retranslateSignalsHeadersAndEveryDisplayCell()
{
    m_model->apply(fleet(4));
    ModelSignals signals_(m_model.get());
    m_model->retranslate();

    QCOMPARE(signals_.headerDataChanged.size(), 1);
    QCOMPARE(signals_.headerDataChanged.at(0).at(0).value<Qt::Orientation>(), Qt::Horizontal);
    QCOMPARE(signals_.headerDataChanged.at(0).at(1).toInt(), 0);
    QCOMPARE(signals_.headerDataChanged.at(0).at(2).toInt(), ClusterTableModel::ColumnCount - 1);
    QCOMPARE(signals_.dataChanged.size(), 1);
    const QList<QVariant>& arguments = signals_.dataChanged.at(0);
    QCOMPARE(arguments.at(0).value<QModelIndex>(), m_model->index(0, 0));
    QCOMPARE(arguments.at(1).value<QModelIndex>(),
             m_model->index(3, ClusterTableModel::ColumnCount - 1));
    QVERIFY(arguments.at(2).value<QList<int>>().contains(Qt::DisplayRole));
}

void TestClusterTableModel::refreshOfTenThousandClustersIsFast()
{
    // The GUI thread has one frame (16 ms) for a refresh of a large fleet with 5% changed.
#if defined(__SANITIZE_ADDRESS__) || !defined(__OPTIMIZE__)
    QSKIP("Timing is only meaningful in an optimized build without sanitizers");
#endif
    const int fleetSize = 10000;
    m_tester.reset(); // the tester re-checks the whole model on every signal
    m_model->apply(fleet(fleetSize));

    qint64 best = std::numeric_limits<qint64>::max();
    for (int round = 1; round <= 4; ++round) {
        QList<Cluster> refreshed = fleet(fleetSize);
        for (int i = round; i < fleetSize; i += 20)
            refreshed[i].actionProgress.tasks = {
                {dws::TaskStatus(TaskStatus::Snapshotting), round, QString()}};
        // Odd rounds hand the list over; even rounds share it, as a signal argument would be.
        const QList<Cluster> sender = round % 2 ? QList<Cluster>() : refreshed;
        ModelSignals signals_(m_model.get());
        QElapsedTimer timer;
        timer.start();
        if (round % 2)
            m_model->apply(std::move(refreshed));
        else
            m_model->apply(sender);
        best = std::min(best, timer.nsecsElapsed());
        QCOMPARE(signals_.dataChanged.size(), round == 1 ? fleetSize / 20 : 2 * (fleetSize / 20));
        QCOMPARE(signals_.total(), signals_.dataChanged.size());
    }
    qInfo("refresh of %d clusters, 5%% changed: %.2f ms", fleetSize, double(best) / 1e6);
    QVERIFY2(best < 16'000'000, qPrintable(QString::number(double(best) / 1e6) + " ms"));

    QElapsedTimer timer;
    timer.start();
    ModelSignals signals_(m_model.get());
    QList<Cluster> same = m_model->clusters();
    m_model->apply(std::move(same));
    QCOMPARE(signals_.total(), 0);
}

QTEST_MAIN(TestClusterTableModel)
#include "tst_clustertablemodel.moc"
