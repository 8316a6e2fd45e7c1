#include "client/warehouse/SandboxDriver.h"

#include "client/ApiClient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wsc {

using namespace Qt::StringLiterals;

namespace {

// A JSON cell as the grid holds it: numbers stay numbers (integers exact), nested JSON as its text.
QVariant cellOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: return {};
    case QJsonValue::Bool: return value.toBool();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        const qint64 i = value.toInteger();
        return double(i) == d ? QVariant(i) : QVariant(d);
    }
    case QJsonValue::String: return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

std::optional<QList<QueryColumn>> columnsOf(const QJsonValue &value, QString *problem)
{
    if (!value.isArray()) {
        *problem = SandboxDriver::tr("the answer has no list of columns");
        return std::nullopt;
    }
    QList<QueryColumn> columns;
    for (const QJsonValue &c : value.toArray()) {
        if (!c.isObject() || !c.toObject().value(u"name"_s).isString()) {
            *problem = SandboxDriver::tr("column %1 has no name").arg(columns.size() + 1);
            return std::nullopt;
        }
        columns.append({c.toObject().value(u"name"_s).toString(), c.toObject().value(u"type"_s).toString()});
    }
    return columns;
}

WarehouseError errorOf(const ApiError &error)
{
    if (error.kind() == ApiError::Kind::Cancelled)
        return {WarehouseError::Kind::Cancelled, error.message()};
    if (error.kind() == ApiError::Kind::Timeout)
        return {WarehouseError::Kind::Timeout, error.message()};
    if (error.kind() != ApiError::Kind::Http)
        return {WarehouseError::Kind::Connection, error.message()};
    if (error.httpStatus() == 404)
        return {WarehouseError::Kind::Unsupported,
                SandboxDriver::tr(
                    "This sandbox has no local warehouse endpoints, or does not know the connection: %1")
                    .arg(error.details())};
    // The sandbox's statuses (sandbox/http/WarehouseEndpoints.h).
    switch (error.httpStatus()) {
    case 409: return {WarehouseError::Kind::Connection, error.details()};
    case 422: return {WarehouseError::Kind::Refused, error.details()};
    case 504: return {WarehouseError::Kind::Timeout, error.details()};
    default: return {WarehouseError::Kind::Query, error.details()};
    }
}

} // namespace

SandboxDriver::SandboxDriver(ApiClient &client, QString connectionId, QObject *parent)
    : WarehouseDriver(parent)
    , m_client(&client)
    , m_connectionId(std::move(connectionId))
{}

QString SandboxDriver::description() const
{
    return tr("the sandbox's local warehouse of connection %1").arg(m_connectionId);
}

WarehouseJob *SandboxDriver::catalog()
{
    return start("GET", u"catalog"_s, {}, 0, std::nullopt);
}

WarehouseJob *SandboxDriver::query(const QString &statement, int maxRows, int timeoutMs)
{
    const QJsonObject body{
        {u"statement"_s, statement}, {u"max_rows"_s, maxRows}, {u"timeout_ms"_s, timeoutMs}};
    // The server stops the query at the deadline; the request waits a little longer for that answer.
    return start("POST", u"query"_s, QJsonDocument(body).toJson(QJsonDocument::Compact), timeoutMs + 5000,
                 statement);
}

WarehouseJob *SandboxDriver::start(const QByteArray &method, const QString &endpoint, const QByteArray &body,
                                   int timeoutMs, std::optional<QString> statement)
{
    auto *job = new WarehouseJob(this);
    if (!m_client) {
        job->fail({WarehouseError::Kind::Connection, tr("The console is no longer connected.")});
        return job;
    }
    if (!ApiEndpoints::isValidResourceId(m_connectionId)) {
        job->fail({WarehouseError::Kind::Refused, ApiEndpoints::idProblem(m_connectionId)});
        return job;
    }
    const QString path = u"/_sandbox/connections/"_s + m_connectionId + u"/warehouse/"_s + endpoint;
    ApiReply *reply = m_client->sendLocal(method, path, body, timeoutMs);
    QElapsedTimer clock;
    clock.start();
    connect(job, &WarehouseJob::cancelRequested, reply, &ApiReply::cancel);
    connect(job, &QObject::destroyed, reply, &ApiReply::cancel); // its driver went: nothing waits for it
    connect(reply, &ApiReply::finished, job, [job, reply, clock, statement] {
        if (reply->hasError()) {
            job->fail(errorOf(reply->error()));
            return;
        }
        QString problem;
        if (statement) {
            if (auto result = decodeResult(reply->body(), &problem)) {
                result->elapsedMs = clock.elapsed();
                result->statement = *statement;
                job->succeed(std::move(*result));
                return;
            }
        } else if (auto catalog = decodeCatalog(reply->body(), &problem)) {
            job->succeed(std::move(*catalog));
            return;
        }
        job->fail(
            {WarehouseError::Kind::Query, tr("The sandbox's answer could not be read: %1.").arg(problem)});
    });
    return job;
}

std::optional<QueryResult> SandboxDriver::decodeResult(const QByteArray &body, QString *problem)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const auto columns = columnsOf(object.value(u"columns"_s), problem);
    if (!columns)
        return std::nullopt;
    const QJsonValue rows = object.value(u"rows"_s);
    if (!rows.isArray() || !object.value(u"truncated"_s).isBool()) {
        *problem = tr("the answer has no rows or no truncated flag");
        return std::nullopt;
    }
    QueryResult result;
    result.columns = *columns;
    result.truncated = object.value(u"truncated"_s).toBool();
    const QJsonArray list = rows.toArray();
    result.cells.reserve(list.size() * columns->size());
    for (const QJsonValue &row : list) {
        const QJsonArray cells = row.toArray();
        if (!row.isArray() || cells.size() != columns->size()) {
            *problem = tr("row %1 does not have %n value(s)", nullptr, int(columns->size()))
                           .arg(result.rowCount() + 1);
            return std::nullopt;
        }
        for (const QJsonValue &cell : cells)
            result.cells.append(cellOf(cell));
    }
    return result;
}

std::optional<WarehouseCatalog> SandboxDriver::decodeCatalog(const QByteArray &body, QString *problem)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    if (!object.value(u"tables"_s).isArray()) {
        *problem = tr("the answer has no list of tables");
        return std::nullopt;
    }
    WarehouseCatalog catalog;
    catalog.database = object.value(u"database"_s).toString();
    for (const QJsonValue &t : object.value(u"tables"_s).toArray()) {
        const QJsonObject table = t.toObject();
        const auto columns = columnsOf(table.value(u"columns"_s), problem);
        if (!table.value(u"name"_s).isString() || !columns) {
            *problem = tr("table %1 has no name or no columns").arg(catalog.tables.size() + 1);
            return std::nullopt;
        }
        catalog.tables.append({table.value(u"schema"_s).toString(), table.value(u"name"_s).toString(),
                               *columns, table.value(u"view"_s).toBool()});
    }
    return catalog;
}

} // namespace wsc
