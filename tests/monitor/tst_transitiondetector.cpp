#include "../models/Samples.h"
#include "monitor/TransitionDetector.h"

#include <QSignalSpy>
#include <QtTest>

using dws::Cluster;
using dws::ClusterStatus;
using dws::Snapshot;
using dws::SnapshotStatus;
using dws::TaskStatus;
using dws::Transition;
using dws::TransitionDetector;
using Kind = dws::Transition::Kind;
using namespace samples;

Q_DECLARE_METATYPE(Kind)

class TestTransitionDetector : public QObject
{
    Q_OBJECT

private slots:
    void identicalClustersReportNothing();
    void clusterAppearsAndGoes();
    void clusterAppearsAlreadyBusy();
    void taskStarts();
    void taskProgresses();
    void unchangedPercentIsNoProgress();
    void taskFinishes();
    void taskFails_data();
    void taskFails();
    void failedReasonsAppearOnAnIdleCluster();
    void creationSucceeds();
    void creationFails();
    void scaleOutPhasesAreFollowed();
    void statusChanges();
    void onlyTheLastFailureIsReportedOnce();
    void unknownValuesAreKeptAsText();
    void snapshotTransitions_data();
    void snapshotTransitions();
    void snapshotAppearsAndGoes();
    void descriptionsNameTheResource();
    void detectorUsesTheFirstListsAsBaseline();

private:
    static QList<Kind> kinds(const QList<Transition>& transitions)
    {
        QList<Kind> result;
        for (const Transition& transition : transitions)
            result.append(transition.kind);
        return result;
    }
};

static Cluster base()
{
    return cluster(QStringLiteral("c1"), QStringLiteral("sales"));
}

void TestTransitionDetector::identicalClustersReportNothing()
{
    const QList<Cluster> fleet = samples::fleet(5);
    QVERIFY(TransitionDetector::compareClusters(fleet, samples::fleet(5)).isEmpty());
    Cluster touched = base();
    touched.updated = touched.updated.addSecs(5); // no change an operator cares about
    QVERIFY(TransitionDetector::compareCluster(base(), touched).isEmpty());
}

void TestTransitionDetector::clusterAppearsAndGoes()
{
    const Cluster other = cluster(QStringLiteral("c2"), QStringLiteral("ops"));
    const QList<Transition> transitions = TransitionDetector::compareClusters({base()}, {other});
    QCOMPARE(kinds(transitions), (QList<Kind>{Kind::ClusterAppeared, Kind::ClusterGone}));
    QCOMPARE(transitions.at(0).resourceId, QStringLiteral("c2"));
    QCOMPARE(transitions.at(0).resourceName, QStringLiteral("ops"));
    QCOMPARE(transitions.at(1).resourceId, QStringLiteral("c1"));
    QCOMPARE(transitions.at(1).fromText, QStringLiteral("AVAILABLE"));
    QVERIFY(transitions.at(0).isClusterTransition());
}

void TestTransitionDetector::clusterAppearsAlreadyBusy()
{
    Cluster creating =
        cluster(QStringLiteral("c9"), QStringLiteral("new"), ClusterStatus::Creating);
    creating.actionProgress.tasks.append({TaskStatus(TaskStatus::Creating), 5, "5%"});
    const QList<Transition> transitions = TransitionDetector::compareClusters({}, {creating});
    QCOMPARE(kinds(transitions), (QList<Kind>{Kind::ClusterAppeared, Kind::TaskStarted}));
    QCOMPARE(transitions.at(1).task, TaskStatus(TaskStatus::Creating));
    QCOMPARE(transitions.at(1).percent, std::optional<int>(5));
}

void TestTransitionDetector::taskStarts()
{
    const QList<Transition> transitions =
        TransitionDetector::compareCluster(base(), withTask(base(), TaskStatus::Snapshotting, 0));
    QCOMPARE(kinds(transitions), QList<Kind>{Kind::TaskStarted});
    QCOMPARE(transitions.at(0).task, TaskStatus(TaskStatus::Snapshotting));
    QCOMPARE(transitions.at(0).percent, std::optional<int>(0));
    QCOMPARE(transitions.at(0).resourceId, QStringLiteral("c1"));
}

