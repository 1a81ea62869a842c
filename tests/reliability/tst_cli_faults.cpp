// dwsctl under faults: the built binary against the in-process emulator with faults injected,
// over real HTTP. Each case asserts the exit status, what standard error says, how many
// requests of the method and path the emulator journaled, and that no secret was printed.
// The core side of the same matrix is tests/reliability/tst_fault_matrix.cpp.

#include "../cli/DwsctlRunner.h"
#include "EmulatorFixture.h"
#include "dws/ErrorCatalogue.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <memory>

namespace {

constexpr int kSuccess = 0;
constexpr int kApiFailure = 1;
constexpr int kNetworkFailure = 3;

const QString kDemoCluster = QStringLiteral("dws-prod-sales");

dwsemu::EmulatorOptions demoProject()
{
    dwsemu::EmulatorOptions options;
    options.demo = true;
    return options;
}

const QStringList kListClusters = {QStringLiteral("clusters"), QStringLiteral("list")};

QStringList timeout(int seconds)
{
    return {QStringLiteral("--timeout"), QString::number(seconds)};
}

QString clustersPath(EmulatorFixture& fixture)
{
    return QLatin1String("/v1.0/") + fixture.projectId() + QLatin1String("/clusters");
}

const QString kTokensPath = QStringLiteral("/v3/auth/tokens");

int journaled(EmulatorFixture& fixture, const char* method, const QString& path)
{
    int count = 0;
    for (const dwsemu::JournalEntry& entry : fixture->journal())
        if (entry.method == QLatin1String(method) && entry.path == path)
            ++count;
    return count;
}

// The sign-in password, the administrator password and every token dwsctl sent.
QStringList secretsOf(EmulatorFixture& fixture)
{
    QStringList secrets = {QLatin1String(DwsctlRunner::kPassword),
                           QLatin1String(DwsctlRunner::kAdminPassword)};
    for (const dwsemu::JournalEntry& entry : fixture->journal())
        for (const auto& [name, value] : entry.headers)
            if (name.compare("X-Auth-Token", Qt::CaseInsensitive) == 0 && !value.isEmpty() &&
                !secrets.contains(QString::fromUtf8(value)))
                secrets << QString::fromUtf8(value);
    return secrets;
}

// The number of the first secret the output shows (never the secret itself), or 0.
int leakedSecret(const DwsctlResult& result, const QStringList& secrets)
{
    for (qsizetype index = 0; index < secrets.size(); ++index)
        if (result.all().contains(secrets.at(index)))
            return int(index) + 1;
    return 0;
}

dws::ErrorDescription transportDescription(dws::api::ErrorKind kind)
{
    dws::api::ApiError error;
    error.kind = kind;
    return dws::describe(error);
}

dws::ErrorDescription httpDescription(int status, const QString& code, const QString& operation)
{
    dws::api::ApiError error;
    error.httpStatus = status;
    error.code = code;
    error.operation = operation;
    return dws::describe(error);
}

// The names of the clusters the emulator holds.
QStringList clusterNames(DwsctlRunner& runner)
{
    QStringList names;
    const QJsonArray clusters =
        runner.emulatorGet(QStringLiteral("clusters")).value(QLatin1String("clusters")).toArray();
    for (const QJsonValue& cluster : clusters)
        names << cluster.toObject().value(QLatin1String("name")).toString();
    return names;
}

// A DWS endpoint for what the emulator cannot send: an answer past the size cap, or one nested
// past the depth cap. It answers every request with one body, produced while the client reads
// it, so neither side ever needs the whole body in memory. Sign-in still goes to the emulator.
class HostileDwsEndpoint
{
public:
    struct Answer
    {
        QByteArray headers; // after the status line, each ending in \r\n
        QByteArray prefix;  // the start of the body
        qint64 bodyBytes;   // the whole body: prefix, then blanks
        bool chunked;
    };

    explicit HostileDwsEndpoint(Answer answer)
        : m_answer(std::move(answer))
        , m_blanks(kPiece, ' ')
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }

    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    int requests() const { return m_requests; }
    qint64 bodyBytesSent() const { return m_bodyBytesSent; }

private:
    static constexpr qint64 kPiece = 1024 * 1024;
    static constexpr qint64 kQueued = 4 * kPiece;

