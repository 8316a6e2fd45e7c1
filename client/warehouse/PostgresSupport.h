#pragma once

#include "client/warehouse/WarehouseDriver.h"

#include <QLoggingCategory>
#include <QString>

#include <atomic>
#include <memory>

class QSqlDatabase;
class QSqlError;

namespace wsc {

Q_DECLARE_LOGGING_CATEGORY(lcPostgres)

// Where a PostgreSQL (or Redshift) warehouse is and who logs in. The password lives in memory only: it
// is never logged, never part of a message and never written to settings.
struct PostgresSettings {
    QString host = QStringLiteral("localhost");
    int port = 5439; // Redshift's default
    QString database;
    QString user;
    QString password;
};

// What the driver's GUI side and its worker thread share about one request: who stopped it, if anyone.
struct PostgresRequestState {
    enum class Stop { None, Cancelled, Deadline, Closed };
    std::atomic<Stop> stop{Stop::None};
    bool stopped() const { return stop.load() != Stop::None; }
};

// What the driver and its cancel tasks know about the worker's connection.
struct PostgresSession {
    std::atomic<int> backendPid{0};
    std::atomic<quint64> runningId{0}; // the request whose statements the backend runs now (0: none)
};

namespace PostgresSupport {

inline constexpr auto kDriverName = "QPSQL";

// "PostgreSQL at host:5439/dev".
QString description(const PostgresSettings &settings);

// Opens (or re-opens) the connection `name` of this thread with `settings`; on failure an error of kind
// Connection that names what is missing (the QPSQL driver, the server, the login) without the password.
std::optional<WarehouseError> open(const QString &name, const PostgresSettings &settings,
                                   int connectTimeoutSeconds = 10);
// Closes and removes the connection `name` of this thread.
void remove(const QString &name);

// The PostgreSQL name of the type with `oid` (int4, timestamptz, …), or `fallback` when it is not one we
// know.
QString typeName(int oid, const QString &fallback);

// The server's message of `error`: its first line without the "ERROR:" prefix and the SQLSTATE suffix,
// with the password (if it appears) masked; `line` set from a "LINE n:" context when there is one.
WarehouseError queryError(const QSqlError &error, const PostgresSettings &settings);
// True when `error` says the connection is gone (no SQLSTATE, a connection exception or a shutdown).
bool connectionLost(const QSqlError &error);
// True when the statement was cancelled (SQLSTATE 57014: statement timeout or pg_cancel_backend).
bool cancelled(const QSqlError &error);
// "The query ran longer than 0.5 s and was stopped."
WarehouseError timeoutError(int timeoutMs);
// Set when `statement` holds more than one statement (a `;` before its end): one of them could end the
// read-only transaction.
std::optional<WarehouseError> multipleStatements(const QString &statement);
// Removes the password from a text about to be shown or logged.
QString masked(QString text, const PostgresSettings &settings);

// Cancels what `session`'s backend runs for request `id` from a short-lived connection of its own; it
// blocks (a few seconds at most) and must run on a thread of its own.
void cancelBackend(const PostgresSettings &settings, const std::shared_ptr<PostgresSession> &session,
                   quint64 id);

} // namespace PostgresSupport

} // namespace wsc
