#pragma once

#include "api/ApiError.h"
#include "dws/Cluster.h"
#include "dws/Snapshot.h"
#include "monitor/MonitorSource.h"

#include <QObject>
#include <QTimer>
#include <chrono>
#include <optional>

namespace dws {

struct PollIntervals
{
    std::chrono::milliseconds busy{5000};         // while a task runs or a create is pending
    std::chrono::milliseconds idle{30000};        // when all is quiet
    std::chrono::milliseconds maxBackoff{120000}; // the ceiling of the doubling while failing
};

// Refreshes the cluster and snapshot lists, and the detail of the selected cluster, on a
// timer: often while anything is busy, rarely when idle, not at all while paused, and
// backing off (doubling) while the server fails. One refresh is in flight at most: a
// refresh asked for meanwhile runs right after the current one ends.
class Poller : public QObject
{
    Q_OBJECT
public:
    enum class Mode
    {
        Stopped,
        Idle,
        Busy,
        Paused,
        Backoff
    };
    Q_ENUM(Mode)

    // `source` must outlive the poller.
    explicit Poller(MonitorSource* source, QObject* parent = nullptr);
    ~Poller() override;

    void setIntervals(const PollIntervals& intervals);
    PollIntervals intervals() const { return m_intervals; }

    // Starts polling with an immediate refresh.
    void start();
    // Stops polling and cancels a refresh in flight.
    void stop();
    bool isRunning() const { return m_running; }

    // Paused while the window is minimized: nothing is scheduled (refreshNow() still works).
    // Resuming refreshes at once if a refresh was scheduled when pausing.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

    // Refreshes now (or right after the refresh in flight).
    void refreshNow();

    // The cluster whose detail is fetched with every refresh; empty for none.
    void setSelectedCluster(const QString& clusterId);
    // Fetches the selected cluster's detail now, alone: no lists, no change to the schedule.
    // A newer call, a new selection or stop() cancels one still in flight.
    void fetchSelectedDetailNow();
    QString selectedCluster() const { return m_selectedClusterId; }

    // The user started an operation (create, resize, snapshot ...): poll as busy for the
    // next `refreshes` refreshes even if the lists do not show it yet.
    void expectChange(int refreshes = 12);

    Mode mode() const;
    bool isBusy() const;
    bool isRefreshing() const { return m_inFlight > 0; }
    // A refresh is scheduled on the timer.
    bool isScheduled() const { return m_timer.isActive(); }
    int consecutiveFailures() const { return m_consecutiveFailures; }
    // The delay before the next scheduled refresh, as it stands now.
    std::chrono::milliseconds currentInterval() const;

signals:
    void clustersUpdated(const QList<dws::Cluster>& clusters);
    void snapshotsUpdated(const QList<dws::Snapshot>& snapshots);
    void clusterDetailUpdated(const dws::Cluster& cluster);
    void clusterDetailFailed(const QString& clusterId, const dws::api::ApiError& error);
    void refreshStarted();
    // Both lists arrived.
    void refreshSucceeded();
    // A list call failed; the poller backs off.
    void refreshFailed(const dws::api::ApiError& error);
    void modeChanged(dws::Poller::Mode mode);
    void refreshingChanged(bool refreshing);

private:
    void beginRefresh();
    void noteError(const api::ApiError& error);
    void finishPart();
    void scheduleNext();
    void cancelInFlight();
    void cancelDetailFetch();
    void reportDetail(const QString& clusterId, const api::Result<Cluster>& result);
    void updateMode();

    MonitorSource* m_source;
    PollIntervals m_intervals;
    QTimer m_timer;
    QList<MonitorSource::Cancel> m_cancels;
    MonitorSource::Cancel m_detailCancel;
    quint64 m_detailFetch = 0;
    QString m_selectedClusterId;
    bool m_running = false;
    bool m_paused = false;
    bool m_dueWhilePaused = false;
    bool m_refreshRequested = false;
    bool m_busyClusters = false;
    bool m_busySnapshots = false;
    int m_inFlight = 0;
    quint64 m_cycle = 0;
    std::optional<api::ApiError> m_cycleError;
    int m_expectedChangeRefreshes = 0;
    int m_consecutiveFailures = 0;
    Mode m_mode = Mode::Stopped;
};

} // namespace dws
