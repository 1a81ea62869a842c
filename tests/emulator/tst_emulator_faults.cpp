// Fault injection, the request journal and the control endpoint, over real HTTP.
#include "EmulatorClient.h"

#include <QElapsedTimer>
#include <QTest>

using namespace std::chrono_literals;
using testdata::clusterSpec;
using testdata::wrapped;

class TestEmulatorFaults : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EmulatorFixture> m_fixture;
    std::unique_ptr<EmulatorClient> m_client;

    EmulatorFixture& fixture() { return *m_fixture; }
    EmulatorClient& client() { return *m_client; }

    // A client on a brand-new connection: Qt resends a request once when a reused
    // keep-alive connection drops, which would hide a reset.
    std::unique_ptr<EmulatorClient> freshClient()
    {
        auto fresh = std::make_unique<EmulatorClient>(fixture());
        fresh->setToken(client().token());
        return fresh;
    }

    static dwsemu::FaultRule rule(const char* text)
    {
        QString error;
        const auto parsed = dwsemu::parseFaultRule(QLatin1String(text), &error);
        if (!parsed)
            qFatal("bad rule in test: %s", qPrintable(error));
        return *parsed;
    }

private slots:
    void init()
    {
        m_fixture = std::make_unique<EmulatorFixture>();
        QVERIFY(fixture().isListening());
        m_client = std::make_unique<EmulatorClient>(fixture());
        QCOMPARE(client().signIn().status, 201);
    }

    void cleanup()
    {
        m_client.reset();
        m_fixture.reset();
    }

    void compactSyntaxParses()
    {
        auto parsed = dwsemu::parseFaultRule(QStringLiteral("GET /clusters 503 x2 retry=5"));
        QVERIFY(parsed);
        QCOMPARE(parsed->method, QLatin1String("GET"));
        QCOMPARE(parsed->pathPattern, QLatin1String("/clusters"));
        QCOMPARE(parsed->kind, dwsemu::FaultKind::HttpStatus);
        QCOMPARE(parsed->status, 503);
        QCOMPARE(parsed->times, 2);
        QCOMPARE(parsed->retryAfterSeconds, 5);

        parsed = dwsemu::parseFaultRule(QStringLiteral("* .* latency=250 always p=0.5"));
        QVERIFY(parsed);
        QVERIFY(parsed->method.isEmpty());
        QCOMPARE(parsed->kind, dwsemu::FaultKind::Latency);
        QCOMPARE(parsed->latencyMs, 250);
        QCOMPARE(parsed->times, -1);
        QCOMPARE(parsed->probability, 0.5);

        QCOMPARE(dwsemu::parseFaultRule(QStringLiteral("POST /snapshots reset"))->kind,
                 dwsemu::FaultKind::ConnectionReset);
        QCOMPARE(dwsemu::parseFaultRule(QStringLiteral("GET /x empty"))->kind,
                 dwsemu::FaultKind::EmptyResponse);
        QCOMPARE(dwsemu::parseFaultRule(QStringLiteral("GET /x malformed"))->kind,
                 dwsemu::FaultKind::MalformedJson);
        QCOMPARE(dwsemu::parseFaultRule(QStringLiteral("GET /x truncated"))->kind,
                 dwsemu::FaultKind::TruncatedJson);
        QCOMPARE(dwsemu::parseFaultRule(QStringLiteral("GET /x slow=900"))->kind,
                 dwsemu::FaultKind::SlowBody);
        QCOMPARE(dwsemu::parseFaultRule(QStringLiteral("GET /x no-answer"))->kind,
                 dwsemu::FaultKind::NoAnswer);
        QCOMPARE(dwsemu::parseFaultRule(QStringLiteral("GET /x token-expired"))->kind,
                 dwsemu::FaultKind::TokenExpired);
        QCOMPARE(dwsemu::parseFaultRule(QStringLiteral("GET /x 409 code=DWS.5046"))->errorCode,
                 QLatin1String("DWS.5046"));

        QString error;
        QVERIFY(!dwsemu::parseFaultRule(QStringLiteral("GET /clusters"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!dwsemu::parseFaultRule(QStringLiteral("GET /clusters bogus"), &error));
        QVERIFY(!dwsemu::parseFaultRule(QStringLiteral("GET ( 503"), &error));
        QVERIFY(!dwsemu::parseFaultRule(QStringLiteral("GET /x 503 p=2"), &error));
    }

    void httpStatusWithRetryAfterHitsNTimes()
    {
        fixture()->addFault(rule("GET /clusters$ 503 x2 retry=7"));
        for (int i = 0; i < 2; ++i) {
            const HttpResult result = client().dws("GET", QStringLiteral("clusters"));
            QCOMPARE(result.status, 503);
            QCOMPARE(result.header("Retry-After"), QByteArray("7"));
            QVERIFY(!result.errorCode().isEmpty());
        }
        QCOMPARE(client().dws("GET", QStringLiteral("clusters")).status, 200);
        // Other paths and methods are untouched.
        fixture()->addFault(rule("POST /snapshots 429 code=APIGW.0308"));
        QCOMPARE(client().dws("GET", QStringLiteral("snapshots")).status, 200);
        const HttpResult throttled = client().dws("POST", QStringLiteral("snapshots"), "{}");
        QCOMPARE(throttled.status, 429);
        QCOMPARE(throttled.errorCode(), QLatin1String("APIGW.0308"));
    }

    void latencyDelaysTheAnswer()
    {
        fixture()->addFault(rule("GET /node_types latency=400"));
        QElapsedTimer timer;
        timer.start();
        const HttpResult result = client().dws("GET", QStringLiteral("node_types"));
        QCOMPARE(result.status, 200);
        QVERIFY(timer.elapsed() >= 380);
        QVERIFY(!result.json()[QLatin1String("node_types")].toArray().isEmpty());
    }

    void connectionResetGivesNoAnswer()
    {
        // Qt resends once after a reset, so every attempt is reset.
        fixture()->addFault(rule("GET /clusters reset always"));
        const auto fresh = freshClient();
        const HttpResult result = fresh->dws("GET", QStringLiteral("clusters"));
        QVERIFY(result.finished);
        QCOMPARE(result.status, 0);
        QVERIFY(result.error != QNetworkReply::NoError);
        QCOMPARE(fixture()->journal().last().status, 0);
    }

    void emptyAndMalformedBodies()
    {
        fixture()->addFault(rule("GET /clusters$ empty"));
        HttpResult result = client().dws("GET", QStringLiteral("clusters"));
        QCOMPARE(result.status, 200);
        QVERIFY(result.body.isEmpty());

        fixture()->addFault(rule("GET /clusters$ malformed"));
        result = client().dws("GET", QStringLiteral("clusters"));
        QCOMPARE(result.status, 200);
        QJsonParseError error;
        QJsonDocument::fromJson(result.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
        QVERIFY(!result.body.isEmpty());
    }

    void truncatedJsonCarriesOutTheRequest()
    {
        fixture()->addFault(rule("POST /clusters$ truncated"));
        const HttpResult result =
            client().dws("POST", QStringLiteral("clusters"),
                         wrapped("cluster", clusterSpec(QStringLiteral("dws-cut"))));
        QCOMPARE(result.status, 200);
        QJsonParseError error;
        QJsonDocument::fromJson(result.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
        QVERIFY(result.body.startsWith("{\"cluster\""));
        const QJsonArray clusters = client()
                                        .dws("GET", QStringLiteral("clusters"))
                                        .json()[QLatin1String("clusters")]
                                        .toArray();
        QCOMPARE(clusters.size(), 1);
    }

    void slowBodyArrivesWholeButLate()
    {
        fixture()->addFault(rule("GET /node_types slow=500"));
        QElapsedTimer timer;
        timer.start();
        const HttpResult result = client().dws("GET", QStringLiteral("node_types"));
        QCOMPARE(result.status, 200);
        QVERIFY(timer.elapsed() >= 350);
        QVERIFY(!result.json()[QLatin1String("node_types")].toArray().isEmpty());
    }

    void noAnswerLeavesTheClientWaiting()
    {
        fixture()->addFault(rule("GET /snapshots no-answer"));
        const auto fresh = freshClient();
        const HttpResult result =
            fresh->send("GET", fixture().dwsUrl(QStringLiteral("snapshots")), {}, {}, 600);
        QVERIFY(!result.finished);
        QCOMPARE(fixture()->journal().last().status, 0);
    }

    void tokenExpiredFault()
    {
        fixture()->addFault(rule("GET /clusters token-expired"));
        const HttpResult result = client().dws("GET", QStringLiteral("clusters"));
        QCOMPARE(result.status, 401);
        QCOMPARE(result.errorCode(), QLatin1String("APIGW.0307"));
        QCOMPARE(client().dws("GET", QStringLiteral("clusters")).status, 200);
    }

    void probabilityZeroNeverHits()
    {
        fixture()->addFault(rule("GET .* 500 always p=0"));
        for (int i = 0; i < 5; ++i)
            QCOMPARE(client().dws("GET", QStringLiteral("clusters")).status, 200);
        fixture()->clearFaults();
        fixture()->addFault(rule("GET .* 500 always"));
        QCOMPARE(client().dws("GET", QStringLiteral("clusters")).status, 500);
        fixture()->clearFaults();
        QCOMPARE(client().dws("GET", QStringLiteral("clusters")).status, 200);
    }

    void controlEndpointManagesFaults()
    {
        HttpResult added =
            client().control("POST", QStringLiteral("faults"), R"({"rule":"GET /clusters 502"})");
        QCOMPARE(added.status, 200);
        QCOMPARE(client().dws("GET", QStringLiteral("clusters")).status, 502);

        added = client().control(
            "POST", QStringLiteral("faults"),
            R"({"method":"GET","path":"/snapshots","kind":"http_status","status":504,"times":-1})");
        QCOMPARE(added.status, 200);
        QCOMPARE(client().dws("GET", QStringLiteral("snapshots")).status, 504);
        QCOMPARE(client().dws("GET", QStringLiteral("snapshots")).status, 504);
        QCOMPARE(client().control("DELETE", QStringLiteral("faults")).status, 200);
        QCOMPARE(client().dws("GET", QStringLiteral("snapshots")).status, 200);

        QCOMPARE(client()
                     .control("POST", QStringLiteral("faults"), R"({"rule":"GET /x nonsense"})")
                     .status,
                 400);
        QCOMPARE(client().control("POST", QStringLiteral("faults"), R"({"kind":"warp"})").status,
                 400);
        QCOMPARE(client().control("POST", QStringLiteral("faults"), "not json").status, 400);
        QCOMPARE(client().control("GET", QStringLiteral("nothing")).status, 404);
    }

    void journalRecordsRequestsButNotControlCalls()
    {
        fixture()->clearJournal();
        client().send("GET", fixture().url(QLatin1String("/v1.0/") + fixture().projectId() +
                                               QLatin1String("/clusters"),
                                           QStringLiteral("datastoreType=dws")));
        client().dws("POST", QStringLiteral("snapshots"), R"({"snapshot":{}})");
        client().control("POST", QStringLiteral("clock"), R"({"advance_ms":1})");

        const QList<dwsemu::JournalEntry> journal = fixture()->journal();
        QCOMPARE(journal.size(), 2);
        QCOMPARE(journal[0].method, QLatin1String("GET"));
        QCOMPARE(journal[0].path,
                 QLatin1String("/v1.0/") + fixture().projectId() + QLatin1String("/clusters"));
        QCOMPARE(journal[0].query, QLatin1String("datastoreType=dws"));
        QCOMPARE(journal[0].status, 200);
        const bool hasToken = std::any_of(
            journal[0].headers.begin(), journal[0].headers.end(), [](const auto& header) {
                return header.first.compare("X-Auth-Token", Qt::CaseInsensitive) == 0;
            });
        QVERIFY(hasToken);
        QCOMPARE(journal[1].body, QByteArray(R"({"snapshot":{}})"));
        QCOMPARE(journal[1].status, 400);

        const HttpResult remote = client().control("GET", QStringLiteral("journal"));
        QCOMPARE(remote.status, 200);
        const QJsonArray requests = remote.json()[QLatin1String("requests")].toArray();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests[1].toObject()[QLatin1String("status")].toInt(), 400);
        QCOMPARE(requests[1].toObject()[QLatin1String("method")].toString(), QLatin1String("POST"));

        QCOMPARE(client().control("DELETE", QStringLiteral("journal")).status, 200);
        QVERIFY(fixture()->journal().isEmpty());
    }

    void controlClockAndFailNext()
    {
        const HttpResult created =
            client().dws("POST", QStringLiteral("clusters"),
                         wrapped("cluster", clusterSpec(QStringLiteral("dws-clock"))));
        const QString id =
            created.json()[QLatin1String("cluster")].toObject()[QLatin1String("id")].toString();
        QCOMPARE(
            client().control("POST", QStringLiteral("clock"), R"({"advance_ms":900000})").status,
            200);
        QCOMPARE(client()
                     .dws("GET", QLatin1String("clusters/") + id)
                     .json()[QLatin1String("cluster")]
                     .toObject()[QLatin1String("status")]
                     .toString(),
                 QLatin1String("AVAILABLE"));
        QCOMPARE(client().control("POST", QStringLiteral("clock"), R"({"advance_ms":-5})").status,
                 400);
        QCOMPARE(
            client().control("POST", QStringLiteral("fail-next"), R"({"operation":"fly"})").status,
            400);
        QCOMPARE(client()
                     .control("POST", QStringLiteral("fail-next"), R"({"operation":"restart"})")
                     .status,
                 200);
        QCOMPARE(client()
                     .dws("POST", QLatin1String("clusters/") + id + QLatin1String("/restart"),
                          R"({"restart":{}})")
                     .status,
                 200);
        QCOMPARE(
            client().control("POST", QStringLiteral("clock"), R"({"advance_ms":600000})").status,
            200);
        QCOMPARE(client()
                     .dws("GET", QLatin1String("clusters/") + id)
                     .json()[QLatin1String("cluster")]
                     .toObject()[QLatin1String("task_status")]
                     .toString(),
                 QLatin1String("REBOOT_FAILURE"));
    }

    void expireTokensControlCall()
    {
        QCOMPARE(client().control("POST", QStringLiteral("expire-tokens")).status, 200);
        const HttpResult expired = client().dws("GET", QStringLiteral("clusters"));
        QCOMPARE(expired.status, 401);
        QCOMPARE(expired.errorCode(), QLatin1String("APIGW.0307"));
        QCOMPARE(client().signIn().status, 201);
        QCOMPARE(client().dws("GET", QStringLiteral("clusters")).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestEmulatorFaults)
#include "tst_emulator_faults.moc"
