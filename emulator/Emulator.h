#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>
#include <chrono>
#include <memory>
#include <optional>
#include <utility>

namespace dwsemu {

// One account the emulator accepts when started with --account USER:PASSWORD@DOMAIN.
struct Account
{
    QString user;
    QString password;
    QString domain;
};

struct EmulatorOptions
{
    double timeScale = 1.0; // every state-machine duration is divided by this
    bool demo = false;      // seed a believable demo project
    int seedClusters = 0;   // generated fleet, for benchmarks
    int seedSnapshots = 0;
    double failRate = 0.0;          // probability that a long-running operation ends failed
    std::optional<Account> account; // restrict sign-in to one account
    QString tlsCertificateFile;     // HTTPS when both are set
    QString tlsKeyFile;
    QString projectId = QStringLiteral("9bc552e6-19af-4326-800d-281a92984636");
    QString projectName = QStringLiteral("cn-north-1");
    quint32 randomSeed = 1;
    // AK/SK pairs accepted for SDK-HMAC-SHA256 signed requests.
    QList<std::pair<QString, QString>> accessKeys = {
        {QStringLiteral("DEMOACCESSKEY"), QStringLiteral("DEMOSECRETKEY")}};
    int clusterQuota = 100;  // DWS.1112 beyond this many clusters
    int snapshotQuota = 500; // DWS.0030 beyond this many snapshots
    // How far the emulator's wall clock runs ahead of this computer's (negative: behind). It
    // checks AK/SK signature times and writes its Date headers with it, as a server whose
    // clock differs from the client's would.
    std::chrono::seconds wallClockOffset{0};
};

// What to do to the requests that match a fault rule.
enum class FaultKind
{
    HttpStatus, // answer `status` with a DWS error body, and `Retry-After` if retryAfterSeconds
    Latency,    // delay the normal answer by latencyMs
    ConnectionReset, // close the connection without an answer
    EmptyResponse,   // status 200 (or `status`) with an empty body
    MalformedJson,   // a body that is not JSON
    TruncatedJson,   // the normal body cut in half
    SlowBody,        // the normal body dribbled in small chunks over latencyMs
    TokenExpired,    // 401 as for an expired token
    NoAnswer,        // accept the request and never answer
};

struct FaultRule
{
    QString method;      // "GET", "POST", ... or empty for any
    QString pathPattern; // a regular expression matched against the path, empty for any
    FaultKind kind = FaultKind::HttpStatus;
    int status = 500;
    int retryAfterSeconds = -1; // -1: no Retry-After header
    int latencyMs = 0;
    int times = 1;            // how many matching requests it hits; -1: unlimited
    double probability = 1.0; // chance that a matching request is hit
    QString errorCode;        // HttpStatus: the error_code to send; empty picks one by status
};

// Parses the compact rule syntax of --fault, e.g. "GET /clusters 503 x2" (see README.md).
// Returns nothing and sets *error when the text is not a rule.
std::optional<FaultRule> parseFaultRule(const QString& text, QString* error = nullptr);

struct JournalEntry
{
    QString method;
    QString path; // without the query
    QString query;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int status = 0; // what the emulator answered (0 when it did not answer)
};

class EmulatorPrivate;

// The DWS v1.0 + IAM v3 emulator. IAM and DWS are served on the same port.
class Emulator : public QObject
{
    Q_OBJECT
public:
    explicit Emulator(EmulatorOptions options = {}, QObject* parent = nullptr);
    ~Emulator() override;

    // Starts listening; port 0 picks a free port. Returns the port, or 0 on failure.
    quint16 listen(const QHostAddress& address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const;
    QUrl baseUrl() const; // http(s)://127.0.0.1:<port>
    QString projectId() const;
    QString projectName() const;

    // Virtual time: moves the emulator's clock forward without waiting.
    void advanceClock(std::chrono::milliseconds by);
    void setTimeScale(double scale);

    void addFault(const FaultRule& rule);
    void clearFaults();

    QList<JournalEntry> journal() const;
    void clearJournal();

    // Makes every issued token expire now.
    void expireTokens();

    // A valid token for the emulator's project, without an IAM round trip.
    QString issueToken();

    // The next long-running operation of this kind ("create", "resize", "restart",
    // "restore") ends failed. Returns false for an unknown kind.
    bool failNext(const QString& operation);

private:
    std::unique_ptr<EmulatorPrivate> d;
};

} // namespace dwsemu
