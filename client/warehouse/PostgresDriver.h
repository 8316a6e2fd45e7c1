#pragma once

#include "client/warehouse/PostgresSupport.h"
#include "client/warehouse/WarehouseDriver.h"

#include <QPointer>
#include <QThread>
#include <QThreadPool>

#include <map>
#include <memory>

namespace wsc {

class PostgresWorker;

// The warehouse behind a Redshift connection, reached with the PostgreSQL protocol through Qt SQL. Qt SQL
// blocks, so every statement runs on a worker thread of the driver's own; a cancelled or overdue query is
// stopped on the server with pg_cancel_backend from a second, short-lived connection.
class PostgresDriver : public WarehouseDriver {
    Q_OBJECT

public:
    using Settings = PostgresSettings;

    // What a query may take beyond its timeout before the driver stops it itself (a server that ignores
    // statement_timeout).
    static constexpr int kDeadlineMarginMs = 2000;
    // The catalog's own timeout.
    static constexpr int kCatalogTimeoutMs = 30000;

    explicit PostgresDriver(Settings settings, QObject *parent = nullptr);
    // Stops what runs (its jobs report Cancelled), then waits for the worker thread to end.
    ~PostgresDriver() override;

    QString description() const override;
    // Tables and views of every schema but PostgreSQL's own, with their columns in order; types as
    // PostgreSQL names them (udt_name: int4, varchar, timestamptz).
    WarehouseJob *catalog() override;
    // In a READ ONLY transaction with statement_timeout = timeoutMs, always rolled back; one statement
    // only (a second one is Refused before anything is sent). Rows are read one at a time, but the rest
    // of a truncated result still crosses the wire: callers wrap the statement with a LIMIT
    // (WrappedQueries::preview). Column types are PostgreSQL's names (from the type oid), numeric values
    // come as exact text, NULL as an invalid QVariant. A server error's `line` counts in `statement`.
    WarehouseJob *query(const QString &statement, int maxRows, int timeoutMs) override;

private:
    struct Request {
        QPointer<WarehouseJob> job;
        std::shared_ptr<PostgresRequestState> state;
        int timeoutMs = 0;
    };

    quint64 track(WarehouseJob *job, int timeoutMs, std::shared_ptr<PostgresRequestState> state);
    void stop(quint64 id, PostgresRequestState::Stop reason);
    void handleRequestStarted(quint64 id);
    void handleQueryFinished(quint64 id, const QueryResult &result);
    void handleCatalogFinished(quint64 id, const WarehouseCatalog &catalog);
    void handleRequestFailed(quint64 id, const WarehouseError &error);
    // The job of request `id`, removed from the requests in flight (nullptr when gone).
    WarehouseJob *take(quint64 id);

    Settings m_settings;
    std::shared_ptr<PostgresSession> m_session = std::make_shared<PostgresSession>();
    QThread m_thread;
    PostgresWorker *m_worker = nullptr; // lives on m_thread, deleted when it finishes
    QThreadPool m_cancelPool;           // pg_cancel_backend calls, off the GUI thread
    std::map<quint64, Request> m_requests;
    quint64 m_lastId = 0;
};

} // namespace wsc
