#include "Emulator.h"

#include "AkSkVerifier.h"
#include "DemoData.h"
#include "DwsApi.h"
#include "DwsRules.h"
#include "DwsStore.h"
#include "ErrorTexts.h"
#include "FaultInjector.h"
#include "HttpServerCore.h"
#include "IamApi.h"
#include "VirtualClock.h"

#include <QDateTime>
#include <QFile>
#include <QLoggingCategory>
#include <QSslCertificate>
#include <QSslKey>
#include <nlohmann/json.hpp>

namespace dwsemu {

Q_LOGGING_CATEGORY(lcEmulator, "dws.emulator")

using nlohmann::json;

namespace {

constexpr qsizetype journalCapacity = 50000;

QByteArray malformedBody()
{
    return "{\"clusters\": [{\"id\": \"7ba031f6\", \"status\": AVAILABLE,}";
}

} // namespace

class EmulatorPrivate
{
public:
    explicit EmulatorPrivate(EmulatorOptions emulatorOptions, Emulator* owner)
        : options(std::move(emulatorOptions))
        , clock(options.timeScale)
        , store(options, clock)
        , dws(store)
        , iam(options, clock)
        , verifier(options.accessKeys)
        , faults(options.randomSeed + 11)
        , server(std::make_unique<HttpServerCore>(
              [this](HttpRequest request, QTcpSocket* socket) {
                  onRequest(std::move(request), socket);
              },
              owner))
    {}

    void onRequest(HttpRequest request, QTcpSocket* socket);
    HttpAnswer dispatch(const HttpRequest& request);
    std::optional<HttpAnswer> authenticate(const HttpRequest& request);
    QDateTime wallClock() const
    {
        return QDateTime::currentDateTimeUtc().addSecs(options.wallClockOffset.count());
    }
    // Every DWS answer, faults included, is dated by the emulator's wall clock.
    void stampDate(HttpAnswer& answer) const
    {
        answer.headers.emplaceBack("Date", httpDate(wallClock()));
    }
    HttpAnswer control(const HttpRequest& request);
    void deliver(const FaultRule& fault, const HttpRequest& request, QTcpSocket* socket,
                 JournalEntry& entry);
    void record(JournalEntry entry);