void TestTransitionDetector::taskProgresses()
{
    const QList<Transition> transitions =
        TransitionDetector::compareCluster(withTask(base(), TaskStatus::Snapshotting, 20),
                                           withTask(base(), TaskStatus::Snapshotting, 45));
    QCOMPARE(kinds(transitions), QList<Kind>{Kind::TaskProgressed});
    QCOMPARE(transitions.at(0).previousPercent, std::optional<int>(20));
    QCOMPARE(transitions.at(0).percent, std::optional<int>(45));
    QCOMPARE(transitions.at(0).task, TaskStatus(TaskStatus::Snapshotting));
}

void TestTransitionDetector::unchangedPercentIsNoProgress()
{
    Cluster later = withTask(base(), TaskStatus::Rebooting, std::nullopt);
    later.updated = later.updated.addSecs(30);
    QVERIFY(TransitionDetector::compareCluster(
                withTask(base(), TaskStatus::Rebooting, std::nullopt), later)
                .isEmpty());
}

void TestTransitionDetector::taskFinishes()
{
    // When a task ends, task_status becomes null and action_progress {}.
    const QList<Transition> transitions = TransitionDetector::compareCluster(
        withTask(base(), TaskStatus::Snapshotting, 90), idle(base()));
    QCOMPARE(kinds(transitions), QList<Kind>{Kind::TaskFinished});
    QCOMPARE(transitions.at(0).task, TaskStatus(TaskStatus::Snapshotting));
    QCOMPARE(transitions.at(0).previousPercent, std::optional<int>(90));
    QVERIFY(!transitions.at(0).isFailure());
}

void TestTransitionDetector::taskFails_data()
{
    QTest::addColumn<Cluster>("before");
    QTest::addColumn<Cluster>("after");
    QTest::addColumn<TaskStatus>("failedTask");
    QTest::addColumn<QString>("failureText");

    Cluster resizeFailed = base();
    resizeFailed.taskStatus = TaskStatus::ResizeFailure;
    QTest::newRow("GROWING -> RESIZE_FAILURE")
        << withTask(base(), TaskStatus::Growing, 60) << resizeFailed
        << TaskStatus(TaskStatus::Growing) << QStringLiteral("RESIZE_FAILURE");

    Cluster rebootFailed = base();
    rebootFailed.taskStatus = TaskStatus::RebootFailure;
    QTest::newRow("idle -> REBOOT_FAILURE (never seen running)")
        << base() << rebootFailed << TaskStatus(TaskStatus::RebootFailure)
        << QStringLiteral("REBOOT_FAILURE");

    Cluster liveFailure = base();
    liveFailure.taskStatus = TaskStatus::fromString(u"UPGRADE_FAILED");
    QTest::newRow("live service *_FAILED value")
        << withTask(base(), TaskStatus::Restoring, 10) << liveFailure
        << TaskStatus(TaskStatus::Restoring) << QStringLiteral("UPGRADE_FAILED");
}

void TestTransitionDetector::taskFails()
{
    QFETCH(Cluster, before);
    QFETCH(Cluster, after);
    QFETCH(TaskStatus, failedTask);
    QFETCH(QString, failureText);
    const QList<Transition> transitions = TransitionDetector::compareCluster(before, after);
    QCOMPARE(kinds(transitions), QList<Kind>{Kind::TaskFailed});
    QCOMPARE(transitions.at(0).task, failedTask);
    QCOMPARE(transitions.at(0).toText, failureText);
    QVERIFY(transitions.at(0).isFailure());
}

