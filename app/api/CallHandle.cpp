#include "api/CallHandle.h"

#include <QMetaObject>
#include <QObject>

namespace dws::api {

CallControl::CallControl(QObject* owner, std::function<void()> abort)
    : m_owner(owner)
    , m_abort(std::move(abort))
{}

void CallControl::cancel()
{
    if (m_finished || m_cancelled.exchange(true))
        return;
    QObject* owner = m_owner.data();
    if (owner && m_abort)
        QMetaObject::invokeMethod(owner, m_abort, Qt::AutoConnection);
}

} // namespace dws::api
