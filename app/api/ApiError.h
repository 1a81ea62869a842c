#pragma once

#include <QList>
#include <QString>

namespace dws::api {

// Why a call did not succeed. Every call ends in exactly one of a value or an ApiError.
enum class ErrorKind
{
    Http,       // the server answered with an error status or an error_code in the body
    Network,    // connection refused, reset, host not found, proxy failure
    Timeout,    // no complete answer within the transfer timeout
    Tls,        // certificate or handshake failure
    Parse,      // the body is not what the reference documents (detail names the field)
    TooLarge,   // the body exceeds the size or nesting cap
    Cancelled,  // the caller cancelled
    Auth,       // signing in failed or credentials are missing
    Insecure,   // refused to send: plain http to a host that is not loopback
    Validation, // refused to send: the request breaks a documented rule (see `issues`)
};

// One reason a request was refused before sending: the field's wire name and a translated
// message.
struct FieldIssue
{
    QString field;
    QString message;
};

struct ApiError
{
    ErrorKind kind = ErrorKind::Http;
    int httpStatus = 0;       // 0 when no HTTP answer arrived
    QString code;             // "DWS.0047", "APIGW.0303", ... empty when none was sent
    QString serverMessage;    // the server's error_msg, as sent
    QString requestId;        // the server's request or trace id, when it sent one
    QString detail;           // transport detail or the field a parse error is about
    QString operation;        // the operation that failed, e.g. "clusters.list"
    QList<FieldIssue> issues; // Validation: every issue found

    bool isGateway() const { return code.startsWith(QLatin1String("APIGW.")); }
};

} // namespace dws::api
