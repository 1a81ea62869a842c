#include "monitor/ProgressEstimator.h"

#include <cmath>

namespace dws {

void ProgressEstimator::observe(const QString& clusterId, const QString& task, int percent,
                                const QDateTime& at)
{
    auto track = m_tracks.find(clusterId);
    const bool startOver = track == m_tracks.end() || track->task != task ||
                           percent < track->lastPercent || at < track->lastAt;
    if (startOver) {
        m_tracks.insert(clusterId, Track{task, percent, at, percent, at});
        return;
    }
    track->lastPercent = percent;
    track->lastAt = at;
}

void ProgressEstimator::forget(const QString& clusterId)
{
    m_tracks.remove(clusterId);
}

std::optional<double> ProgressEstimator::rate(const QString& clusterId) const
{
    const auto track = m_tracks.constFind(clusterId);
    if (track == m_tracks.cend())
        return std::nullopt;
    const qint64 elapsedMs = track->firstAt.msecsTo(track->lastAt);
    const int gained = track->lastPercent - track->firstPercent;
    if (elapsedMs <= 0 || gained <= 0)
        return std::nullopt;
    return gained * 1000.0 / double(elapsedMs);
}

std::optional<std::chrono::seconds> ProgressEstimator::remaining(const QString& clusterId) const
{
    const auto track = m_tracks.constFind(clusterId);
    if (track == m_tracks.cend())
        return std::nullopt;
    return remaining(clusterId, track->lastAt);
}

std::optional<std::chrono::seconds> ProgressEstimator::remaining(const QString& clusterId,
                                                                 const QDateTime& now) const
{
    const std::optional<double> percentPerSecond = rate(clusterId);
    if (!percentPerSecond)
        return std::nullopt;
    const Track& track = *m_tracks.constFind(clusterId);
    const double atLastObservation = std::max(0, 100 - track.lastPercent) / *percentPerSecond;
    const double sinceThen = std::max<qint64>(0, track.lastAt.msecsTo(now)) / 1000.0;
    const double left = std::max(0.0, atLastObservation - sinceThen);
    return std::chrono::seconds(qint64(std::ceil(left)));
}

} // namespace dws
