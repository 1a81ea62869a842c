#pragma once

#include "dws/Cluster.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>
#include <optional>

namespace dws::ui {

// 1 (Monday) .. 7 (Sunday) for "Mon".."Sun" (also full English names, any case).
std::optional<int> maintainDayOfWeek(const QString& day);

// A maintenance window (GMT+0 in the API) as the operator reads it: the GMT text and the same
// window in `local`, e.g. "Monday 22:00–02:00 GMT (Tuesday 06:00–10:00 local time)". The local
// day and time are computed for the week containing `today`, so daylight saving applies.
QString maintainWindowText(const MaintainWindow& window, const QTimeZone& local,
                           QDate today = QDate::currentDate());

// A UTC timestamp in the user's local time, "yyyy-MM-dd HH:mm:ss"; "—" when invalid.
QString localTimestampText(const QDateTime& utc);

// "2 h 5 min", "45 s": a short human duration for remaining-time estimates.
QString durationText(qint64 seconds);

// Text for a missing value.
QString noValueText();

} // namespace dws::ui