void TestTransitionDetector::failedReasonsAppearOnAnIdleCluster()
{
    Cluster failed = base();
    failed.failedReasons =
        dws::FailedReasons{QStringLiteral("DWS.6002"), QStringLiteral("restart")};
    const QList<Transition> transitions = TransitionDetector::compareCluster(base(), failed);
    QCOMPARE(kinds(transitions), QList<Kind>{Kind::TaskFailed});
    QCOMPARE(transitions.at(0).reasons.errorCode, QStringLiteral("DWS.6002"));
    QCOMPARE(transitions.at(0).reasons.errorMessage, QStringLiteral("restart"));
    // The same reasons on the next refresh are old news.
    QVERIFY(TransitionDetector::compareCluster(failed, failed).isEmpty());
}

void TestTransitionDetector::creationSucceeds()
{
    Cluster creating =
        cluster(QStringLiteral("c1"), QStringLiteral("sales"), ClusterStatus::Creating);
    creating.actionProgress.tasks.append({TaskStatus(TaskStatus::Creating), 80, "80%"});
    const QList<Transition> transitions =
        TransitionDetector::compareCluster(creating, idle(base()));
    QCOMPARE(kinds(transitions), (QList<Kind>{Kind::TaskFinished, Kind::ClusterStatusChanged}));
    QCOMPARE(transitions.at(0).task, TaskStatus(TaskStatus::Creating));
    QCOMPARE(transitions.at(1).fromText, QStringLiteral("CREATING"));
    QCOMPARE(transitions.at(1).toText, QStringLiteral("AVAILABLE"));
}

void TestTransitionDetector::creationFails()
{
    Cluster creating =
        cluster(QStringLiteral("c1"), QStringLiteral("sales"), ClusterStatus::Creating);
    creating.actionProgress.tasks.append({TaskStatus(TaskStatus::Creating), 80, "80%"});
    Cluster failed =
        cluster(QStringLiteral("c1"), QStringLiteral("sales"), ClusterStatus::CreationFailed);
    failed.failedReasons = dws::FailedReasons{QStringLiteral("DWS.6000"), QStringLiteral("no")};
    const QList<Transition> transitions = TransitionDetector::compareCluster(creating, failed);
    QCOMPARE(kinds(transitions), (QList<Kind>{Kind::TaskFailed, Kind::ClusterStatusChanged}));
    QCOMPARE(transitions.at(0).task, TaskStatus(TaskStatus::Creating));
    QCOMPARE(transitions.at(0).reasons.errorCode, QStringLiteral("DWS.6000"));
    QCOMPARE(transitions.at(1).toText, QStringLiteral("CREATION FAILED"));

    // Seen failed without having been seen creating.
    Cluster quietlyFailed =
        cluster(QStringLiteral("c1"), QStringLiteral("sales"), ClusterStatus::CreationFailed);
    Cluster quietlyCreating =
        cluster(QStringLiteral("c1"), QStringLiteral("sales"), ClusterStatus::Creating);
    const QList<Transition> quiet =
        TransitionDetector::compareCluster(quietlyCreating, quietlyFailed);
    QCOMPARE(kinds(quiet), (QList<Kind>{Kind::TaskFailed, Kind::ClusterStatusChanged}));
    QCOMPARE(quiet.at(0).task, TaskStatus(TaskStatus::Creating));
}

