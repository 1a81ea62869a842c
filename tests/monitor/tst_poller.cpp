#include "../models/Samples.h"
#include "FakeMonitorSource.h"
#include "monitor/Poller.h"

#include <QSignalSpy>
#include <QtTest>

using dws::Cluster;
using dws::Poller;
using dws::PollIntervals;
using dws::Snapshot;
using namespace samples;
using namespace std::chrono_literals;

class TestPoller : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void startRefreshesBothListsAtOnce();
    void neverTwoRefreshesInFlight();
    void idleListsPollAtTheIdleInterval();
    void runningTaskPollsAtTheBusyInterval();
    void creatingSnapshotPollsAtTheBusyInterval();
    void expectedChangePollsBusyUntilItShows();
    void timerDrivesTheNextRefresh();
    void failuresBackOffByDoublingUpToTheCeiling();
    void successEndsTheBackoff();
    void pausedPollsNothingAndResumesAtOnceWhenDue();
    void pauseBeforeAnythingIsDueResumesTheSchedule();
    void selectedClusterDetailIsFetched();
    void detailFailureDoesNotBackOff();
    void detailAloneFetchesNoListsAndKeepsTheSchedule();
    void aNewSelectionCancelsTheOlderDetail();
    void stopCancelsTheDetailAlone();
    void stopCancelsTheRefreshInFlight();
    void answersAfterStopAreIgnored();
    void destroyingThePollerCancels();

private:
    static PollIntervals tinyIntervals()
    {
        PollIntervals intervals;
        intervals.busy = 20ms;
        intervals.idle = 60ms;
        intervals.maxBackoff = 100ms;
        return intervals;
    }

    std::unique_ptr<FakeMonitorSource> m_source;
    std::unique_ptr<Poller> m_poller;
};

void TestPoller::init()
{
    m_source = std::make_unique<FakeMonitorSource>();
    m_poller = std::make_unique<Poller>(m_source.get());
    m_poller->setIntervals(tinyIntervals());
}

void TestPoller::cleanup()
{
    m_poller.reset();
    m_source.reset();
}

void TestPoller::startRefreshesBothListsAtOnce()
{
    QSignalSpy clusters(m_poller.get(), &Poller::clustersUpdated);
    QSignalSpy snapshots(m_poller.get(), &Poller::snapshotsUpdated);
    QSignalSpy succeeded(m_poller.get(), &Poller::refreshSucceeded);
    QCOMPARE(m_poller->mode(), Poller::Mode::Stopped);

    m_poller->start();
    QVERIFY(m_poller->isRunning());
    QVERIFY(m_poller->isRefreshing());
    QCOMPARE(m_source->clusterCalls, 1);
    QCOMPARE(m_source->snapshotCalls, 1);
    QCOMPARE(m_source->detailCalls, 0);

    QVERIFY(m_source->answerRefresh(fleet(2)));
    QCOMPARE(clusters.size(), 1);
    QCOMPARE(clusters.at(0).at(0).value<QList<Cluster>>().size(), 2);
    QCOMPARE(snapshots.size(), 1);
    QCOMPARE(succeeded.size(), 1);
    QVERIFY(!m_poller->isRefreshing());
    QVERIFY(m_poller->isScheduled());
}

void TestPoller::neverTwoRefreshesInFlight()
{
    m_poller->start();
    m_poller->refreshNow();
    m_poller->refreshNow();
    QCOMPARE(m_source->clusterCalls, 1);

    // The asked-for refresh runs once, right after the one in flight.
    QVERIFY(m_source->answerRefresh(fleet(1)));
    QCOMPARE(m_source->clusterCalls, 2);
    QCOMPARE(m_source->snapshotCalls, 2);
    QVERIFY(m_poller->isRefreshing());
    QVERIFY(m_source->answerRefresh(fleet(1)));
    QCOMPARE(m_source->clusterCalls, 2);
    QVERIFY(!m_poller->isRefreshing());
}

void TestPoller::idleListsPollAtTheIdleInterval()
{
    m_poller->start();
    QVERIFY(m_source->answerRefresh(fleet(3), {snapshot("s", "s", "c0")}));
    QCOMPARE(m_poller->mode(), Poller::Mode::Idle);
    QVERIFY(!m_poller->isBusy());
    QCOMPARE(m_poller->currentInterval(), 60ms);
}

