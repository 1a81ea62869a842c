#include "dws/ActionRules.h"

#include <QTest>

using namespace dws;

namespace {

Cluster availableCluster(const QString& version = QStringLiteral("8.1.3"))
{
    Cluster cluster;
    cluster.id = QStringLiteral("c1");
    cluster.name = QStringLiteral("dws-one");
    cluster.status = ClusterStatus::fromString(u"AVAILABLE");
    cluster.taskStatus = TaskStatus::fromString(u"");
    cluster.version = version;
    return cluster;
}

Snapshot snapshot(const QString& status, const QString& type)
{
    Snapshot result;
    result.id = QStringLiteral("s1");
    result.status = SnapshotStatus::fromString(status);
    result.type = type;
    return result;
}

Verdict decideOn(Operation operation, const Cluster& cluster)
{
    return decide(operation, ActionContext{true, &cluster, nullptr});
}

const QList<Operation> kClusterOperations = {Operation::ResizeCluster, Operation::RestartCluster,
                                             Operation::ResetPassword, Operation::CreateSnapshot,
                                             Operation::DeleteCluster};

} // namespace

class TestActionRules : public QObject
{
    Q_OBJECT
private slots:
    void nothingBeforeSignIn()
    {
        const Cluster cluster = availableCluster();
        for (Operation operation : kClusterOperations) {
            const Verdict verdict = decide(operation, ActionContext{false, &cluster, nullptr});
            QCOMPARE(verdict.refusal, Refusal::NotSignedIn);
            QVERIFY(!explainRefusal(verdict.refusal).isEmpty());
        }
        QVERIFY(!decide(Operation::Refresh, {}).allowed());
    }

    void createAndRefreshNeedNoSelection()
    {
        QVERIFY(decide(Operation::CreateCluster, ActionContext{true, nullptr, nullptr}).allowed());
        QVERIFY(decide(Operation::Refresh, ActionContext{true, nullptr, nullptr}).allowed());
    }

    void clusterOperationsNeedASelection()
    {
        for (Operation operation : kClusterOperations)
            QCOMPARE(decide(operation, ActionContext{true, nullptr, nullptr}).refusal,
                     Refusal::NoClusterSelected);
        QCOMPARE(decide(Operation::RestoreSnapshot, ActionContext{true, nullptr, nullptr}).refusal,
                 Refusal::NoSnapshotSelected);
    }

    void everythingOnAnAvailableIdleCluster()
    {
        const Cluster cluster = availableCluster();
        for (Operation operation : kClusterOperations)
            QVERIFY2(decideOn(operation, cluster).allowed(),
                     qPrintable(QString::number(int(operation))));
        const Verdict resize = decideOn(Operation::ResizeCluster, cluster);
        QVERIFY(resize.resizeModes.resize);
        QVERIFY(resize.resizeModes.scaleOut);
        QVERIFY(explainLimits(Operation::ResizeCluster, resize, &cluster).isEmpty());
    }

    void nothingOnACreatingCluster()
    {
        Cluster cluster = availableCluster();
        cluster.status = ClusterStatus::fromString(u"CREATING");
        for (Operation operation : kClusterOperations)
            QCOMPARE(decideOn(operation, cluster).refusal, Refusal::ClusterCreating);
    }

    void noRestartWhileATaskRuns_data()
    {
        QTest::addColumn<QString>("task");
        QTest::newRow("snapshotting") << QStringLiteral("SNAPSHOTTING");
        QTest::newRow("growing") << QStringLiteral("GROWING");
        QTest::newRow("rebooting") << QStringLiteral("REBOOTING");
        QTest::newRow("unknown live task") << QStringLiteral("ORDER_PENDING");
    }
    void noRestartWhileATaskRuns()
    {
        QFETCH(QString, task);
        Cluster cluster = availableCluster();
        cluster.taskStatus = TaskStatus::fromString(task);
        for (Operation operation : kClusterOperations)
            QCOMPARE(decideOn(operation, cluster).refusal, Refusal::TaskRunning);
        const QString reason = explainRefusal(Refusal::TaskRunning, &cluster);
        QVERIFY2(reason.contains(cluster.taskStatus.displayText()), qPrintable(reason));
    }

    void aFailedTaskDoesNotBlock()
    {
        Cluster cluster = availableCluster();
        cluster.taskStatus = TaskStatus::fromString(u"RESIZE_FAILURE");
        QVERIFY(decideOn(Operation::RestartCluster, cluster).allowed());
        QVERIFY(decideOn(Operation::ResizeCluster, cluster).allowed());
    }