void TestTransitionDetector::scaleOutPhasesAreFollowed()
{
    // A scale-out: SNAPSHOTTING, then GROWING, then redistribution in sub_status.
    const Cluster snapshotting = withTask(base(), TaskStatus::Snapshotting, 100);
    const Cluster growing = withTask(base(), TaskStatus::Growing, 10);
    Cluster redistributing = idle(base());
    redistributing.numberOfNode = 6;
    redistributing.subStatus = dws::SubStatus::fromString(u"REDISTRIBUTING");
    Cluster done = idle(base());
    done.numberOfNode = 6;

    QCOMPARE(kinds(TransitionDetector::compareCluster(base(), snapshotting)),
             QList<Kind>{Kind::TaskStarted});
    const QList<Transition> toGrowing = TransitionDetector::compareCluster(snapshotting, growing);
    QCOMPARE(kinds(toGrowing), (QList<Kind>{Kind::TaskFinished, Kind::TaskStarted}));
    QCOMPARE(toGrowing.at(0).task, TaskStatus(TaskStatus::Snapshotting));
    QCOMPARE(toGrowing.at(1).task, TaskStatus(TaskStatus::Growing));
    const QList<Transition> toRedistributing =
        TransitionDetector::compareCluster(growing, redistributing);
    QCOMPARE(kinds(toRedistributing),
             (QList<Kind>{Kind::TaskFinished, Kind::ClusterSubStatusChanged}));
    QCOMPARE(toRedistributing.at(1).fromText, QStringLiteral("NORMAL"));
    QCOMPARE(toRedistributing.at(1).toText, QStringLiteral("REDISTRIBUTING"));
    QCOMPARE(kinds(TransitionDetector::compareCluster(redistributing, done)),
             QList<Kind>{Kind::ClusterSubStatusChanged});
}

void TestTransitionDetector::statusChanges()
{
    Cluster frozen = base();
    frozen.status = ClusterStatus::Frozen;
    const QList<Transition> transitions = TransitionDetector::compareCluster(base(), frozen);
    QCOMPARE(kinds(transitions), QList<Kind>{Kind::ClusterStatusChanged});
    QCOMPARE(transitions.at(0).fromText, QStringLiteral("AVAILABLE"));
    QCOMPARE(transitions.at(0).toText, QStringLiteral("FROZEN"));
}

void TestTransitionDetector::onlyTheLastFailureIsReportedOnce()
{
    Cluster failed = base();
    failed.taskStatus = TaskStatus::ResizeFailure;
    failed.failedReasons = dws::FailedReasons{QStringLiteral("DWS.6001"), QStringLiteral("x")};
    // task_status and failed_reasons tell of the same failure: one transition.
    const QList<Transition> transitions =
        TransitionDetector::compareCluster(withTask(base(), TaskStatus::Growing, 50), failed);
    QCOMPARE(kinds(transitions), QList<Kind>{Kind::TaskFailed});
    QCOMPARE(transitions.at(0).reasons.errorCode, QStringLiteral("DWS.6001"));
    QVERIFY(TransitionDetector::compareCluster(failed, failed).isEmpty());
}

void TestTransitionDetector::unknownValuesAreKeptAsText()
{
    Cluster odd = base();
    odd.status = ClusterStatus::fromString(u"MIGRATING");
    const QList<Transition> transitions = TransitionDetector::compareCluster(base(), odd);
    QCOMPARE(kinds(transitions), QList<Kind>{Kind::ClusterStatusChanged});
    QCOMPARE(transitions.at(0).toText, QStringLiteral("MIGRATING"));
    QVERIFY(transitions.at(0).description().contains(u"MIGRATING"));
}

void TestTransitionDetector::snapshotTransitions_data()
{
    QTest::addColumn<SnapshotStatus>("from");
    QTest::addColumn<SnapshotStatus>("to");
    QTest::addColumn<QList<Kind>>("expected");
    QTest::newRow("creating -> available")
        << SnapshotStatus(SnapshotStatus::Creating) << SnapshotStatus(SnapshotStatus::Available)
        << QList<Kind>{Kind::SnapshotFinished};
    QTest::newRow("creating -> unavailable")
        << SnapshotStatus(SnapshotStatus::Creating) << SnapshotStatus(SnapshotStatus::Unavailable)
        << QList<Kind>{Kind::SnapshotFailed};
    QTest::newRow("unchanged") << SnapshotStatus(SnapshotStatus::Creating)
                               << SnapshotStatus(SnapshotStatus::Creating) << QList<Kind>{};
    QTest::newRow("to an unknown status")
        << SnapshotStatus(SnapshotStatus::Available) << SnapshotStatus::fromString(u"ARCHIVED")
        << QList<Kind>{};
}

