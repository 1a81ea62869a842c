#include "HttpExchange.h"

#include <QDateTime>
#include <QLocale>

namespace dwsemu {

QByteArray HttpRequest::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool HttpRequest::hasHeader(const QByteArray& name) const
{
    for (const auto& entry : headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

HttpAnswer HttpAnswer::json(int status, QByteArray body)
{
    HttpAnswer answer;
    answer.status = status;
    answer.headers.emplaceBack("Content-Type", "application/json;charset=UTF-8");
    answer.body = std::move(body);
    return answer;
}

HttpAnswer HttpAnswer::empty(int status)
{
    HttpAnswer answer;
    answer.status = status;
    return answer;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

QByteArray httpDate(const QDateTime& utc)
{
    return QLocale::c().toString(utc, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss")).toLatin1() +
           " GMT";
}

QByteArray serializeHead(const HttpAnswer& answer, qint64 contentLength)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(answer.status) + ' ' +
                      reasonPhrase(answer.status) + "\r\n";
    bool dated = false;
    for (const auto& [key, value] : answer.headers) {
        head += key + ": " + value + "\r\n";
        dated = dated || key.compare("Date", Qt::CaseInsensitive) == 0;
    }
    if (!dated)
        head += "Date: " + httpDate(QDateTime::currentDateTimeUtc()) + "\r\n";
    head += "Server: dws-emulator\r\n";
    head += "Content-Length: " + QByteArray::number(contentLength) + "\r\n\r\n";
    return head;
}

} // namespace dwsemu
