#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>
#include <utility>

namespace dws::api {

// SDK-HMAC-SHA256 request signing (Huawei Cloud API gateway), as an alternative to tokens.
// Pure functions; every step is exposed so that it can be tested on its own.
class AkSkSigner
{
public:
    using Header = std::pair<QByteArray, QByteArray>;

    struct Request
    {
        QByteArray method;
        QUrl url; // path and query are signed; host is taken from here unless a Host header is set
        QList<Header> headers; // headers to sign besides host and x-sdk-date
        QByteArray body;
    };

    // 20060102T150405Z
    static QByteArray sdkDate(const QDateTime& time);
    // Each segment percent-encoded (A-Za-z0-9-_.~ kept, uppercase hex), always ending in '/'.
    static QByteArray canonicalUri(const QString& path);
    // Keys sorted, values sorted per key, each encoded as in the URI, joined by '&'.
    static QByteArray canonicalQuery(const QUrl& url);
    // Lowercase names, sorted, ';'-joined.
    static QByteArray signedHeaders(const QList<Header>& headers);
    // "name:trimmed value\n" for each header, sorted by lowercase name.
    static QByteArray canonicalHeaders(const QList<Header>& headers);
    static QByteArray canonicalRequest(const Request& request, const QList<Header>& headers);
    static QByteArray stringToSign(const QByteArray& canonicalRequest, const QByteArray& sdkDate);
    static QByteArray signature(const QByteArray& secretKey, const QByteArray& stringToSign);

    // Signs `request` at `time`: returns the headers to add (X-Sdk-Date, Authorization;
    // Host is signed but left to the network stack).
    static QList<Header> sign(const Request& request, const QString& accessKey,
                              const QString& secretKey, const QDateTime& time);
};

} // namespace dws::api
