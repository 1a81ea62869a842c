#pragma once

#include "Emulator.h"

#include <QThread>
#include <QUrl>
#include <memory>

namespace dws::bench {

// A dwsemu::Emulator living on its own thread, so that the time it spends generating and
// serialising large bodies is not charged to the GUI thread being measured.
class EmulatorThread
{
public:
    explicit EmulatorThread(dwsemu::EmulatorOptions options);
    ~EmulatorThread();
    EmulatorThread(const EmulatorThread&) = delete;
    EmulatorThread& operator=(const EmulatorThread&) = delete;

    bool isListening() const { return m_baseUrl.isValid(); }
    QUrl baseUrl() const { return m_baseUrl; }
    QString projectId() const { return m_projectId; }
    QString token() const { return m_token; }
    // http://127.0.0.1:PORT/v1.0/{project_id}/<path>
    QUrl dwsUrl(const QString& path) const;

private:
    QThread m_thread;
    std::unique_ptr<QObject> m_anchor; // lives on m_thread; runs the emulator's calls there
    std::unique_ptr<dwsemu::Emulator> m_emulator;
    QUrl m_baseUrl;
    QString m_projectId;
    QString m_token;
};

} // namespace dws::bench
