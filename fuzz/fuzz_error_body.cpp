// The error-body parser sees whatever a server or gateway sends with a failure status.
#include "FuzzSupport.h"
#include "api/ErrorBody.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    dws::fuzz::silenceLogging();
    const QByteArray body = dws::fuzz::bytesOf(data, size);
    if (const auto error = dws::api::errorInBody(body))
        (void)dws::api::isFailureCode(error->code);
    const QList<std::pair<QByteArray, QByteArray>> headers{
        {QByteArrayLiteral("X-Request-Id"), body.left(64)}};
    (void)dws::api::requestIdFrom(headers);
    for (const int status : {400, 401, 403, 404, 429, 500, 503})
        (void)dws::api::httpError(status, body, headers, QStringLiteral("fuzz"));
    return 0;
}
