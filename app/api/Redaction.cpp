#include "api/Redaction.h"

#include "api/JsonDepth.h"

#include <QRegularExpression>
#include <nlohmann/json.hpp>

namespace dws::api {

namespace {

using nlohmann::json;

constexpr int kMaxRedactionDepth = 64;

void maskSecrets(json& value)
{
    if (value.is_object()) {
        for (auto it = value.begin(); it != value.end(); ++it) {
            const QByteArray key = QByteArray::fromStdString(it.key());
            if (Redaction::isSecretKey(key) && !it.value().is_structured()) {
                if (!it.value().is_null())
                    it.value() = std::string(Redaction::kMask.data(), Redaction::kMask.size());
            } else {
                maskSecrets(it.value());
            }
        }
    } else if (value.is_array()) {
        for (auto& item : value)
            maskSecrets(item);
    }
}

const QRegularExpression& secretKeyPattern()
{
    // "key": "value" (possibly cut off), "key": 123, and key=value.
    static const QRegularExpression pattern(
        QStringLiteral(
            R"re(("[^"]*(?:password|pwd|secret|token)[^"]*"|"sk")(\s*:\s*)("(?:[^"\\]|\\.)*(?:"|$)|[^,}\]\s]+))re"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

const QRegularExpression& secretAssignmentPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"re(\b(\w*(?:password|pwd|secret|token)\w*|sk)=([^&\s]*))re"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

QByteArray redactByPattern(const QByteArray& body)
{
    QString text = QString::fromUtf8(body);
    const QString mask = QString::fromLatin1(Redaction::kMask.data(), Redaction::kMask.size());
    text.replace(secretKeyPattern(), QStringLiteral("\\1\\2\"") + mask + QLatin1Char('"'));
    text.replace(secretAssignmentPattern(), QStringLiteral("\\1=") + mask);
    return text.toUtf8();
}

} // namespace

bool Redaction::isSecretHeader(QByteArrayView name)
{
    static const QByteArrayView secretHeaders[] = {
        "x-auth-token", "x-subject-token", "authorization",    "proxy-authorization",
        "cookie",       "set-cookie",      "x-security-token",
    };
    const QByteArray lower = name.toByteArray().trimmed().toLower();
    for (const QByteArrayView secret : secretHeaders)
        if (lower == secret)
            return true;
    return false;
}

QByteArray Redaction::headerValue(QByteArrayView name, const QByteArray& value)
{
    return isSecretHeader(name) ? kMask.toByteArray() : value;
}

QByteArray Redaction::headers(const QList<std::pair<QByteArray, QByteArray>>& headers)
{
    QByteArray text;
    for (const auto& [name, value] : headers) {
        if (!text.isEmpty())
            text += '\n';
        text += name + ": " + headerValue(name, value);
    }
    return text;
}

bool Redaction::isSecretKey(QByteArrayView key)
{
    const QByteArray lower = key.toByteArray().toLower();
    return lower.contains("password") || lower.contains("pwd") || lower.contains("secret") ||
           lower == "sk" || lower == "token" || lower.endsWith("_token") ||
           lower == "securitytoken";
}

QByteArray Redaction::body(const QByteArray& body, const QList<QByteArray>& secrets)
{
    QByteArray result;
    if (body.trimmed().isEmpty()) {
        result = body;
    } else if (jsonNestsDeeperThan(body, kMaxRedactionDepth)) {
        result = redactByPattern(body);
    } else {
        json document = json::parse(body.constBegin(), body.constEnd(), nullptr, false);
        if (document.is_discarded()) {
            result = redactByPattern(body);
        } else {
            maskSecrets(document);
            result = QByteArray::fromStdString(
                document.dump(-1, ' ', false, json::error_handler_t::replace));
        }
    }
    return scrub(result, secrets);
}

QByteArray Redaction::scrub(QByteArray text, const QList<QByteArray>& secrets)
{
    for (const QByteArray& secret : secrets) {
        // Very short "secrets" would mask ordinary text without protecting anything.
        if (secret.size() >= 4)
            text.replace(secret, kMask.toByteArray());
    }
    return text;
}

} // namespace dws::api