void TestPoller::runningTaskPollsAtTheBusyInterval()
{
    QSignalSpy modes(m_poller.get(), &Poller::modeChanged);
    m_poller->start();
    QList<Cluster> clusters = fleet(3);
    clusters[1] = withTask(clusters[1], dws::TaskStatus::Growing, 30);
    QVERIFY(m_source->answerRefresh(clusters));
    QCOMPARE(m_poller->mode(), Poller::Mode::Busy);
    QCOMPARE(m_poller->currentInterval(), 20ms);
    QCOMPARE(modes.constLast().at(0).value<Poller::Mode>(), Poller::Mode::Busy);

    // The task ends: back to idle.
    m_poller->refreshNow();
    QVERIFY(m_source->answerRefresh(fleet(3)));
    QCOMPARE(m_poller->mode(), Poller::Mode::Idle);
    QCOMPARE(m_poller->currentInterval(), 60ms);
}

void TestPoller::creatingSnapshotPollsAtTheBusyInterval()
{
    m_poller->start();
    QVERIFY(m_source->answerRefresh(fleet(1),
                                    {snapshot("s", "s", "c0", dws::SnapshotStatus::Creating)}));
    QCOMPARE(m_poller->mode(), Poller::Mode::Busy);

    Cluster creating = cluster("new", "new", dws::ClusterStatus::Creating);
    m_poller->refreshNow();
    QVERIFY(m_source->answerRefresh({creating}));
    QCOMPARE(m_poller->mode(), Poller::Mode::Busy); // a creating cluster counts too
}

void TestPoller::expectedChangePollsBusyUntilItShows()
{
    m_poller->start();
    QVERIFY(m_source->answerRefresh(fleet(1)));
    QCOMPARE(m_poller->mode(), Poller::Mode::Idle);

    m_poller->expectChange(2);
    QCOMPARE(m_poller->mode(), Poller::Mode::Busy);
    QCOMPARE(m_poller->currentInterval(), 20ms);

    m_poller->refreshNow();
    QVERIFY(m_source->answerRefresh(fleet(1)));
    QCOMPARE(m_poller->mode(), Poller::Mode::Busy); // one more expected refresh
    m_poller->refreshNow();
    QVERIFY(m_source->answerRefresh(fleet(1)));
    QCOMPARE(m_poller->mode(), Poller::Mode::Idle);
}

void TestPoller::timerDrivesTheNextRefresh()
{
    QSignalSpy started(m_poller.get(), &Poller::refreshStarted);
    m_poller->start();
    QList<Cluster> busy = {withTask(cluster("c", "c"), dws::TaskStatus::Snapshotting, 5)};
    QVERIFY(m_source->answerRefresh(busy));
    QTRY_COMPARE(m_source->clusterCalls, 2);
    QVERIFY(m_source->answerRefresh(fleet(1)));
    QTRY_COMPARE(m_source->clusterCalls, 3); // idle, slower, still polling
    QCOMPARE(started.size(), 3);
}

void TestPoller::failuresBackOffByDoublingUpToTheCeiling()
{
    QSignalSpy failed(m_poller.get(), &Poller::refreshFailed);
    QSignalSpy clusters(m_poller.get(), &Poller::clustersUpdated);
    dws::api::ApiError error;
    error.kind = dws::api::ErrorKind::Http;
    error.httpStatus = 503;
    error.code = QStringLiteral("DWS.0003");

    m_poller->start();
    QVERIFY(m_source->answerRefresh(fleet(1)));
    QCOMPARE(m_poller->currentInterval(), 60ms);

    m_poller->refreshNow();
    QVERIFY(m_source->failRefresh(error));
    QCOMPARE(m_poller->mode(), Poller::Mode::Backoff);
    QCOMPARE(m_poller->consecutiveFailures(), 1);
    QCOMPARE(m_poller->currentInterval(), 100ms); // 60 doubled is 120, capped at 100
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).value<dws::api::ApiError>().code, QStringLiteral("DWS.0003"));

    // From the busy interval the doubling is visible: 20, 40, 80, 100, 100.
    m_poller->expectChange(100);
    QCOMPARE(m_poller->currentInterval(), 40ms);
    m_poller->refreshNow();
    QVERIFY(m_source->failRefresh(error));
    QCOMPARE(m_poller->currentInterval(), 80ms);
    m_poller->refreshNow();
    QVERIFY(m_source->failRefresh(error));
    QCOMPARE(m_poller->currentInterval(), 100ms);
    m_poller->refreshNow();
    QVERIFY(m_source->failRefresh(error));
    QCOMPARE(m_poller->currentInterval(), 100ms);
    QCOMPARE(m_poller->consecutiveFailures(), 4);
    QCOMPARE(failed.size(), 4);
    QCOMPARE(clusters.size(), 1); // failed lists publish nothing
}

