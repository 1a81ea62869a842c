#pragma once

#include "ConnectionDialog.h"
#include "ConnectionProfile.h"
#include "Session.h"
#include "api/ConnectionSettings.h"
#include "api/Result.h"

#include <functional>
#include <memory>

namespace dws::api {
class Credentials;
}

namespace dws::ui {

// Turns a profile and its secret into a signed-in Session, or lists the projects IAM offers.
class SessionFactory
{
public:
    using SessionDone = std::function<void(api::Result<std::unique_ptr<Session>>)>;
    using ProjectsDone = std::function<void(api::Result<QList<ProjectChoice>>)>;

    // Signs in (the first call proves the credentials) and hands over a session whose poller
    // is not started yet. `done` runs on `context`'s thread, never after it is destroyed.
    static void signIn(const ConnectionProfile& profile, const QString& secret, QObject* context,
                       SessionDone done);
    // A ProjectLister for the connection dialog.
    static void listProjects(const ConnectionProfile& profile, const QString& secret,
                             QObject* context, ProjectsDone done);

    static api::ConnectionSettings settingsFor(const ConnectionProfile& profile);
    static api::Credentials credentialsFor(const ConnectionProfile& profile, const QString& secret);
    // The X-Language the DWS answers in, following the UI language.
    static api::Language currentLanguage();
};

} // namespace dws::ui
