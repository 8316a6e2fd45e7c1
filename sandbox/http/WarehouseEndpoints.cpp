#include "sandbox/http/WarehouseEndpoints.h"

#include "sandbox/engine/Service.h"
#include "sandbox/warehouse/Warehouse.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>

#include <atomic>
#include <memory>

namespace wsc::sandbox {

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;

namespace {

// Each kind of failure has a status of its own, none that a client retries: 400 the warehouse refused the
// query, 409 the warehouse cannot be opened, 422 the statement is not one read-only SELECT, 504 deadline.
int statusOf(const QString &failure)
{
    if (failure == u"connection")
        return 409;
    if (failure == u"refused")
        return 422;
    if (failure == u"timeout")
        return 504;
    return 400;
}

} // namespace

WarehouseEndpoints::WarehouseEndpoints(Service &service, const Warehouse &warehouse, Sender send,
                                       QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_warehouse(warehouse)
    , m_send(std::move(send))
{
    m_pool.setMaxThreadCount(2);
}

WarehouseEndpoints::~WarehouseEndpoints()
{
    m_closing->store(true); // what still runs stops at its next check
    m_pool.waitForDone();
}

bool WarehouseEndpoints::handles(const QStringList &s)
{
    return s.size() == 4 && s[0] == u"connections" && s[2] == u"warehouse" &&
           (s[3] == u"catalog" || s[3] == u"query");
}

void WarehouseEndpoints::handle(const QHttpServerRequest &request, const QStringList &s, QTcpSocket *socket)
{
    const auto connection = m_service.storedConnection(s[1]);
    if (!connection) {
        m_send(socket, HttpResponse::error(404, u"Connection %1 was not found."_s.arg(s[1])));
        return;
    }
    if (s[3] == u"catalog") {
        if (request.method() != Method::Get) {
            m_send(socket, HttpResponse::error(405, u"Use GET."_s));
            return;
        }
        QString error;
        const QJsonObject catalog = m_warehouse.catalog(*connection, &error);
        m_send(socket, error.isEmpty()
                           ? HttpResponse::json(200, catalog)
                           : HttpResponse::error(409, u"Failed to connect to the warehouse: "_s + error));
        return;
    }
    if (request.method() != Method::Post) {
        m_send(socket, HttpResponse::error(405, u"Use POST."_s));
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument body = QJsonDocument::fromJson(request.body(), &parseError);
    if (!body.isObject() || !body.object().value(u"statement"_s).isString()) {
        m_send(socket, HttpResponse::error(400, u"The body must be a JSON object with a statement."_s));
        return;
    }
    startQuery(*connection, body.object(), socket);
}

void WarehouseEndpoints::startQuery(const QJsonObject &connection, const QJsonObject &body,
                                    QTcpSocket *socket)
{
    const QString statement = body.value(u"statement"_s).toString();
    const int maxRows = std::clamp(body.value(u"max_rows"_s).toInt(100), 0, kMaxRows);
    const int timeoutMs = std::clamp(body.value(u"timeout_ms"_s).toInt(30000), 1, kMaxTimeoutMs);
    auto cancel = std::make_shared<std::atomic_bool>(false);
    // Stopped by the client going away, or by this server closing.
    // A client that goes away (the user cancelled) stops its query.
    QPointer<QTcpSocket> guard(socket);
    const QMetaObject::Connection watch =
        connect(socket, &QTcpSocket::disconnected, this, [cancel] { cancel->store(true); });
    m_pool.start(
        [this, connection, statement, maxRows, timeoutMs, cancel, guard, watch, closing = m_closing] {
            QElapsedTimer clock;
            clock.start();
            const Warehouse::Preview preview =
                m_warehouse.preview(connection, statement, maxRows, timeoutMs, cancel.get(), closing.get());
            HttpResponse response;
            if (preview.failure.isEmpty()) {
                response = HttpResponse::json(200, QJsonObject{{u"columns"_s, preview.columns},
                                                               {u"rows"_s, preview.rows},
                                                               {u"truncated"_s, preview.truncated},
                                                               {u"elapsed_ms"_s, clock.elapsed()}});
            } else {
                response = HttpResponse::error(statusOf(preview.failure), preview.message);
            }
            QMetaObject::invokeMethod(this, [this, guard, response, watch] {
                disconnect(watch);
                if (guard && guard->state() == QAbstractSocket::ConnectedState)
                    m_send(guard, response);
            });
        });
}

} // namespace wsc::sandbox
