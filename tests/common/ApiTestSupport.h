#pragma once

// Shared helpers of the transport and service tests: a client wired to an in-process emulator, and
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
    return faultRule(text);
}

} // namespace apitest
