#include "AkSkVerifier.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QUrl>
#include <algorithm>

namespace dwsemu {

namespace {

constexpr qint64 allowedSkewSeconds = 15 * 60;

QByteArray encodeComponent(const QByteArray& decoded)
{
    return decoded.toPercentEncoding(QByteArray(), QByteArray("~")); // keeps A-Za-z0-9-._~
}

QByteArray canonicalUri(const QString& decodedPath)
{
    const QStringList segments = decodedPath.split(QLatin1Char('/'));
    QList<QByteArray> encoded;
    for (const QString& segment : segments)
        encoded.append(encodeComponent(segment.toUtf8()));
    QByteArray uri = encoded.join('/');
    if (!uri.endsWith('/'))
        uri += '/';
    return uri;
}

QByteArray canonicalQuery(const QString& encodedQuery)
{
    if (encodedQuery.isEmpty())
        return {};
    QList<std::pair<QByteArray, QByteArray>> pairs;
    for (const QString& item : encodedQuery.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype equals = item.indexOf(QLatin1Char('='));
        const QString key = equals < 0 ? item : item.left(equals);
        const QString value = equals < 0 ? QString() : item.mid(equals + 1);
        auto decode = [](const QString& text) {
            return QByteArray::fromPercentEncoding(text.toUtf8().replace('+', ' '));
        };
        pairs.append({encodeComponent(decode(key)), encodeComponent(decode(value))});
    }
    std::sort(pairs.begin(), pairs.end());
    QList<QByteArray> joined;
    for (const auto& [key, value] : pairs)
        joined.append(key + '=' + value);
    return joined.join('&');
}

QList<QByteArray> parseList(const QByteArray& text)
{
    QList<QByteArray> items;
    for (const QByteArray& item : text.split(';')) {
        if (!item.trimmed().isEmpty())
            items.append(item.trimmed().toLower());
    }
    return items;
}

} // namespace

QByteArray canonicalRequest(const QByteArray& method, const QString& decodedPath,
                            const QString& encodedQuery, const HeaderList& headers,
                            const QByteArray& body, const QList<QByteArray>& signedHeaders)
{
    QList<QByteArray> names = signedHeaders;
    std::sort(names.begin(), names.end());
    QByteArray canonicalHeaders;
    for (const QByteArray& name : names) {
        QByteArray value;
        for (const auto& [key, headerValue] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0) {
                value = headerValue;
                break;
            }
        }
        canonicalHeaders += name + ':' + value.trimmed() + '\n';
    }
    const QByteArray bodyHash = QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
    return method + '\n' + canonicalUri(decodedPath) + '\n' + canonicalQuery(encodedQuery) + '\n' +
           canonicalHeaders + '\n' + names.join(';') + '\n' + bodyHash;
}

QByteArray akskSignature(const QByteArray& canonical, const QByteArray& sdkDate,
                         const QByteArray& secretKey)
{
    const QByteArray stringToSign =
        "SDK-HMAC-SHA256\n" + sdkDate + '\n' +
        QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex();
    return QMessageAuthenticationCode::hash(stringToSign, secretKey, QCryptographicHash::Sha256)
        .toHex();
}

AkSkVerifier::AkSkVerifier(QList<std::pair<QString, QString>> accessKeys)
    : m_accessKeys(std::move(accessKeys))
{}

bool AkSkVerifier::isSigned(const HttpRequest& request)
{
    return request.header("Authorization").startsWith("SDK-HMAC-SHA256");
}

std::optional<std::string> AkSkVerifier::verify(const HttpRequest& request,
                                                const QDateTime& now) const
{
    const QByteArray authorization = request.header("Authorization");
    QByteArray access;
    QByteArray signedHeaders;
    QByteArray signature;
    for (const QByteArray& part :
         authorization.mid(int(sizeof("SDK-HMAC-SHA256")) - 1).split(',')) {
        const QByteArray item = part.trimmed();
        if (item.startsWith("Access="))
            access = item.mid(7);
        else if (item.startsWith("SignedHeaders="))
            signedHeaders = item.mid(14);
        else if (item.startsWith("Signature="))
            signature = item.mid(10);
    }
    const QByteArray sdkDate = request.header("X-Sdk-Date");
    if (access.isEmpty() || signature.isEmpty() || sdkDate.isEmpty())
        return "APIGW.0301";

    const QDateTime signedAt =
        QDateTime::fromString(QString::fromLatin1(sdkDate), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    if (!signedAt.isValid())
        return "APIGW.0301";
    QDateTime signedAtUtc = signedAt;
    signedAtUtc.setTimeSpec(Qt::UTC);
    if (std::abs(signedAtUtc.secsTo(now)) > allowedSkewSeconds)
        return "APIGW.0303";

    const auto key = std::find_if(m_accessKeys.begin(), m_accessKeys.end(),
                                  [&](const auto& pair) { return pair.first.toUtf8() == access; });
    if (key == m_accessKeys.end())
        return "APIGW.0301";

    const QList<QByteArray> names = parseList(signedHeaders);
    const QByteArray canonical = canonicalRequest(request.method, request.path, request.query,
                                                  request.headers, request.body, names);
    const QByteArray expected = akskSignature(canonical, sdkDate, key->second.toUtf8());
    if (expected != signature.toLower())
        return "APIGW.0301";
    return std::nullopt;
}

} // namespace dwsemu
