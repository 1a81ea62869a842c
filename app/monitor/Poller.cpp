#include "monitor/Poller.h"

#include "api/Logging.h"
#include "models/RunningTask.h"

#include <algorithm>

namespace dws {

using std::chrono::milliseconds;

Poller::Poller(MonitorSource* source, QObject* parent)
    : QObject(parent)
    , m_source(source)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Poller::refreshNow);
}

Poller::~Poller()
{
    cancelDetailFetch();
    ++m_cycle;
    const QList<MonitorSource::Cancel> cancels = std::exchange(m_cancels, {});
    for (const MonitorSource::Cancel& cancel : cancels)
        cancel();
}

void Poller::setIntervals(const PollIntervals& intervals)
{
    m_intervals = intervals;
    if (m_timer.isActive())
        m_timer.start(currentInterval());
}

void Poller::start()
{
    if (m_running)
        return;
    m_running = true;
    updateMode();
    refreshNow();
}

void Poller::stop()
{
    if (!m_running && !isRefreshing())
        return;
    m_running = false;
    m_timer.stop();
    m_refreshRequested = false;
    cancelInFlight();
    cancelDetailFetch();
    updateMode();
}

void Poller::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (paused) {
        // Whatever was scheduled becomes due the moment polling resumes.
        m_dueWhilePaused = m_timer.isActive();
        m_timer.stop();
    } else if (m_running && !isRefreshing()) {
        if (m_dueWhilePaused)
            refreshNow();
        else
            scheduleNext();
    }
    if (!paused)
        m_dueWhilePaused = false;
    updateMode();
}

void Poller::refreshNow()
{
    if (isRefreshing()) {
        m_refreshRequested = true;
        return;
    }
    beginRefresh();
}

void Poller::setSelectedCluster(const QString& clusterId)
{
    if (clusterId != m_selectedClusterId)
        cancelDetailFetch();
    m_selectedClusterId = clusterId;
}

void Poller::fetchSelectedDetailNow()
{
    cancelDetailFetch();
    if (!m_running || m_selectedClusterId.isEmpty())
        return;
    const QString clusterId = m_selectedClusterId;
    const quint64 fetch = m_detailFetch;
    m_detailCancel = m_source->fetchClusterDetail(
        clusterId, this, [this, clusterId, fetch](api::Result<Cluster> result) {
            if (fetch != m_detailFetch)
                return;
            m_detailCancel = {};
            ++m_detailFetch;
            reportDetail(clusterId, result);
        });
}

void Poller::reportDetail(const QString& clusterId, const api::Result<Cluster>& result)
{
    if (result.ok())
        emit clusterDetailUpdated(result.value());
    else if (result.error().kind != api::ErrorKind::Cancelled)
        emit clusterDetailFailed(clusterId, result.error());
}

void Poller::cancelDetailFetch()
{
    ++m_detailFetch; // the answer of the abandoned fetch is ignored
    if (const MonitorSource::Cancel cancel = std::exchange(m_detailCancel, {}))
        cancel();
}

void Poller::expectChange(int refreshes)
{
    m_expectedChangeRefreshes = std::max(m_expectedChangeRefreshes, refreshes);
    updateMode();
    if (m_timer.isActive() && milliseconds(m_timer.remainingTime()) > currentInterval())
        m_timer.start(currentInterval());
}

Poller::Mode Poller::mode() const
{
    if (!m_running)
        return Mode::Stopped;
    if (m_paused)
        return Mode::Paused;
    if (m_consecutiveFailures > 0)
        return Mode::Backoff;
    return isBusy() ? Mode::Busy : Mode::Idle;
}

bool Poller::isBusy() const
{
    return m_busyClusters || m_busySnapshots || m_expectedChangeRefreshes > 0;
}

milliseconds Poller::currentInterval() const
{
    const milliseconds base = isBusy() ? m_intervals.busy : m_intervals.idle;
    if (m_consecutiveFailures == 0)
        return base;
    const milliseconds ceiling = std::max(base, m_intervals.maxBackoff);
    milliseconds interval = base;
    for (int failure = 0; failure < m_consecutiveFailures && interval < ceiling; ++failure)
        interval *= 2;
    return std::min(interval, ceiling);
}

