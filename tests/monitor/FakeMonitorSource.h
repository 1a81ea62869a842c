#pragma once

// A MonitorSource whose calls stay pending until the test answers them.

#include "monitor/MonitorSource.h"

#include <QPointer>

class FakeMonitorSource : public dws::MonitorSource
{
public:
    template <typename T> struct Pending
    {
        QPointer<QObject> context;
        std::function<void(dws::api::Result<T>)> done;
        bool cancelled = false;
        QString clusterId; // detail calls
    };

    Cancel fetchClusters(QObject* context,
                         std::function<void(dws::api::Result<QList<dws::Cluster>>)> done) override
    {
        ++clusterCalls;
        clusters.append(std::make_shared<Pending<QList<dws::Cluster>>>(
            Pending<QList<dws::Cluster>>{context, std::move(done), false, {}}));
        return cancelOf(clusters.constLast());
    }

    Cancel fetchSnapshots(QObject* context,
                          std::function<void(dws::api::Result<QList<dws::Snapshot>>)> done) override
    {
        ++snapshotCalls;
        snapshots.append(std::make_shared<Pending<QList<dws::Snapshot>>>(
            Pending<QList<dws::Snapshot>>{context, std::move(done), false, {}}));
        return cancelOf(snapshots.constLast());
    }

    Cancel fetchClusterDetail(const QString& clusterId, QObject* context,
                              std::function<void(dws::api::Result<dws::Cluster>)> done) override
    {
        ++detailCalls;
        details.append(std::make_shared<Pending<dws::Cluster>>(
            Pending<dws::Cluster>{context, std::move(done), false, clusterId}));
        return cancelOf(details.constLast());
    }

    // Answers the oldest pending call of each list; returns false when none was pending.
    bool answerClusters(const dws::api::Result<QList<dws::Cluster>>& result)
    {
        return answer(clusters, result);
    }
    bool answerSnapshots(const dws::api::Result<QList<dws::Snapshot>>& result)
    {
        return answer(snapshots, result);
    }
    bool answerDetail(const dws::api::Result<dws::Cluster>& result)
    {
        return answer(details, result);
    }
    // Answers both lists of one refresh.
    bool answerRefresh(const QList<dws::Cluster>& clusterList,
                       const QList<dws::Snapshot>& snapshotList = {})
    {
        return answerClusters(clusterList) && answerSnapshots(snapshotList);
    }
    bool failRefresh(const dws::api::ApiError& error)
    {
        return answerClusters(error) && answerSnapshots(QList<dws::Snapshot>{});
    }

    int pendingCount() const { return int(clusters.size() + snapshots.size() + details.size()); }

    int clusterCalls = 0;
    int snapshotCalls = 0;
    int detailCalls = 0;
    int cancelledCalls = 0;
    QList<std::shared_ptr<Pending<QList<dws::Cluster>>>> clusters;
    QList<std::shared_ptr<Pending<QList<dws::Snapshot>>>> snapshots;
    QList<std::shared_ptr<Pending<dws::Cluster>>> details;

private:
    template <typename T> Cancel cancelOf(std::shared_ptr<Pending<T>> pending)
    {
        return [this, pending] {
            if (pending->cancelled)
                return;
            pending->cancelled = true;
            ++cancelledCalls;
            removeOne(pending);
        };
    }

    template <typename T> void removeOne(const std::shared_ptr<Pending<T>>& pending)
    {
        if constexpr (std::is_same_v<T, QList<dws::Cluster>>)
            clusters.removeOne(pending);
        else if constexpr (std::is_same_v<T, QList<dws::Snapshot>>)
            snapshots.removeOne(pending);
        else
            details.removeOne(pending);
    }

    template <typename T>
    bool answer(QList<std::shared_ptr<Pending<T>>>& queue, const dws::api::Result<T>& result)
    {
        if (queue.isEmpty())
            return false;
        const std::shared_ptr<Pending<T>> pending = queue.takeFirst();
        if (pending->context)
            pending->done(result);
        return true;
    }
};
