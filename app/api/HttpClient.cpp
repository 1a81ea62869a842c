#include "api/HttpClient.h"

#include "api/AkSkSigner.h"
#include "api/ErrorBody.h"
#include "api/IamClient.h"
#include "api/Logging.h"
#include "api/Redaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QThread>
#include <QTimeZone>
#include <QTimer>
#include <cstring>
#include <utility>

namespace dws::api {

using std::chrono::milliseconds;

QByteArray HttpResponse::header(QByteArrayView name) const
{
    for (const auto& [key, value] : headers)
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

namespace {

// How far Qt's network thread may read an answer ahead of the client taking it.
constexpr qint64 kReadAheadBytes = 1 << 20;

// Loopback hosts never go through a proxy; others follow the settings.
class ProxyFactory : public QNetworkProxyFactory
{
public:
    explicit ProxyFactory(const ProxySettings& settings)
        : m_settings(settings)
    {}

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery& query) override
    {
        if (isLoopbackHost(query.peerHostName()))
            return {QNetworkProxy::NoProxy};
        switch (m_settings.mode) {
        case ProxySettings::Mode::System:
            return systemProxyForQuery(query);
        case ProxySettings::Mode::None:
            return {QNetworkProxy::NoProxy};
        case ProxySettings::Mode::Manual:
            return {QNetworkProxy(QNetworkProxy::HttpProxy, m_settings.host, m_settings.port,
                                  m_settings.user, m_settings.password)};
        }
        return {QNetworkProxy::NoProxy};
    }

private:
    ProxySettings m_settings;
};

ErrorKind kindOf(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer timeout aborts this way
        return ErrorKind::Timeout;
    case QNetworkReply::SslHandshakeFailedError:
        return ErrorKind::Tls;
    default:
        return ErrorKind::Network;
    }
}

QString networkErrorText(QNetworkReply::NetworkError error, const QString& replyText)
{
    return replyText.isEmpty() ? QStringLiteral("network error %1").arg(int(error)) : replyText;
}

// A request body that can be read once. Qt re-sends a request whose connection dropped before
// the answer; for a POST or DELETE that could carry out a create or a delete twice. Refusing to
// rewind turns that silent re-send into a ContentReSendError, which the client reports.
class OneShotBody : public QIODevice
{
public:
    OneShotBody(QByteArray data, QObject* parent)
        : QIODevice(parent)
        , m_data(std::move(data))
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_data.size(); }
    bool reset() override { return seek(0); }
    bool seek(qint64 position) override
    {
        if (m_started && position != m_offset)
            return false;
        if (position < 0 || position > m_data.size())
            return false;
        m_offset = position;
        return QIODevice::seek(position);
    }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        m_started = true;
        const qint64 count = std::min<qint64>(maxSize, m_data.size() - m_offset);
        if (count <= 0)
            return m_offset >= m_data.size() ? -1 : 0;
        std::memcpy(data, m_data.constData() + m_offset, size_t(count));
        m_offset += count;
        return count;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_offset = 0;
    bool m_started = false;
};

} // namespace

class PendingCall;

class HttpClientPrivate
{
public:
    HttpClient* q = nullptr;
    ConnectionSettings settings;
    Credentials credentials;
    RetryPolicy retryPolicy;
    QNetworkAccessManager* network = nullptr;
    IamClient* iam = nullptr;
    QElapsedTimer monotonic;
    qint64 clockSkewMs = 0; // server time minus local time, learnt from APIGW.0303 answers
    QString resolvedProjectId;
    QList<QSslCertificate> extraCas;
    QString caError;