void Poller::beginRefresh()
{
    m_timer.stop();
    m_cycleError.reset();
    const bool withDetail = !m_selectedClusterId.isEmpty();
    m_inFlight = withDetail ? 3 : 2;
    const quint64 cycle = ++m_cycle;
    emit refreshingChanged(true);
    emit refreshStarted();
    qCDebug(lcMonitor) << "refresh" << cycle << "mode" << mode();

    const auto keep = [this, cycle](MonitorSource::Cancel cancel) {
        if (cycle == m_cycle && isRefreshing() && cancel)
            m_cancels.append(std::move(cancel));
    };

    keep(m_source->fetchClusters(this, [this, cycle](api::Result<QList<Cluster>> result) {
        if (cycle != m_cycle)
            return;
        if (result.ok()) {
            m_busyClusters =
                std::any_of(result.value().cbegin(), result.value().cend(),
                            [](const Cluster& cluster) { return dws::isBusy(cluster); });
            emit clustersUpdated(result.value());
        } else {
            noteError(result.error());
        }
        finishPart();
    }));
    if (cycle != m_cycle)
        return;
    keep(m_source->fetchSnapshots(this, [this, cycle](api::Result<QList<Snapshot>> result) {
        if (cycle != m_cycle)
            return;
        if (result.ok()) {
            m_busySnapshots = std::any_of(result.value().cbegin(), result.value().cend(),
                                          [](const Snapshot& snapshot) {
                                              return snapshot.status == SnapshotStatus::Creating;
                                          });
            emit snapshotsUpdated(result.value());
        } else {
            noteError(result.error());
        }
        finishPart();
    }));
    if (!withDetail || cycle != m_cycle)
        return;
    const QString clusterId = m_selectedClusterId;
    keep(m_source->fetchClusterDetail(clusterId, this,
                                      [this, cycle, clusterId](api::Result<Cluster> result) {
                                          if (cycle != m_cycle)
                                              return;
                                          reportDetail(clusterId, result);
                                          finishPart();
                                      }));
}

void Poller::noteError(const api::ApiError& error)
{
    if (error.kind == api::ErrorKind::Cancelled || m_cycleError)
        return;
    m_cycleError = error;
}

void Poller::finishPart()
{
    if (--m_inFlight > 0)
        return;
    m_cancels.clear();
    if (m_cycleError) {
        ++m_consecutiveFailures;
        qCInfo(lcMonitor) << "refresh failed" << m_cycleError->operation << m_cycleError->code
                          << "failures in a row:" << m_consecutiveFailures;
    } else {
        m_consecutiveFailures = 0;
    }
    if (m_busyClusters || m_busySnapshots)
        m_expectedChangeRefreshes = 0; // the lists show the activity themselves now
    else if (m_expectedChangeRefreshes > 0)
        --m_expectedChangeRefreshes;

    emit refreshingChanged(false);
    if (m_cycleError) {
        const api::ApiError error = *m_cycleError;
        emit refreshFailed(error);
    } else {
        emit refreshSucceeded();
    }
    updateMode();
    if (isRefreshing())
        return; // a slot started another refresh
    if (m_refreshRequested) {
        m_refreshRequested = false;
        beginRefresh();
        return;
    }
    scheduleNext();
}

void Poller::scheduleNext()
{
    if (!m_running || m_paused || isRefreshing())
        return;
    m_timer.start(currentInterval());
}

void Poller::cancelInFlight()
{
    ++m_cycle; // answers of the abandoned refresh are ignored
    const QList<MonitorSource::Cancel> cancels = std::exchange(m_cancels, {});
    const bool wasRefreshing = isRefreshing();
    m_inFlight = 0;
    for (const MonitorSource::Cancel& cancel : cancels)
        cancel();
    if (wasRefreshing)
        emit refreshingChanged(false);
}

void Poller::updateMode()
{
    const Mode now = mode();
    if (now == m_mode)
        return;
    m_mode = now;
    emit modeChanged(now);
}

} // namespace dws
