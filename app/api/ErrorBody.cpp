#include "api/ErrorBody.h"

#include "api/JsonDepth.h"

#include <algorithm>
#include <iterator>
#include <nlohmann/json.hpp>

namespace dws::api {

namespace {

using nlohmann::json;

QString textOf(const json& object, const char* key)
{
    const auto found = object.find(key);
    if (found == object.end())
        return {};
    if (found->is_string())
        return QString::fromStdString(found->get<std::string>());
    if (found->is_number_integer())
        return QString::number(found->get<long long>());
    return {};
}

std::optional<BodyError> errorInObject(const json& object)
{
    static const std::pair<const char*, const char*> shapes[] = {
        {"error_code", "error_msg"},
        {"errCode", "externalMessage"},
        {"code", "message"},
    };
    for (const auto& [codeKey, messageKey] : shapes) {
        const QString code = textOf(object, codeKey);
        if (!code.isEmpty())
            return BodyError{code, textOf(object, messageKey)};
    }
    return std::nullopt;
}

// A cheap scan that lets a successful body without any error key skip parsing altogether.
bool mentionsAnErrorKey(const QByteArray& body)
{
    static const QByteArrayView keys[] = {"\"error_code\"", "\"errCode\"", "\"code\"", "\"error\""};
    return std::any_of(std::begin(keys), std::end(keys),
                       [&body](QByteArrayView key) { return body.contains(key); });
}

} // namespace

std::optional<BodyError> errorInBody(const QByteArray& body, int maxDepth)
{
    if (body.trimmed().isEmpty() || !mentionsAnErrorKey(body) ||
        jsonNestsDeeperThan(body, maxDepth))
        return std::nullopt;
    // Only the top level and a top-level "error" object can carry the error, so deeper values
    // are dropped while parsing: a large list costs no tree on the calling (GUI) thread.
    const auto keepShallowValues = [](int depth, json::parse_event_t, json&) { return depth <= 2; };
    const json document = json::parse(body.constBegin(), body.constEnd(), keepShallowValues, false);
    if (!document.is_object())
        return std::nullopt;
    if (auto error = errorInObject(document))
        return error;
    const auto nested = document.find("error");
    if (nested != document.end() && nested->is_object())
        return errorInObject(*nested);
    return std::nullopt;
}

bool isFailureCode(const QString& code)
{
    return !code.isEmpty() && code != QLatin1String("DWS.0000") && code != QLatin1String("0");
}

QString requestIdFrom(const QList<std::pair<QByteArray, QByteArray>>& headers)
{
    static const QByteArrayView names[] = {"x-request-id", "x-openstack-request-id", "x-trace-id",
                                           "x-b3-traceid", "traceparent"};
    for (const QByteArrayView name : names)
        for (const auto& [key, value] : headers)
            if (key.toLower() == name && !value.isEmpty())
                return QString::fromLatin1(value);
    return {};
}

ApiError httpError(int status, const QByteArray& body,
                   const QList<std::pair<QByteArray, QByteArray>>& headers,
                   const QString& operation, int maxDepth)
{
    ApiError error;
    error.kind = ErrorKind::Http;
    error.httpStatus = status;
    error.operation = operation;
    error.requestId = requestIdFrom(headers);
    if (const auto bodyError = errorInBody(body, maxDepth)) {
        error.code = bodyError->code;
        error.serverMessage = bodyError->message;
    }
    return error;
}

} // namespace dws::api
