// dws-bench: prints performance figures of DWS Console, one per line as "name value unit".
// Usage: dws-bench [--quick]   (--quick: small sizes and few runs, for the smoke test)

#include "BenchFigures.h"
#include "EmulatorThread.h"
#include "Measurements.h"
#include "dws/JsonMapping.h"

#include <QApplication>
#include <QProcess>
#include <QStandardPaths>
#include <cstdio>

using namespace dws::bench;

namespace {

// The bench re-runs itself with this option to measure peak memory in a fresh process.
const QString kFleetChildOption = QStringLiteral("--fleet-rss-child");
// The child gets the emulator's token through the environment, never on its command line.
constexpr char kTokenVariable[] = "DWS_BENCH_TOKEN";

struct BenchSizes
{
    int clusters = 10'000;
    int snapshots = 100'000;
    int runs = 7;
    int stallRuns = 5;
    int startupRuns = 5;
    int launchRuns = 9;
};

BenchSizes quickSizes()
{
    return {.clusters = 1'000,
            .snapshots = 10'000,
            .runs = 3,
            .stallRuns = 1,
            .startupRuns = 1,
            .launchRuns = 1};
}

int runFleetChild(const QStringList& arguments)
{
    const qsizetype at = arguments.indexOf(kFleetChildOption);
    if (at < 0 || at + 2 >= arguments.size())
        return 2;
    const double megabytes = fleetPeakResidentMegabytes(
        QUrl(arguments.at(at + 1)), arguments.at(at + 2), qEnvironmentVariable(kTokenVariable));
    if (megabytes < 0)
        return 1;
    std::printf("%.3f\n", megabytes);
    return 0;
}

// Peak RSS of a fresh dws-bench process that loads the emulator's whole fleet into the models.
double measureFleetInChild(const EmulatorThread& emulator)
{
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(kTokenVariable), emulator.token());
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {kFleetChildOption, emulator.baseUrl().toString(), emulator.projectId()});
    if (!child.waitForFinished(600'000) || child.exitStatus() != QProcess::NormalExit ||
        child.exitCode() != 0)
        return -1;
    bool ok = false;
    const double megabytes = child.readAllStandardOutput().trimmed().toDouble(&ok);
    return ok ? megabytes : -1;
}

bool reportFailure(const char* what)
{
    std::fprintf(stderr, "dws-bench: %s\n", what);
    return false;
}

