#include "BenchFigures.h"

#include <QFile>
#include <QRegularExpression>
#include <algorithm>
#include <cstdio>

namespace dws::bench {

double median(QList<double> samples)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const qsizetype middle = samples.size() / 2;
    if (samples.size() % 2 == 1)
        return samples.at(middle);
    return (samples.at(middle - 1) + samples.at(middle)) / 2;
}

double medianOf(int runs, const std::function<double()>& measure)
{
    QList<double> samples;
    samples.reserve(runs);
    for (int run = 0; run < runs; ++run)
        samples.append(measure());
    return median(samples);
}

void printFigure(const QString& name, double value, const QString& unit)
{
    std::printf("%s %.3f %s\n", qPrintable(name), value, qPrintable(unit));
    std::fflush(stdout);
}

double peakResidentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    static const QRegularExpression peakLine(QStringLiteral("^VmHWM:\\s*(\\d+)\\s*kB"),
                                             QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = peakLine.match(QString::fromLatin1(status.readAll()));
    if (!match.hasMatch())
        return -1;
    return match.captured(1).toDouble() / 1024.0;
}

} // namespace dws::bench
