// The monitor end to end: the poller reads the emulator over real HTTP through the services,
// the models follow, and the transition detector sees a snapshot go from started to finished
// as the emulator's virtual clock moves.

#include "../models/Samples.h"
#include "EmulatorFixture.h"
#include "api/HttpClient.h"
#include "api/RetryPolicy.h"
#include "dws/ClusterService.h"
#include "dws/SnapshotService.h"
#include "models/ClusterTableModel.h"
#include "models/SnapshotTableModel.h"
#include "monitor/ActivityLog.h"
#include "monitor/Freshness.h"
#include "monitor/Poller.h"
#include "monitor/ServiceMonitorSource.h"
#include "monitor/TransitionDetector.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>
#include <memory>

using namespace dws;
using namespace std::chrono_literals;
using Kind = Transition::Kind;

namespace {

api::ConnectionSettings settingsFor(const EmulatorFixture& fixture)
{
    api::ConnectionSettings settings;
    settings.iamEndpoint = fixture.baseUrl();
    settings.dwsEndpoint = fixture.baseUrl();
    settings.projectName = fixture.projectName();
    return settings;
}

CreateClusterRequest clusterRequest(const QString& name)
{
    CreateClusterRequest request;
    request.nodeType = QStringLiteral("dws.d2.xlarge");
    request.numberOfNode = 3;
    request.subnetId = QStringLiteral("374eca02-cfc4-4de7-8ab5-dbebf7d9a720");
    request.securityGroupId = QStringLiteral("8a4b1d0b-4a1f-4b5c-9a4b-2e6f4f2d0c11");
    request.vpcId = QStringLiteral("85b20d7e-9eb7-4b2a-98f3-3c8843ea3574");
    request.availabilityZone = QStringLiteral("cn-north-1a");
    request.name = name;
    request.userName = QStringLiteral("dbadmin");
    request.userPassword = QStringLiteral("Cluster#Pass2024");
    request.port = 8000;
    return request;
}

} // namespace

class TestMonitorEmulator : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void snapshotProgressesToFinished();
    void clusterCreationIsFollowedToAvailable();
    void outageBacksOffAndRecovers();

private:
    template <typename T> api::Result<T> waitFor(auto call)
    {
        std::optional<api::Result<T>> outcome;
        call([&outcome](api::Result<T> result) { outcome.emplace(std::move(result)); });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 10000)) {
            api::ApiError timeout;
            timeout.kind = api::ErrorKind::Timeout;
            return timeout;
        }
        return std::move(*outcome);
    }

    // One refresh, started now, to its end; false when it did not succeed.
    bool refresh()
    {
        QSignalSpy succeeded(m_poller.get(), &Poller::refreshSucceeded);
        QSignalSpy failed(m_poller.get(), &Poller::refreshFailed);
        m_poller->refreshNow();
        if (!QTest::qWaitFor([&] { return !succeeded.isEmpty() || !failed.isEmpty(); }, 10000))
            return false;
        return !succeeded.isEmpty();
    }

    QList<Transition> transitionsOf(Kind kind) const
    {
        QList<Transition> found;
        for (const Transition& transition : m_transitions) {
            if (transition.kind == kind)
                found.append(transition);
        }
        return found;
    }

    std::unique_ptr<EmulatorFixture> m_fixture;
    std::unique_ptr<api::HttpClient> m_client;
    std::unique_ptr<ClusterService> m_clusterService;
    std::unique_ptr<SnapshotService> m_snapshotService;
    std::unique_ptr<ServiceMonitorSource> m_source;
    std::unique_ptr<Poller> m_poller;
    std::unique_ptr<TransitionDetector> m_detector;
    std::unique_ptr<ClusterTableModel> m_clusters;
    std::unique_ptr<SnapshotTableModel> m_snapshots;
    std::unique_ptr<ActivityLog> m_activity;
    std::unique_ptr<Freshness> m_freshness;
    std::unique_ptr<QAbstractItemModelTester> m_clusterTester;
    std::unique_ptr<QAbstractItemModelTester> m_snapshotTester;
    QList<Transition> m_transitions;
};