bool runBenchmarks(const BenchSizes& sizes)
{
    printFigure(QStringLiteral("config.clusters"), sizes.clusters, QStringLiteral("count"));
    printFigure(QStringLiteral("config.snapshots"), sizes.snapshots, QStringLiteral("count"));
    printFigure(QStringLiteral("config.runs"), sizes.runs, QStringLiteral("count"));

    dwsemu::EmulatorOptions options;
    options.seedClusters = sizes.clusters;
    options.seedSnapshots = sizes.snapshots;
    options.clusterQuota = sizes.clusters * 2;
    options.snapshotQuota = sizes.snapshots * 2;
    const EmulatorThread emulator(options);
    if (!emulator.isListening())
        return reportFailure("the emulator could not listen on a loopback port");

    // Parsing: the cluster list exactly as the emulator serves it.
    const QByteArray body =
        fetchBody(emulator.dwsUrl(QStringLiteral("clusters")), emulator.token());
    if (body.isEmpty())
        return reportFailure("the cluster list could not be fetched");
    printFigure(QStringLiteral("list10k.body_mb"), double(body.size()) / (1024.0 * 1024.0),
                QStringLiteral("MB"));
    const double bareParse = medianOf(sizes.runs, [&body] { return bareParseMs(body); });
    const double parseMap = medianOf(sizes.runs, [&body] { return parseMapMs(body); });
    if (bareParse <= 0 || parseMap <= 0)
        return reportFailure("the cluster list did not parse");
    printFigure(QStringLiteral("list10k.bare_parse_ms"), bareParse, QStringLiteral("ms"));
    printFigure(QStringLiteral("list10k.parse_map_ms"), parseMap, QStringLiteral("ms"));
    printFigure(QStringLiteral("list10k.map_over_parse"), parseMap / bareParse,
                QStringLiteral("ratio"));

    // Models: a 5% refresh and an identical one.
    const QList<dws::Cluster> clusters = dws::parseClusterList(body).value();
    const ModelFigures model = measureModel(clusters, sizes.runs);
    printFigure(QStringLiteral("model10k.apply_5pct_ms"), model.applyFivePercentMs,
                QStringLiteral("ms"));
    printFigure(QStringLiteral("model10k.identical_signals"), model.identicalSignals,
                QStringLiteral("count"));

    // GUI responsiveness during a refresh over HTTP.
    const double stall =
        medianOf(sizes.stallRuns, [&] { return maxGuiStallMs(emulator, clusters); });
    if (stall < 0)
        return reportFailure("the cluster list could not be fetched through ClusterService");
    printFigure(QStringLiteral("gui.max_stall_ms"), stall, QStringLiteral("ms"));

    // Painting while both lists are parsed.
    const double repaint =
        medianOf(sizes.stallRuns, [&] { return longestRepaintWhileListingMs(emulator); });
    if (repaint < 0)
        return reportFailure("the cluster and snapshot lists could not be fetched together");
    printFigure(QStringLiteral("gui.repaint_while_listing_ms"), repaint, QStringLiteral("ms"));

    // Start-up as the operator sees it: from launching dws-console --demo, and a bare window
    // program beside it, to the first paint of their table. One unmeasured launch each first.
    const QString console = QStringLiteral(DWS_CONSOLE_PROGRAM);
    const QString bareWindow = QStringLiteral(DWS_BARE_WINDOW_PROGRAM);
    const QStringList demo{QStringLiteral("--demo")};
    launchToFirstPaintMs(bareWindow, {});
    launchToFirstPaintMs(console, demo);
    QList<double> consoleLaunches;
    QList<double> bareLaunches;
    for (int run = 0; run < sizes.launchRuns; ++run) {
        bareLaunches.append(launchToFirstPaintMs(bareWindow, {}));
        consoleLaunches.append(launchToFirstPaintMs(console, demo));
    }
    if (consoleLaunches.contains(-1) || bareLaunches.contains(-1))
        return reportFailure("a launched program never reported its first frame");
    const double consoleLaunch = median(consoleLaunches);
    const double bareLaunch = median(bareLaunches);
    printFigure(QStringLiteral("startup.first_paint_ms"), consoleLaunch, QStringLiteral("ms"));
    printFigure(QStringLiteral("startup.baseline_first_paint_ms"), bareLaunch,
                QStringLiteral("ms"));
    printFigure(QStringLiteral("startup.first_paint_over_baseline"), consoleLaunch / bareLaunch,
                QStringLiteral("ratio"));

    // The window alone, built in this process: what its own parts cost to build and paint.
    // One unmeasured round first warms fonts, styles and plugins for all three.
    baselineFirstPaintMs();
    sameChromeFirstPaintMs();
    QList<double> mainWindowSamples;
    QList<double> baselineSamples;
    QList<double> sameChromeSamples;
    for (int run = 0; run < sizes.startupRuns; ++run) {
        baselineSamples.append(baselineFirstPaintMs());
        sameChromeSamples.append(sameChromeFirstPaintMs());
        mainWindowSamples.append(mainWindowFirstPaintMs());
    }
    const double firstPaint = median(mainWindowSamples);
    const double baselinePaint = median(baselineSamples);
    const double sameChromePaint = median(sameChromeSamples);
    if (firstPaint < 0 || baselinePaint <= 0 || sameChromePaint <= 0)
        return reportFailure("a window was never painted");
    printFigure(QStringLiteral("startup.window_first_paint_ms"), firstPaint, QStringLiteral("ms"));
    printFigure(QStringLiteral("startup.window_baseline_first_paint_ms"), baselinePaint,
                QStringLiteral("ms"));
    printFigure(QStringLiteral("startup.window_first_paint_over_baseline"),
                firstPaint / baselinePaint, QStringLiteral("ratio"));
    printFigure(QStringLiteral("startup.same_chrome_first_paint_ms"), sameChromePaint,
                QStringLiteral("ms"));
    printFigure(QStringLiteral("startup.window_first_paint_over_same_chrome"),
                firstPaint / sameChromePaint, QStringLiteral("ratio"));

    // Memory: the whole fleet loaded into the models, in a fresh process.
    const double fleet = measureFleetInChild(emulator);
    if (fleet < 0)
        return reportFailure("the fleet could not be loaded in the child process");
    printFigure(QStringLiteral("rss.fleet_mb"), fleet, QStringLiteral("MB"));
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Window state and profiles written by the main window go to a scratch location.
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("dws-bench"));
    QApplication::setOrganizationName(QStringLiteral("dws-console"));

    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.contains(kFleetChildOption))
        return runFleetChild(arguments);
    for (const QString& argument : arguments.mid(1)) {
        if (argument != QLatin1String("--quick")) {
            std::fprintf(stderr, "usage: dws-bench [--quick]\n");
            return 2;
        }
    }
    const BenchSizes sizes =
        arguments.contains(QLatin1String("--quick")) ? quickSizes() : BenchSizes{};
    return runBenchmarks(sizes) ? 0 : 1;
}
