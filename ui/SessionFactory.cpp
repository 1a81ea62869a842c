#include "SessionFactory.h"

#include "SessionParts.h"
#include "UiLogging.h"
#include "api/Credentials.h"
#include "api/IamClient.h"

#include <QLocale>
#include <QPointer>

namespace dws::ui {

api::ConnectionSettings SessionFactory::settingsFor(const ConnectionProfile& profile)
{
    api::ConnectionSettings settings;
    settings.iamEndpoint = profile.iamEndpoint;
    settings.dwsEndpoint = profile.dwsEndpoint;
    settings.projectId = profile.projectId;
    settings.projectName = profile.projectName;
    settings.caFile = profile.caFile;
    settings.language = currentLanguage();
    return settings;
}

api::Credentials SessionFactory::credentialsFor(const ConnectionProfile& profile,
                                                const QString& secret)
{
    if (profile.authMethod == AuthMethod::AccessKey)
        return api::Credentials::accessKey(profile.accessKeyId, secret);
    return api::Credentials::password(profile.userName, secret, profile.domainName);
}

api::Language SessionFactory::currentLanguage()
{
    return QLocale().language() == QLocale::Chinese ? api::Language::Chinese
                                                    : api::Language::English;
}

void SessionFactory::signIn(const ConnectionProfile& profile, const QString& secret,
                            QObject* context, SessionDone done)
{
    auto parts =
        std::make_shared<std::unique_ptr<Session::Parts>>(std::make_unique<Session::Parts>());
    Session::Parts& built = **parts;
    built.client =
        std::make_unique<api::HttpClient>(settingsFor(profile), credentialsFor(profile, secret));
    built.clusters = std::make_unique<ClusterService>(built.client.get());
    built.snapshots = std::make_unique<SnapshotService>(built.client.get());
    built.source =
        std::make_unique<ServiceMonitorSource>(built.clusters.get(), built.snapshots.get());
    built.poller = std::make_unique<Poller>(built.source.get());
    qCInfo(lcUi) << "signing in to" << profile.dwsEndpoint.host() << "project" << profile.projectId;

    // Listing node types proves the credentials and the project with one cheap call.
    built.clusters->nodeTypes(context, [parts, profile, done = std::move(done)](
                                           api::Result<QList<NodeType>> result) {
        if (!result) {
            qCInfo(lcUi) << "sign-in failed:" << result.error().httpStatus << result.error().code;
            done(result.error());
            return;
        }
        done(std::unique_ptr<Session>(new Session(profile, std::move(*parts), nullptr)));
    });
}

void SessionFactory::listProjects(const ConnectionProfile& profile, const QString& secret,
                                  QObject* context, ProjectsDone done)
{
    api::ConnectionSettings settings = settingsFor(profile);
    settings.projectId.clear();
    settings.projectName.clear();
    // The client lives until the answer arrives (or the context goes away with it).
    auto* client = new api::HttpClient(settings, credentialsFor(profile, secret), context);
    client->iam()->projects(context,
                            [client = QPointer<api::HttpClient>(client),
                             done = std::move(done)](api::Result<QList<api::Project>> result) {
                                if (client)
                                    client->deleteLater();
                                if (!result) {
                                    done(result.error());
                                    return;
                                }
                                QList<ProjectChoice> choices;
                                for (const api::Project& project : result.value())
                                    if (project.enabled)
                                        choices.append({project.id, project.name});
                                done(choices);
                            });
}

} // namespace dws::ui
