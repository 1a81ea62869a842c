#pragma once

// Shared helpers of the service tests: a client wired to an in-process emulator, and
// a way to wait for one callback.

#include "EmulatorFixture.h"
#include "api/HttpClient.h"
#include "api/IamClient.h"

#include <QTest>
#include <optional>

namespace apitest {

inline const QString kUser = QStringLiteral("ops_admin");
inline const QString kPassword = QStringLiteral("Sign-in#Pass8491");
inline const QString kDomain = QStringLiteral("acme");

inline dws::api::ConnectionSettings settingsFor(const EmulatorFixture& fixture)
{
    dws::api::ConnectionSettings settings;
    settings.iamEndpoint = fixture.baseUrl();
    settings.dwsEndpoint = fixture.baseUrl();
    settings.projectName = fixture.projectName();
    return settings;
}

inline dws::api::RetryPolicy fastRetries()
{
    dws::api::RetryPolicy::Options options;
    options.seed = 1;
    options.delayScale = 0.001; // decided delays stay observable; real waits are tiny
    return dws::api::RetryPolicy(options);
}

inline dws::api::Credentials passwordCredentials()
{
    return dws::api::Credentials::password(kUser, kPassword, kDomain);
}

// The value a callback received.
template <typename T> struct Outcome
{
    std::optional<dws::api::Result<T>> result;
    int calls = 0;

    std::function<void(dws::api::Result<T>)> callback()
    {
        return [this](dws::api::Result<T> value) {
            ++calls;
            result.emplace(std::move(value));
        };
    }
    bool arrived() const { return result.has_value(); }
    const T& value() const { return result->value(); }
    const dws::api::ApiError& error() const { return result->error(); }
    // For failure messages: safe whatever arrived.
    QString failureText() const
    {
        if (!result)
            return QStringLiteral("nothing arrived");
        if (result->ok())
            return QStringLiteral("succeeded");
        const auto& e = result->error();
        return QStringLiteral("kind %1 status %2 code %3 detail %4")
            .arg(int(e.kind))
            .arg(e.httpStatus)
            .arg(e.code, e.detail);
    }
};

inline QByteArray headerOf(const dwsemu::JournalEntry& entry, QByteArrayView name)
{
    for (const auto& [key, value] : entry.headers)
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

inline QList<dwsemu::JournalEntry> entries(dwsemu::Emulator& emulator, const QString& method,
                                           const QString& pathSuffix)
{
    QList<dwsemu::JournalEntry> found;
    for (const auto& entry : emulator.journal())
        if (entry.method == method && entry.path.endsWith(pathSuffix))
            found.append(entry);
    return found;
}

inline dwsemu::FaultRule fault(const QString& text)
{
    QString error;
    const auto rule = dwsemu::parseFaultRule(text, &error);
    if (!rule)
        qFatal("bad fault rule %s: %s", qPrintable(text), qPrintable(error));
    return *rule;
}

} // namespace apitest

#include "dws/ClusterService.h"
#include "dws/Requests.h"
#include "dws/SnapshotService.h"

namespace apitest {

inline dws::CreateClusterRequest clusterRequest(const QString& name)
{
    dws::CreateClusterRequest request;
    request.nodeType = QStringLiteral("dws.d2.xlarge");
    request.numberOfNode = 3;
    request.subnetId = QStringLiteral("374eca02-cfc4-4de7-8ab5-dbebf7d9a720");
    request.securityGroupId = QStringLiteral("8a4b1d0b-4a1f-4b5c-9a4b-2e6f4f2d0c11");
    request.vpcId = QStringLiteral("85b20d7e-9eb7-4b2a-98f3-3c8843ea3574");
    request.availabilityZone = QStringLiteral("cn-north-1a");
    request.name = name;
    request.userName = QStringLiteral("dbadmin");
    request.userPassword = QStringLiteral("Cluster#Pass2024");
    request.port = 8000;
    return request;
}

} // namespace apitest
