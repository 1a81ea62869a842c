#include "api/AkSkSigner.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QUrlQuery>
#include <algorithm>

namespace dws::api {

namespace {

// Percent-encodes everything but A-Za-z0-9-_.~ with uppercase hex.
QByteArray encodeComponent(const QByteArray& decoded)
{
    return decoded.toPercentEncoding(QByteArray(), QByteArray(), '%');
}

QByteArray hexSha256(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QList<AkSkSigner::Header> sortedLowercase(const QList<AkSkSigner::Header>& headers)
{
    QList<AkSkSigner::Header> result;
    result.reserve(headers.size());
    for (const auto& [name, value] : headers)
        result.append({name.trimmed().toLower(), value.trimmed()});
    std::stable_sort(result.begin(), result.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    return result;
}

} // namespace

QByteArray AkSkSigner::sdkDate(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QByteArray AkSkSigner::canonicalUri(const QString& path)
{
    QList<QByteArray> encoded;
    for (const QString& segment : path.split(QLatin1Char('/')))
        encoded.append(encodeComponent(segment.toUtf8()));
    QByteArray uri = encoded.join('/');
    if (!uri.startsWith('/'))
        uri.prepend('/');
    if (!uri.endsWith('/'))
        uri.append('/');
    return uri;
}

QByteArray AkSkSigner::canonicalQuery(const QUrl& url)
{
    const QUrlQuery query(url);
    QList<std::pair<QByteArray, QByteArray>> pairs;
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded))
        pairs.append({encodeComponent(key.toUtf8()), encodeComponent(value.toUtf8())});
    std::sort(pairs.begin(), pairs.end());
    QList<QByteArray> items;
    items.reserve(pairs.size());
    for (const auto& [key, value] : pairs)
        items.append(key + '=' + value);
    return items.join('&');
}

QByteArray AkSkSigner::signedHeaders(const QList<Header>& headers)
{
    QList<QByteArray> names;
    for (const auto& header : sortedLowercase(headers))
        names.append(header.first);
    return names.join(';');
}

QByteArray AkSkSigner::canonicalHeaders(const QList<Header>& headers)
{
    QByteArray result;
    for (const auto& [name, value] : sortedLowercase(headers))
        result += name + ':' + value + '\n';
    return result;
}

QByteArray AkSkSigner::canonicalRequest(const Request& request, const QList<Header>& headers)
{
    return request.method.toUpper() + '\n' + canonicalUri(request.url.path(QUrl::FullyDecoded)) +
           '\n' + canonicalQuery(request.url) + '\n' + canonicalHeaders(headers) + '\n' +
           signedHeaders(headers) + '\n' + hexSha256(request.body);
}

QByteArray AkSkSigner::stringToSign(const QByteArray& canonicalRequest, const QByteArray& sdkDate)
{
    return QByteArrayLiteral("SDK-HMAC-SHA256\n") + sdkDate + '\n' + hexSha256(canonicalRequest);
}

QByteArray AkSkSigner::signature(const QByteArray& secretKey, const QByteArray& stringToSign)
{
    return QMessageAuthenticationCode::hash(stringToSign, secretKey, QCryptographicHash::Sha256)
        .toHex();
}

QList<AkSkSigner::Header> AkSkSigner::sign(const Request& request, const QString& accessKey,
                                           const QString& secretKey, const QDateTime& time)
{
    const QByteArray date = sdkDate(time);
    QList<Header> headers;
    bool hasHost = false;
    for (const auto& header : request.headers) {
        const QByteArray name = header.first.toLower();
        if (name == "x-sdk-date" || name == "authorization")
            continue;
        hasHost = hasHost || name == "host";
        headers.append(header);
    }
    if (!hasHost) {
        QByteArray host = request.url.host(QUrl::FullyEncoded).toLatin1();
        if (host.contains(':'))
            host = '[' + host + ']';
        const int port = request.url.port();
        const int defaultPort = request.url.scheme() == QLatin1String("https") ? 443 : 80;
        if (port > 0 && port != defaultPort)
            host += ':' + QByteArray::number(port);
        headers.append({QByteArrayLiteral("Host"), host});
    }
    headers.append({QByteArrayLiteral("X-Sdk-Date"), date});

    const QByteArray canonical = canonicalRequest(request, headers);
    const QByteArray signatureHex = signature(secretKey.toUtf8(), stringToSign(canonical, date));
    const QByteArray authorization =
        QByteArrayLiteral("SDK-HMAC-SHA256 Access=") + accessKey.toUtf8() +
        ", SignedHeaders=" + signedHeaders(headers) + ", Signature=" + signatureHex;
    return {{QByteArrayLiteral("X-Sdk-Date"), date},
            {QByteArrayLiteral("Authorization"), authorization}};
}

} // namespace dws::api