    void applySettings()
    {
        // Open connections were made under the previous proxy and TLS settings.
        network->clearConnectionCache();
        network->setProxyFactory(new ProxyFactory(settings.proxy));
        extraCas.clear();
        caError.clear();
        if (!settings.caFile.isEmpty()) {
            QFile file(settings.caFile);
            if (!file.open(QIODevice::ReadOnly))
                caError = QStringLiteral("cannot read CA file %1").arg(settings.caFile);
            else {
                extraCas = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
                if (extraCas.isEmpty())
                    caError = QStringLiteral("no PEM certificate in %1").arg(settings.caFile);
            }
        }
    }

    QList<QByteArray> secrets() const
    {
        QList<QByteArray> list;
        if (!credentials.secret().isEmpty())
            list.append(credentials.secret().toUtf8());
        if (iam) {
            if (const auto token = iam->cachedToken())
                list.append(token->value.toUtf8());
        }
        if (!settings.proxy.password.isEmpty())
            list.append(settings.proxy.password.toUtf8());
        return list;
    }

    QString projectId() const
    {
        return settings.projectId.isEmpty() ? resolvedProjectId : settings.projectId;
    }
};

// One request from send() to delivery, across retries, re-authentication and replay.
class PendingCall : public QObject
{
public:
    PendingCall(HttpClientPrivate* client, HttpRequest request, QObject* context,
                HttpClient::Callback done)
        : QObject(client->q)
        , m_client(client)
        , m_request(std::move(request))
        , m_context(context)
        , m_hasContext(context != nullptr)
        , m_done(std::move(done))
    {
        m_request.method = m_request.method.toUpper();
        QPointer<PendingCall> self(this);
        m_control = std::make_shared<CallControl>(this, [self] {
            if (self)
                self->cancel();
        });
        if (context)
            connect(context, &QObject::destroyed, this, [this] { abandon(); });
    }

    std::shared_ptr<CallControl> control() const { return m_control; }

    void start()
    {
        m_client->retryPolicy.recordRequest(m_client->monotonic.elapsed());
        authenticateAndSend();
    }

private:
    bool usesToken() const
    {
        const auto kind = m_client->credentials.kind();
        return m_request.authenticate &&
               (kind == Credentials::Kind::Password || kind == Credentials::Kind::Token);
    }

    void authenticateAndSend()
    {
        if (!m_request.authenticate) {
            sendAttempt({});
            return;
        }
        switch (m_client->credentials.kind()) {
        case Credentials::Kind::None:
            fail(transportError(ErrorKind::Auth, QStringLiteral("no credentials")));
            return;
        case Credentials::Kind::Token:
            sendAttempt(m_client->credentials.secret());
            return;
        case Credentials::Kind::AccessKey:
            sendAttempt({});
            return;
        case Credentials::Kind::Password:
            break;
        }
        m_tokenCall = m_client->iam->token(this, [this](Result<IamToken> token) {
            m_tokenCall = {};
            if (!token.ok()) {
                ApiError error = token.error();
                if (error.kind == ErrorKind::Http)
                    error.kind = ErrorKind::Auth;
                error.operation = m_request.operation;
                fail(error);
                return;
            }
            sendAttempt(token.value().value);
        });
    }

    ApiError transportError(ErrorKind kind, const QString& detail) const
    {
        ApiError error;
        error.kind = kind;
        error.detail = detail;
        error.operation = m_request.operation;
        return error;
    }

    QUrl urlFor(QString* problem) const
    {
        QUrl url = m_request.endpoint == Endpoint::Iam ? m_client->settings.iamEndpoint
                                                       : m_client->settings.dwsEndpoint;
        if (!url.isValid() || url.host().isEmpty()) {
            *problem = QStringLiteral("no endpoint configured");
            return {};
        }
        QString base = url.path();
        while (base.endsWith(QLatin1Char('/')))
            base.chop(1);
        QString path = m_request.path;
        if (!path.startsWith(QLatin1Char('/')))
            path.prepend(QLatin1Char('/'));
        if (m_request.endpoint == Endpoint::Dws) {
            const QString projectId = m_client->projectId();
            if (projectId.isEmpty()) {
                *problem = QStringLiteral("no project id");
                return {};
            }
            path = QLatin1String("/v1.0/") +
                   QString::fromLatin1(QUrl::toPercentEncoding(projectId)) + path;
        }
        url.setPath(base + path, QUrl::TolerantMode);
        url.setQuery(m_request.query);
        return url;
    }

