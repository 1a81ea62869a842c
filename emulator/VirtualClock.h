#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

namespace dwsemu {

// The emulator's notion of now, in milliseconds since the epoch:
// start + realElapsed * timeScale + manualAdvance. Tests move it with advance().
class VirtualClock
{
public:
    explicit VirtualClock(double timeScale);

    qint64 nowMs() const;
    void advance(qint64 ms);
    void setTimeScale(double timeScale);
    double timeScale() const { return m_timeScale; }

private:
    qint64 m_baseMs = 0; // virtual time when m_sinceBase was (re)started
    QElapsedTimer m_sinceBase;
    double m_timeScale = 1.0;
};

} // namespace dwsemu
