#include "DemoMode.h"

#include "Emulator.h"
#include "MainWindow.h"
#include "Session.h"
#include "SessionFactory.h"
#include "UiLogging.h"
#include "dws/ErrorCatalogue.h"

namespace dws::ui {

DemoMode::DemoMode(QObject* parent)
    : QObject(parent)
{}

DemoMode::~DemoMode() = default;

bool DemoMode::start()
{
    dwsemu::EmulatorOptions options;
    options.demo = true;
    options.timeScale = kTimeScale;
    m_emulator = std::make_unique<dwsemu::Emulator>(options);
    if (m_emulator->listen(QHostAddress::LocalHost, 0) == 0) {
        m_error = tr("The demo emulator could not listen on a loopback port.");
        return false;
    }
    qCInfo(lcUi) << "demo emulator listening on" << m_emulator->baseUrl().toString();
    return true;
}

QString DemoMode::password()
{
    return QStringLiteral("Demo-Password-1");
}

ConnectionProfile DemoMode::profile() const
{
    ConnectionProfile profile;
    profile.name = tr("Demo");
    profile.iamEndpoint = m_emulator->baseUrl();
    profile.dwsEndpoint = m_emulator->baseUrl();
    profile.authMethod = AuthMethod::Password;
    profile.userName = QStringLiteral("demo");
    profile.domainName = QStringLiteral("demo");
    profile.projectId = m_emulator->projectId();
    profile.projectName = m_emulator->projectName();
    return profile;
}

void DemoMode::signIn(MainWindow* window)
{
    SessionFactory::signIn(profile(), password(), window,
                           [this, window](api::Result<std::unique_ptr<Session>> result) {
                               if (!result) {
                                   emit signInFailed(describe(result.error()).summary());
                                   return;
                               }
                               std::unique_ptr<Session> session = std::move(result).value();
                               session->setSimulated(true);
                               window->setSession(std::move(session));
                           });
}

} // namespace dws::ui
