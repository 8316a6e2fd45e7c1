// wsctl data-models preview: the rows a model's SQL returns, run on a connection's warehouse the way the
// service wraps it (the same WarehouseAccess as the console's editor).
#include "app/Wsctl.h"
#include "app/WsctlText.h"
#include "client/warehouse/WarehouseAccess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wsc {

using namespace Qt::StringLiterals;
using namespace WsctlText;

namespace {

QJsonValue jsonOf(const QVariant &cell)
{
    if (cell.isNull())
        return QJsonValue::Null;
    switch (cell.typeId()) {
    case QMetaType::Bool: return cell.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong: return cell.toLongLong();
    case QMetaType::Double:
    case QMetaType::Float: return cell.toDouble();
    default: return cell.toString();
    }
}

// {"columns":[{"name","type"}],"rows":[[…]],"truncated":bool}
QByteArray jsonOf(const QueryResult &result)
{
    QJsonArray columns;
    for (const QueryColumn &c : result.columns)
        columns.append(QJsonObject{{u"name"_s, c.name}, {u"type"_s, c.type}});
    QJsonArray rows;
    for (qsizetype r = 0; r < result.rowCount(); ++r) {
        QJsonArray row;
        for (qsizetype c = 0; c < result.columns.size(); ++c)
            row.append(jsonOf(result.cell(r, c)));
        rows.append(row);
    }
    return QJsonDocument(
               QJsonObject{{u"columns"_s, columns}, {u"rows"_s, rows}, {u"truncated"_s, result.truncated}})
        .toJson(QJsonDocument::Compact);
}

QString tableOf(const QueryResult &result)
{
    QList<QStringList> lines;
    QStringList header;
    for (const QueryColumn &c : result.columns)
        header << cellText(c.type.isEmpty() ? c.name : c.name + u" (" + c.type + u')');
    lines << header;
    for (qsizetype r = 0; r < result.rowCount(); ++r) {
        QStringList line;
        for (qsizetype c = 0; c < result.columns.size(); ++c) {
            const QVariant &cell = result.cell(r, c);
            line << (cell.isNull() ? u"NULL"_s : cellText(cell.toString()));
        }
        lines << line;
    }
    return formatTable(lines);
}

} // namespace

void Wsctl::preview()
{
    if (!m_previewSqlFile.isEmpty()) {
        QString error;
        const QByteArray sql = readInput(m_previewSqlFile, &error);
        if (!error.isEmpty())
            return finishWith(UsageError, error);
        return previewSql(QString::fromUtf8(sql));
    }
    m_client.getDataModel(m_args[0]).then(this, [this](const ApiResult<DataModel> &model) {
        if (!model)
            return finishWith(ApiFailure, model.error().toString());
        previewSql(model->sqlQuery);
    });
}

void Wsctl::previewSql(const QString &sql)
{
    m_client.getConnection(m_previewConnection)
        .then(this, [this, sql](const ApiResult<Connection> &connection) {
            if (!connection)
                return finishWith(ApiFailure, connection.error().toString());
            auto *warehouses = new WarehouseAccess(m_client, this);
            const QString password = qEnvironmentVariable("WSC_WAREHOUSE_PASSWORD");
            if (!password.isEmpty())
                warehouses->setPassword(*connection, password, false);
            WarehouseJob *job = warehouses->preview(*connection, sql, m_previewLimit);
            connect(job, &WarehouseJob::finished, this, [this, job] {
                if (const auto &error = job->error()) {
                    QString message = error->message;
                    if (error->kind == WarehouseError::Kind::NeedsPassword)
                        message += u' ' + tr("Set WSC_WAREHOUSE_PASSWORD to the warehouse user's password.");
                    if (error->line > 0)
                        message =
                            tr("line %1, column %2: %3").arg(error->line).arg(error->column).arg(message);
                    return finishWith(ApiFailure, message);
                }
                const QueryResult &result = job->result();
                if (m_output == u"table") {
                    printOut(tableOf(result).toUtf8());
                    if (result.truncated)
                        printErr(
                            tr("More rows exist; showing the first %n.", nullptr, int(result.rowCount())));
                } else {
                    printOut(jsonOf(result));
                }
                finishWith(Success);
            });
        });
}

} // namespace wsc
