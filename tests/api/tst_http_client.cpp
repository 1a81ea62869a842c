#include "ApiTestSupport.h"
#include "api/HttpClient.h"
#include "api/IamClient.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <memory>

using namespace dws::api;
using namespace apitest;
using std::chrono::milliseconds;

namespace {

HttpRequest get(const QString& path, const QString& operation = QStringLiteral("test.get"))
{
    HttpRequest request;
    request.method = "GET";
    request.path = path;
    request.operation = operation;
    return request;
}

HttpRequest post(const QString& path, const QByteArray& body,
                 const QString& operation = QStringLiteral("test.post"))
{
    HttpRequest request = get(path, operation);
    request.method = "POST";
    request.body = body;
    return request;
}

// Captures everything logged while alive.
class LogCapture
{
public:
    LogCapture()
    {
        s_text.clear();
        m_previous = qInstallMessageHandler(&LogCapture::handle);
        QLoggingCategory::setFilterRules(QStringLiteral("dws.*=true"));
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QString());
    }
    static QString text()
    {
        QMutexLocker lock(&s_mutex);
        return s_text;
    }

private:
    static void handle(QtMsgType, const QMessageLogContext& context, const QString& message)
    {
        QMutexLocker lock(&s_mutex);
        s_text += QString::fromLatin1(context.category ? context.category : "") +
                  QLatin1String(": ") + message + QLatin1Char('\n');
    }

    QtMessageHandler m_previous = nullptr;
    static inline QMutex s_mutex;
    static inline QString s_text;
};

} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EmulatorFixture> m_fixture;
    std::unique_ptr<HttpClient> m_client;

    dwsemu::Emulator& emulator() { return m_fixture->emulator(); }

    template <typename T = HttpResponse>
    void sendAndWait(const HttpRequest& request, Outcome<HttpResponse>& outcome,
                     QObject* context = nullptr)
    {
        m_client->send(request, context ? context : this, outcome.callback());
        QTRY_VERIFY_WITH_TIMEOUT(outcome.arrived(), 10000);
    }

