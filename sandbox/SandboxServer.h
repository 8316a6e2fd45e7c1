#pragma once

#include <QHostAddress>
#include <QObject>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

namespace wsc::sandbox {

// A local server that speaks the Warehouse Sync API v2, written from the spec as the server side; it
// shares no code with the client, so that a bug on one side cannot hide one on the other.
class SandboxServer : public QObject {
    Q_OBJECT

public:
    explicit SandboxServer(QObject *parent = nullptr);
    ~SandboxServer() override;

    // Binds 127.0.0.1 only; port 0 picks a free one. Returns the port, or 0 if it could not listen.
    quint16 listen(quint16 port);
    quint16 port() const { return m_port; }

    // The error body of every non-2xx answer: {"statusCode": N, "errors": [{"message": …}]} (spec §13.2).
    static QHttpServerResponse errorResponse(int status, const QStringList &messages);

private:
    std::unique_ptr<QHttpServer> m_http;
    quint16 m_port = 0;
};

} // namespace wsc::sandbox
