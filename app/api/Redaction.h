#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <utility>

namespace dws::api {

// Removes secrets from what the request log writes. Pure functions.
class Redaction
{
public:
    static constexpr QByteArrayView kMask = "***";

    // X-Auth-Token, X-Subject-Token, Authorization, Proxy-Authorization, Cookie, ...
    static bool isSecretHeader(QByteArrayView name);
    // The value, or the mask when the header is secret.
    static QByteArray headerValue(QByteArrayView name, const QByteArray& value);
    // "Name: value" lines for a header list, secret values masked.
    static QByteArray headers(const QList<std::pair<QByteArray, QByteArray>>& headers);

    // JSON keys whose values are secret: password, user_pwd, new_password, secret, sk, ...
    static bool isSecretKey(QByteArrayView key);

    // A body with every secret value masked: JSON is walked at any depth; a body that is not
    // JSON (or is too deep) is masked by pattern ("key": "value" and key=value). Every
    // occurrence of each of `secrets` (e.g. the SK, the token) is masked too.
    static QByteArray body(const QByteArray& body, const QList<QByteArray>& secrets = {});

    // Every occurrence of each of `secrets` in `text` masked.
    static QByteArray scrub(QByteArray text, const QList<QByteArray>& secrets);
};

} // namespace dws::api
