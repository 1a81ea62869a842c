#include "monitor/Freshness.h"

#include <QLocale>

namespace dws {

Freshness::Freshness(QObject* parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &Freshness::emitIfChanged);
}

void Freshness::setClock(Clock clock)
{
    m_clock = std::move(clock);
    emitIfChanged();
}

void Freshness::setTickInterval(std::chrono::milliseconds interval)
{
    m_tick.setInterval(interval);
}

void Freshness::recordSuccess()
{
    m_lastSuccess = m_clock();
    m_lastError.reset();
    m_tick.start();
    emitIfChanged();
}

void Freshness::recordFailure(const api::ApiError& error)
{
    if (error.kind == api::ErrorKind::Cancelled)
        return;
    m_lastError = error;
    emitIfChanged();
}

void Freshness::reset()
{
    m_lastSuccess = {};
    m_lastError.reset();
    m_tick.stop();
    emitIfChanged();
}

qint64 Freshness::secondsSinceSuccess() const
{
    if (!m_lastSuccess.isValid())
        return -1;
    return std::max<qint64>(0, m_lastSuccess.secsTo(m_clock()));
}

QString Freshness::ageText() const
{
    const qint64 seconds = secondsSinceSuccess();
    if (seconds < 5)
        return tr("just now");
    if (seconds < 60)
        return tr("%n s ago", nullptr, int(seconds));
    if (seconds < 3600)
        return tr("%n min ago", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return tr("%n h ago", nullptr, int(seconds / 3600));
    return tr("on %1").arg(QLocale().toString(m_lastSuccess.toLocalTime(), QLocale::ShortFormat));
}

QString Freshness::text() const
{
    if (!hasData())
        return isStale() ? tr("Offline") : tr("Never updated");
    if (isStale())
        return tr("Offline, last updated %1").arg(ageText());
    return tr("Updated %1").arg(ageText());
}

void Freshness::emitIfChanged()
{
    const QString now = text();
    if (now == m_lastText && isStale() == m_lastStale)
        return;
    m_lastText = now;
    m_lastStale = isStale();
    emit changed();
}

} // namespace dws
