#pragma once

#include "api/ApiError.h"

#include <QByteArray>
#include <QList>
#include <optional>
#include <utility>

namespace dws::api {

// The error a body reports, in any of the shapes DWS and its gateways use:
// {"error_code","error_msg"}, {"errCode","externalMessage"}, {"code","message"}, and the same
// inside an "error" object (IAM). Nothing when the body reports no error code, is not JSON,
// or nests deeper than `maxDepth`.
struct BodyError
{
    QString code;
    QString message;
};
std::optional<BodyError> errorInBody(const QByteArray& body, int maxDepth = 64);

// True when a 2xx body still reports a failure (an error_code other than DWS.0000).
bool isFailureCode(const QString& code);

// The request or trace id among the reply headers, or empty.
QString requestIdFrom(const QList<std::pair<QByteArray, QByteArray>>& headers);

// ApiError of kind Http for an answer with `status` and `body`.
ApiError httpError(int status, const QByteArray& body,
                   const QList<std::pair<QByteArray, QByteArray>>& headers,
                   const QString& operation, int maxDepth = 64);

} // namespace dws::api