    EmulatorOptions options;
    VirtualClock clock;
    DwsStore store;
    DwsApi dws;
    IamApi iam;
    AkSkVerifier verifier;
    FaultInjector faults;
    std::unique_ptr<HttpServerCore> server;
    QList<JournalEntry> journal;
    quint16 port = 0;
    QHostAddress boundAddress;
    bool tls = false;
    quint64 requestCounter = 0;
};

void EmulatorPrivate::record(JournalEntry entry)
{
    if (journal.size() >= journalCapacity)
        journal.removeFirst();
    journal.append(std::move(entry));
}

void EmulatorPrivate::onRequest(HttpRequest request, QTcpSocket* socket)
{
    if (request.path.size() > 1 && request.path.endsWith(QLatin1Char('/')))
        request.path.chop(1);
    if (request.path.startsWith(QLatin1String("/_emulator/"))) {
        wire::send(socket, control(request));
        return;
    }
    JournalEntry entry;
    entry.method = QString::fromLatin1(request.method);
    entry.path = request.path;
    entry.query = request.query;
    entry.headers = request.headers;
    entry.body = request.body;

    if (const auto fault = faults.take(request.method, request.path)) {
        deliver(*fault, request, socket, entry);
        qCDebug(lcEmulator) << request.method << request.path << "fault"
                            << faultKindName(fault->kind) << entry.status;
        record(std::move(entry));
        return;
    }
    HttpAnswer answer = dispatch(request);
    stampDate(answer);
    entry.status = answer.status;
    qCDebug(lcEmulator) << request.method << request.path << answer.status;
    record(std::move(entry));
    wire::send(socket, answer);
}

void EmulatorPrivate::deliver(const FaultRule& fault, const HttpRequest& request,
                              QTcpSocket* socket, JournalEntry& entry)
{
    const Language language = languageOf(request);
    HttpAnswer answer;
    switch (fault.kind) {
    case FaultKind::HttpStatus: {
        const std::string code =
            fault.errorCode.isEmpty() ? codeForStatus(fault.status) : fault.errorCode.toStdString();
        answer = errorAnswer(code, fault.status, language);
        if (fault.retryAfterSeconds >= 0)
            answer.headers.emplaceBack("Retry-After", QByteArray::number(fault.retryAfterSeconds));
        break;
    }
    case FaultKind::TokenExpired:
        answer = errorAnswer("APIGW.0307", language);
        break;
    case FaultKind::EmptyResponse:
        answer = HttpAnswer::json(fault.status, QByteArray());
        break;
    case FaultKind::MalformedJson:
        answer = HttpAnswer::json(fault.status, malformedBody());
        break;
    case FaultKind::ConnectionReset:
        entry.status = 0;
        wire::reset(socket);
        return;
    case FaultKind::NoAnswer:
        entry.status = 0;
        return;
    case FaultKind::Latency:
    case FaultKind::TruncatedJson:
    case FaultKind::SlowBody:
        // These three carry out the request and only spoil how the answer travels.
        answer = dispatch(request);
        break;
    }
    stampDate(answer);
    entry.status = answer.status;
    if (fault.kind == FaultKind::Latency)
        wire::sendAfter(socket, std::move(answer), fault.latencyMs);
    else if (fault.kind == FaultKind::TruncatedJson)
        wire::sendTruncated(socket, std::move(answer));
    else if (fault.kind == FaultKind::SlowBody)
        wire::sendDribbled(socket, std::move(answer), fault.latencyMs);
    else
        wire::send(socket, answer);
}

std::optional<HttpAnswer> EmulatorPrivate::authenticate(const HttpRequest& request)
{
    const Language language = languageOf(request);
    if (AkSkVerifier::isSigned(request)) {
        if (const auto problem = verifier.verify(request, wallClock()))
            return errorAnswer(*problem, language);
        return std::nullopt;
    }
    switch (iam.check(request.header("X-Auth-Token"))) {
    case IamApi::TokenState::Valid:
        return std::nullopt;
    case IamApi::TokenState::Expired:
        return errorAnswer("APIGW.0307", language);
    case IamApi::TokenState::Unknown:
        break;
    }
    return errorAnswer("APIGW.0301", language);
}

HttpAnswer EmulatorPrivate::dispatch(const HttpRequest& request)
{
    const Language language = languageOf(request);
    HttpAnswer answer;
    try {
        const QString& path = request.path;
        if (path == QLatin1String("/v3/auth/tokens")) {
            if (request.method != "POST")
                return errorAnswer("APIGW.0101", language);
            answer = iam.issueToken(request);
        } else if (path == QLatin1String("/v3/projects") ||
                   path == QLatin1String("/v3/auth/projects")) {
            if (const auto denied = authenticate(request))
                return *denied;
            answer = iam.listProjects(request);
        } else if (path.startsWith(QLatin1String("/v1.0/"))) {
            if (const auto denied = authenticate(request))
                return *denied;
            QStringList segments = path.mid(6).split(QLatin1Char('/'));
            const QString projectId = segments.takeFirst();
            if (projectId != options.projectId)
                return errorAnswer("DWS.0015", language);
            answer = dws.handle(request, segments);
        } else {
            return errorAnswer("APIGW.0101", language);
        }
    } catch (const DwsFailure& failure) {
        answer = errorAnswer(failure.code, language);
    } catch (const std::exception& error) {
        qCWarning(lcEmulator) << "internal error while handling" << request.path << error.what();
        answer = errorAnswer("DWS.9999", language);
    }
    answer.headers.append(
        {"X-Request-Id", QByteArray::number(++requestCounter).rightJustified(12, '0')});
    return answer;
}

static json journalJson(const QList<JournalEntry>& journal)
{
    json list = json::array();
    for (const JournalEntry& entry : journal) {
        json headers = json::array();
        for (const auto& [key, value] : entry.headers)
            headers.push_back(json::array({key.toStdString(), value.toStdString()}));
        list.push_back({{"method", entry.method.toStdString()},
                        {"path", entry.path.toStdString()},
                        {"query", entry.query.toStdString()},
                        {"headers", std::move(headers)},
                        {"body", QString::fromUtf8(entry.body).toStdString()},
                        {"status", entry.status}});
    }
    return json{{"requests", std::move(list)}};
}

HttpAnswer EmulatorPrivate::control(const HttpRequest& request)
{
    auto ok = [](const json& body) {
        return HttpAnswer::json(200, QByteArray::fromStdString(body.dump()));
    };
    auto bad = [](const QString& message) {
        return HttpAnswer::json(
            400, QByteArray::fromStdString(json{{"error", message.toStdString()}}.dump()));
    };
    const json body =
        request.body.trimmed().isEmpty()
            ? json::object()
            : json::parse(request.body.constBegin(), request.body.constEnd(), nullptr, false);
    if (body.is_discarded())
        return bad(QStringLiteral("the body is not JSON"));
    const QString what = request.path.mid(int(sizeof("/_emulator/")) - 1);
    const QByteArray& method = request.method;

    if (what == QLatin1String("clock") && method == "POST") {
        const auto advance = body.find("advance_ms");
        if (advance == body.end() || !advance->is_number() || advance->get<double>() < 0)
            return bad(QStringLiteral("advance_ms must be a non-negative number"));
        clock.advance(qint64(advance->get<double>()));
        store.settle();
        return ok({{"now", isoTime(clock.nowMs())}});
    }
    if (what == QLatin1String("clock") && method == "GET")
        return ok({{"now", isoTime(clock.nowMs())}, {"time_scale", clock.timeScale()}});
    if (what == QLatin1String("time-scale") && method == "POST") {
        const auto scale = body.find("scale");
        if (scale == body.end() || !scale->is_number() || scale->get<double>() < 0)
            return bad(QStringLiteral("scale must be a non-negative number"));
        clock.setTimeScale(scale->get<double>());
        return ok({{"time_scale", clock.timeScale()}});
    }
    if (what == QLatin1String("faults") && method == "POST") {
        QString error;
        const auto rule = faultRuleFromJson(body, &error);
        if (!rule)
            return bad(error);
        faults.add(*rule);
        return ok({{"faults", faults.count()}});
    }
    if (what == QLatin1String("faults") && method == "DELETE") {
        faults.clear();
        return ok({{"faults", 0}});
    }
    if (what == QLatin1String("journal") && method == "GET")
        return ok(journalJson(journal));
    if (what == QLatin1String("journal") && method == "DELETE") {
        journal.clear();
        return ok(json::object());
    }
    if (what == QLatin1String("expire-tokens") && method == "POST") {
        iam.expireAll();
        return ok(json::object());
    }
    if (what == QLatin1String("fail-next") && method == "POST") {
        const auto operation = body.find("operation");
        if (operation == body.end() || !operation->is_string() ||
            !store.failNext(operation->get<std::string>()))
            return bad(QStringLiteral("operation must be one of create, resize, restart, restore"));
        return ok(json::object());
    }
    return HttpAnswer::json(
        404, QByteArray::fromStdString(json{{"error", "no such control call"}}.dump()));
}

Emulator::Emulator(EmulatorOptions options, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<EmulatorPrivate>(std::move(options), this))
{
    if (d->options.demo)
        seedDemoProject(d->store);
    if (d->options.seedClusters > 0 || d->options.seedSnapshots > 0)
        seedFleet(d->store, d->options.seedClusters, d->options.seedSnapshots);
}

Emulator::~Emulator() = default;

quint16 Emulator::listen(const QHostAddress& address, quint16 port)
{
    if (!d->options.tlsCertificateFile.isEmpty() && !d->options.tlsKeyFile.isEmpty()) {
        QFile certificateFile(d->options.tlsCertificateFile);
        QFile keyFile(d->options.tlsKeyFile);
        if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            qCWarning(lcEmulator) << "cannot read the TLS certificate or key";
            return 0;
        }
        const QSslCertificate certificate(&certificateFile, QSsl::Pem);
        QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
        if (key.isNull()) {
            keyFile.seek(0);
            key = QSslKey(&keyFile, QSsl::Ec, QSsl::Pem);
        }
        if (certificate.isNull() || key.isNull()) {
            qCWarning(lcEmulator) << "the TLS certificate or key is not valid PEM";
            return 0;
        }
        d->server->sslSetup(certificate, key);
        d->tls = true;
    }
    // QAbstractHttpServer::listen(), not bind(): in Qt 6.4 only the servers listen() creates
    // get the TLS configuration of sslSetup().
    const quint16 listeningPort = d->server->listen(address, port);
    if (listeningPort == 0) {
        qCWarning(lcEmulator) << "cannot listen on" << address.toString() << port;
        return 0;
    }
    d->port = listeningPort;
    d->boundAddress = address;
    d->iam.setBaseUrl(baseUrl());
    return d->port;
}

