#pragma once

#include "sandbox/http/HttpResponse.h"

#include <QAbstractHttpServer>
#include <QDeadlineTimer>
#include <QHash>
#include <QRandomGenerator>

#include <functional>
#include <memory>

class QTcpSocket;

namespace wsc::sandbox {

class Clock;
class ManualClock;
class Service;
class Warehouse;
class WarehouseEndpoints;

// The HTTP side of the sandbox: routing of every API path (spec §2) under /platform/v2/workspaces/{id},
// the OAuth token endpoint, bearer-token checks, fault injection and the /_sandbox admin hooks. It reads
// paths segment by segment itself, so that an encoded "/" in an id stays inside its segment.
class HttpFrontEnd final : public QAbstractHttpServer {
    Q_OBJECT

public:
    // `manualClock` is the same object as `clock` when tests or --manual-clock move time by hand.
    HttpFrontEnd(Service &service, const Warehouse &warehouse, const Clock &clock, ManualClock *manualClock,
                 QObject *parent = nullptr);
    ~HttpFrontEnd() override;

    // Called after the admin endpoint moved the clock or asked for a pass.
    std::function<int()> runScheduler;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    HttpResponse dispatch(const QHttpServerRequest &request);
    HttpResponse issueToken(const QHttpServerRequest &request);
    HttpResponse api(const QHttpServerRequest &request, const QStringList &segments);
    HttpResponse admin(const QHttpServerRequest &request, const QStringList &segments);
    HttpResponse adminClock(const QHttpServerRequest &request, const QJsonObject &body);
    HttpResponse adminFaults(const QHttpServerRequest &request, const QJsonObject &body);
    bool authorized(const QHttpServerRequest &request);
    void send(QTcpSocket *socket, const HttpResponse &response, bool truncate = false, bool headOnly = false);

    Service &m_service;
    const Warehouse &m_warehouse;
    const Clock &m_clock;
    ManualClock *m_manualClock;
    QHash<QString, QDeadlineTimer> m_tokens;
    QRandomGenerator m_random;
    std::unique_ptr<WarehouseEndpoints> m_warehouseEndpoints;
};

} // namespace wsc::sandbox
