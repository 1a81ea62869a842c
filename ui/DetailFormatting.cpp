#include "DetailFormatting.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTime>

namespace dws::ui {
namespace {

constexpr const char* kContext = "dws::ui::DetailFormatting";

QString localized(const char* text)
{
    return QCoreApplication::translate(kContext, text);
}

} // namespace

std::optional<int> maintainDayOfWeek(const QString& day)
{
    static const char* const shortNames[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    const QString lower = day.trimmed().toLower();
    if (lower.size() < 3)
        return std::nullopt;
    for (int index = 0; index < 7; ++index)
        if (lower.startsWith(QLatin1String(shortNames[index])))
            return index + 1;
    return std::nullopt;
}

QString maintainWindowText(const MaintainWindow& window, const QTimeZone& local, QDate today)
{
    const QString gmtText =
        localized(QT_TRANSLATE_NOOP("dws::ui::DetailFormatting", "%1 %2–%3 GMT"))
            .arg(maintainDayDisplayText(window.day), window.startTime, window.endTime);
    const std::optional<int> dayOfWeek = maintainDayOfWeek(window.day);
    const QTime start = QTime::fromString(window.startTime.trimmed(), QStringLiteral("H:mm"));
    const QTime end = QTime::fromString(window.endTime.trimmed(), QStringLiteral("H:mm"));
    if (!dayOfWeek || !start.isValid() || !end.isValid())
        return gmtText;

    const QDate day = today.addDays(*dayOfWeek - today.dayOfWeek());
    const QDateTime startUtc(day, start, QTimeZone::utc());
    QDateTime endUtc(day, end, QTimeZone::utc());
    if (endUtc <= startUtc)
        endUtc = endUtc.addDays(1); // the window crosses midnight
    const QDateTime startLocal = startUtc.toTimeZone(local);
    const QDateTime endLocal = endUtc.toTimeZone(local);
    const QLocale locale;
    QString localText = locale.dayName(startLocal.date().dayOfWeek()) + QLatin1Char(' ') +
                        startLocal.toString(QStringLiteral("HH:mm")) + QStringLiteral("–");
    if (endLocal.date() != startLocal.date() && endLocal.time() != QTime(0, 0))
        localText += locale.dayName(endLocal.date().dayOfWeek()) + QLatin1Char(' ');
    localText += endLocal.toString(QStringLiteral("HH:mm"));
    return localized(QT_TRANSLATE_NOOP("dws::ui::DetailFormatting", "%1 (%2 local time)"))
        .arg(gmtText, localText);
}

QString localTimestampText(const QDateTime& utc)
{
    if (!utc.isValid())
        return noValueText();
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString durationText(qint64 seconds)
{
    seconds = std::max<qint64>(seconds, 0);
    if (seconds < 60)
        return localized(QT_TRANSLATE_NOOP("dws::ui::DetailFormatting", "%1 s")).arg(seconds);
    const qint64 minutes = (seconds + 30) / 60;
    if (minutes < 60)
        return localized(QT_TRANSLATE_NOOP("dws::ui::DetailFormatting", "%1 min")).arg(minutes);
    return localized(QT_TRANSLATE_NOOP("dws::ui::DetailFormatting", "%1 h %2 min"))
        .arg(minutes / 60)
        .arg(minutes % 60);
}

QString noValueText()
{
    return QStringLiteral("—");
}

} // namespace dws::ui
