#pragma once

#include "api/CallHandle.h"
#include "api/Result.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace dws::api {

class HttpClient;

struct IamToken
{
    QString value;       // never logged
    QDateTime expiresAt; // UTC
    QString projectId;   // the scope, when project-scoped
    QString projectName;
};

struct Project
{
    QString id;
    QString name; // the region, e.g. "cn-north-1"
    QString domainId;
    bool enabled = true;
};

// IAM: the password token (POST /v3/auth/tokens) and the project list (GET /v3/projects).
// The token is cached in memory and renewed before it expires; concurrent callers wait for
// one sign-in. Owned by HttpClient (HttpClient::iam()).
class IamClient : public QObject
{
    Q_OBJECT
public:
    using TokenCallback = std::function<void(Result<IamToken>)>;
    using ProjectsCallback = std::function<void(Result<QList<Project>>)>;

    explicit IamClient(HttpClient* client);
    ~IamClient() override;

    // A valid token: the cached one, or a fresh sign-in with the password credentials.
    CallHandle token(QObject* context, TokenCallback done);
    // Projects the signed-in user may use, so a user can pick a region.
    CallHandle projects(QObject* context, ProjectsCallback done);

    std::optional<IamToken> cachedToken() const;
    // Forgets the cached token (a 401 said it is no longer valid).
    void invalidateToken(const QString& token = {});

    // Parses a sign-in answer: token from X-Subject-Token, expiry and scope from the body.
    static Result<IamToken> parseTokenResponse(const QByteArray& subjectToken,
                                               const QByteArray& body);
    static Result<QList<Project>> parseProjects(const QByteArray& body);
    // The POST /v3/auth/tokens body for password credentials scoped to a project id or
    // name (or to the domain when both are empty).
    static QByteArray passwordAuthBody(const QString& user, const QString& password,
                                       const QString& domain, const QString& projectId,
                                       const QString& projectName);

signals:
    void signedIn(const QDateTime& expiresAt);

private:
    void finishSignIn(Result<IamToken> result);

    HttpClient* m_client;
    std::optional<IamToken> m_token;
    struct Waiter;
    QList<std::shared_ptr<Waiter>> m_waiters;
    bool m_signingIn = false;
};

} // namespace dws::api
