#include "VirtualClock.h"

#include <QDateTime>
#include <algorithm>

namespace dwsemu {

VirtualClock::VirtualClock(double timeScale)
    : m_baseMs(QDateTime::currentMSecsSinceEpoch())
    , m_timeScale(std::max(0.0, timeScale))
{
    m_sinceBase.start();
}

qint64 VirtualClock::nowMs() const
{
    const double elapsedMs = double(m_sinceBase.nsecsElapsed()) / 1e6;
    return m_baseMs + qint64(elapsedMs * m_timeScale);
}

void VirtualClock::advance(qint64 ms)
{
    if (ms > 0)
        m_baseMs += ms;
}

void VirtualClock::setTimeScale(double timeScale)
{
    m_baseMs = nowMs();
    m_sinceBase.restart();
    m_timeScale = std::max(0.0, timeScale);
}

} // namespace dwsemu
