// The poller against the emulator for a simulated stretch of operation with seeded random
// faults. One real `kRealMsPerMinute` is one simulated minute: the emulator's virtual clock
// moves a minute per tick and the poller's intervals are scaled the same way (idle 30 s ->
// kRealMsPerMinute / 2). CTest runs six simulated hours; DWS_SOAK_MINUTES=1440 runs a day.
//
// Asserted: no crash; after warm-up the resident set grows by less than kRssGrowthBoundKb;
// per simulated minute the cluster-list GETs stay within the polling policy (one per idle
// interval of real time elapsed, plus one, each with at most three attempts); the poller
// recovers (a successful refresh after the last fault).

#include "EmulatorFixture.h"
#include "api/HttpClient.h"
#include "api/RetryPolicy.h"
#include "dws/ClusterService.h"
#include "dws/SnapshotService.h"
#include "monitor/Poller.h"
#include "monitor/ServiceMonitorSource.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace dws;
using namespace std::chrono_literals;

namespace {

constexpr int kRealMsPerMinute = 40;
constexpr int kWarmUpMinutes = 30;
constexpr qint64 kRssGrowthBoundKb = 24 * 1024;

qint64 residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

int simulatedMinutes()
{
    bool ok = false;
    const int minutes = qEnvironmentVariableIntValue("DWS_SOAK_MINUTES", &ok);
    return ok && minutes > kWarmUpMinutes ? minutes : 360;
}

dwsemu::FaultRule randomFault(QRandomGenerator& random)
{
    static const QStringList rules{
        QStringLiteral("GET /clusters$ 503 x1"),
        QStringLiteral("GET /clusters$ 500 x2"),
        QStringLiteral("GET /clusters$ reset x1"),
        QStringLiteral("GET /clusters$ truncated x1"),
        QStringLiteral("GET /snapshots$ 502 x1"),
        QStringLiteral("GET /clusters$ empty x1"),
        QStringLiteral("GET /clusters$ malformed x1"),
        QStringLiteral("GET .* 429 x1 retry=1"),
    };
    QString error;
    const auto rule = dwsemu::parseFaultRule(rules.at(random.bounded(rules.size())), &error);
    if (!rule)
        qFatal("bad fault rule: %s", qPrintable(error));
    return *rule;
}

} // namespace

class TestSoak : public QObject
{
    Q_OBJECT

private slots:
    void pollerSurvivesASimulatedStretch()
    {
        EmulatorFixture fixture;
        QVERIFY(fixture.isListening());
        api::ConnectionSettings settings;
        settings.iamEndpoint = fixture.baseUrl();
        settings.dwsEndpoint = fixture.baseUrl();
        settings.projectName = fixture.projectName();
        settings.transferTimeout = 2s;
        api::HttpClient client(settings,
                               api::Credentials::password(QStringLiteral("ops_admin"),
                                                          QStringLiteral("Soak#Pass2024x"),
                                                          QStringLiteral("acme")));
        api::RetryPolicy::Options retries;
        retries.seed = 11;
        retries.delayScale = 0.001;
        client.setRetryPolicy(api::RetryPolicy(retries));
        ClusterService clusters(&client);
        SnapshotService snapshots(&client);
        ServiceMonitorSource source(&clusters, &snapshots);
        Poller poller(&source);
        const auto idle = std::chrono::milliseconds(kRealMsPerMinute / 2);
        poller.setIntervals({idle, idle, std::chrono::milliseconds(kRealMsPerMinute * 2)});
        QSignalSpy succeeded(&poller, &Poller::refreshSucceeded);
        poller.start();
        QTRY_VERIFY_WITH_TIMEOUT(!succeeded.isEmpty(), 20000);

        QRandomGenerator random(20240601);
        const int minutes = simulatedMinutes();
        qint64 rssAfterWarmUp = -1;
        qint64 rssPeak = 0;
        int faults = 0;
        int worstMinute = 0;
        QElapsedTimer minuteTimer;
        fixture.emulator().clearJournal();
        minuteTimer.start();
        for (int minute = 0; minute < minutes; ++minute) {
            if (random.bounded(100) < 8) {
                fixture.emulator().addFault(randomFault(random));
                ++faults;
            }
            QTest::qWait(kRealMsPerMinute);
            fixture.emulator().advanceClock(1min);

            const qint64 elapsedMs = minuteTimer.restart();
            int listGets = 0;
            for (const auto& entry : fixture.emulator().journal())
                if (entry.method == QLatin1String("GET") &&
                    entry.path.endsWith(QLatin1String("/clusters")))
                    ++listGets;
            fixture.emulator().clearJournal();
            // One refresh per idle interval of the real time that passed (plus one that was in
            // flight when the minute began), each with at most three attempts.
            const qint64 allowed = (elapsedMs / idle.count() + 2) * 3;
            QVERIFY2(listGets <= allowed,
                     qPrintable(QStringLiteral("minute %1: %2 GETs, %3 allowed")
                                    .arg(minute)
                                    .arg(listGets)
                                    .arg(allowed)));
            worstMinute = qMax(worstMinute, listGets);

            const qint64 rss = residentKb();
            if (minute == kWarmUpMinutes)
                rssAfterWarmUp = rss;
            rssPeak = qMax(rssPeak, rss);
        }
        QVERIFY(faults > 0);

        // After the last fault the poller is back without a restart.
        fixture.emulator().clearFaults();
        succeeded.clear();
        QTRY_VERIFY_WITH_TIMEOUT(!succeeded.isEmpty(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(poller.consecutiveFailures(), 0, 20000);

        QVERIFY(rssAfterWarmUp > 0);
        const qint64 growth = rssPeak - rssAfterWarmUp;
        qInfo("soak: %d simulated minutes, %d faults, worst minute %d list GETs, "
              "RSS after warm-up %lld kB, peak %lld kB (growth %lld kB, bound %lld kB)",
              minutes, faults, worstMinute, rssAfterWarmUp, rssPeak, growth, kRssGrowthBoundKb);
#ifdef __SANITIZE_ADDRESS__
        // AddressSanitizer keeps freed memory in quarantine, so resident memory grows by
        // design; the bound is checked by the ordinary build.
        if (growth >= kRssGrowthBoundKb)
            QSKIP("the memory bound is not meaningful under AddressSanitizer");
#endif
        QVERIFY2(growth < kRssGrowthBoundKb, "resident memory grew beyond the bound");
    }
};

QTEST_GUILESS_MAIN(TestSoak)
#include "tst_soak.moc"
