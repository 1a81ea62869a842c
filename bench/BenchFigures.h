#pragma once

#include <QList>
#include <QString>
#include <functional>

namespace dws::bench {

// The median of `samples` (the mean of the middle two for an even count); 0 when empty.
double median(QList<double> samples);

// Runs `measure` `runs` times and returns the median of what it returned.
double medianOf(int runs, const std::function<double()>& measure);

// Prints one figure as "name value unit" on stdout, flushed at once so a crash later still
// leaves the figures measured so far.
void printFigure(const QString& name, double value, const QString& unit);

// Peak resident set size of this process (VmHWM in /proc/self/status), in MiB; -1 when unknown.
double peakResidentMegabytes();

} // namespace dws::bench
