#pragma once

// Services talking real HTTP to an in-process emulator, for the wizard and dialog tests.

#include "EmulatorFixture.h"
#include "FormInput.h"
#include "api/ConnectionSettings.h"
#include "api/Credentials.h"
#include "api/HttpClient.h"
#include "dws/ClusterService.h"
#include "dws/SnapshotService.h"

#include <QAbstractButton>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QTest>
#include <memory>

struct EmulatedServices
{
    EmulatorFixture fixture;
    std::unique_ptr<dws::api::HttpClient> client;
    std::unique_ptr<dws::ClusterService> clusters;
    std::unique_ptr<dws::SnapshotService> snapshots;

    explicit EmulatedServices(dwsemu::EmulatorOptions options = {})
        : fixture(std::move(options))
    {
        dws::api::ConnectionSettings settings;
        settings.iamEndpoint = fixture.baseUrl();
        settings.dwsEndpoint = fixture.baseUrl();
        settings.projectId = fixture.projectId();
        client = std::make_unique<dws::api::HttpClient>(
            settings, dws::api::Credentials::token(fixture->issueToken()));
        clusters = std::make_unique<dws::ClusterService>(client.get());
        snapshots = std::make_unique<dws::SnapshotService>(client.get());
    }

    // The JSON body of the last request with this method whose path ends with `pathSuffix`.
    QJsonObject lastBody(const QString& method, const QString& pathSuffix)
    {
        const QList<dwsemu::JournalEntry> journal = fixture->journal();
        for (auto it = journal.crbegin(); it != journal.crend(); ++it) {
            if (it->method == method && it->path.endsWith(pathSuffix))
                return QJsonDocument::fromJson(it->body).object();
        }
        return {};
    }
    int count(const QString& method, const QString& pathSuffix)
    {
        int found = 0;
        for (const dwsemu::JournalEntry& entry : fixture->journal())
            found += entry.method == method && entry.path.endsWith(pathSuffix) ? 1 : 0;
        return found;
    }

    // The emulator's clusters, listed through the service.
    QList<dws::Cluster> listClusters()
    {
        QList<dws::Cluster> result;
        bool done = false;
        QObject context;
        clusters->list(&context, [&](dws::api::Result<QList<dws::Cluster>> answer) {
            if (answer)
                result = answer.value();
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qWarning("listing clusters timed out");
        return result;
    }
    std::optional<dws::Cluster> clusterNamed(const QString& name)
    {
        for (const dws::Cluster& cluster : listClusters()) {
            if (cluster.name == name)
                return cluster;
        }
        return std::nullopt;
    }
    QList<dws::Snapshot> listSnapshots()
    {
        QList<dws::Snapshot> result;
        bool done = false;
        QObject context;
        snapshots->list(&context, [&](dws::api::Result<QList<dws::Snapshot>> answer) {
            if (answer)
                result = answer.value();
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qWarning("listing snapshots timed out");
        return result;
    }
};
