#pragma once

#include "api/CallHandle.h"
#include "api/HttpClient.h"
#include "api/Result.h"
#include "dws/ParseThreadPool.h"
#include "dws/Validation.h"

#include <QFutureWatcher>
#include <QMetaObject>
#include <QPointer>
#include <QPromise>
#include <QThread>
#include <QThreadPool>
#include <functional>
#include <memory>
#include <optional>

namespace dws::detail {

// One service operation from the call to the caller's callback, possibly over several HTTP
// calls (a create and its reconciliation). Delivers exactly once, on the context's thread,
// never after the context is gone; cancel() aborts whichever step is running.
template <typename T> class ServiceCall : public std::enable_shared_from_this<ServiceCall<T>>
{
public:
    using Callback = std::function<void(api::Result<T>)>;

    static std::shared_ptr<ServiceCall> create(QObject* owner, QObject* context, Callback done,
                                               const QString& operation)
    {
        auto call = std::shared_ptr<ServiceCall>(
            new ServiceCall(owner, context, std::move(done), operation));
        std::weak_ptr<ServiceCall> weak = call;
        call->m_control = std::make_shared<api::CallControl>(owner, [weak] {
            if (const auto self = weak.lock())
                self->cancelNow();
        });
        return call;
    }

    api::CallHandle handle() const { return api::CallHandle(m_control); }
    const QString& operation() const { return m_operation; }
    bool isActive() const { return !m_control->isFinished() && !m_control->isCancelled(); }
    void setStep(api::CallHandle step) { m_step = std::move(step); }
    // The object results are delivered to: the context, or the service when there is none.
    QObject* receiver() const { return m_hasContext ? m_context.data() : m_owner.data(); }

    void finish(api::Result<T> result, bool queued = false)
    {
        if (m_control->isFinished())
            return;
        m_control->markFinished();
        QObject* target = receiver();
        if (!target || !m_done)
            return;
        auto call = [done = std::move(m_done), result = std::move(result)]() mutable {
            done(std::move(result));
        };
        if (!queued && target->thread() == QThread::currentThread())
            call();
        else
            QMetaObject::invokeMethod(target, std::move(call), Qt::QueuedConnection);
    }

    void fail(api::ApiError error, bool queued = false)
    {
        if (error.operation.isEmpty())
            error.operation = m_operation;
        finish(api::Result<T>(std::move(error)), queued);
    }

    // Refuses the request before sending when validation found issues. True when refused.
    bool refuseIfInvalid(const ValidationIssues& issues)
    {
        if (issues.isEmpty())
            return false;
        api::ApiError error;
        error.kind = api::ErrorKind::Validation;
        error.operation = m_operation;
        QStringList fields;
        for (const ValidationIssue& issue : issues) {
            error.issues.append({issue.field, issue.message});
            fields.append(issue.field);
        }
        error.detail = fields.join(QLatin1String(", "));
        fail(error, /*queued=*/true);
        return true;
    }

    // Runs `parse(body)` on the parse thread pool and finishes with its result on the receiver's
    // thread. Call from the receiver's thread.
    template <typename Parser> void finishParsedOffThread(const QByteArray& body, Parser parse)
    {
        QObject* target = receiver();
        if (!target || !isActive())
            return;
        auto slot = std::make_shared<std::optional<api::Result<T>>>();
        auto promise = std::make_shared<QPromise<void>>();
        auto* watcher = new QFutureWatcher<void>(target);
        auto self = this->shared_from_this();
        QObject::connect(watcher, &QFutureWatcher<void>::finished, watcher, [self, slot, watcher] {
            watcher->deleteLater();
            if (slot->has_value())
                self->finish(std::move(**slot));
        });
        watcher->setFuture(promise->future());
        promise->start();
        // The worker touches only the body, the slot and the promise, never a QObject.
        parseThreadPool()->start([promise, slot, body, parse] {
            slot->emplace(parse(body));
            promise->finish();
        });
    }

private:
    ServiceCall(QObject* owner, QObject* context, Callback done, const QString& operation)
        : m_owner(owner)
        , m_context(context)
        , m_hasContext(context != nullptr)
        , m_done(std::move(done))
        , m_operation(operation)
    {}

    void cancelNow()
    {
        if (m_control->isFinished())
            return;
        m_step.cancel();
        api::ApiError error;
        error.kind = api::ErrorKind::Cancelled;
        error.detail = QStringLiteral("cancelled");
        // finish() checks isFinished only; the control is marked cancelled already.
        fail(error, /*queued=*/true);
    }

    QPointer<QObject> m_owner;
    QPointer<QObject> m_context;
    bool m_hasContext;
    Callback m_done;
    QString m_operation;
    std::shared_ptr<api::CallControl> m_control;
    api::CallHandle m_step;
};

// A DWS request; `operation` names it in every error.
inline api::HttpRequest request(const char* method, const QString& path, const QString& operation,
                                const QByteArray& body = {})
{
    api::HttpRequest result;
    result.method = method;
    result.path = path;
    result.operation = operation;
    result.body = body;
    return result;
}

// Adds the operation to a mapping error.
template <typename T> api::Result<T> withOperation(api::Result<T> result, const QString& operation)
{
    if (result.ok())
        return result;
    api::ApiError error = result.error();
    error.operation = operation;
    return error;
}

// Sends `httpRequest`: a failure fails the call; a success goes to answered(response) while the
// call is still active.
template <typename T, typename Answered>
void sendThen(api::HttpClient* client, const std::shared_ptr<ServiceCall<T>>& call,
              const api::HttpRequest& httpRequest, Answered answered)
{
    call->setStep(client->send(httpRequest, call->receiver(),
                               [call, answered](api::Result<api::HttpResponse> response) {
                                   if (!call->isActive())
                                       return;
                                   if (!response.ok())
                                       call->fail(response.error());
                                   else
                                       answered(response.value());
                               }));
}

// Sends `httpRequest` and finishes with api::Done once it succeeds; the answer's body is not read.
template <typename T>
void sendForDone(api::HttpClient* client, const std::shared_ptr<ServiceCall<T>>& call,
                 const api::HttpRequest& httpRequest)
{
    sendThen(client, call, httpRequest,
             [call](const api::HttpResponse&) { call->finish(api::Done{}); });
}

// Sends `httpRequest` and finishes with parse(body), parsed on the receiver's thread: for
// answers of one record.
template <typename T, typename Parser>
void sendForParsed(api::HttpClient* client, const std::shared_ptr<ServiceCall<T>>& call,
                   const api::HttpRequest& httpRequest, Parser parse)
{
    sendThen(client, call, httpRequest, [call, parse](const api::HttpResponse& response) {
        call->finish(withOperation(parse(response.body), call->operation()));
    });
}

// Sends `httpRequest` and finishes with parse(body), parsed on the thread pool: for lists,
// whose bodies can be large. `parse` must touch nothing but the body.
template <typename T, typename Parser>
void sendForParsedOffThread(api::HttpClient* client, const std::shared_ptr<ServiceCall<T>>& call,
                            const api::HttpRequest& httpRequest, Parser parse)
{
    sendThen(client, call, httpRequest, [call, parse](const api::HttpResponse& response) {
        const QString operation = call->operation();
        call->finishParsedOffThread(response.body, [operation, parse](const QByteArray& body) {
            return withOperation(parse(body), operation);
        });
    });
}

// A path segment from an id, percent-encoded.
QString pathSegment(const QString& id);
// An issue unless `id` is a plain resource id (letters, digits, '-', '_', '.'; not "." or
// ".."), so that no id can change which path a request goes to.
ValidationIssues checkId(const QString& id, const QString& field);

} // namespace dws::detail

namespace dws {
struct CreatedResource;
}

namespace dws::detail {

// How to read a create's answer and, when it is lost, how to find the resource by name.
struct Reconciliation
{
    std::function<api::Result<QString>(const QByteArray&)> parseId;
    QString listPath;      // "/clusters" or "/snapshots"
    QString listOperation; // "clusters.list" or "snapshots.list"
    // The id of the resource with the name, in a list body; empty when there is none.
    std::function<QString(const QByteArray&)> findByName;
};

Reconciliation clusterReconciliation(const QString& clusterName);
Reconciliation snapshotReconciliation(const QString& snapshotName);

// POSTs a create and, when its answer is lost (createOutcomeIsUnknown), lists and matches the
// unique name instead of sending the create again.
void createAndReconcile(api::HttpClient* client,
                        const std::shared_ptr<ServiceCall<CreatedResource>>& call,
                        const api::HttpRequest& request, Reconciliation reconciliation);

} // namespace dws::detail