void TestTransitionDetector::snapshotTransitions()
{
    QFETCH(SnapshotStatus, from);
    QFETCH(SnapshotStatus, to);
    QFETCH(QList<Kind>, expected);
    Snapshot before = snapshot(QStringLiteral("s1"), QStringLiteral("daily"), QStringLiteral("c1"));
    before.status = from;
    Snapshot after = before;
    after.status = to;
    const QList<Transition> transitions = TransitionDetector::compareSnapshots({before}, {after});
    QCOMPARE(kinds(transitions), expected);
    for (const Transition& transition : transitions) {
        QCOMPARE(transition.resourceId, QStringLiteral("s1"));
        QCOMPARE(transition.clusterId, QStringLiteral("c1"));
        QCOMPARE(transition.fromText, from.toString());
        QVERIFY(!transition.isClusterTransition());
    }
}

void TestTransitionDetector::snapshotAppearsAndGoes()
{
    const Snapshot creating = snapshot(QStringLiteral("s1"), QStringLiteral("a"),
                                       QStringLiteral("c1"), SnapshotStatus::Creating);
    const Snapshot available =
        snapshot(QStringLiteral("s2"), QStringLiteral("b"), QStringLiteral("c1"));
    const Snapshot broken = snapshot(QStringLiteral("s3"), QStringLiteral("c"),
                                     QStringLiteral("c1"), SnapshotStatus::Unavailable);
    const Snapshot old =
        snapshot(QStringLiteral("s0"), QStringLiteral("old"), QStringLiteral("c1"));
    const QList<Transition> transitions =
        TransitionDetector::compareSnapshots({old}, {creating, available, broken});
    QCOMPARE(kinds(transitions), (QList<Kind>{Kind::SnapshotStarted, Kind::SnapshotAppeared,
                                              Kind::SnapshotFailed, Kind::SnapshotGone}));
    QCOMPARE(transitions.at(3).resourceId, QStringLiteral("s0"));
}

void TestTransitionDetector::descriptionsNameTheResource()
{
    const QList<Transition> transitions =
        TransitionDetector::compareCluster(withTask(base(), TaskStatus::Snapshotting, 20),
                                           withTask(base(), TaskStatus::Snapshotting, 45));
    const QString text = transitions.at(0).description();
    QVERIFY2(text.contains(u"sales"), qPrintable(text));
    QVERIFY2(text.contains(u"45"), qPrintable(text));
    QVERIFY2(text.contains(TaskStatus(TaskStatus::Snapshotting).displayText()), qPrintable(text));
    Transition nameless;
    nameless.kind = Kind::SnapshotGone;
    nameless.resourceId = QStringLiteral("s-id");
    QVERIFY(nameless.description().contains(u"s-id"));
}

void TestTransitionDetector::detectorUsesTheFirstListsAsBaseline()
{
    TransitionDetector detector;
    QSignalSpy spy(&detector, &TransitionDetector::transition);
    detector.feedClusters({base()});
    detector.feedSnapshots({snapshot(QStringLiteral("s1"), QStringLiteral("a"),
                                     QStringLiteral("c1"), SnapshotStatus::Creating)});
    QCOMPARE(spy.size(), 0);

    detector.feedClusters({withTask(base(), TaskStatus::Snapshotting, 10)});
    detector.feedSnapshots(
        {snapshot(QStringLiteral("s1"), QStringLiteral("a"), QStringLiteral("c1"))});
    QCOMPARE(spy.size(), 2);
    QCOMPARE(spy.at(0).at(0).value<Transition>().kind, Kind::TaskStarted);
    QCOMPARE(spy.at(1).at(0).value<Transition>().kind, Kind::SnapshotFinished);

    detector.clear();
    detector.feedClusters({});
    QCOMPARE(spy.size(), 2);
}

QTEST_GUILESS_MAIN(TestTransitionDetector)
#include "tst_transitiondetector.moc"