    void sendAttempt(const QString& token)
    {
        if (m_control->isCancelled())
            return;
        m_token = token;
        QString problem;
        const QUrl url = urlFor(&problem);
        if (!problem.isEmpty()) {
            fail(transportError(ErrorKind::Auth, problem));
            return;
        }
        const QString scheme = url.scheme().toLower();
        if (scheme == QLatin1String("http") && !isLoopbackHost(url.host())) {
            fail(transportError(ErrorKind::Insecure,
                                QStringLiteral("plain http to %1 refused").arg(url.host())));
            return;
        }
        if (scheme != QLatin1String("http") && scheme != QLatin1String("https")) {
            fail(transportError(ErrorKind::Insecure,
                                QStringLiteral("unsupported scheme %1").arg(scheme)));
            return;
        }
        if (scheme == QLatin1String("https") && !m_client->caError.isEmpty()) {
            fail(transportError(ErrorKind::Tls, m_client->caError));
            return;
        }

        QNetworkRequest request(url);
        QList<RawHeader> headers = {
            {"Content-Type", "application/json"},
            {"Accept", "application/json"},
            {"X-Language", languageHeaderValue(m_client->settings.language)},
        };
        if (m_request.endpoint == Endpoint::Dws)
            headers.append({"X-Project-Id", m_client->projectId().toUtf8()});
        if (m_request.authenticate) {
            if (m_client->credentials.kind() == Credentials::Kind::AccessKey) {
                AkSkSigner::Request signable{m_request.method, url, headers, m_request.body};
                const QDateTime now =
                    QDateTime::currentDateTimeUtc().addMSecs(m_client->clockSkewMs);
                headers.append(AkSkSigner::sign(signable, m_client->credentials.accessKeyId(),
                                                m_client->credentials.secret(), now));
            } else if (!token.isEmpty()) {
                headers.append({"X-Auth-Token", token.toUtf8()});
            }
        }
        for (const auto& [name, value] : headers)
            request.setRawHeader(name, value);
        request.setTransferTimeout(int(m_client->settings.transferTimeout.count()));
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        if (scheme == QLatin1String("https")) {
            QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
            // Added to, not instead of, the system's CAs.
            if (!m_client->extraCas.isEmpty())
                ssl.setCaCertificates(QSslConfiguration::systemCaCertificates() +
                                      m_client->extraCas);
            request.setSslConfiguration(ssl);
        }

        ++m_attempt;
        m_tooLarge = false;
        m_body.clear();
        logRequest(url, headers);
        m_elapsed.start();
        QNetworkReply* reply = nullptr;
        if (m_request.body.isEmpty() && m_request.method == "GET")
            reply = m_client->network->get(request);
        else {
            request.setHeader(QNetworkRequest::ContentLengthHeader, m_request.body.size());
            auto* body = new OneShotBody(m_request.body, this);
            reply = m_client->network->sendCustomRequest(request, m_request.method, body);
            body->setParent(reply);
        }
        m_reply = reply;
        reply->setParent(this);
        const qint64 cap = m_client->settings.maxResponseBytes;
        connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply, cap] {
            const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
            if (length.isValid() && length.toLongLong() > cap)
                abortTooLarge(reply);
        });
        // Qt's network thread reads ahead no further than this; the body is taken as it
        // arrives, so an answer without a length (chunked) stops at the cap, not at its end.
        reply->setReadBufferSize(kReadAheadBytes);
        connect(reply, &QIODevice::readyRead, this, [this, reply, cap] {
            if (m_tooLarge)
                return;
            m_body += reply->readAll();
            if (m_body.size() > cap)
                abortTooLarge(reply);
        });
        connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
    }

    void abortTooLarge(QNetworkReply* reply)
    {
        if (m_tooLarge)
            return;
        m_tooLarge = true;
        m_body.clear();
        reply->abort();
    }

    void logRequest(const QUrl& url, const QList<RawHeader>& headers) const
    {
        if (!lcHttp().isDebugEnabled())
            return;
        const QList<QByteArray> secrets = m_client->secrets();
        qCDebug(lcHttp).noquote()
            << m_request.operation << m_request.method
            << QString::fromUtf8(Redaction::scrub(url.toEncoded(), secrets)) << "attempt"
            << m_attempt << "\n"
            << QString::fromUtf8(Redaction::scrub(Redaction::headers(headers), secrets)) << "\n"
            << QString::fromUtf8(Redaction::body(m_request.body, secrets).left(4096));
    }

    void logReply(int status, const QList<RawHeader>& headers, const QByteArray& body) const
    {
        if (!lcHttp().isDebugEnabled())
            return;
        const QList<QByteArray> secrets = m_client->secrets();
        qCDebug(lcHttp).noquote() << m_request.operation << "answered" << status << "in"
                                  << m_elapsed.elapsed() << "ms\n"
                                  << QString::fromUtf8(
                                         Redaction::scrub(Redaction::headers(headers), secrets))
                                  << "\n"
                                  << QString::fromUtf8(Redaction::body(body.left(4096), secrets));
    }

    void onFinished(QNetworkReply* reply)
    {
        reply->deleteLater();
        m_reply = nullptr;
        if (m_control->isCancelled())
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QList<RawHeader> headers = reply->rawHeaderPairs();
        if (m_tooLarge) {
            ApiError error =
                transportError(ErrorKind::TooLarge, QStringLiteral("the answer exceeds %1 bytes")
                                                        .arg(m_client->settings.maxResponseBytes));
            error.httpStatus = status;
            error.requestId = requestIdFrom(headers);
            fail(error);
            return;
        }
        QByteArray body = std::exchange(m_body, {});
        if (reply->isOpen())
            body += reply->readAll();
        const QNetworkReply::NetworkError networkError = reply->error();

        if (status == 0) {
            const ErrorKind kind = kindOf(networkError);
            qCInfo(lcHttp).noquote()
                << m_request.operation << m_request.method << "failed:" << reply->errorString();
            AttemptOutcome outcome;
            outcome.kind = kind == ErrorKind::Timeout   ? AttemptOutcome::Kind::Timeout
                           : kind == ErrorKind::Network ? AttemptOutcome::Kind::ConnectionError
                                                        : AttemptOutcome::Kind::Other;
            if (scheduleRetry(outcome))
                return;
            fail(transportError(kind, networkErrorText(networkError, reply->errorString())));
            return;
        }

        logReply(status, headers, body);
        const int maxDepth = m_client->settings.maxJsonDepth;
        if (status >= 200 && status < 300) {
            const auto bodyError = errorInBody(body, maxDepth);
            if (bodyError && isFailureCode(bodyError->code)) {
                fail(httpError(status, body, headers, m_request.operation, maxDepth));
                return;
            }
            HttpResponse response;
            response.status = status;
            response.body = body;
            response.headers = headers;
            response.requestId = requestIdFrom(headers);
            response.attempts = m_attempt;
            succeed(std::move(response));
            return;
        }

        ApiError error = httpError(status, body, headers, m_request.operation, maxDepth);
        if (status == 401 && handleUnauthorized(error, headers))
            return;
        AttemptOutcome outcome;
        outcome.kind = AttemptOutcome::Kind::HttpStatus;
        outcome.status = status;
        for (const auto& [name, value] : headers)
            if (name.compare("Retry-After", Qt::CaseInsensitive) == 0)
                outcome.retryAfter = value;
        if (scheduleRetry(outcome))
            return;
        fail(error);
    }

    // True when the 401 was handled by signing in again (or correcting the clock) and replaying.
    bool handleUnauthorized(const ApiError& error, const QList<RawHeader>& headers)
    {
        // A 401 with a DWS code (e.g. DWS.0047, not found) is not about the token.
        if (error.code.startsWith(QLatin1String("DWS.")))
            return false;
        const auto kind = m_client->credentials.kind();
        if (kind == Credentials::Kind::AccessKey && m_request.authenticate &&
            error.code == QLatin1String("APIGW.0303") && !m_skewCorrected) {
            for (const auto& [name, value] : headers) {
                if (name.compare("Date", Qt::CaseInsensitive) != 0)
                    continue;
                QDateTime serverTime =
                    QLocale::c().toDateTime(QString::fromLatin1(value).trimmed(),
                                            QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
                if (!serverTime.isValid())
                    break;
                serverTime.setTimeZone(QTimeZone::utc());
                m_client->clockSkewMs = QDateTime::currentDateTimeUtc().msecsTo(serverTime);
                qCInfo(lcAuth) << "correcting the signing clock by" << m_client->clockSkewMs
                               << "ms";
                m_skewCorrected = true;
                ++m_replays;
                sendAttempt({});
                return true;
            }
            return false;
        }
        if (kind != Credentials::Kind::Password || !m_request.authenticate || m_reauthenticated)
            return false;
        m_reauthenticated = true;
        ++m_replays;
        qCInfo(lcAuth) << m_request.operation << "token refused; signing in again";
        m_client->iam->invalidateToken(m_token);
        authenticateAndSend();
        return true;
    }

    bool scheduleRetry(const AttemptOutcome& outcome)
    {
        // A replay after signing in again or correcting the clock is not a retry: it does not
        // use up the retry attempts.
        const auto delay = m_client->retryPolicy.nextDelay(m_request.method, m_attempt - m_replays,
                                                           outcome, QDateTime::currentDateTimeUtc(),
                                                           m_client->monotonic.elapsed());
        if (!delay)
            return false;
        qCInfo(lcHttp).noquote() << m_request.operation << "retrying in" << delay->count()
                                 << "ms, attempt" << m_attempt + 1;
        emit m_client->q->retryScheduled(m_request.operation, m_attempt + 1, *delay);
        m_retryTimer = new QTimer(this);
        m_retryTimer->setSingleShot(true);
        m_retryTimer->setTimerType(Qt::PreciseTimer); // never shorter than a Retry-After
        connect(m_retryTimer, &QTimer::timeout, this, [this] {
            m_retryTimer->deleteLater();
            m_retryTimer = nullptr;
            sendAttempt(m_token);
        });
        m_retryTimer->start(m_client->retryPolicy.scaled(*delay));
        return true;
    }

    void cancel()
    {
        if (m_control->isFinished())
            return;
        stopWork();
        ApiError error = transportError(ErrorKind::Cancelled, QStringLiteral("cancelled"));
        deliver(Result<HttpResponse>(std::move(error)), /*queued=*/true);
    }

    // The context is gone: stop and tell no one.
    void abandon()
    {
        if (m_control->isFinished())
            return;
        m_control->markFinished();
        stopWork();
        deleteLater();
    }

    void stopWork()
    {
        m_tokenCall.cancel();
        if (m_retryTimer)
            m_retryTimer->stop();
        if (QNetworkReply* reply = m_reply.data()) {
            m_reply = nullptr;
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }

    void succeed(HttpResponse response) { deliver(Result<HttpResponse>(std::move(response))); }

    void fail(ApiError error)
    {
        if (error.operation.isEmpty())
            error.operation = m_request.operation;
        deliver(Result<HttpResponse>(std::move(error)));
    }

    void deliver(Result<HttpResponse> result, bool queued = false)
    {
        if (m_control->isFinished())
            return;
        m_control->markFinished();
        deleteLater();
        QObject* receiver = m_hasContext ? m_context.data() : m_client->q;
        if (!receiver)
            return;
        auto done = std::move(m_done);
        auto call = [done = std::move(done), result = std::move(result)]() mutable {
            if (done)
                done(std::move(result));
        };
        const bool sameThread = receiver->thread() == QThread::currentThread();
        if (sameThread && !queued)
            call();
        else
            QMetaObject::invokeMethod(receiver, std::move(call), Qt::QueuedConnection);
    }

    HttpClientPrivate* m_client;
    HttpRequest m_request;
    QPointer<QObject> m_context;
    bool m_hasContext;
    HttpClient::Callback m_done;
    std::shared_ptr<CallControl> m_control;
    CallHandle m_tokenCall;
    QPointer<QNetworkReply> m_reply;
    QTimer* m_retryTimer = nullptr;
    QElapsedTimer m_elapsed;
    QString m_token;
    int m_attempt = 0;
    int m_replays = 0; // attempts that replayed the request after an authentication fix
    bool m_reauthenticated = false;
    bool m_skewCorrected = false;
    bool m_tooLarge = false;
    QByteArray m_body; // of the current attempt, as it arrives
};

HttpClient::HttpClient(const ConnectionSettings& settings, const Credentials& credentials,
                       QObject* parent)
    : QObject(parent)
    , d(std::make_unique<HttpClientPrivate>())
{
    d->q = this;
    d->settings = settings;
    d->credentials = credentials;
    d->network = new QNetworkAccessManager(this);
    d->network->setAutoDeleteReplies(false);
    d->network->setStrictTransportSecurityEnabled(true);
    d->monotonic.start();
    d->applySettings();
    d->iam = new IamClient(this);
}

HttpClient::~HttpClient() = default;

const ConnectionSettings& HttpClient::settings() const
{
    return d->settings;
}

void HttpClient::setSettings(const ConnectionSettings& settings)
{
    const bool placeChanged = settings.iamEndpoint != d->settings.iamEndpoint ||
                              settings.dwsEndpoint != d->settings.dwsEndpoint ||
                              settings.projectId != d->settings.projectId ||
                              settings.projectName != d->settings.projectName;
    d->settings = settings;
    d->applySettings();
    if (placeChanged) {
        d->resolvedProjectId.clear();
        d->iam->invalidateToken();
    }
}

void HttpClient::setLanguage(Language language)
{
    d->settings.language = language;
}

const Credentials& HttpClient::credentials() const
{
    return d->credentials;
}

void HttpClient::setCredentials(const Credentials& credentials)
{
    d->credentials = credentials;
    d->clockSkewMs = 0;
    d->iam->invalidateToken();
}

const RetryPolicy& HttpClient::retryPolicy() const
{
    return d->retryPolicy;
}

void HttpClient::setRetryPolicy(const RetryPolicy& policy)
{
    d->retryPolicy = policy;
}

QString HttpClient::projectId() const
{
    return d->projectId();
}

IamClient* HttpClient::iam() const
{
    return d->iam;
}

QNetworkAccessManager* HttpClient::networkAccessManager() const
{
    return d->network;
}

CallHandle HttpClient::send(const HttpRequest& request, QObject* context, Callback done)
{
    auto* call = new PendingCall(d.get(), request, context, std::move(done));
    CallHandle handle(call->control());
    // Started from the event loop so that even an immediate failure reaches `done` after
    // send() has returned.
    QMetaObject::invokeMethod(
        call, [call] { call->start(); }, Qt::QueuedConnection);
    return handle;
}

void HttpClient::setResolvedProjectId(const QString& projectId)
{
    if (d->resolvedProjectId == projectId)
        return;
    d->resolvedProjectId = projectId;
    emit projectResolved(projectId);
}

} // namespace dws::api
