#pragma once

#include <QString>
#include <QUrl>
#include <chrono>

namespace dws::api {

// The language DWS answers error messages in; follows the UI language.
enum class Language
{
    English,
    Chinese,
};

// The X-Language header value the reference shows: "zh_cn" or "en_us".
QByteArray languageHeaderValue(Language language);

struct ProxySettings
{
    enum class Mode
    {
        System, // the system's proxy configuration (default)
        None,   // connect directly
        Manual, // host and port below
    };

    Mode mode = Mode::System;
    QString host;
    quint16 port = 0;
    QString user;
    QString password; // never logged or written to settings by the core
};

// Where and how to reach IAM and DWS. Plain value type; safe to copy between threads.
struct ConnectionSettings
{
    QUrl iamEndpoint;    // e.g. https://iam.cn-north-1.myhuaweicloud.com
    QUrl dwsEndpoint;    // e.g. https://dws.cn-north-1.myhuaweicloud.com
    QString projectId;   // the DWS path prefix /v1.0/{projectId}; filled by sign-in when empty
    QString projectName; // the region, e.g. "cn-north-1"; scopes the token when projectId is empty
    QString caFile;      // PEM file of extra CAs trusted besides the system's; empty: none
    std::chrono::milliseconds transferTimeout{30'000};
    ProxySettings proxy;
    Language language = Language::English;
    qint64 maxResponseBytes = 64LL * 1024 * 1024; // larger bodies fail with ErrorKind::TooLarge
    int maxJsonDepth = 64;                        // deeper error bodies are not inspected
    // Renew a cached token this long before its expires_at.
    std::chrono::seconds tokenRenewalMargin{5 * 60};
};

// True for hosts plain http may be used with: localhost, 127.0.0.0/8, ::1.
bool isLoopbackHost(const QString& host);

} // namespace dws::api
