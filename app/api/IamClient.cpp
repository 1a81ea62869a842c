#include "api/IamClient.h"

#include "api/HttpClient.h"
#include "api/Logging.h"

#include <QMetaObject>
#include <QPointer>
#include <QThread>
#include <QTimeZone>
#include <nlohmann/json.hpp>

namespace dws::api {

namespace {

using nlohmann::json;

QDateTime parseIsoUtc(const QString& text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    if (time.isValid() && time.timeSpec() == Qt::LocalTime)
        time.setTimeZone(QTimeZone::utc()); // no zone means UTC
    return time.toUTC();
}

QString stringAt(const json& object, std::initializer_list<const char*> path)
{
    const json* node = &object;
    for (const char* key : path) {
        if (!node->is_object())
            return {};
        const auto found = node->find(key);
        if (found == node->end())
            return {};
        node = &*found;
    }
    return node->is_string() ? QString::fromStdString(node->get<std::string>()) : QString();
}

ApiError parseError(const QString& detail)
{
    ApiError error;
    error.kind = ErrorKind::Parse;
    error.detail = detail;
    return error;
}

template <typename T, typename Callback>
void deliverTo(QPointer<QObject> context, bool hasContext, QObject* fallback, Callback done,
               Result<T> result)
{
    QObject* receiver = hasContext ? context.data() : fallback;
    if (!receiver || !done)
        return;
    QMetaObject::invokeMethod(
        receiver, [done = std::move(done), result = std::move(result)]() { done(result); },
        Qt::QueuedConnection);
}

} // namespace

struct IamClient::Waiter
{
    QPointer<QObject> context;
    bool hasContext = false;
    TokenCallback done;
    std::shared_ptr<CallControl> control;
};

IamClient::IamClient(HttpClient* client)
    : QObject(client)
    , m_client(client)
{}

IamClient::~IamClient() = default;

std::optional<IamToken> IamClient::cachedToken() const
{
    return m_token;
}

void IamClient::invalidateToken(const QString& token)
{
    if (m_token && (token.isEmpty() || token == m_token->value)) {
        qCInfo(lcAuth) << "forgetting the cached token";
        m_token.reset();
    }
}

CallHandle IamClient::token(QObject* context, TokenCallback done)
{
    const Credentials& credentials = m_client->credentials();
    auto waiter = std::make_shared<Waiter>();
    waiter->context = context;
    waiter->hasContext = context != nullptr;
    waiter->done = std::move(done);
    std::weak_ptr<Waiter> weakWaiter = waiter;
    QPointer<IamClient> self(this);
    waiter->control = std::make_shared<CallControl>(this, [self, weakWaiter] {
        const auto waiter = weakWaiter.lock();
        if (!self || !waiter || waiter->control->isFinished())
            return;
        waiter->control->markFinished();
        self->m_waiters.removeOne(waiter);
        ApiError error;
        error.kind = ErrorKind::Cancelled;
        error.operation = QStringLiteral("iam.token");
        deliverTo<IamToken>(waiter->context, waiter->hasContext, self, waiter->done, error);
    });
    CallHandle handle(waiter->control);

    if (credentials.kind() == Credentials::Kind::Token) {
        waiter->control->markFinished();
        deliverTo<IamToken>(waiter->context, waiter->hasContext, this, waiter->done,
                            IamToken{credentials.secret(), {}, m_client->projectId(), {}});
        return handle;
    }
    const QDateTime renewAt =
        m_token ? m_token->expiresAt.addSecs(-m_client->settings().tokenRenewalMargin.count())
                : QDateTime();
    if (m_token && (!renewAt.isValid() || QDateTime::currentDateTimeUtc() < renewAt)) {
        waiter->control->markFinished();
        deliverTo<IamToken>(waiter->context, waiter->hasContext, this, waiter->done, *m_token);
        return handle;
    }
    if (credentials.kind() != Credentials::Kind::Password) {
        waiter->control->markFinished();
        ApiError error;
        error.kind = ErrorKind::Auth;
        error.operation = QStringLiteral("iam.token");
        error.detail = QStringLiteral("no password credentials to sign in with");
        deliverTo<IamToken>(waiter->context, waiter->hasContext, this, waiter->done, error);
        return handle;
    }

    m_waiters.append(waiter);
    if (m_signingIn)
        return handle; // one sign-in at a time; everyone waits for it
    m_signingIn = true;
    const ConnectionSettings& settings = m_client->settings();
    HttpRequest request;
    request.method = "POST";
    request.endpoint = Endpoint::Iam;
    request.path = QStringLiteral("/v3/auth/tokens");
    request.operation = QStringLiteral("iam.token");
    request.authenticate = false;
    request.body =
        passwordAuthBody(credentials.userName(), credentials.secret(), credentials.domainName(),
                         settings.projectId, settings.projectName);
    qCInfo(lcAuth) << "signing in to IAM";
    m_client->send(request, this, [this](Result<HttpResponse> response) {
        if (!response.ok()) {
            ApiError error = response.error();
            if (error.kind == ErrorKind::Http)
                error.kind = ErrorKind::Auth;
            finishSignIn(error);
            return;
        }
        finishSignIn(
            parseTokenResponse(response.value().header("X-Subject-Token"), response.value().body));
    });
    return handle;
}

void IamClient::finishSignIn(Result<IamToken> result)
{
    m_signingIn = false;
    if (result.ok()) {
        m_token = result.value();
        qCInfo(lcAuth) << "signed in; token valid until" << m_token->expiresAt;
        if (m_client->settings().projectId.isEmpty() && !m_token->projectId.isEmpty())
            m_client->setResolvedProjectId(m_token->projectId);
        emit signedIn(m_token->expiresAt);
    } else {
        qCInfo(lcAuth) << "sign-in failed:" << result.error().httpStatus << result.error().code;
    }
    const auto waiters = std::exchange(m_waiters, {});
    for (const auto& waiter : waiters) {
        if (waiter->control->isFinished())
            continue;
        waiter->control->markFinished();
        deliverTo<IamToken>(waiter->context, waiter->hasContext, this, waiter->done, result);
    }
}

CallHandle IamClient::projects(QObject* context, ProjectsCallback done)
{
    HttpRequest request;
    request.method = "GET";
    request.endpoint = Endpoint::Iam;
    request.path = QStringLiteral("/v3/projects");
    request.operation = QStringLiteral("iam.projects");
    return m_client->send(
        request, context, [done = std::move(done)](Result<HttpResponse> response) {
            if (!response.ok()) {
                done(response.error());
                return;
            }
            Result<QList<Project>> projects = parseProjects(response.value().body);
            if (!projects.ok()) {
                ApiError error = projects.error();
                error.operation = QStringLiteral("iam.projects");
                done(error);
                return;
            }
            done(std::move(projects));
        });
}

Result<IamToken> IamClient::parseTokenResponse(const QByteArray& subjectToken,
                                               const QByteArray& body)
{
    if (subjectToken.trimmed().isEmpty())
        return parseError(QStringLiteral("X-Subject-Token: missing"));
    const json document = json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    if (!document.is_object())
        return parseError(QStringLiteral("token: not a JSON object"));
    IamToken token;
    token.value = QString::fromLatin1(subjectToken.trimmed());
    const QString expires = stringAt(document, {"token", "expires_at"});
    token.expiresAt = parseIsoUtc(expires);
    if (!token.expiresAt.isValid())
        return parseError(QStringLiteral("token.expires_at: expected a timestamp"));
    token.projectId = stringAt(document, {"token", "project", "id"});
    token.projectName = stringAt(document, {"token", "project", "name"});
    return token;
}

Result<QList<Project>> IamClient::parseProjects(const QByteArray& body)
{
    const json document = json::parse(body.constBegin(), body.constEnd(), nullptr, false);
    if (!document.is_object())
        return parseError(QStringLiteral("projects: not a JSON object"));
    const auto list = document.find("projects");
    if (list == document.end() || !list->is_array())
        return parseError(QStringLiteral("projects: expected an array"));
    QList<Project> projects;
    for (const json& item : *list) {
        if (!item.is_object())
            return parseError(
                QStringLiteral("projects[%1]: expected an object").arg(projects.size()));
        Project project;
        project.id = stringAt(item, {"id"});
        project.name = stringAt(item, {"name"});
        project.domainId = stringAt(item, {"domain_id"});
        const auto enabled = item.find("enabled");
        project.enabled = enabled == item.end() || !enabled->is_boolean() || enabled->get<bool>();
        if (project.id.isEmpty())
            return parseError(QStringLiteral("projects[%1].id: missing").arg(projects.size()));
        projects.append(project);
    }
    return projects;
}

QByteArray IamClient::passwordAuthBody(const QString& user, const QString& password,
                                       const QString& domain, const QString& projectId,
                                       const QString& projectName)
{
    json scope;
    if (!projectId.isEmpty())
        scope = {{"project", {{"id", projectId.toStdString()}}}};
    else if (!projectName.isEmpty())
        scope = {{"project", {{"name", projectName.toStdString()}}}};
    else
        scope = {{"domain", {{"name", domain.toStdString()}}}};
    const json body = {{"auth",
                        {{"identity",
                          {{"methods", json::array({"password"})},
                           {"password",
                            {{"user",
                              {{"name", user.toStdString()},
                               {"password", password.toStdString()},
                               {"domain", {{"name", domain.toStdString()}}}}}}}}},
                         {"scope", scope}}}};
    return QByteArray::fromStdString(body.dump());
}

} // namespace dws::api
