#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

namespace wsc::sandbox {

// The local stand-in for customers' warehouses (spec §6.8, §12.6): per connection, a directory of SQLite
// files, one per schema, opened read-only behind an authorizer, that really runs each data model's SQL.
class Warehouse {
public:
    explicit Warehouse(QString root);

    const QString &root() const { return m_root; }
    // When the flag is set (from any thread), a running query stops at its next check and fails.
    void setStopFlag(std::shared_ptr<const std::atomic_bool> flag) { m_stopFlag = std::move(flag); }
    // <root>/<provider>/<key>/<key> for a stored connection (e.g. snowflake/<account>/<database>).
    QString directoryFor(const QJsonObject &connection) const;
    // Empty when the warehouse can be reached with this connection's settings, else the reason.
    QString healthCheck(const QJsonObject &connection) const;
    // Creates the directory of a connection with the demo tables, so that it passes the health check.
    bool provision(const QJsonObject &connection, const QDateTime &now, QString *error) const;

    struct Window {
        std::optional<QDateTime> lo; // unbounded when empty
        std::optional<QDateTime> hi; // no filter when both are empty (full mode without from/until)
    };
    struct Job {
        QJsonObject connection;
        QString sql;
        QString pipelineType;  // user_attributes | events
        QString iteratorField; // empty: no filter
        QString iteratorType;
        Window window;
        bool halfOpen = false;
        qint64 recordLimit = 0;
        QString recordLimitKind;    // "hourly", "on-demand", …
        QJsonObject transformation; // events pipelines
        QString environment;
        QString outboxPath; // JSON Lines file the batches are appended to; empty: not written
        qint64 runId = 0;
        int timeLimitSeconds = 60; // per query
    };
    struct Outcome {
        enum class Failure { None, Connection, DataModel, Pipeline };
        Failure failure = Failure::None;
        QString message;
        qint64 successful = 0;
        qint64 failed = 0;
    };
    Outcome run(const Job &job) const;

    // The console's preview (the loopback-only /_sandbox/ warehouse endpoints): what a connection's
    // warehouse holds, and one capped read-only query with a deadline.
    struct Preview {
        QString failure; // empty: success; else connection | refused | query | timeout | cancelled
        QString message;
        QJsonArray columns; // [{"name", "type"}]
        QJsonArray rows;    // [[value, …], …]
        bool truncated = false;
    };
    // {"database": …, "tables": [{"schema", "name", "view", "columns": [{"name", "type"}]}]}; empty with
    // `error` set when the warehouse cannot be opened.
    QJsonObject catalog(const QJsonObject &connection, QString *error) const;
    // Runs `statement` (one SELECT; refused otherwise) and returns at most `maxRows` rows. `cancel`, when
    // set from any thread, stops it at its next check.
    // `closing` (the server closes) stops it too.
    Preview preview(const QJsonObject &connection, const QString &statement, int maxRows, int timeoutMs,
                    const std::atomic_bool *cancel, const std::atomic_bool *closing = nullptr) const;

private:
    QString m_root;
    std::shared_ptr<const std::atomic_bool> m_stopFlag;
};

} // namespace wsc::sandbox
