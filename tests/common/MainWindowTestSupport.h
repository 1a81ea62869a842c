#pragma once

// Helpers for tests that drive the real main window against the emulator (they link dwsui).

#include "ConnectionProfile.h"
#include "EmulatorFixture.h"
#include "MainWindow.h"
#include "models/ClusterTableModel.h"

namespace mainwindowtest {

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

} // namespace mainwindowtest
