#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <utility>

namespace dwsemu {

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

// One received request, already decoded from the wire.
struct HttpRequest
{
    QByteArray method; // "GET", "POST", ...
    QString path;      // percent-decoded, without the query
    QString query;     // as sent (percent-encoded), without '?'
    HeaderList headers;
    QByteArray body;

    // The value of the first header with this name (case-insensitive), or empty.
    QByteArray header(const QByteArray& name) const;
    bool hasHeader(const QByteArray& name) const;
};

// One answer, before any fault changes how it reaches the wire.
struct HttpAnswer
{
    int status = 200;
    HeaderList headers;
    QByteArray body;

    static HttpAnswer json(int status, QByteArray body);
    static HttpAnswer empty(int status);
};

QByteArray reasonPhrase(int status);

// Status line and headers, with Content-Length, Date and Content-Type filled in.
QByteArray serializeHead(const HttpAnswer& answer, qint64 contentLength);
// An HTTP Date header value ("Sun, 29 Nov 2026 06:20:00 GMT") for a UTC time.
QByteArray httpDate(const QDateTime& utc);

} // namespace dwsemu
