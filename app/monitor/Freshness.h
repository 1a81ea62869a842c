#pragma once

#include "api/ApiError.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <chrono>
#include <functional>
#include <optional>

namespace dws {

// How fresh the data on screen is: "Updated 12 s ago", and stale while the last refresh
// failed (offline). Re-emits changed() when the text would read differently.
class Freshness : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    explicit Freshness(QObject* parent = nullptr);

    // For tests: where "now" comes from (default: QDateTime::currentDateTimeUtc).
    void setClock(Clock clock);
    // How often the text is re-evaluated (default 1 s).
    void setTickInterval(std::chrono::milliseconds interval);

    void recordSuccess();
    void recordFailure(const dws::api::ApiError& error);
    void reset();

    QDateTime lastSuccess() const { return m_lastSuccess; }
    std::optional<api::ApiError> lastError() const { return m_lastError; }
    bool hasData() const { return m_lastSuccess.isValid(); }
    // The last refresh failed: what is shown may be out of date.
    bool isStale() const { return m_lastError.has_value(); }
    // Seconds since the last success, -1 when never.
    qint64 secondsSinceSuccess() const;
    // "Never updated", "Updated just now", "Updated 12 s ago", "Updated 5 min ago",
    // "Offline — updated 5 min ago". Translated at call time.
    QString text() const;

    // Re-evaluates the text now; emits changed() if it reads differently.
    void emitIfChanged();

signals:
    void changed();

private:
    QString ageText() const;

    Clock m_clock;
    QTimer m_tick;
    QDateTime m_lastSuccess;
    std::optional<api::ApiError> m_lastError;
    QString m_lastText;
    bool m_lastStale = false;
};

} // namespace dws