    struct Connection
    {
        QByteArray received;
        bool answering = false;
        qint64 sent = 0;
    };

    void serve(QTcpSocket* socket)
    {
        auto connection = std::make_shared<Connection>();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, connection] {
            connection->received += socket->readAll();
            if (connection->answering || !connection->received.contains("\r\n\r\n"))
                return;
            connection->answering = true;
            ++m_requests;
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n" +
                          m_answer.headers + "\r\n");
            pump(socket, *connection);
        });
        QObject::connect(socket, &QTcpSocket::bytesWritten, socket,
                         [this, socket, connection] { pump(socket, *connection); });
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

    void pump(QTcpSocket* socket, Connection& connection)
    {
        while (socket->state() == QAbstractSocket::ConnectedState &&
               socket->bytesToWrite() < kQueued && connection.sent < m_answer.bodyBytes) {
            QByteArray piece = m_answer.prefix.mid(connection.sent, kPiece);
            const qint64 room = std::min(kPiece, m_answer.bodyBytes - connection.sent);
            if (piece.size() < room)
                piece += m_blanks.left(room - piece.size());
            connection.sent += piece.size();
            m_bodyBytesSent += piece.size();
            if (m_answer.chunked)
                piece = QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
            socket->write(piece);
            if (m_answer.chunked && connection.sent == m_answer.bodyBytes)
                socket->write("0\r\n\r\n");
        }
    }

    Answer m_answer;
    QByteArray m_blanks;
    QTcpServer m_server;
    int m_requests = 0;
    qint64 m_bodyBytesSent = 0;
};

} // namespace