void TestMonitorEmulator::init()
{
    m_fixture = std::make_unique<EmulatorFixture>();
    QVERIFY(m_fixture->isListening());
    m_client = std::make_unique<api::HttpClient>(
        settingsFor(*m_fixture),
        api::Credentials::password(QStringLiteral("ops_admin"), QStringLiteral("Sign-in#Pass8491"),
                                   QStringLiteral("acme")));
    api::RetryPolicy::Options retries;
    retries.seed = 1;
    retries.delayScale = 0.001; // retried GETs wait for a blink, not for seconds
    m_client->setRetryPolicy(api::RetryPolicy(retries));
    m_clusterService = std::make_unique<ClusterService>(m_client.get());
    m_snapshotService = std::make_unique<SnapshotService>(m_client.get());
    m_source =
        std::make_unique<ServiceMonitorSource>(m_clusterService.get(), m_snapshotService.get());
    m_poller = std::make_unique<Poller>(m_source.get());
    PollIntervals intervals;
    intervals.busy = 1h; // the test drives every refresh itself, except where it says so
    intervals.idle = 1h;
    intervals.maxBackoff = 1h;
    m_poller->setIntervals(intervals);

    m_detector = std::make_unique<TransitionDetector>();
    m_clusters = std::make_unique<ClusterTableModel>();
    m_snapshots = std::make_unique<SnapshotTableModel>();
    m_snapshots->setClusterModel(m_clusters.get());
    m_activity = std::make_unique<ActivityLog>();
    m_freshness = std::make_unique<Freshness>();
    m_clusterTester = std::make_unique<QAbstractItemModelTester>(
        m_clusters.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_snapshotTester = std::make_unique<QAbstractItemModelTester>(
        m_snapshots.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    // The wiring the console does.
    connect(m_poller.get(), &Poller::clustersUpdated, m_clusters.get(), &ClusterTableModel::apply);
    connect(m_poller.get(), &Poller::snapshotsUpdated, m_snapshots.get(),
            &SnapshotTableModel::apply);
    connect(m_poller.get(), &Poller::clustersUpdated, m_detector.get(),
            &TransitionDetector::feedClusters);
    connect(m_poller.get(), &Poller::snapshotsUpdated, m_detector.get(),
            &TransitionDetector::feedSnapshots);
    connect(m_poller.get(), &Poller::refreshSucceeded, m_freshness.get(),
            &Freshness::recordSuccess);
    connect(m_poller.get(), &Poller::refreshFailed, m_freshness.get(), &Freshness::recordFailure);
    connect(m_detector.get(), &TransitionDetector::transition, m_activity.get(),
            &ActivityLog::recordTransition);
    connect(m_detector.get(), &TransitionDetector::transition, this,
            [this](const Transition& transition) { m_transitions.append(transition); });
}

void TestMonitorEmulator::cleanup()
{
    m_snapshotTester.reset();
    m_clusterTester.reset();
    m_poller.reset();
    m_source.reset();
    m_freshness.reset();
    m_activity.reset();
    m_snapshots.reset();
    m_clusters.reset();
    m_detector.reset();
    m_snapshotService.reset();
    m_clusterService.reset();
    m_client.reset();
    m_fixture.reset();
    m_transitions.clear();
}

void TestMonitorEmulator::snapshotProgressesToFinished()
{
    const auto created = waitFor<CreatedResource>([this](auto done) {
        m_clusterService->create(clusterRequest(QStringLiteral("dws-sales-01")), this, done);
    });
    QVERIFY(created.ok());
    const QString clusterId = created.value().id;
    m_fixture->emulator().advanceClock(30min);

    m_poller->start();
    QTRY_VERIFY(m_freshness->hasData()); // the baseline
    QCOMPARE(m_clusters->rowCount(), 1);
    QCOMPARE(m_clusters->nameOf(clusterId), QStringLiteral("dws-sales-01"));
    QCOMPARE(m_poller->mode(), Poller::Mode::Idle);
    QVERIFY(m_transitions.isEmpty());

    const auto snapshot = waitFor<CreatedResource>([&](auto done) {
        m_snapshotService->create(CreateSnapshotRequest{QStringLiteral("nightly-0001"), clusterId,
                                                        QStringLiteral("before upgrade")},
                                  this, done);
    });
    QVERIFY(snapshot.ok());
    const QString snapshotId = snapshot.value().id;
    m_poller->expectChange();

    QVERIFY(refresh());
    QCOMPARE(m_poller->mode(), Poller::Mode::Busy);
    QCOMPARE(transitionsOf(Kind::SnapshotStarted).size(), 1);
    QCOMPARE(transitionsOf(Kind::SnapshotStarted).at(0).resourceId, snapshotId);
    QCOMPARE(transitionsOf(Kind::TaskStarted).size(), 1);
    QCOMPARE(transitionsOf(Kind::TaskStarted).at(0).task, TaskStatus(TaskStatus::Snapshotting));
    const QModelIndex snapshotCluster =
        m_snapshots->indexOf(snapshotId, SnapshotTableModel::ClusterColumn);
    QCOMPARE(snapshotCluster.data().toString(), QStringLiteral("dws-sales-01"));
    const QModelIndex task = m_clusters->indexOf(clusterId, ClusterTableModel::TaskColumn);
    QCOMPARE(task.data(ClusterTableModel::ProgressRole).toInt(), 0);

    // The emulator snapshots for four virtual minutes: a minute a refresh.
    int lastPercent = 0;
    for (int minute = 1; minute <= 3; ++minute) {
        m_fixture->emulator().advanceClock(1min);
        QVERIFY(refresh());
        const QList<Transition> progressed = transitionsOf(Kind::TaskProgressed);
        QCOMPARE(progressed.size(), minute);
        QVERIFY(progressed.constLast().percent.value_or(0) > lastPercent);
        lastPercent = *progressed.constLast().percent;
        QCOMPARE(task.data(ClusterTableModel::ProgressRole).toInt(), lastPercent);
        QCOMPARE(m_poller->mode(), Poller::Mode::Busy);
    }
    QVERIFY(transitionsOf(Kind::TaskFinished).isEmpty());

    m_fixture->emulator().advanceClock(2min);
    QVERIFY(refresh());
    QCOMPARE(transitionsOf(Kind::TaskFinished).size(), 1);
    QCOMPARE(transitionsOf(Kind::TaskFinished).at(0).task, TaskStatus(TaskStatus::Snapshotting));
    QCOMPARE(transitionsOf(Kind::SnapshotFinished).size(), 1);
    QCOMPARE(transitionsOf(Kind::SnapshotFinished).at(0).resourceId, snapshotId);
    QVERIFY(transitionsOf(Kind::TaskFailed).isEmpty());
    QCOMPARE(task.data(ClusterTableModel::ProgressRole).toInt(), -1);
    QCOMPARE(m_snapshots->indexOf(snapshotId, SnapshotTableModel::StatusColumn)
                 .data(WireValueRole)
                 .toString(),
             QStringLiteral("AVAILABLE"));
    QCOMPARE(m_poller->mode(), Poller::Mode::Idle);

    // Started and finished entries reached the activity log; progress ticks did not.
    QCOMPARE(m_activity->rowCount(), 4);
    QCOMPARE(m_activity->index(m_activity->rowCount() - 1, ActivityLog::ResultColumn)
                 .data(ActivityLog::ResultRole)
                 .value<ActivityLog::Result>(),
             ActivityLog::Result::Succeeded);
}

void TestMonitorEmulator::clusterCreationIsFollowedToAvailable()
{
    m_poller->start();
    QTRY_VERIFY(m_freshness->hasData());
    QCOMPARE(m_clusters->rowCount(), 0);

    const auto created = waitFor<CreatedResource>([this](auto done) {
        m_clusterService->create(clusterRequest(QStringLiteral("dws-new-01")), this, done);
    });
    QVERIFY(created.ok());
    m_poller->setSelectedCluster(created.value().id);
    QSignalSpy detail(m_poller.get(), &Poller::clusterDetailUpdated);

    QVERIFY(refresh());
    QCOMPARE(transitionsOf(Kind::ClusterAppeared).size(), 1);
    QCOMPARE(transitionsOf(Kind::TaskStarted).size(), 1);
    QCOMPARE(transitionsOf(Kind::TaskStarted).at(0).task, TaskStatus(TaskStatus::Creating));
    QCOMPARE(m_poller->mode(), Poller::Mode::Busy);
    QCOMPARE(detail.size(), 1);
    QVERIFY(detail.at(0).at(0).value<Cluster>().hasDetail);

    m_fixture->emulator().advanceClock(15min);
    QVERIFY(refresh());
    QCOMPARE(transitionsOf(Kind::TaskFinished).size(), 1);
    const QList<Transition> statusChanges = transitionsOf(Kind::ClusterStatusChanged);
    QCOMPARE(statusChanges.size(), 1);
    QCOMPARE(statusChanges.at(0).fromText, QStringLiteral("CREATING"));
    QCOMPARE(statusChanges.at(0).toText, QStringLiteral("AVAILABLE"));
    QCOMPARE(m_clusters->indexOf(created.value().id, ClusterTableModel::StatusColumn)
                 .data(WireValueRole)
                 .toString(),
             QStringLiteral("AVAILABLE"));
}

void TestMonitorEmulator::outageBacksOffAndRecovers()
{
    PollIntervals intervals;
    intervals.busy = 10ms;
    intervals.idle = 20ms;
    intervals.maxBackoff = 40ms;
    m_poller->setIntervals(intervals);
    m_poller->start();
    QTRY_VERIFY(m_freshness->hasData());

    dwsemu::FaultRule outage;
    outage.method = QStringLiteral("GET");
    outage.pathPattern = QStringLiteral("/clusters$");
    outage.kind = dwsemu::FaultKind::HttpStatus;
    outage.status = 503;
    outage.times = -1;
    m_fixture->emulator().addFault(outage);

    // The timer keeps polling on its own; failures pile up and the interval grows.
    QTRY_VERIFY_WITH_TIMEOUT(m_poller->consecutiveFailures() >= 2, 20000);
    QCOMPARE(m_poller->mode(), Poller::Mode::Backoff);
    QVERIFY(m_poller->currentInterval() > intervals.idle);
    QVERIFY(m_freshness->isStale());
    QCOMPARE(m_freshness->lastError()->httpStatus, 503);

    m_fixture->emulator().clearFaults();
    QTRY_COMPARE_WITH_TIMEOUT(m_poller->consecutiveFailures(), 0, 20000);
    QTRY_VERIFY(!m_freshness->isStale());
    QCOMPARE(m_poller->mode(), Poller::Mode::Idle);
}

QTEST_GUILESS_MAIN(TestMonitorEmulator)
#include "tst_monitoremulator.moc"