quint16 Emulator::port() const
{
    return d->port;
}

QUrl Emulator::baseUrl() const
{
    QUrl url;
    url.setScheme(d->tls ? QStringLiteral("https") : QStringLiteral("http"));
    const QHostAddress& address = d->boundAddress;
    const bool wildcard = address.isNull() || address == QHostAddress::Any ||
                          address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6;
    url.setHost(wildcard ? QStringLiteral("127.0.0.1") : address.toString());
    url.setPort(d->port);
    return url;
}

QString Emulator::projectId() const
{
    return d->options.projectId;
}

QString Emulator::projectName() const
{
    return d->options.projectName;
}

void Emulator::advanceClock(std::chrono::milliseconds by)
{
    d->clock.advance(by.count());
    d->store.settle();
}

void Emulator::setTimeScale(double scale)
{
    d->clock.setTimeScale(scale);
}

void Emulator::addFault(const FaultRule& rule)
{
    d->faults.add(rule);
}

void Emulator::clearFaults()
{
    d->faults.clear();
}

QList<JournalEntry> Emulator::journal() const
{
    return d->journal;
}

void Emulator::clearJournal()
{
    d->journal.clear();
}

void Emulator::expireTokens()
{
    d->iam.expireAll();
}

QString Emulator::issueToken()
{
    return d->iam.mintToken(QStringLiteral("demo"), QStringLiteral("demo"));
}

bool Emulator::failNext(const QString& operation)
{
    return d->store.failNext(operation.toStdString());
}

} // namespace dwsemu
