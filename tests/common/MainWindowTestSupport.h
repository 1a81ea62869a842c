#pragma once

// Helpers for tests that drive the real main window against the emulator (they link dwsui).

#include "ConnectionProfile.h"
#include "EmulatorFixture.h"
#include "MainWindow.h"
#include "Session.h"
#include "SessionFactory.h"
#include "api/HttpClient.h"
#include "dws/ClusterService.h"
#include "models/ClusterTableModel.h"
#include "monitor/Freshness.h"

#include <QTest>
#include <memory>

namespace mainwindowtest {

inline const QString kPassword = QStringLiteral("Very-Secret-Pass-42");

// The demo fleet, with time standing still until a test moves it with advanceClock().
inline dwsemu::EmulatorOptions demoOptions()
{
    dwsemu::EmulatorOptions options;
    options.demo = true;
    options.timeScale = 1.0;
    return options;
}

// A profile that signs in to `fixture` with any password (the emulator accepts all).
inline dws::ui::ConnectionProfile profileFor(EmulatorFixture& fixture)
{
    dws::ui::ConnectionProfile profile;
    profile.name = QStringLiteral("emulator");
    profile.iamEndpoint = fixture.baseUrl();
    profile.dwsEndpoint = fixture.baseUrl();
    profile.userName = QStringLiteral("operator");
    profile.domainName = QStringLiteral("acme");
    profile.projectId = fixture.projectId();
    profile.projectName = fixture.projectName();
    return profile;
}

// The id of the listed cluster with this name, or empty.
inline QString clusterIdNamed(const dws::ui::MainWindow& window, const QString& name)
{
    for (const dws::Cluster& cluster : window.clusterModel()->clusters())
        if (cluster.name == name)
            return cluster.id;
    return {};
}

// Signs in to `fixture` on behalf of `window`; the session is not yet given to the window.
inline std::unique_ptr<dws::ui::Session> signInSession(dws::ui::MainWindow& window,
                                                       EmulatorFixture& fixture)
{
    std::unique_ptr<dws::ui::Session> session;
    bool done = false;
    dws::ui::SessionFactory::signIn(
        profileFor(fixture), kPassword, &window,
        [&](dws::api::Result<std::unique_ptr<dws::ui::Session>> result) {
            if (result)
                session = std::move(result).value();
            done = true;
        });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        return nullptr;
    return session;
}

// Signs `window` in to `fixture` and waits for the first cluster list. The tests drive
// refreshes themselves, so the session's client does not retry.
inline bool signIn(dws::ui::MainWindow& window, EmulatorFixture& fixture)
{
    std::unique_ptr<dws::ui::Session> session = signInSession(window, fixture);
    if (!session)
        return false;
    dws::api::RetryPolicy::Options noRetries;
    noRetries.maxAttempts = 1;
    session->clusterService()->client()->setRetryPolicy(dws::api::RetryPolicy(noRetries));
    window.setSession(std::move(session));
    return QTest::qWaitFor([&] { return window.clusterModel()->rowCount() > 0; }, 10000);
}

// Refreshes now and waits until the refresh succeeded or the data went stale.
inline bool refreshAndWait(dws::ui::MainWindow& window)
{
    const QDateTime before = window.freshness()->lastSuccess();
    window.refresh();
    return QTest::qWaitFor(
        [&] {
            return window.freshness()->lastSuccess() != before || window.freshness()->isStale();
        },
        10000);
}

} // namespace mainwindowtest
