#include "EmulatorThread.h"

#include <QHostAddress>

namespace dws::bench {

EmulatorThread::EmulatorThread(dwsemu::EmulatorOptions options)
    : m_anchor(std::make_unique<QObject>())
{
    m_anchor->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_anchor.get(),
        [this, &options] {
            m_emulator = std::make_unique<dwsemu::Emulator>(std::move(options));
            if (m_emulator->listen(QHostAddress::LocalHost, 0) == 0)
                return;
            m_baseUrl = m_emulator->baseUrl();
            m_projectId = m_emulator->projectId();
            m_token = m_emulator->issueToken();
        },
        Qt::BlockingQueuedConnection);
}

EmulatorThread::~EmulatorThread()
{
    // The emulator's sockets belong to its thread: destroy it there.
    QMetaObject::invokeMethod(
        m_anchor.get(), [this] { m_emulator.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QUrl EmulatorThread::dwsUrl(const QString& path) const
{
    QUrl url = m_baseUrl;
    url.setPath(QLatin1String("/v1.0/") + m_projectId + QLatin1Char('/') + path);
    return url;
}

} // namespace dws::bench
