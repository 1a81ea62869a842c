#include "HttpServerCore.h"

#include <QHttpServerRequest>
#include <QTimer>
#include <memory>

namespace dwsemu {

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

} // namespace

HttpServerCore::HttpServerCore(RequestHandler handler, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_handler(std::move(handler))
{}

bool HttpServerCore::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    HttpRequest decoded;
    decoded.method = methodName(request.method());
    decoded.path = request.url().path(QUrl::FullyDecoded);
    decoded.query = request.url().query(QUrl::FullyEncoded);
    for (const auto& header : request.headers())
        decoded.headers.emplaceBack(header.first, header.second);
    decoded.body = request.body();
    m_handler(std::move(decoded), socket);
    return true;
}

void HttpServerCore::missingHandler(const QHttpServerRequest&, QTcpSocket* socket)
{
    wire::send(socket, HttpAnswer::empty(404));
}

namespace wire {

void send(QTcpSocket* socket, const HttpAnswer& answer)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    socket->write(serializeHead(answer, answer.body.size()) + answer.body);
}

void sendAfter(QTcpSocket* socket, HttpAnswer answer, int delayMs)
{
    QPointer<QTcpSocket> guarded(socket);
    QTimer::singleShot(delayMs, socket, [guarded, answer = std::move(answer)] {
        if (guarded)
            send(guarded, answer);
    });
}

void sendDribbled(QTcpSocket* socket, HttpAnswer answer, int spreadMs)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    socket->write(serializeHead(answer, answer.body.size()));
    constexpr int pieces = 10;
    const qsizetype pieceSize = std::max<qsizetype>(1, (answer.body.size() + pieces - 1) / pieces);
    const int interval = std::max(1, spreadMs / pieces);
    auto* timer = new QTimer(socket); // owned by the socket: it dies with the connection
    auto body = std::make_shared<QByteArray>(std::move(answer.body));
    auto offset = std::make_shared<qsizetype>(0);
    QObject::connect(timer, &QTimer::timeout, socket, [socket, timer, body, offset, pieceSize] {
        if (*offset >= body->size() || socket->state() != QAbstractSocket::ConnectedState) {
            timer->deleteLater();
            return;
        }
        socket->write(body->mid(*offset, pieceSize));
        *offset += pieceSize;
    });
    timer->start(interval);
}

void sendTruncated(QTcpSocket* socket, HttpAnswer answer)
{
    answer.body.truncate(answer.body.size() / 2);
    send(socket, answer);
}

void reset(QTcpSocket* socket)
{
    // Deferred: the server still holds the socket while the request handler runs.
    QPointer<QTcpSocket> guarded(socket);
    QTimer::singleShot(0, socket, [guarded] {
        if (guarded)
            guarded->abort();
    });
}

} // namespace wire

} // namespace dwsemu
