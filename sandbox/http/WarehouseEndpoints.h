#pragma once

#include "sandbox/http/HttpResponse.h"

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>

class QHttpServerRequest;
class QTcpSocket;

namespace wsc::sandbox {

class Service;
class Warehouse;

// The loopback-only endpoints through which the console previews a connection's local warehouse:
//   GET  /_sandbox/connections/{id}/warehouse/catalog
//   POST /_sandbox/connections/{id}/warehouse/query  {"statement", "max_rows", "timeout_ms"}
//        → {"columns": [{"name", "type"}], "rows": [[…]], "truncated", "elapsed_ms"}
// Failures are error bodies: 400 the query failed, 409 the warehouse cannot be opened, 422 not one
// read-only SELECT, 504 the deadline passed.
// Queries run on a pool of their own, never on the server's thread, and stop when the client goes away.
class WarehouseEndpoints : public QObject {
    Q_OBJECT

public:
    using Sender = std::function<void(QTcpSocket *, const HttpResponse &)>;

    WarehouseEndpoints(Service &service, const Warehouse &warehouse, Sender send, QObject *parent = nullptr);
    ~WarehouseEndpoints() override;

    // Whether `segments` (below /_sandbox) name one of these endpoints.
    static bool handles(const QStringList &segments);
    // Answers on `socket`, now or when the query ends.
    void handle(const QHttpServerRequest &request, const QStringList &segments, QTcpSocket *socket);

    static constexpr int kMaxRows = 100000;
    static constexpr int kMaxTimeoutMs = 600000;

private:
    void startQuery(const QJsonObject &connection, const QJsonObject &body, QTcpSocket *socket);

    Service &m_service;
    const Warehouse &m_warehouse;
    Sender m_send;
    std::shared_ptr<std::atomic_bool> m_closing = std::make_shared<std::atomic_bool>(false);
    QThreadPool m_pool; // after m_closing: waited for first
};

} // namespace wsc::sandbox