class TestCliFaults : public QObject
{
    Q_OBJECT

private:
    static void serverErrorRows()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("500") << 500;
        QTest::newRow("502") << 502;
        QTest::newRow("503") << 503;
        QTest::newRow("504") << 504;
    }

    static void brokenBodyRows()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<int>("kind");
        QTest::newRow("connection reset")
            << QStringLiteral("reset") << kNetworkFailure << int(dws::api::ErrorKind::Network);
        QTest::newRow("empty response")
            << QStringLiteral("empty") << kApiFailure << int(dws::api::ErrorKind::Parse);
        QTest::newRow("malformed json")
            << QStringLiteral("malformed") << kApiFailure << int(dws::api::ErrorKind::Parse);
        QTest::newRow("truncated json")
            << QStringLiteral("truncated") << kApiFailure << int(dws::api::ErrorKind::Parse);
    }

    // True when the headline, message, recommended action (and code, if any) of `expected` are
    // on standard error.
    static bool explains(const DwsctlResult& result, const dws::ErrorDescription& expected)
    {
        return result.err.contains(expected.title) && result.err.contains(expected.message) &&
               result.err.contains(expected.action) &&
               (expected.code.isEmpty() || result.err.contains(expected.code));
    }

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("dws.*.debug=false"));
        QVERIFY2(QFileInfo::exists(DwsctlRunner::program()), qPrintable(DwsctlRunner::program()));
    }

    // Two server errors, then the real answer: the list is printed after exactly three GETs.
    void serverErrorsTwiceThenSuccess_data() { serverErrorRows(); }
    void serverErrorsTwiceThenSuccess()
    {
        QFETCH(int, status);
        EmulatorFixture fixture(demoProject());
        DwsctlRunner runner(fixture);
        fixture->addFault(faultRule(QStringLiteral("GET /clusters$ %1 x2").arg(status)));

        const DwsctlResult result = runner.run(kListClusters);
        QVERIFY(result.finished);
        QCOMPARE(result.exitCode, kSuccess);
        QVERIFY2(result.out.contains(kDemoCluster), qPrintable(result.out));
        QCOMPARE(journaled(fixture, "GET", clustersPath(fixture)), 3);
        QCOMPARE(leakedSecret(result, secretsOf(fixture)), 0);
    }

    // The same error every time: dwsctl gives up after three GETs and explains the last one.
    void serverErrorsEveryTimeGiveUpAfterThreeAttempts_data() { serverErrorRows(); }
    void serverErrorsEveryTimeGiveUpAfterThreeAttempts()
    {
        QFETCH(int, status);
        EmulatorFixture fixture(demoProject());
        DwsctlRunner runner(fixture);
        fixture->addFault(faultRule(QStringLiteral("GET /clusters$ %1 always").arg(status)));

        const DwsctlResult result = runner.run(kListClusters);
        QVERIFY(result.finished);
        QCOMPARE(result.exitCode, kApiFailure);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.contains(QStringLiteral("(HTTP %1)").arg(status)),
                 qPrintable(result.err));
        QVERIFY2(result.err.contains(QLatin1String("What to do:")), qPrintable(result.err));
        QCOMPARE(journaled(fixture, "GET", clustersPath(fixture)), 3);
        QCOMPARE(leakedSecret(result, secretsOf(fixture)), 0);
    }

    // 429 with Retry-After: 2: the second GET waits for the two seconds.
    void tooManyRequestsWaitsForRetryAfter()
    {
        EmulatorFixture fixture(demoProject());
        DwsctlRunner runner(fixture);
        fixture->addFault(faultRule(QStringLiteral("GET /clusters$ 429 retry=2")));

        QElapsedTimer elapsed;
        elapsed.start();
        const DwsctlResult result = runner.run(kListClusters);
        QVERIFY(result.finished);
        QCOMPARE(result.exitCode, kSuccess);
        QVERIFY2(elapsed.elapsed() >= 2000, qPrintable(QString::number(elapsed.elapsed())));
        QVERIFY(result.out.contains(kDemoCluster));
        QCOMPARE(journaled(fixture, "GET", clustersPath(fixture)), 2);
        QCOMPARE(leakedSecret(result, secretsOf(fixture)), 0);
    }

    void clientErrorsAreNotRetried_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("400") << 400 << QStringLiteral("DWS.0001");
        QTest::newRow("403") << 403 << QStringLiteral("DWS.0032");
        QTest::newRow("404") << 404 << QStringLiteral("DWS.0047");
    }

    // One GET, then the code, the message and the recommended action; a 403 also names the IAM
    // authorization item the list needs.
    void clientErrorsAreNotRetried()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        EmulatorFixture fixture(demoProject());
        DwsctlRunner runner(fixture);
        fixture->addFault(
            faultRule(QStringLiteral("GET /clusters$ %1 code=%2").arg(status).arg(code)));

        const DwsctlResult result = runner.run(kListClusters);
        QVERIFY(result.finished);
        QCOMPARE(result.exitCode, kApiFailure);
        const dws::ErrorDescription expected =
            httpDescription(status, code, QStringLiteral("clusters.list"));
        QCOMPARE(expected.code, code);
        QVERIFY2(explains(result, expected), qPrintable(result.err));
        QVERIFY2(result.err.contains(QStringLiteral("(HTTP %1)").arg(status)),
                 qPrintable(result.err));
        if (status == 403) {
            QCOMPARE(expected.iamAction, QStringLiteral("dws:openAPICluster:list"));
            QVERIFY2(result.err.contains(QLatin1String("Permission needed (IAM): "
                                                       "dws:openAPICluster:list")),
                     qPrintable(result.err));
        } else {
            QVERIFY(!result.err.contains(QLatin1String("dws:openAPICluster")));
        }
        QCOMPARE(journaled(fixture, "GET", clustersPath(fixture)), 1);
        QCOMPARE(leakedSecret(result, secretsOf(fixture)), 0);
    }

    // A refused create names the create permission; a 403 is a definite answer, so nothing is
    // re-sent and nothing is looked up.
    void forbiddenCreateNamesTheIamItemAndIsNotReconciled()
    {
        EmulatorFixture fixture;
        DwsctlRunner runner(fixture);
        fixture->addFault(faultRule(QStringLiteral("POST /clusters$ 403")));

        const DwsctlResult result = runner.run(createArguments(QStringLiteral("denied-dw")));
        QVERIFY(result.finished);
        QCOMPARE(result.exitCode, kApiFailure);
        QVERIFY2(result.err.contains(QLatin1String("dws:openAPICluster:create")),
                 qPrintable(result.err));
        QCOMPARE(journaled(fixture, "POST", clustersPath(fixture)), 1);
        QCOMPARE(journaled(fixture, "GET", clustersPath(fixture)), 0);
        QCOMPARE(leakedSecret(result, secretsOf(fixture)), 0);
    }

    // An expired token: one more sign-in, the GET replayed once, and the list printed.
    void expiredTokenSignsInAgainAndReplaysOnce()
    {
        EmulatorFixture fixture(demoProject());
        DwsctlRunner runner(fixture);
        fixture->addFault(faultRule(QStringLiteral("GET /clusters$ token-expired")));

        const DwsctlResult result = runner.run(kListClusters);
        QVERIFY(result.finished);
        QCOMPARE(result.exitCode, kSuccess);
        QVERIFY(result.out.contains(kDemoCluster));
        QCOMPARE(journaled(fixture, "POST", kTokensPath), 2);
        QCOMPARE(journaled(fixture, "GET", clustersPath(fixture)), 2);
        QCOMPARE(leakedSecret(result, secretsOf(fixture)), 0);
    }

    // A second 401 right after signing in again is reported, not chased.
    void secondUnauthorizedSurfaces()
    {
        EmulatorFixture fixture(demoProject());
        DwsctlRunner runner(fixture);
        fixture->addFault(faultRule(QStringLiteral("GET /clusters$ token-expired always")));

        const DwsctlResult result = runner.run(kListClusters);
        QVERIFY(result.finished);
        QCOMPARE(result.exitCode, kApiFailure);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.contains(QLatin1String("APIGW.0307")), qPrintable(result.err));
        QVERIFY2(result.err.contains(QLatin1String("(HTTP 401)")), qPrintable(result.err));
        QVERIFY2(result.err.contains(QLatin1String("What to do:")), qPrintable(result.err));
        QCOMPARE(journaled(fixture, "POST", kTokensPath), 2);
        QCOMPARE(journaled(fixture, "GET", clustersPath(fixture)), 2);
        QCOMPARE(leakedSecret(result, secretsOf(fixture)), 0);
    }

    // The same broken answer every time: at most three attempts, then a clean explanation and
    // the documented status (3 when no answer came, 1 when an answer came that cannot be read).
    // Run with --verbose, which logs each attempt, to count dwsctl's own attempts.
    void brokenBodiesEveryTimeEndCleanly_data() { brokenBodyRows(); }
    void brokenBodiesEveryTimeEndCleanly()
    {
        QFETCH(QString, action);
        QFETCH(int, exitCode);
        QFETCH(int, kind);
        EmulatorFixture fixture(demoProject());
        DwsctlRunner runner(fixture);
        fixture->addFault(faultRule(QStringLiteral("GET /clusters$ %1 always").arg(action)));

        const DwsctlResult result =
            runner.run(QStringList{QStringLiteral("--verbose")} + kListClusters);
        QVERIFY(result.finished);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(explains(result, transportDescription(dws::api::ErrorKind(kind))),
                 qPrintable(result.err));
        QVERIFY(result.err.contains(QLatin1String("clusters.list GET")));
        QVERIFY(!result.err.contains(QLatin1String("attempt 4")));
        // Qt itself re-sends a GET once when a kept-alive connection is closed under it; that
        // resend is the only request beyond dwsctl's three attempts.
        const int gets = journaled(fixture, "GET", clustersPath(fixture));
        const int most = action == QLatin1String("reset") ? 4 : 3;
        QVERIFY2(gets >= 1 && gets <= most, qPrintable(QString::number(gets)));
        QCOMPARE(leakedSecret(result, secretsOf(fixture)), 0);
    }

    // The same broken answer once: a GET that got no answer is retried to success; an answer
    // that arrived but cannot be read is reported at once, without a second GET.
    void brokenBodyOnce_data() { brokenBodyRows(); }
    void brokenBodyOnce()
    {
        QFETCH(QString, action);
        QFETCH(int, exitCode);
        QFETCH(int, kind);
        EmulatorFixture fixture(demoProject());
        DwsctlRunner runner(fixture);
        fixture->addFault(faultRule(QStringLiteral("GET /clusters$ %1 x1").arg(action)));

        const DwsctlResult result = runner.run(kListClusters);
        QVERIFY(result.finished);
        if (exitCode == kNetworkFailure) {
            QCOMPARE(result.exitCode, kSuccess);
            QVERIFY(result.out.contains(kDemoCluster));
            QCOMPARE(journaled(fixture, "GET", clustersPath(fixture)), 2);
        } else {
            QCOMPARE(result.exitCode, exitCode);
            QVERIFY2(explains(result, transportDescription(dws::api::ErrorKind(kind))),
                     qPrintable(result.err));
            QCOMPARE(journaled(fixture, "GET", clustersPath(fixture)), 1);
        }
        QCOMPARE(leakedSecret(result, secretsOf(fixture)), 0);
    }

    // Ten pieces over 1.5 s, each well inside a one-second timeout: the answer arrives whole
    // with one GET, since the timeout is about silence, not about the whole transfer.
    void slowlyDribbledBodyArrives()
    {
        EmulatorFixture fixture(demoProject());
        DwsctlRunner runner(fixture);
        fixture->addFault(faultRule(QStringLiteral("GET /clusters$ slow=1500")));

        const DwsctlResult result = runner.run(timeout(1) + kListClusters);
        QVERIFY(result.finished);
        QCOMPARE(result.exitCode, kSuccess);
        QVERIFY(result.out.contains(kDemoCluster));
        QCOMPARE(journaled(fixture, "GET", clustersPath(fixture)), 1);
    }

    // A server that never answers: each GET ends after --timeout 1, at most three of them, then
    // exit 3 with the timeout explained.
    void silentServerTimesOut()
    {
        EmulatorFixture fixture(demoProject());
        DwsctlRunner runner(fixture);
        fixture->addFault(faultRule(QStringLiteral("GET /clusters$ no-answer always")));

        QElapsedTimer elapsed;
        elapsed.start();
        const DwsctlResult result = runner.run(timeout(1) + kListClusters);
        QVERIFY(result.finished);
        QVERIFY2(elapsed.elapsed() < 20000, qPrintable(QString::number(elapsed.elapsed())));
        QCOMPARE(result.exitCode, kNetworkFailure);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(explains(result, transportDescription(dws::api::ErrorKind::Timeout)),
                 qPrintable(result.err));
        const int gets = journaled(fixture, "GET", clustersPath(fixture));
        QVERIFY2(gets >= 1 && gets <= 3, qPrintable(QString::number(gets)));
        QCOMPARE(leakedSecret(result, secretsOf(fixture)), 0);
    }

    // A create answered 500 was not carried out: one POST, one list to look for it, and the
    // user is told it was not created.
    void createAfterServerErrorIsNotResentAndReportedNotCreated()
    {
        EmulatorFixture fixture;
        DwsctlRunner runner(fixture);
        fixture->addFault(faultRule(QStringLiteral("POST /clusters$ 500")));

        const DwsctlResult result = runner.run(createArguments(QStringLiteral("lost-dw")));
        QVERIFY(result.finished);
        QCOMPARE(result.exitCode, kApiFailure);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.contains(QLatin1String("(HTTP 500)")), qPrintable(result.err));
        QVERIFY2(result.err.contains(QLatin1String("was not created")), qPrintable(result.err));
        QCOMPARE(journaled(fixture, "POST", clustersPath(fixture)), 1);
        QCOMPARE(journaled(fixture, "GET", clustersPath(fixture)), 1);
        QCOMPARE(leakedSecret(result, secretsOf(fixture)), 0);
        QVERIFY(!clusterNames(runner).contains(QLatin1String("lost-dw")));
    }

    // A create the service carried out but answered too late: one POST, then the cluster is
    // found by its name and its id printed, with a note that the answer was lost.
    void createAfterTimeoutIsReconciledByName()
    {
        EmulatorFixture fixture;
        DwsctlRunner runner(fixture);
        fixture->addFault(faultRule(QStringLiteral("POST /clusters$ latency=2500")));

        const DwsctlResult result =
            runner.run(timeout(1) + createArguments(QStringLiteral("late-dw")));
        QVERIFY(result.finished);
        QCOMPARE(result.exitCode, kSuccess);
        QVERIFY2(result.err.contains(QLatin1String("answer was lost")), qPrintable(result.err));
        QCOMPARE(journaled(fixture, "POST", clustersPath(fixture)), 1);
        QCOMPARE(journaled(fixture, "GET", clustersPath(fixture)), 1);
        QCOMPARE(leakedSecret(result, secretsOf(fixture)), 0);

        const QJsonArray clusters = runner.emulatorGet(QStringLiteral("clusters"))
                                        .value(QLatin1String("clusters"))
                                        .toArray();
        QCOMPARE(clusters.size(), 1);
        const QJsonObject cluster = clusters.first().toObject();
        QCOMPARE(cluster.value(QLatin1String("name")).toString(), QStringLiteral("late-dw"));
        QCOMPARE(result.out.trimmed(), cluster.value(QLatin1String("id")).toString());
    }

    // A create that got no answer at all: one POST, exit 3, and the user is told that the
    // lookup found no such cluster.
    void createWithoutAnswerIsReportedNotCreated()
    {
        EmulatorFixture fixture;
        DwsctlRunner runner(fixture);
        fixture->addFault(faultRule(QStringLiteral("POST /clusters$ no-answer")));

        const DwsctlResult result =
            runner.run(timeout(1) + createArguments(QStringLiteral("silent-dw")));
        QVERIFY(result.finished);
        QCOMPARE(result.exitCode, kNetworkFailure);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(explains(result, transportDescription(dws::api::ErrorKind::Timeout)),
                 qPrintable(result.err));
        QVERIFY2(result.err.contains(QLatin1String("was not created")), qPrintable(result.err));
        QCOMPARE(journaled(fixture, "POST", clustersPath(fixture)), 1);
        QCOMPARE(journaled(fixture, "GET", clustersPath(fixture)), 1);
        QCOMPARE(leakedSecret(result, secretsOf(fixture)), 0);
        QVERIFY(!clusterNames(runner).contains(QLatin1String("silent-dw")));
    }

    // No answer to the create, and the lookup fails too: one POST, and the user is told the
    // outcome is unknown and how to find out.
    void createWhoseLookupFailsReportsAnUnknownOutcome()
    {
        EmulatorFixture fixture;
        DwsctlRunner runner(fixture);
        fixture->addFault(faultRule(QStringLiteral("POST /clusters$ no-answer")));
        fixture->addFault(faultRule(QStringLiteral("GET /clusters$ 503 always")));

        const DwsctlResult result =
            runner.run(timeout(1) + createArguments(QStringLiteral("unsure-dw")));
        QVERIFY(result.finished);
        QCOMPARE(result.exitCode, kNetworkFailure);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.contains(QLatin1String("Whether the cluster unsure-dw was created is "
                                                   "unknown")),
                 qPrintable(result.err));
        QVERIFY2(result.err.contains(QLatin1String("dwsctl clusters list")),
                 qPrintable(result.err));
        QCOMPARE(journaled(fixture, "POST", clustersPath(fixture)), 1);
        const int gets = journaled(fixture, "GET", clustersPath(fixture));
        QVERIFY2(gets >= 1 && gets <= 3, qPrintable(QString::number(gets)));
        QCOMPARE(leakedSecret(result, secretsOf(fixture)), 0);
    }

    void hugeBodiesAreRefusedWithBoundedMemory_data()
    {
        constexpr qint64 megabyte = 1024 * 1024;
        QTest::addColumn<QByteArray>("headers");
        QTest::addColumn<bool>("chunked");
        QTest::addColumn<qint64>("sent");
        QTest::addColumn<qint64>("mostRead");
        // 1 GB announced and no body byte sent: only a refusal from the header ends the call
        // with "too large" (a client waiting for the body would time out instead).
        QTest::newRow("announced length")
            << "Content-Length: " + QByteArray::number(1024 * megabyte) + "\r\n"
            << false << qint64(0) << qint64(0);
        // The body sent as fast as it is read: refused as it crosses the 64 MB cap, with no
        // more sent than the cap, the 1 MB read-ahead and the loopback socket buffers (about
        // 76 MB is seen; before the read-ahead limit, all 192 MB were read).
        QTest::newRow("chunked, no length") << QByteArray("Transfer-Encoding: chunked\r\n") << true
                                            << 192 * megabyte << 96 * megabyte;
    }

    // Answers far past the 64 MB cap: refused with an explanation, after reading only a bounded
    // part of them (a client cannot hold more than it read).
    void hugeBodiesAreRefusedWithBoundedMemory()
    {
        QFETCH(QByteArray, headers);
        QFETCH(bool, chunked);
        QFETCH(qint64, sent);
        QFETCH(qint64, mostRead);
        EmulatorFixture fixture;
        DwsctlRunner runner(fixture);
        HostileDwsEndpoint endpoint({headers, QByteArray("{\"clusters\":["), sent, chunked});

        const DwsctlResult result = runner.run(
            {QStringLiteral("--timeout"), QStringLiteral("5"), QStringLiteral("--iam-endpoint"),
             fixture.baseUrl().toString(), QStringLiteral("--dws-endpoint"), endpoint.url(),
             QStringLiteral("--project-id"), fixture.projectId(), QStringLiteral("clusters"),
             QStringLiteral("list")},
            {}, false);
        QVERIFY(result.finished);
        QCOMPARE(result.exitCode, kApiFailure);
        QVERIFY2(explains(result, transportDescription(dws::api::ErrorKind::TooLarge)),
                 qPrintable(result.err));
        QCOMPARE(endpoint.requests(), 1);
        QCOMPARE(leakedSecret(result, secretsOf(fixture)), 0);
        QVERIFY2(endpoint.bodyBytesSent() <= mostRead,
                 qPrintable(QString::number(endpoint.bodyBytesSent())));
    }

    void deeplyNestedBodiesAreRefused_data()
    {
        constexpr int depth = 200000;
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("arrays") << "{\"clusters\":" + QByteArray(depth, '[') +
                                       QByteArray(depth, ']') + "}";
        QByteArray objects = "{\"clusters\":[";
        for (int level = 0; level < depth; ++level)
            objects += "{\"a\":";
        objects += "1" + QByteArray(depth, '}') + "]}";
        QTest::newRow("objects") << objects;
    }

    // Bodies nested 200,000 levels deep: refused with an explanation (the depth cap, or the
    // mapping finding no cluster object where one belongs), no crash.
    void deeplyNestedBodiesAreRefused()
    {
        QFETCH(QByteArray, body);
        EmulatorFixture fixture;
        DwsctlRunner runner(fixture);
        HostileDwsEndpoint endpoint({"Content-Length: " + QByteArray::number(body.size()) + "\r\n",
                                     body, body.size(), false});

        const DwsctlResult result = runner.run(
            {QStringLiteral("--iam-endpoint"), fixture.baseUrl().toString(),
             QStringLiteral("--dws-endpoint"), endpoint.url(), QStringLiteral("--project-id"),
             fixture.projectId(), QStringLiteral("clusters"), QStringLiteral("list")},
            {}, false);
        QVERIFY(result.finished);
        QCOMPARE(result.exitCode, kApiFailure);
        QVERIFY2(explains(result, transportDescription(dws::api::ErrorKind::TooLarge)) ||
                     explains(result, transportDescription(dws::api::ErrorKind::Parse)),
                 qPrintable(result.err));
        QCOMPARE(endpoint.requests(), 1);
        QCOMPARE(leakedSecret(result, secretsOf(fixture)), 0);
    }

    // With --verbose every request and answer is logged to standard error; through a replayed
    // token, a retried 503 and a create answered 500, none of the secrets appears.
    void verboseLogsUnderFaultsHoldNoSecret()
    {
        EmulatorFixture fixture(demoProject());
        DwsctlRunner runner(fixture);
        fixture->addFault(faultRule(QStringLiteral("GET /clusters$ token-expired")));
        fixture->addFault(faultRule(QStringLiteral("GET /clusters$ 503")));
        fixture->addFault(faultRule(QStringLiteral("POST /clusters$ 500")));
        const QStringList verbose = {QStringLiteral("--verbose")};

        const DwsctlResult listed = runner.run(verbose + kListClusters);
        QCOMPARE(listed.exitCode, kSuccess);
        QVERIFY2(listed.err.contains(QLatin1String("attempt 3")), qPrintable(listed.err));
        const DwsctlResult created =
            runner.run(verbose + createArguments(QStringLiteral("verbose-dw")));
        QCOMPARE(created.exitCode, kApiFailure);
        QVERIFY(!created.err.isEmpty());

        const QStringList secrets = secretsOf(fixture);
        QVERIFY(secrets.size() >= 4); // two passwords and at least two tokens
        QCOMPARE(leakedSecret(listed, secrets), 0);
        QCOMPARE(leakedSecret(created, secrets), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliFaults)
#include "tst_cli_faults.moc"
