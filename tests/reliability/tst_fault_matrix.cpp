// The fault matrix through the services, end to end against the emulator. Cases that
// tests/api and tests/services already prove exactly (503 retries, 429 Retry-After, 4xx without
// retry, expired tokens, POST never re-sent, reconciliation, size cap) are cited in
// docs/reliability.md instead of repeated here.

#include "EmulatorFixture.h"
#include "api/HttpClient.h"
#include "api/IamClient.h"
#include "dws/ClusterService.h"
#include "dws/JsonMapping.h"

#include <QElapsedTimer>
#include <QTest>
#include <memory>
#include <optional>

using namespace dws;
using namespace dws::api;

namespace {

int clusterListGets(const dwsemu::Emulator& emulator)
{
    int count = 0;
    for (const auto& entry : emulator.journal())
        if (entry.method == QLatin1String("GET") && entry.path.endsWith(QLatin1String("/clusters")))
            ++count;
    return count;
}

} // namespace

class TestFaultMatrix : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EmulatorFixture> m_fixture;
    std::unique_ptr<HttpClient> m_client;
    std::unique_ptr<ClusterService> m_clusters;

    void start(std::chrono::milliseconds transferTimeout = std::chrono::seconds(30))
    {
        m_fixture = std::make_unique<EmulatorFixture>();
        QVERIFY(m_fixture->isListening());
        ConnectionSettings settings;
        settings.iamEndpoint = m_fixture->baseUrl();
        settings.dwsEndpoint = m_fixture->baseUrl();
        settings.projectName = m_fixture->projectName();
        settings.transferTimeout = transferTimeout;
        m_client = std::make_unique<HttpClient>(
            settings,
            Credentials::password(QStringLiteral("ops_admin"), QStringLiteral("Matrix#Pass2024"),
                                  QStringLiteral("acme")));
        RetryPolicy::Options options;
        options.seed = 3;
        options.delayScale = 0.001;
        m_client->setRetryPolicy(RetryPolicy(options));
        m_clusters = std::make_unique<ClusterService>(m_client.get());
    }

    // Lists clusters; the callback must come exactly once.
    std::optional<Result<QList<Cluster>>> listOnce(int* calls)
    {
        std::optional<Result<QList<Cluster>>> outcome;
        m_clusters->list(this, [&outcome, calls](Result<QList<Cluster>> result) {
            ++*calls;
            outcome.emplace(std::move(result));
        });
        (void)QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 30000);
        return outcome;
    }

    // Runs one more list to its end with every fault removed: a second, late callback of an
    // earlier call would have been delivered by then.
    void finishAnotherList()
    {
        m_fixture->emulator().clearFaults();
        int calls = 0;
        const auto outcome = listOnce(&calls);
        QVERIFY(outcome.has_value());
        QVERIFY(outcome->ok());
    }

