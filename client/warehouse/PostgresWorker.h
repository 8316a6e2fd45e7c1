#pragma once

#include "client/warehouse/PostgresSupport.h"

#include <QObject>

#include <memory>

class QSqlDatabase;
class QSqlError;

namespace wsc {

// The half of PostgresDriver that lives on its worker thread: it owns the one Qt SQL connection (opened
// when first needed, re-opened after it was lost) and runs each request in a read-only transaction.
class PostgresWorker : public QObject {
    Q_OBJECT

public:
    using State = std::shared_ptr<PostgresRequestState>;

    PostgresWorker(PostgresSettings settings, std::shared_ptr<PostgresSession> session);
    // Runs on the worker thread (deleted when it finishes): closes and removes the connection.
    ~PostgresWorker() override;

    void runQuery(quint64 id, const State &state, const QString &statement, int maxRows, int timeoutMs);
    void runCatalog(quint64 id, const State &state, int timeoutMs);

signals:
    // The request's statements are about to be sent: its deadline starts.
    void requestStarted(quint64 id);
    void queryFinished(quint64 id, const wsc::QueryResult &result);
    void catalogFinished(quint64 id, const wsc::WarehouseCatalog &catalog);
    void requestFailed(quint64 id, const wsc::WarehouseError &error);

private:
    struct Outcome {
        QueryResult result;
        std::optional<WarehouseError> error;
    };

    Outcome execute(quint64 id, const State &state, const QString &statement, int maxRows, int timeoutMs);
    std::optional<WarehouseError> ensureOpen();
    std::optional<WarehouseError> begin(int timeoutMs, QSqlError *failure);
    std::optional<QSqlError> readRows(const State &state, const QString &statement, int maxRows,
                                      QueryResult *result);
    void rollback();
    WarehouseError classify(const QSqlError &error, const State &state, qint64 elapsedMs, int timeoutMs);
    void dropConnection();
    QSqlDatabase database() const;

    PostgresSettings m_settings;
    std::shared_ptr<PostgresSession> m_session;
    QString m_connectionName;
};

} // namespace wsc