void TestPoller::successEndsTheBackoff()
{
    dws::api::ApiError error;
    error.kind = dws::api::ErrorKind::Network;
    m_poller->start();
    QVERIFY(m_source->failRefresh(error));
    QCOMPARE(m_poller->mode(), Poller::Mode::Backoff);
    // The backoff timer fires on its own.
    QTRY_COMPARE(m_source->clusterCalls, 2);
    QVERIFY(m_source->answerRefresh(fleet(1)));
    QCOMPARE(m_poller->consecutiveFailures(), 0);
    QCOMPARE(m_poller->mode(), Poller::Mode::Idle);
    QCOMPARE(m_poller->currentInterval(), 60ms);
}

void TestPoller::pausedPollsNothingAndResumesAtOnceWhenDue()
{
    PollIntervals slow = tinyIntervals();
    slow.idle = 1h; // nothing comes due on its own during this test
    m_poller->setIntervals(slow);
    m_poller->start();
    QVERIFY(m_source->answerRefresh(fleet(1)));
    QVERIFY(m_poller->isScheduled());

    m_poller->setPaused(true);
    QCOMPARE(m_poller->mode(), Poller::Mode::Paused);
    QVERIFY(!m_poller->isScheduled());

    // Back from minimized, the data on screen may be old: resuming refreshes at once.
    m_poller->setPaused(false);
    QCOMPARE(m_source->clusterCalls, 2);
    QVERIFY(m_poller->isRefreshing());
    QVERIFY(m_source->answerRefresh(fleet(1)));
    QCOMPARE(m_poller->mode(), Poller::Mode::Idle);
}

void TestPoller::pauseBeforeAnythingIsDueResumesTheSchedule()
{
    m_poller->start();
    m_poller->setPaused(true); // during the first refresh
    QVERIFY(m_source->answerRefresh(fleet(1)));
    QVERIFY(!m_poller->isScheduled()); // no timer while paused
    m_poller->refreshNow();            // an explicit refresh still runs
    QCOMPARE(m_source->clusterCalls, 2);
    QVERIFY(m_source->answerRefresh(fleet(1)));
    QVERIFY(!m_poller->isScheduled());
    m_poller->setPaused(false);
    QVERIFY(m_poller->isScheduled());
    QCOMPARE(m_source->clusterCalls, 2);
    QTRY_COMPARE(m_source->clusterCalls, 3);
}

void TestPoller::selectedClusterDetailIsFetched()
{
    QSignalSpy detail(m_poller.get(), &Poller::clusterDetailUpdated);
    QSignalSpy refreshing(m_poller.get(), &Poller::refreshingChanged);
    m_poller->setSelectedCluster(QStringLiteral("c1"));
    m_poller->start();
    QCOMPARE(m_source->detailCalls, 1);
    QCOMPARE(m_source->details.at(0)->clusterId, QStringLiteral("c1"));

    QVERIFY(m_source->answerRefresh(fleet(2)));
    QVERIFY(m_poller->isRefreshing()); // still waiting for the detail
    Cluster full = cluster("c1", "cluster-1");
    full.hasDetail = true;
    QVERIFY(m_source->answerDetail(full));
    QVERIFY(!m_poller->isRefreshing());
    QCOMPARE(detail.size(), 1);
    QVERIFY(detail.at(0).at(0).value<Cluster>().hasDetail);
    QCOMPARE(refreshing.size(), 2);
}

void TestPoller::detailFailureDoesNotBackOff()
{
    QSignalSpy detailFailed(m_poller.get(), &Poller::clusterDetailFailed);
    m_poller->setSelectedCluster(QStringLiteral("gone"));
    m_poller->start();
    QVERIFY(m_source->answerRefresh(fleet(1)));
    dws::api::ApiError notFound;
    notFound.httpStatus = 404;
    notFound.code = QStringLiteral("DWS.0047");
    QVERIFY(m_source->answerDetail(notFound));
    QCOMPARE(detailFailed.size(), 1);
    QCOMPARE(detailFailed.at(0).at(0).toString(), QStringLiteral("gone"));
    QCOMPARE(m_poller->consecutiveFailures(), 0);
    QCOMPARE(m_poller->mode(), Poller::Mode::Idle);
}