private slots:
    void cleanup()
    {
        m_clusters.reset();
        m_client.reset();
        m_fixture.reset();
    }

    void serverErrorsThenSuccess_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("500") << 500;
        QTest::newRow("502") << 502;
        QTest::newRow("503") << 503;
        QTest::newRow("504") << 504;
    }

    // Two failures then the real answer: the list succeeds on the third attempt.
    void serverErrorsThenSuccess()
    {
        QFETCH(int, status);
        start();
        m_fixture->emulator().addFault(
            faultRule(QStringLiteral("GET /clusters$ %1 x2").arg(status)));
        int calls = 0;
        const auto outcome = listOnce(&calls);
        QVERIFY(outcome.has_value());
        QVERIFY2(outcome->ok(), qPrintable(outcome->ok() ? QString() : outcome->error().detail));
        QCOMPARE(clusterListGets(m_fixture->emulator()), 3);
        finishAnotherList();
        QCOMPARE(calls, 1);
    }

    void brokenBodiesEndCleanly_data()
    {
        QTest::addColumn<QString>("action");
        QTest::newRow("connection reset") << QStringLiteral("reset");
        QTest::newRow("empty response") << QStringLiteral("empty");
        QTest::newRow("malformed json") << QStringLiteral("malformed");
        QTest::newRow("truncated json") << QStringLiteral("truncated");
    }

    // Every broken body, every time: a clean error of a transport or parse kind, at most three
    // attempts, one callback.
    void brokenBodiesEndCleanly()
    {
        QFETCH(QString, action);
        start();
        m_fixture->emulator().addFault(
            faultRule(QStringLiteral("GET /clusters$ %1 always").arg(action)));
        int calls = 0;
        const auto outcome = listOnce(&calls);
        QVERIFY(outcome.has_value());
        QVERIFY(!outcome->ok());
        const ErrorKind kind = outcome->error().kind;
        QVERIFY2(kind == ErrorKind::Network || kind == ErrorKind::Parse ||
                     kind == ErrorKind::Timeout,
                 qPrintable(QString::number(int(kind))));
        const int attempts = clusterListGets(m_fixture->emulator());
        // Qt itself re-sends a GET once when a kept-alive connection is closed under it.
        QVERIFY(attempts >= 1 && attempts <= (action == QLatin1String("reset") ? 6 : 3));
        finishAnotherList();
        QCOMPARE(calls, 1);
    }

    void brokenBodyOnceThenRecovers_data() { brokenBodiesEndCleanly_data(); }

    // A broken answer once: either retried to success or reported cleanly; the next list works.
    void brokenBodyOnceThenRecovers()
    {
        QFETCH(QString, action);
        start();
        m_fixture->emulator().addFault(
            faultRule(QStringLiteral("GET /clusters$ %1 x1").arg(action)));
        int calls = 0;
        const auto first = listOnce(&calls);
        QVERIFY(first.has_value());
        const auto second = listOnce(&calls);
        QVERIFY(second.has_value());
        QVERIFY(second->ok());
        QCOMPARE(calls, 2);
    }

    void slowlyDribbledBodyArrives()
    {
        start();
        m_fixture->emulator().addFault(faultRule(QStringLiteral("GET /clusters$ slow=400")));
        int calls = 0;
        const auto outcome = listOnce(&calls);
        QVERIFY(outcome.has_value());
        QVERIFY2(outcome->ok(), qPrintable(outcome->ok() ? QString() : outcome->error().detail));
        QCOMPARE(clusterListGets(m_fixture->emulator()), 1);
    }

    // A server that never answers: the short transfer timeout ends each attempt, and the call
    // ends with Timeout well before the test's own limit.
    void silentServerTimesOut()
    {
        start(std::chrono::milliseconds(300));
        m_fixture->emulator().addFault(
            faultRule(QStringLiteral("GET /clusters$ no-answer always")));
        QElapsedTimer elapsed;
        elapsed.start();
        int calls = 0;
        const auto outcome = listOnce(&calls);
        QVERIFY(outcome.has_value());
        QVERIFY(!outcome->ok());
        QCOMPARE(outcome->error().kind, ErrorKind::Timeout);
        QVERIFY(elapsed.elapsed() < 20000);
        QVERIFY(clusterListGets(m_fixture->emulator()) <= 3);
    }

    void cancelWhileTheServerIsSilent()
    {
        start();
        m_fixture->emulator().addFault(
            faultRule(QStringLiteral("GET /clusters$ no-answer always")));
        int calls = 0;
        std::optional<Result<QList<Cluster>>> outcome;
        CallHandle handle = m_clusters->list(this, [&](Result<QList<Cluster>> result) {
            ++calls;
            outcome.emplace(std::move(result));
        });
        QTRY_VERIFY(clusterListGets(m_fixture->emulator()) >= 1);
        handle.cancel();
        QTRY_VERIFY(outcome.has_value());
        QVERIFY(!outcome->ok());
        QCOMPARE(outcome->error().kind, ErrorKind::Cancelled);
        finishAnotherList();
        QCOMPARE(calls, 1);
    }

    // Deeply nested and huge bodies are refused by the mapping, with an error, not a crash.
    void deeplyNestedBodiesAreRefused()
    {
        const int depth = 200000;
        const QByteArray nested =
            QByteArray("{\"clusters\":") + QByteArray(depth, '[') + QByteArray(depth, ']') + '}';
        const auto clusters = parseClusterList(nested);
        QVERIFY(!clusters.ok());
        const auto detail = parseClusterDetail(
            QByteArray("{\"cluster\":") + QByteArray(depth, '[') + QByteArray(depth, ']') + '}');
        QVERIFY(!detail.ok());
        QByteArray objects = "{\"snapshots\":[";
        for (int level = 0; level < depth / 10; ++level)
            objects += "{\"a\":";
        objects += "1" + QByteArray(depth / 10, '}') + "]}";
        QVERIFY(!parseSnapshotList(objects).ok());
    }
};

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_fault_matrix.moc"
