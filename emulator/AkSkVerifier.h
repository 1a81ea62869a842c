#pragma once

#include "HttpExchange.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>
#include <string>
#include <utility>

namespace dwsemu {

// Canonical form and signature of the SDK-HMAC-SHA256 scheme (see the digest's
// "AK/SK signing"), as a pure function so tests can check it against known vectors.
QByteArray canonicalRequest(const QByteArray& method, const QString& decodedPath,
                            const QString& encodedQuery, const HeaderList& headers,
                            const QByteArray& body, const QList<QByteArray>& signedHeaders);
QByteArray akskSignature(const QByteArray& canonical, const QByteArray& sdkDate,
                         const QByteArray& secretKey);

// Checks an `Authorization: SDK-HMAC-SHA256 ...` request. Returns the error code to answer
// with (APIGW.0301 bad signature or key, APIGW.0303 date too far from `now`), or nothing
// when the request is signed correctly.
class AkSkVerifier
{
public:
    explicit AkSkVerifier(QList<std::pair<QString, QString>> accessKeys);

    static bool isSigned(const HttpRequest& request);
    std::optional<std::string> verify(const HttpRequest& request, const QDateTime& now) const;

private:
    QList<std::pair<QString, QString>> m_accessKeys;
};

} // namespace dwsemu
