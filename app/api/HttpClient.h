#pragma once

#include "api/CallHandle.h"
#include "api/ConnectionSettings.h"
#include "api/Credentials.h"
#include "api/Result.h"
#include "api/RetryPolicy.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrlQuery>
#include <chrono>
#include <functional>
#include <memory>
#include <utility>

class QNetworkAccessManager;

namespace dws::api {

class IamClient;
class HttpClientPrivate;

using RawHeader = std::pair<QByteArray, QByteArray>;

// Which endpoint a request goes to.
enum class Endpoint
{
    Dws, // path relative to /v1.0/{project_id}
    Iam, // absolute path such as /v3/projects
};

struct HttpRequest
{
    QByteArray method = "GET";
    Endpoint endpoint = Endpoint::Dws;
    QString path; // Dws: "/clusters/{id}"; Iam: "/v3/auth/tokens"
    QUrlQuery query;
    QByteArray body;          // sent as application/json; empty: no body
    QString operation;        // e.g. "clusters.list"; copied into every ApiError
    bool authenticate = true; // false only for the sign-in call itself
};

struct HttpResponse
{
    int status = 0;
    QByteArray body;
    QList<RawHeader> headers;
    QString requestId; // X-Request-Id, X-Openstack-Request-Id or a trace id header
    int attempts = 1;  // how many times the request was sent

    // Case-insensitive header lookup; empty when absent.
    QByteArray header(QByteArrayView name) const;
};

// The one HTTP client of the core, over QNetworkAccessManager. Fully asynchronous; lives on
// the thread that created it and must be used from that thread. For each request it:
// - refuses plain http to hosts that are not loopback (ErrorKind::Insecure);
// - adds Content-Type, X-Language, X-Project-Id and X-Auth-Token (or the AK/SK signature);
// - retries GETs as the RetryPolicy says; never re-sends POST or DELETE;
// - re-authenticates once on a token 401 and replays once;
// - caps the transfer time and the body size, and maps every failure to an ApiError
//   (error bodies in any of the documented shapes, HTTP 200 with an error_code too);
// - logs request and reply to lcHttp, redacted.
class HttpClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(Result<HttpResponse>)>;

    HttpClient(const ConnectionSettings& settings, const Credentials& credentials,
               QObject* parent = nullptr);
    ~HttpClient() override;

    const ConnectionSettings& settings() const;
    // Takes effect for requests sent afterwards. New endpoints or project drop the token.
    void setSettings(const ConnectionSettings& settings);
    void setLanguage(Language language);
    const Credentials& credentials() const;
    void setCredentials(const Credentials& credentials); // drops the cached token

    const RetryPolicy& retryPolicy() const;
    void setRetryPolicy(const RetryPolicy& policy);

    // The project the DWS paths use: the settings' id, or the one sign-in resolved.
    QString projectId() const;

    IamClient* iam() const;
    QNetworkAccessManager* networkAccessManager() const;

    // Sends `request`. `done` runs exactly once on `context`'s thread with the response
    // (2xx without an error_code) or an ApiError, never after `context` is destroyed.
    CallHandle send(const HttpRequest& request, QObject* context, Callback done);

signals:
    // A GET is about to be re-sent after `delay` (before the policy's delay scale).
    void retryScheduled(const QString& operation, int nextAttempt, std::chrono::milliseconds delay);
    // The project id became known (sign-in by project name).
    void projectResolved(const QString& projectId);

private:
    void setResolvedProjectId(const QString& projectId);

    friend class HttpClientPrivate;
    friend class IamClient;
    std::unique_ptr<HttpClientPrivate> d;
};

} // namespace dws::api
