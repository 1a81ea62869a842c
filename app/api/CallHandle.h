#pragma once

#include <QPointer>
#include <atomic>
#include <functional>
#include <memory>

class QObject;

namespace dws::api {

// Shared between a running call and the handles given out for it.
class CallControl
{
public:
    CallControl(QObject* owner, std::function<void()> abort);

    // Asks the owner (on its thread) to abort the call. Safe from any thread, idempotent.
    void cancel();
    void markFinished() { m_finished = true; }
    bool isFinished() const { return m_finished; }
    bool isCancelled() const { return m_cancelled; }

private:
    QPointer<QObject> m_owner;
    std::function<void()> m_abort;
    std::atomic_bool m_cancelled = false;
    std::atomic_bool m_finished = false;
};

// A running call. Copyable; dropping every handle does not cancel the call.
// cancel() aborts it: the callback then receives ErrorKind::Cancelled (once, asynchronously)
// unless the call had already finished. A default-constructed handle refers to no call.
class CallHandle
{
public:
    CallHandle() = default;
    explicit CallHandle(std::shared_ptr<CallControl> control)
        : m_control(std::move(control))
    {}

    void cancel()
    {
        if (m_control)
            m_control->cancel();
    }
    bool isValid() const { return m_control != nullptr; }
    bool isFinished() const { return !m_control || m_control->isFinished(); }

private:
    std::shared_ptr<CallControl> m_control;
};

} // namespace dws::api
