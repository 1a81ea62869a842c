#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>
#include <chrono>
#include <optional>

namespace dws {

// Estimates the time left of a running task from the rate its percent has moved since it was
// first seen: unknown until two observations at different times show progress. A new task
// on the cluster, or a percent going backwards, starts the estimate over.
class ProgressEstimator
{
public:
    void observe(const QString& clusterId, const QString& task, int percent, const QDateTime& at);
    // Forgets the cluster (its task ended, or it is gone).
    void forget(const QString& clusterId);
    void clear() { m_tracks.clear(); }

    // Percent per second, when known.
    std::optional<double> rate(const QString& clusterId) const;
    // Time left as of `now` (never negative), when known.
    std::optional<std::chrono::seconds> remaining(const QString& clusterId,
                                                  const QDateTime& now) const;
    // Time left as of the latest observation.
    std::optional<std::chrono::seconds> remaining(const QString& clusterId) const;

private:
    struct Track
    {
        QString task;
        int firstPercent = 0;
        QDateTime firstAt;
        int lastPercent = 0;
        QDateTime lastAt;
    };
    QHash<QString, Track> m_tracks;
};

} // namespace dws