void TestPoller::detailAloneFetchesNoListsAndKeepsTheSchedule()
{
    QSignalSpy detail(m_poller.get(), &Poller::clusterDetailUpdated);
    QSignalSpy refreshing(m_poller.get(), &Poller::refreshingChanged);
    m_poller->start();
    QVERIFY(m_source->answerRefresh(fleet(2)));
    const auto interval = m_poller->currentInterval();
    QVERIFY(m_poller->isScheduled());

    m_poller->setSelectedCluster(QStringLiteral("c1"));
    m_poller->fetchSelectedDetailNow();
    QCOMPARE(m_source->detailCalls, 1);
    QCOMPARE(m_source->details.at(0)->clusterId, QStringLiteral("c1"));
    QCOMPARE(m_source->clusterCalls, 1);
    QCOMPARE(m_source->snapshotCalls, 1);
    QVERIFY(!m_poller->isRefreshing());
    QVERIFY(m_poller->isScheduled());
    QCOMPARE(m_poller->currentInterval(), interval);

    Cluster full = cluster("c1", "cluster-1");
    full.hasDetail = true;
    QVERIFY(m_source->answerDetail(full));
    QCOMPARE(detail.size(), 1);
    QCOMPARE(detail.at(0).at(0).value<Cluster>().id, QStringLiteral("c1"));
    QCOMPARE(refreshing.size(), 2); // the start's refresh only
}

void TestPoller::aNewSelectionCancelsTheOlderDetail()
{
    QSignalSpy detail(m_poller.get(), &Poller::clusterDetailUpdated);
    m_poller->start();
    QVERIFY(m_source->answerRefresh(fleet(2)));
    m_poller->setSelectedCluster(QStringLiteral("c1"));
    m_poller->fetchSelectedDetailNow();
    const auto older = m_source->details.constFirst();
    m_poller->setSelectedCluster(QStringLiteral("c2"));
    m_poller->fetchSelectedDetailNow();
    QCOMPARE(m_source->cancelledCalls, 1);
    QCOMPARE(m_source->details.size(), 1);
    QCOMPARE(m_source->details.at(0)->clusterId, QStringLiteral("c2"));

    older->done(cluster("c1", "cluster-1")); // arrives although cancelled
    QCOMPARE(detail.size(), 0);
    QVERIFY(m_source->answerDetail(cluster("c2", "cluster-2")));
    QCOMPARE(detail.size(), 1);
    QCOMPARE(detail.at(0).at(0).value<Cluster>().id, QStringLiteral("c2"));
}

void TestPoller::stopCancelsTheDetailAlone()
{
    QSignalSpy detail(m_poller.get(), &Poller::clusterDetailUpdated);
    m_poller->start();
    QVERIFY(m_source->answerRefresh(fleet(1)));
    m_poller->setSelectedCluster(QStringLiteral("c1"));
    m_poller->fetchSelectedDetailNow();
    const auto pending = m_source->details.constFirst();
    m_poller->stop();
    QCOMPARE(m_source->cancelledCalls, 1);
    pending->done(cluster("c1", "cluster-1"));
    QCOMPARE(detail.size(), 0);
    m_poller->fetchSelectedDetailNow(); // stopped: nothing is fetched
    QCOMPARE(m_source->detailCalls, 1);
}

void TestPoller::stopCancelsTheRefreshInFlight()
{
    QSignalSpy refreshing(m_poller.get(), &Poller::refreshingChanged);
    m_poller->start();
    QCOMPARE(m_source->pendingCount(), 2);
    m_poller->stop();
    QCOMPARE(m_source->cancelledCalls, 2);
    QCOMPARE(m_source->pendingCount(), 0);
    QVERIFY(!m_poller->isRefreshing());
    QVERIFY(!m_poller->isScheduled());
    QCOMPARE(m_poller->mode(), Poller::Mode::Stopped);
    QCOMPARE(refreshing.size(), 2);
    QCOMPARE(refreshing.constLast().at(0).toBool(), false);
}

void TestPoller::answersAfterStopAreIgnored()
{
    // An answer that arrives although its call was cancelled is ignored.
    QSignalSpy clusters(m_poller.get(), &Poller::clustersUpdated);
    m_poller->start();
    const auto pendingClusters = m_source->clusters.constFirst();
    m_poller->stop();
    pendingClusters->done(fleet(1)); // arrives late
    QCOMPARE(clusters.size(), 0);
    QVERIFY(!m_poller->isScheduled());
}

void TestPoller::destroyingThePollerCancels()
{
    m_poller->start();
    m_poller.reset();
    QCOMPARE(m_source->cancelledCalls, 2);
}

QTEST_GUILESS_MAIN(TestPoller)
#include "tst_poller.moc"
