#pragma once

// Test support: an HTTP/1.1 server on a loopback port that misbehaves on purpose, one scripted answer per
// request (real sockets, no mocks). It answers the token endpoint by itself unless told otherwise, and
// records every request it received, so that a test can count the POSTs a client really sent.

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <functional>
#include <memory>

namespace wsc::test {

struct ReceivedRequest {
    QByteArray method;
    QByteArray path; // with the query, as sent
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

// What the server does with one request.
struct Answer {
    enum class Kind {
        Respond,  // status, headers and body, then keep the connection
        Close,    // close the connection without a byte of answer
        Raw,      // write these bytes as they are, then close
        Trickle,  // the status line and headers at once, then the body a byte every trickleMs
        Silent,   // never answer, keep the connection open
    };
    Kind kind = Kind::Respond;
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int trickleMs = 1000;

    static Answer json(int status, QByteArray body, QList<QPair<QByteArray, QByteArray>> headers = {})
    {
        Answer a;
        a.status = status;
        a.body = std::move(body);
        a.headers = std::move(headers);
        a.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        return a;
    }
    static Answer close()
    {
        Answer a;
        a.kind = Kind::Close;
        return a;
    }
    static Answer raw(QByteArray bytes)
    {
        Answer a;
        a.kind = Kind::Raw;
        a.body = std::move(bytes);
        return a;
    }
    static Answer trickle(QByteArray body, int everyMs)
    {
        Answer a = json(200, std::move(body));
        a.kind = Kind::Trickle;
        a.trickleMs = everyMs;
        return a;
    }
    static Answer silent()
    {
        Answer a;
        a.kind = Kind::Silent;
        return a;
    }
    static Answer token(const QByteArray &accessToken = "t0k3n", const QByteArray &type = "Bearer")
    {
        return json(200, "{\"access_token\":\"" + accessToken + "\",\"expires_in\":3600,\"token_type\":\"" + type +
                             "\"}");
    }
};

class HostileServer : public QObject {
public:
    using Handler = std::function<Answer(const ReceivedRequest &)>;

    explicit HostileServer(Handler handler = {})
        : m_handler(std::move(handler))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++m_connections;
                auto buffer = std::make_shared<QByteArray>();
                QObject::connect(socket, &QTcpSocket::readyRead, socket,
                                 [this, socket, buffer] { read(socket, *buffer); });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    // The token endpoint's answer (default: a valid bearer token).
    void setTokenAnswer(Answer answer) { m_token = std::move(answer); }
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    QString tokenUrl() const { return baseUrl() + QStringLiteral("/oauth/token"); }
    const QList<ReceivedRequest> &received() const { return m_received; }
    int connections() const { return m_connections; }
    // Requests other than the token's with this method (and path prefix).
    int count(const QByteArray &method, const QByteArray &pathPrefix = "/platform") const
    {
        int n = 0;
        for (const ReceivedRequest &r : m_received)
            n += r.method == method && r.path.startsWith(pathPrefix) ? 1 : 0;
        return n;
    }

private:
    void read(QTcpSocket *socket, QByteArray &buffer)
    {
        buffer += socket->readAll();
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            ReceivedRequest request;
            const QList<QByteArray> lines = buffer.left(end).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            request.method = first.value(0);
            request.path = first.value(1);
            qsizetype length = 0;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon < 0)
                    continue;
                const QByteArray key = lines[i].left(colon).trimmed();
                const QByteArray value = lines[i].mid(colon + 1).trimmed();
                request.headers.append({key, value});
                if (key.compare("Content-Length", Qt::CaseInsensitive) == 0)
                    length = value.toLongLong();
            }
            if (buffer.size() < end + 4 + length)
                return; // the body is still coming
            request.body = buffer.mid(end + 4, length);
            buffer.remove(0, end + 4 + length);
            m_received.append(request);
            const bool token = request.path.startsWith("/oauth/token");
            answer(socket, token ? m_token : (m_handler ? m_handler(request) : Answer::json(404, "{}")));
            if (socket->state() != QAbstractSocket::ConnectedState)
                return;
        }
    }

    static QByteArray head(const Answer &a, qsizetype length)
    {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(a.status) + " Status\r\n";
        for (const auto &[key, value] : a.headers)
            out += key + ": " + value + "\r\n";
        out += "Content-Length: " + QByteArray::number(length) + "\r\n\r\n";
        return out;
    }

    void answer(QTcpSocket *socket, const Answer &a)
    {
        switch (a.kind) {
        case Answer::Kind::Respond:
            socket->write(head(a, a.body.size()) + a.body);
            break;
        case Answer::Kind::Close: socket->disconnectFromHost(); break;
        case Answer::Kind::Raw:
            socket->write(a.body);
            socket->disconnectFromHost();
            break;
        case Answer::Kind::Silent: break;
        case Answer::Kind::Trickle: {
            socket->write(head(a, a.body.size()));
            auto *timer = new QTimer(socket);
            auto sent = std::make_shared<qsizetype>(0);
            QObject::connect(timer, &QTimer::timeout, socket, [socket, timer, sent, body = a.body] {
                if (*sent >= body.size()) {
                    timer->stop();
                    return;
                }
                socket->write(body.mid((*sent)++, 1));
            });
            timer->start(a.trickleMs);
            break;
        }
        }
    }

    QTcpServer m_server;
    Handler m_handler;
    Answer m_token = Answer::token();
    QList<ReceivedRequest> m_received;
    int m_connections = 0;
};

} // namespace wsc::test