    void scaleOutOnlyBelow150()
    {
        const Cluster old = availableCluster(QStringLiteral("1.2.0"));
        const Verdict verdict = decideOn(Operation::ResizeCluster, old);
        QVERIFY(verdict.allowed());
        QVERIFY(!verdict.resizeModes.resize);
        QVERIFY(verdict.resizeModes.scaleOut);
        QVERIFY(explainLimits(Operation::ResizeCluster, verdict, &old).contains(u"1.2.0"));
        QVERIFY(decideOn(Operation::ResizeCluster, availableCluster(QStringLiteral("1.5.0")))
                    .resizeModes.resize);
    }

    void unavailableClusterCanBeRestartedOrDeleted()
    {
        Cluster cluster = availableCluster();
        cluster.status = ClusterStatus::fromString(u"UNAVAILABLE");
        QVERIFY(decideOn(Operation::RestartCluster, cluster).allowed());
        QVERIFY(decideOn(Operation::DeleteCluster, cluster).allowed());
        QCOMPARE(decideOn(Operation::CreateSnapshot, cluster).refusal, Refusal::ClusterUnavailable);
        QCOMPARE(decideOn(Operation::ResizeCluster, cluster).refusal, Refusal::ClusterUnavailable);
    }

    void failedAndFrozenClustersCanOnlyBeDeleted()
    {
        for (const auto& [status, refusal] :
             {std::pair{u"CREATION FAILED", Refusal::ClusterCreationFailed},
              std::pair{u"FROZEN", Refusal::ClusterFrozen}}) {
            Cluster cluster = availableCluster();
            cluster.status = ClusterStatus::fromString(status);
            QVERIFY(decideOn(Operation::DeleteCluster, cluster).allowed());
            QCOMPARE(decideOn(Operation::RestartCluster, cluster).refusal, refusal);
            QCOMPARE(decideOn(Operation::CreateSnapshot, cluster).refusal, refusal);
        }
    }

    void unknownStatusIsKeptSafe()
    {
        Cluster cluster = availableCluster();
        cluster.status = ClusterStatus::fromString(u"MIGRATING");
        QCOMPARE(decideOn(Operation::RestartCluster, cluster).refusal,
                 Refusal::ClusterStatusUnknown);
        QVERIFY(explainRefusal(Refusal::ClusterStatusUnknown, &cluster).contains(u"MIGRATING"));
        QVERIFY(decideOn(Operation::DeleteCluster, cluster).allowed());
    }

    void snapshotRules()
    {
        const Snapshot manual = snapshot(QStringLiteral("AVAILABLE"), QStringLiteral("MANUAL"));
        const Snapshot automated =
            snapshot(QStringLiteral("AVAILABLE"), QStringLiteral("AUTOMATED"));
        const Snapshot creating = snapshot(QStringLiteral("CREATING"), QStringLiteral("MANUAL"));
        const auto on = [](Operation operation, const Snapshot& target) {
            return decide(operation, ActionContext{true, nullptr, &target});
        };
        QVERIFY(on(Operation::DeleteSnapshot, manual).allowed());
        QVERIFY(on(Operation::RestoreSnapshot, manual).allowed());
        QCOMPARE(on(Operation::DeleteSnapshot, automated).refusal, Refusal::SnapshotNotManual);
        QVERIFY(on(Operation::RestoreSnapshot, automated).allowed());
        QCOMPARE(on(Operation::DeleteSnapshot, creating).refusal, Refusal::SnapshotCreating);
        QCOMPARE(on(Operation::RestoreSnapshot, creating).refusal, Refusal::SnapshotCreating);
        const Snapshot unavailable =
            snapshot(QStringLiteral("UNAVAILABLE"), QStringLiteral("MANUAL"));
        QCOMPARE(on(Operation::RestoreSnapshot, unavailable).refusal,
                 Refusal::SnapshotNotAvailable);
    }

    void everyRefusalIsExplained()
    {
        for (int value = int(Refusal::NotSignedIn); value <= int(Refusal::SnapshotCreating);
             ++value)
            QVERIFY2(!explainRefusal(Refusal(value)).isEmpty(), qPrintable(QString::number(value)));
        QVERIFY(explainRefusal(Refusal::None).isEmpty());
    }

    void versions()
    {
        QCOMPARE(compareVersions(u"1.5.0", u"1.5.0"), 0);
        QCOMPARE(compareVersions(u"1.10.0", u"1.5.0"), 1);
        QCOMPARE(compareVersions(u"1.2.6", u"1.5"), -1);
        QCOMPARE(compareVersions(u"8.1.3.300", u"8.1.3"), 1);
        QVERIFY(!supportsResizeToNodeType(u""));
        QVERIFY(!supportsResizeToNodeType(u"1.4.9"));
        QVERIFY(supportsResizeToNodeType(u" 1.5.0 "));
    }
};

QTEST_GUILESS_MAIN(TestActionRules)
#include "tst_ActionRules.moc"