private slots:
    void init()
    {
        m_fixture = std::make_unique<EmulatorFixture>();
        QVERIFY(m_fixture->isListening());
        m_client = std::make_unique<HttpClient>(settingsFor(*m_fixture), passwordCredentials());
        m_client->setRetryPolicy(fastRetries());
    }

    void cleanup()
    {
        m_client.reset();
        m_fixture.reset();
    }

    void signsInOnceAndSendsTheCommonHeaders()
    {
        m_client->setLanguage(Language::Chinese);
        Outcome<HttpResponse> outcome;
        sendAndWait(get(QStringLiteral("/clusters")), outcome);
        QVERIFY2(outcome.result->ok(), qPrintable(outcome.failureText()));
        QCOMPARE(outcome.value().status, 200);
        QVERIFY(!outcome.value().requestId.isEmpty());

        const auto signIns =
            entries(emulator(), QStringLiteral("POST"), QStringLiteral("/v3/auth/tokens"));
        QCOMPARE(signIns.size(), 1);
        QVERIFY(signIns[0].body.contains(kUser.toUtf8()));
        QVERIFY(signIns[0].body.contains(m_fixture->projectName().toUtf8()));

        const auto lists = entries(emulator(), QStringLiteral("GET"), QStringLiteral("/clusters"));
        QCOMPARE(lists.size(), 1);
        QCOMPARE(lists[0].path,
                 QLatin1String("/v1.0/") + m_fixture->projectId() + QLatin1String("/clusters"));
        const auto token = m_client->iam()->cachedToken();
        QVERIFY(token.has_value());
        QCOMPARE(headerOf(lists[0], "X-Auth-Token"), token->value.toUtf8());
        QCOMPARE(headerOf(lists[0], "X-Language"), QByteArray("zh_cn"));
        QCOMPARE(headerOf(lists[0], "Content-Type"), QByteArray("application/json"));
        QCOMPARE(headerOf(lists[0], "X-Project-Id"), m_fixture->projectId().toUtf8());
        // Signing in by project name told the client the project id.
        QCOMPARE(m_client->projectId(), m_fixture->projectId());
    }

    void englishLanguageHeader()
    {
        m_client->setLanguage(Language::English);
        Outcome<HttpResponse> outcome;
        sendAndWait(get(QStringLiteral("/node_types")), outcome);
        QVERIFY(outcome.result->ok());
        const auto sent = entries(emulator(), QStringLiteral("GET"), QStringLiteral("/node_types"));
        QCOMPARE(headerOf(sent.value(0), "X-Language"), QByteArray("en_us"));
    }

    void concurrentRequestsWaitForOneSignIn()
    {
        std::vector<Outcome<HttpResponse>> outcomes(5);
        for (auto& outcome : outcomes)
            m_client->send(get(QStringLiteral("/clusters")), this, outcome.callback());
        for (auto& outcome : outcomes)
            QTRY_VERIFY(outcome.arrived());
        for (auto& outcome : outcomes)
            QVERIFY(outcome.result->ok());
        QCOMPARE(
            entries(emulator(), QStringLiteral("POST"), QStringLiteral("/v3/auth/tokens")).size(),
            1);
        QCOMPARE(entries(emulator(), QStringLiteral("GET"), QStringLiteral("/clusters")).size(), 5);
    }

    void listsProjects()
    {
        Outcome<QList<Project>> outcome;
        m_client->iam()->projects(this, outcome.callback());
        QTRY_VERIFY(outcome.arrived());
        QVERIFY(outcome.result->ok());
        QVERIFY(std::any_of(outcome.value().begin(), outcome.value().end(), [&](const Project& p) {
            return p.id == m_fixture->projectId() && p.name == m_fixture->projectName();
        }));
    }

    void wrongPasswordIsAnAuthError()
    {
        dwsemu::EmulatorOptions options;
        options.account = dwsemu::Account{kUser, kPassword, kDomain};
        m_fixture = std::make_unique<EmulatorFixture>(options);
        m_client = std::make_unique<HttpClient>(
            settingsFor(*m_fixture),
            Credentials::password(kUser, QStringLiteral("Wrong#Pass123"), kDomain));
        Outcome<HttpResponse> outcome;
        sendAndWait(get(QStringLiteral("/clusters"), QStringLiteral("clusters.list")), outcome);
        QVERIFY(!outcome.result->ok());
        QCOMPARE(outcome.error().kind, ErrorKind::Auth);
        QCOMPARE(outcome.error().httpStatus, 401);
        QCOMPARE(outcome.error().operation, QStringLiteral("clusters.list"));
        QCOMPARE(entries(emulator(), QStringLiteral("GET"), QStringLiteral("/clusters")).size(), 0);
    }

    void retries503TwiceThenSucceeds()
    {
        emulator().addFault(fault(QStringLiteral("GET /clusters$ 503 x2")));
        QSignalSpy retries(m_client.get(), &HttpClient::retryScheduled);
        Outcome<HttpResponse> outcome;
        sendAndWait(get(QStringLiteral("/clusters")), outcome);
        QVERIFY(outcome.result->ok());
        QCOMPARE(outcome.value().attempts, 3);
        QCOMPARE(retries.size(), 2);
        QCOMPARE(entries(emulator(), QStringLiteral("GET"), QStringLiteral("/clusters")).size(), 3);
    }

    void givesUpAfterThreeAttempts()
    {
        emulator().addFault(fault(QStringLiteral("GET /clusters$ 502 x5")));
        Outcome<HttpResponse> outcome;
        sendAndWait(get(QStringLiteral("/clusters")), outcome);
        QVERIFY(!outcome.result->ok());
        QCOMPARE(outcome.error().kind, ErrorKind::Http);
        QCOMPARE(outcome.error().httpStatus, 502);
        QCOMPARE(entries(emulator(), QStringLiteral("GET"), QStringLiteral("/clusters")).size(), 3);
    }

    void retriesConnectionResets()
    {
        emulator().addFault(fault(QStringLiteral("GET /clusters$ reset x2")));
        Outcome<HttpResponse> outcome;
        sendAndWait(get(QStringLiteral("/clusters")), outcome);
        QVERIFY2(outcome.result->ok(), qPrintable(outcome.failureText()));
        QCOMPARE(entries(emulator(), QStringLiteral("GET"), QStringLiteral("/clusters")).size(), 3);
    }

    void postResetIsNotResent()
    {
        emulator().addFault(fault(QStringLiteral("POST /snapshots$ reset x3")));
        Outcome<HttpResponse> outcome;
        sendAndWait(post(QStringLiteral("/snapshots"), "{}"), outcome);
        QVERIFY(!outcome.result->ok());
        QCOMPARE(outcome.error().kind, ErrorKind::Network);
        QCOMPARE(entries(emulator(), QStringLiteral("POST"), QStringLiteral("/snapshots")).size(),
                 1);
    }

    void errorsKeepTheRequestId()
    {
        Outcome<HttpResponse> outcome;
        sendAndWait(get(QStringLiteral("/clusters/3a1d6c8e-0000-4000-8000-00000000abcd")), outcome);
        QVERIFY(!outcome.result->ok());
        QCOMPARE(outcome.error().code, QStringLiteral("DWS.0047"));
        QVERIFY(!outcome.error().requestId.isEmpty());
    }

    void status429WaitsForRetryAfter()
    {
        emulator().addFault(fault(QStringLiteral("GET /clusters$ 429 retry=3 x1")));
        QSignalSpy retries(m_client.get(), &HttpClient::retryScheduled);
        Outcome<HttpResponse> outcome;
        sendAndWait(get(QStringLiteral("/clusters")), outcome);
        QVERIFY(outcome.result->ok());
        QCOMPARE(retries.size(), 1);
        // The decided wait is the server's (the policy's delay scale only shortens the test).
        QVERIFY(retries[0][2].value<milliseconds>() >= milliseconds(3000));
        QCOMPARE(entries(emulator(), QStringLiteral("GET"), QStringLiteral("/clusters")).size(), 2);
    }

    void retryAfterIsCapped()
    {
        emulator().addFault(fault(QStringLiteral("GET /clusters$ 429 retry=7200 x1")));
        QSignalSpy retries(m_client.get(), &HttpClient::retryScheduled);
        Outcome<HttpResponse> outcome;
        sendAndWait(get(QStringLiteral("/clusters")), outcome);
        QCOMPARE(retries.size(), 1);
        QCOMPARE(retries[0][2].value<milliseconds>(),
                 m_client->retryPolicy().options().maxRetryAfter);
    }

    void clientErrorsAreNotRetried_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("400") << 400;
        QTest::newRow("403") << 403;
        QTest::newRow("404") << 404;
    }

    void clientErrorsAreNotRetried()
    {
        QFETCH(int, status);
        emulator().addFault(fault(QStringLiteral("GET /clusters$ %1 x3").arg(status)));
        Outcome<HttpResponse> outcome;
        sendAndWait(get(QStringLiteral("/clusters")), outcome);
        QVERIFY(!outcome.result->ok());
        QCOMPARE(outcome.error().httpStatus, status);
        QVERIFY(outcome.error().code.startsWith(QLatin1String("DWS.")));
        QVERIFY(!outcome.error().serverMessage.isEmpty());
        QCOMPARE(entries(emulator(), QStringLiteral("GET"), QStringLiteral("/clusters")).size(), 1);
    }

    void postIsNeverResent()
    {
        emulator().addFault(fault(QStringLiteral("POST /restart$ 503 x3")));
        Outcome<HttpResponse> outcome;
        sendAndWait(post(QStringLiteral("/clusters/3a1d6c8e-0000-4000-8000-000000000001/restart"),
                         "{\"restart\":{}}"),
                    outcome);
        QVERIFY(!outcome.result->ok());
        QCOMPARE(outcome.error().httpStatus, 503);
        QCOMPARE(entries(emulator(), QStringLiteral("POST"), QStringLiteral("/restart")).size(), 1);
    }

    void getTimeoutIsRetriedPostTimeoutIsNot()
    {
        ConnectionSettings settings = m_client->settings();
        settings.transferTimeout = milliseconds(300);
        m_client->setSettings(settings);
        emulator().addFault(fault(QStringLiteral("GET /clusters$ no-answer x1")));
        Outcome<HttpResponse> read;
        sendAndWait(get(QStringLiteral("/clusters")), read);
        QVERIFY(read.result->ok());
        QCOMPARE(read.value().attempts, 2);

        emulator().addFault(fault(QStringLiteral("POST /snapshots$ no-answer x1")));
        Outcome<HttpResponse> write;
        sendAndWait(post(QStringLiteral("/snapshots"), "{}"), write);
        QVERIFY(!write.result->ok());
        QCOMPARE(write.error().kind, ErrorKind::Timeout);
        QCOMPARE(entries(emulator(), QStringLiteral("POST"), QStringLiteral("/snapshots")).size(),
                 1);
    }

    void expiredTokenSignsInAgainAndReplaysOnce()
    {
        Outcome<HttpResponse> first;
        sendAndWait(get(QStringLiteral("/clusters")), first);
        QVERIFY(first.result->ok());
        const QString firstToken = m_client->iam()->cachedToken()->value;
        emulator().expireTokens();

        Outcome<HttpResponse> second;
        sendAndWait(get(QStringLiteral("/clusters")), second);
        QVERIFY2(second.result->ok(), qPrintable(second.failureText()));
        QCOMPARE(
            entries(emulator(), QStringLiteral("POST"), QStringLiteral("/v3/auth/tokens")).size(),
            2);
        const auto lists = entries(emulator(), QStringLiteral("GET"), QStringLiteral("/clusters"));
        QCOMPARE(lists.size(), 3);
        QCOMPARE(lists[1].status, 401);
        QCOMPARE(headerOf(lists[1], "X-Auth-Token"), firstToken.toUtf8());
        QVERIFY(headerOf(lists[2], "X-Auth-Token") != firstToken.toUtf8());
    }

    // The replay after signing in again is not one of the three attempts: two 503s after it
    // are still retried to success.
    void theReplayDoesNotUseUpTheRetries()
    {
        Outcome<HttpResponse> first;
        sendAndWait(get(QStringLiteral("/clusters")), first);
        QVERIFY(first.result->ok());
        emulator().clearJournal();
        emulator().addFault(fault(QStringLiteral("GET /clusters$ token-expired x1")));
        emulator().addFault(fault(QStringLiteral("GET /clusters$ 503 x2")));

        Outcome<HttpResponse> second;
        sendAndWait(get(QStringLiteral("/clusters")), second);
        QVERIFY2(second.result->ok(), qPrintable(second.failureText()));
        QCOMPARE(second.value().attempts, 4);
        const auto lists = entries(emulator(), QStringLiteral("GET"), QStringLiteral("/clusters"));
        QCOMPARE(lists.size(), 4);
        QCOMPARE(lists[0].status, 401);
        QCOMPARE(lists[1].status, 503);
        QCOMPARE(lists[2].status, 503);
        QCOMPARE(lists[3].status, 200);
        QCOMPARE(
            entries(emulator(), QStringLiteral("POST"), QStringLiteral("/v3/auth/tokens")).size(),
            1);
    }

    void tokenExpiredInVirtualTimeIsRenewed()
    {
        Outcome<HttpResponse> first;
        sendAndWait(get(QStringLiteral("/clusters")), first);
        emulator().advanceClock(std::chrono::hours(25));
        Outcome<HttpResponse> second;
        sendAndWait(get(QStringLiteral("/clusters")), second);
        QVERIFY(second.result->ok());
        QCOMPARE(
            entries(emulator(), QStringLiteral("POST"), QStringLiteral("/v3/auth/tokens")).size(),
            2);
    }

    void tokenIsRenewedBeforeItExpires()
    {
        ConnectionSettings settings = m_client->settings();
        settings.tokenRenewalMargin = std::chrono::hours(25); // longer than a token lives
        m_client->setSettings(settings);
        Outcome<HttpResponse> first;
        sendAndWait(get(QStringLiteral("/clusters")), first);
        Outcome<HttpResponse> second;
        sendAndWait(get(QStringLiteral("/clusters")), second);
        QVERIFY(second.result->ok());
        QCOMPARE(
            entries(emulator(), QStringLiteral("POST"), QStringLiteral("/v3/auth/tokens")).size(),
            2);
        // No 401 was needed.
        for (const auto& entry :
             entries(emulator(), QStringLiteral("GET"), QStringLiteral("/clusters")))
            QCOMPARE(entry.status, 200);
    }

    void cachedTokenIsReused()
    {
        Outcome<HttpResponse> first;
        sendAndWait(get(QStringLiteral("/clusters")), first);
        Outcome<HttpResponse> second;
        sendAndWait(get(QStringLiteral("/node_types")), second);
        QCOMPARE(
            entries(emulator(), QStringLiteral("POST"), QStringLiteral("/v3/auth/tokens")).size(),
            1);
    }

    void secondUnauthorizedSurfaces()
    {
        emulator().addFault(fault(QStringLiteral("GET /clusters$ token-expired x5")));
        Outcome<HttpResponse> outcome;
        sendAndWait(get(QStringLiteral("/clusters")), outcome);
        QVERIFY(!outcome.result->ok());
        QCOMPARE(outcome.error().httpStatus, 401);
        QCOMPARE(outcome.error().code, QStringLiteral("APIGW.0307"));
        QCOMPARE(
            entries(emulator(), QStringLiteral("POST"), QStringLiteral("/v3/auth/tokens")).size(),
            2);
        QCOMPARE(entries(emulator(), QStringLiteral("GET"), QStringLiteral("/clusters")).size(), 2);
    }

    void unauthorizedWithDwsCodeIsNotATokenProblem()
    {
        emulator().addFault(fault(QStringLiteral("GET /clusters/ 401 code=DWS.0047 x1")));
        Outcome<HttpResponse> outcome;
        sendAndWait(get(QStringLiteral("/clusters/3a1d6c8e-0000-4000-8000-000000000001")), outcome);
        QVERIFY(!outcome.result->ok());
        QCOMPARE(outcome.error().httpStatus, 401);
        QCOMPARE(outcome.error().code, QStringLiteral("DWS.0047"));
        QCOMPARE(
            entries(emulator(), QStringLiteral("POST"), QStringLiteral("/v3/auth/tokens")).size(),
            1);
    }

    void okStatusWithErrorCodeIsAFailure()
    {
        emulator().addFault(fault(QStringLiteral("GET /clusters$ 200 code=DWS.0001 x1")));
        Outcome<HttpResponse> outcome;
        sendAndWait(get(QStringLiteral("/clusters")), outcome);
        QVERIFY(!outcome.result->ok());
        QCOMPARE(outcome.error().httpStatus, 200);
        QCOMPARE(outcome.error().code, QStringLiteral("DWS.0001"));
    }

    void accessKeySigningIsAccepted()
    {
        ConnectionSettings settings = settingsFor(*m_fixture);
        settings.projectId = m_fixture->projectId();
        m_client = std::make_unique<HttpClient>(
            settings, Credentials::accessKey(QStringLiteral("DEMOACCESSKEY"),
                                             QStringLiteral("DEMOSECRETKEY")));
        Outcome<HttpResponse> outcome;
        sendAndWait(get(QStringLiteral("/clusters")), outcome);
        QVERIFY2(outcome.result->ok(), qPrintable(outcome.failureText()));
        const auto lists = entries(emulator(), QStringLiteral("GET"), QStringLiteral("/clusters"));
        QCOMPARE(lists.size(), 1);
        QVERIFY(
            headerOf(lists[0], "Authorization").startsWith("SDK-HMAC-SHA256 Access=DEMOACCESSKEY"));
        QVERIFY(!headerOf(lists[0], "X-Sdk-Date").isEmpty());
        QVERIFY(headerOf(lists[0], "X-Auth-Token").isEmpty());
        QCOMPARE(
            entries(emulator(), QStringLiteral("POST"), QStringLiteral("/v3/auth/tokens")).size(),
            0);

        // A signed POST with a body too.
        Outcome<HttpResponse> created;
        sendAndWait(post(QStringLiteral("/snapshots"), "{\"snapshot\":{\"name\":\"x\"}}"), created);
        QVERIFY(created.result->ok() || created.error().httpStatus != 401);
    }

    // A server clock far from ours refuses the signature (APIGW.0303); the client learns the
    // offset from the answer's Date header, signs again once, and keeps the correction.
    void signingClockIsCorrectedFromTheServerDate_data()
    {
        QTest::addColumn<int>("offsetMinutes");
        QTest::newRow("server 40 minutes ahead") << 40;
        QTest::newRow("server 40 minutes behind") << -40;
    }
    void signingClockIsCorrectedFromTheServerDate()
    {
        QFETCH(int, offsetMinutes);
        m_client.reset();
        dwsemu::EmulatorOptions options;
        options.wallClockOffset = std::chrono::minutes(offsetMinutes);
        m_fixture = std::make_unique<EmulatorFixture>(options);
        QVERIFY(m_fixture->isListening());
        ConnectionSettings settings = settingsFor(*m_fixture);
        settings.projectId = m_fixture->projectId();
        m_client = std::make_unique<HttpClient>(
            settings, Credentials::accessKey(QStringLiteral("DEMOACCESSKEY"),
                                             QStringLiteral("DEMOSECRETKEY")));
        m_client->setRetryPolicy(fastRetries());

        Outcome<HttpResponse> first;
        sendAndWait(get(QStringLiteral("/clusters")), first);
        QVERIFY2(first.result->ok(), qPrintable(first.failureText()));
        auto lists = entries(emulator(), QStringLiteral("GET"), QStringLiteral("/clusters"));
        QCOMPARE(lists.size(), 2);
        QCOMPARE(lists[0].status, 401);
        QCOMPARE(lists[1].status, 200);
        const auto signedAt = [](const dwsemu::JournalEntry& entry) {
            QDateTime at = QDateTime::fromString(QString::fromLatin1(headerOf(entry, "X-Sdk-Date")),
                                                 QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
            at.setTimeZone(QTimeZone::utc());
            return at;
        };
        const qint64 correctionSeconds = signedAt(lists[0]).secsTo(signedAt(lists[1]));
        QVERIFY2(std::abs(correctionSeconds - offsetMinutes * 60) < 60,
                 qPrintable(QString::number(correctionSeconds)));

        // The correction is kept: the next call is signed right the first time.
        emulator().clearJournal();
        Outcome<HttpResponse> second;
        sendAndWait(get(QStringLiteral("/node_types")), second);
        QVERIFY2(second.result->ok(), qPrintable(second.failureText()));
        lists = entries(emulator(), QStringLiteral("GET"), QStringLiteral("/node_types"));
        QCOMPARE(lists.size(), 1);
        QCOMPARE(lists[0].status, 200);
    }

    void wrongSecretKeyIsRefused()
    {
        ConnectionSettings settings = settingsFor(*m_fixture);
        settings.projectId = m_fixture->projectId();
        m_client = std::make_unique<HttpClient>(
            settings,
            Credentials::accessKey(QStringLiteral("DEMOACCESSKEY"), QStringLiteral("WRONGSECRET")));
        Outcome<HttpResponse> outcome;
        sendAndWait(get(QStringLiteral("/clusters")), outcome);
        QVERIFY(!outcome.result->ok());
        QCOMPARE(outcome.error().httpStatus, 401);
        QVERIFY(outcome.error().isGateway());
    }

    void plainHttpToRemoteHostIsRefused()
    {
        ConnectionSettings settings = settingsFor(*m_fixture);
        settings.dwsEndpoint = QUrl(QStringLiteral("http://dws.cn-north-1.myhuaweicloud.com"));
        settings.projectId = m_fixture->projectId();
        m_client = std::make_unique<HttpClient>(settings, Credentials::token(QStringLiteral("t")));
        Outcome<HttpResponse> outcome;
        sendAndWait(get(QStringLiteral("/clusters")), outcome);
        QVERIFY(!outcome.result->ok());
        QCOMPARE(outcome.error().kind, ErrorKind::Insecure);
    }

    void responseSizeIsCapped()
    {
        dwsemu::EmulatorOptions options;
        options.demo = true;
        m_fixture = std::make_unique<EmulatorFixture>(options);
        ConnectionSettings settings = settingsFor(*m_fixture);
        settings.maxResponseBytes = 2048;
        m_client = std::make_unique<HttpClient>(settings, passwordCredentials());
        Outcome<HttpResponse> outcome;
        sendAndWait(get(QStringLiteral("/clusters")), outcome);
        QVERIFY(!outcome.result->ok());
        QCOMPARE(outcome.error().kind, ErrorKind::TooLarge);
        // The same list fits under the default cap.
        settings.maxResponseBytes = ConnectionSettings{}.maxResponseBytes;
        m_client->setSettings(settings);
        Outcome<HttpResponse> again;
        sendAndWait(get(QStringLiteral("/clusters")), again);
        QVERIFY(again.result->ok());
        QVERIFY(again.value().body.size() > 2048);
    }

    void cancelDeliversCancelled()
    {
        emulator().addFault(fault(QStringLiteral("GET /clusters$ no-answer x1")));
        Outcome<HttpResponse> outcome;
        CallHandle handle =
            m_client->send(get(QStringLiteral("/clusters")), this, outcome.callback());
        QTRY_COMPARE(entries(emulator(), QStringLiteral("GET"), QStringLiteral("/clusters")).size(),
                     1);
        handle.cancel();
        QTRY_VERIFY(outcome.arrived());
        QCOMPARE(outcome.error().kind, ErrorKind::Cancelled);
        QVERIFY(handle.isFinished());
        // Another call to its end: a second, late callback would have been delivered by then.
        Outcome<HttpResponse> later;
        sendAndWait(get(QStringLiteral("/node_types")), later);
        QCOMPARE(outcome.calls, 1);
    }

    void destroyedContextIsNeverCalled()
    {
        emulator().addFault(fault(QStringLiteral("GET /clusters$ latency=300 x1")));
        bool called = false;
        auto context = std::make_unique<QObject>();
        CallHandle handle = m_client->send(get(QStringLiteral("/clusters")), context.get(),
                                           [&called](Result<HttpResponse>) { called = true; });
        QTRY_COMPARE(entries(emulator(), QStringLiteral("GET"), QStringLiteral("/clusters")).size(),
                     1);
        context.reset();
        QTRY_VERIFY(handle.isFinished());
        // The same delay on a later call: once its answer is in, the first one's would be too.
        emulator().addFault(fault(QStringLiteral("GET /clusters$ latency=300 x1")));
        Outcome<HttpResponse> later;
        sendAndWait(get(QStringLiteral("/clusters")), later);
        QVERIFY(later.result->ok());
        QVERIFY(!called);
    }

    void tlsIsVerifiedAndACustomCaCanBeTrusted()
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            QSKIP("openssl is not installed");
        QTemporaryDir directory;
        QVERIFY(directory.isValid());
        const QString certificatePath = directory.filePath(QStringLiteral("cert.pem"));
        const QString keyPath = directory.filePath(QStringLiteral("key.pem"));
        QProcess process;
        process.start(openssl,
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"), keyPath, QStringLiteral("-out"), certificatePath,
                       QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        dwsemu::EmulatorOptions options;
        options.tlsCertificateFile = certificatePath;
        options.tlsKeyFile = keyPath;
        m_fixture = std::make_unique<EmulatorFixture>(options);
        QCOMPARE(m_fixture->baseUrl().scheme(), QLatin1String("https"));

        // Verification is on: an unknown CA fails the handshake.
        m_client = std::make_unique<HttpClient>(settingsFor(*m_fixture), passwordCredentials());
        m_client->setRetryPolicy(fastRetries());
        Outcome<HttpResponse> refused;
        sendAndWait(get(QStringLiteral("/clusters")), refused);
        QVERIFY(!refused.result->ok());
        QCOMPARE(refused.error().kind, ErrorKind::Tls); // the sign-in could not be made
        QVERIFY(emulator().journal().isEmpty());

        ConnectionSettings settings = settingsFor(*m_fixture);
        settings.caFile = directory.filePath(QStringLiteral("missing.pem"));
        m_client->setSettings(settings);
        Outcome<HttpResponse> missing;
        sendAndWait(get(QStringLiteral("/clusters")), missing);
        QVERIFY(!missing.result->ok());
        QVERIFY(missing.error().detail.contains(QLatin1String("missing.pem")));

        settings.caFile = certificatePath;
        m_client->setSettings(settings);
        Outcome<HttpResponse> trusted;
        sendAndWait(get(QStringLiteral("/clusters")), trusted);
        QVERIFY2(trusted.result->ok(), qPrintable(trusted.failureText()));
    }

    void untrustedCertificateIsATlsError()
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            QSKIP("openssl is not installed");
        QTemporaryDir directory;
        const QString certificatePath = directory.filePath(QStringLiteral("cert.pem"));
        const QString keyPath = directory.filePath(QStringLiteral("key.pem"));
        QProcess process;
        process.start(openssl,
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"), keyPath, QStringLiteral("-out"), certificatePath,
                       QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1")});
        QVERIFY(process.waitForFinished(60000));
        dwsemu::EmulatorOptions options;
        options.tlsCertificateFile = certificatePath;
        options.tlsKeyFile = keyPath;
        m_fixture = std::make_unique<EmulatorFixture>(options);
        ConnectionSettings settings = settingsFor(*m_fixture);
        settings.projectId = m_fixture->projectId();
        m_client = std::make_unique<HttpClient>(settings,
                                                Credentials::token(QStringLiteral("some-token")));
        Outcome<HttpResponse> refused;
        sendAndWait(get(QStringLiteral("/clusters")), refused);
        QVERIFY(!refused.result->ok());
        QCOMPARE(refused.error().kind, ErrorKind::Tls);
    }

    void debugLogNeverShowsSecrets()
    {
        LogCapture capture;
        const QString newPassword = QStringLiteral("Fresh#Pass2024x");
        Outcome<HttpResponse> listed;
        sendAndWait(get(QStringLiteral("/clusters")), listed);
        Outcome<HttpResponse> reset;
        sendAndWait(
            post(QStringLiteral("/clusters/3a1d6c8e-0000-4000-8000-000000000001/reset-password"),
                 "{\"new_password\":\"" + newPassword.toUtf8() + "\"}"),
            reset);
        const QString token = m_client->iam()->cachedToken()->value;

        ConnectionSettings settings = settingsFor(*m_fixture);
        settings.projectId = m_fixture->projectId();
        HttpClient signer(settings, Credentials::accessKey(QStringLiteral("DEMOACCESSKEY"),
                                                           QStringLiteral("DEMOSECRETKEY")));
        Outcome<HttpResponse> signedCall;
        signer.send(get(QStringLiteral("/clusters")), this, signedCall.callback());
        QTRY_VERIFY(signedCall.arrived());

        const QString log = LogCapture::text();
        QVERIFY(log.contains(QLatin1String("dws.http")));
        QVERIFY(log.contains(QLatin1String("reset-password")));
        QVERIFY(!token.isEmpty());
        QVERIFY2(!log.contains(token), "the token was logged");
        QVERIFY2(!log.contains(kPassword), "the sign-in password was logged");
        QVERIFY2(!log.contains(newPassword), "the new password was logged");
        QVERIFY2(!log.contains(QLatin1String("DEMOSECRETKEY")), "the secret key was logged");
        const QByteArray signature =
            headerOf(entries(emulator(), QStringLiteral("GET"), QStringLiteral("/clusters")).last(),
                     "Authorization");
        QVERIFY(!signature.isEmpty());
        QVERIFY2(
            !log.contains(QString::fromLatin1(signature.mid(signature.indexOf("Signature=") + 10))),
            "the signature was logged");
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_http_client.moc"
