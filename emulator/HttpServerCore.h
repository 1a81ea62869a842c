#pragma once

#include "HttpExchange.h"

#include <QAbstractHttpServer>
#include <QPointer>
#include <QTcpSocket>
#include <functional>

namespace dwsemu {

// QHttpServer's router answers through QHttpServerResponder, which can only write whole,
// well-formed responses. The emulator must also reset connections, cut bodies short,
// dribble them and stay silent, so it takes the request straight from
// QAbstractHttpServer (which still parses HTTP and does TLS) and writes the answer
// bytes to the socket itself.
class HttpServerCore : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using RequestHandler = std::function<void(HttpRequest request, QTcpSocket* socket)>;

    explicit HttpServerCore(RequestHandler handler, QObject* parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    RequestHandler m_handler;
};

// Ways to put an answer on the wire. Each tolerates a socket that goes away meanwhile.
namespace wire {
void send(QTcpSocket* socket, const HttpAnswer& answer);
void sendAfter(QTcpSocket* socket, HttpAnswer answer, int delayMs);
// Full Content-Length, body written in small pieces spread over spreadMs.
void sendDribbled(QTcpSocket* socket, HttpAnswer answer, int spreadMs);
// A complete HTTP message whose body is the first half of the JSON.
void sendTruncated(QTcpSocket* socket, HttpAnswer answer);
void reset(QTcpSocket* socket);
} // namespace wire

} // namespace dwsemu
