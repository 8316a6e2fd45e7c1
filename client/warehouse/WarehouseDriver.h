#pragma once

#include "models/domain/QueryResult.h"

#include <QObject>

#include <optional>

namespace wsc {

// Why a warehouse request gave no result.
struct WarehouseError {
    enum class Kind {
        Refused,       // not sent: our SQL checker found an error, or the query is not read-only
        Query,         // the warehouse refused or failed the query (its message)
        Connection,    // the warehouse could not be reached or refused the login
        Timeout,       // the query ran into its deadline and was stopped
        Cancelled,     // the user stopped it
        Unsupported,   // no driver for this provider yet
        NeedsPassword, // the warehouse login needs a password the console does not have
    };
    Kind kind = Kind::Query;
    QString message;
    // Where in the SQL that was previewed the warehouse placed the problem (1-based; 0: not known).
    int line = 0;
    int column = 0;
    int length = 0;
};

// One request to a warehouse in flight. It reports exactly once, with finished() (always from the event
// loop, never from inside the call that started it), and then deletes itself.
class WarehouseJob : public QObject {
    Q_OBJECT

public:
    explicit WarehouseJob(QObject *parent = nullptr);

    bool isFinished() const { return m_settled; }
    const std::optional<WarehouseError> &error() const { return m_error; }
    const QueryResult &result() const { return m_result; }
    const WarehouseCatalog &catalog() const { return m_catalog; }

    // Stops the request; it then reports Kind::Cancelled (unless it had already finished).
    void cancel();

    // Used by drivers: the first of these settles the job, later ones are ignored.
    void succeed(QueryResult result);
    void succeed(WarehouseCatalog catalog);
    void fail(WarehouseError error);
    // Settles with what `other` (finished) reported.
    void settleLike(const WarehouseJob &other);

signals:
    void finished();
    // The driver stops the work behind the job (an HTTP request aborted, a backend cancelled).
    void cancelRequested();

private:
    bool settle();

    bool m_settled = false;
    std::optional<WarehouseError> m_error;
    QueryResult m_result;
    WarehouseCatalog m_catalog;
};

// A way to reach the warehouse behind a connection: list what it holds and run capped, cancellable,
// read-only queries with a deadline. One driver per provider (spec-independent: the warehouse's own
// protocol), chosen by WarehouseDrivers.
class WarehouseDriver : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    // For messages: "the sandbox's local warehouse", "PostgreSQL at host:5439/dev".
    virtual QString description() const = 0;
    // The schemas, tables and columns the connection can read.
    virtual WarehouseJob *catalog() = 0;
    // Runs `statement`, one SELECT that the caller checked, read-only where the warehouse allows it, and
    // returns at most `maxRows` rows (`truncated` when it had more). Stopped after `timeoutMs`.
    virtual WarehouseJob *query(const QString &statement, int maxRows, int timeoutMs) = 0;
};

} // namespace wsc
