#include "client/warehouse/PostgresSupport.h"

#include "models/domain/SqlTokenizer.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace wsc {

Q_LOGGING_CATEGORY(lcPostgres, "wsc.warehouse.postgres")

namespace PostgresSupport {

using namespace Qt::StringLiterals;

static QString tr(const char *text)
{
    return QCoreApplication::translate("wsc::PostgresDriver", text);
}

QString description(const PostgresSettings &settings)
{
    return tr("PostgreSQL at %1:%2/%3").arg(settings.host).arg(settings.port).arg(settings.database);
}

QString masked(QString text, const PostgresSettings &settings)
{
    if (!settings.password.isEmpty())
        text.replace(settings.password, u"********"_s);
    return text;
}

// libpq's messages span lines: one line for the user.
static QString oneLine(const QString &text)
{
    return text.simplified();
}

static const QRegularExpression kSeverity(u"^(ERROR|FATAL|PANIC):\\s*"_s);

// "connection to server at "h" (1.2.3.4), port 5439 failed: FATAL:  password authentication failed …":
// the part after the address, which our own message already names.
static QString connectionReason(const QString &text)
{
    QString reason = oneLine(text);
    static const QLatin1StringView failed("failed: ");
    if (const qsizetype at = reason.lastIndexOf(failed); at >= 0)
        reason = reason.mid(at + failed.size());
    return reason.remove(kSeverity);
}

std::optional<WarehouseError> open(const QString &name, const PostgresSettings &settings,
                                   int connectTimeoutSeconds)
{
    QSqlDatabase db = QSqlDatabase::database(name, false);
    if (!db.isValid()) {
        if (!QSqlDatabase::isDriverAvailable(QLatin1StringView(kDriverName))) {
            return WarehouseError{
                WarehouseError::Kind::Connection,
                tr("Qt's PostgreSQL driver (QPSQL) is not installed. On Debian, install the "
                   "package libqt6sql6-psql.")};
        }
        db = QSqlDatabase::addDatabase(QLatin1StringView(kDriverName), name);
    }
    if (db.isOpen())
        return std::nullopt;
    db.setHostName(settings.host);
    db.setPort(settings.port);
    db.setDatabaseName(settings.database);
    db.setUserName(settings.user);
    db.setPassword(settings.password);
    db.setConnectOptions(u"connect_timeout="_s + QString::number(connectTimeoutSeconds));
    if (db.open())
        return std::nullopt;
    const QString reason = masked(connectionReason(db.lastError().databaseText()), settings);
    db.close();
    return WarehouseError{WarehouseError::Kind::Connection,
                          tr("Could not connect to %1: %2").arg(description(settings), reason)};
}

void remove(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QString typeName(int oid, const QString &fallback)
{
    static const QHash<int, QString> names = {
        {16, u"bool"_s},     {17, u"bytea"_s},       {18, u"char"_s},          {19, u"name"_s},
        {20, u"int8"_s},     {21, u"int2"_s},        {23, u"int4"_s},          {25, u"text"_s},
        {26, u"oid"_s},      {114, u"json"_s},       {142, u"xml"_s},          {650, u"cidr"_s},
        {700, u"float4"_s},  {701, u"float8"_s},     {705, u"unknown"_s},      {790, u"money"_s},
        {829, u"macaddr"_s}, {869, u"inet"_s},       {1007, u"_int4"_s},       {1009, u"_text"_s},
        {1016, u"_int8"_s},  {1042, u"bpchar"_s},    {1043, u"varchar"_s},     {1082, u"date"_s},
        {1083, u"time"_s},   {1114, u"timestamp"_s}, {1184, u"timestamptz"_s}, {1186, u"interval"_s},
        {1266, u"timetz"_s}, {1560, u"bit"_s},       {1562, u"varbit"_s},      {1700, u"numeric"_s},
        {2249, u"record"_s}, {2950, u"uuid"_s},      {3802, u"jsonb"_s},
    };
    return names.value(oid, fallback);
}

// The SQLSTATE that QPSQL appends to the message, "(42P01)", and the severity libpq puts before it.
static QString primaryMessage(const QString &first, const QString &sqlState)
{
    QString message = first;
    message.remove(kSeverity);
    const QString suffix = u"("_s + sqlState + u")"_s;
    if (!sqlState.isEmpty() && message.endsWith(suffix))
        message.chop(suffix.size());
    return message.trimmed();
}

WarehouseError queryError(const QSqlError &error, const PostgresSettings &settings)
{
    const QString text = error.databaseText().trimmed();
    const QStringList lines = text.split(u'\n');
    WarehouseError result{WarehouseError::Kind::Query, {}};
    result.message = masked(primaryMessage(lines.value(0), error.nativeErrorCode()), settings);
    if (result.message.isEmpty())
        result.message = masked(oneLine(error.text()), settings);
    static const QRegularExpression context(u"^LINE (\\d+):"_s);
    for (const QString &line : lines) {
        if (const auto match = context.match(line); match.hasMatch()) {
            result.line = match.captured(1).toInt();
            break;
        }
    }
    return result;
}

bool connectionLost(const QSqlError &error)
{
    const QString state = error.nativeErrorCode();
    return state.isEmpty() || state.startsWith(u"08"_s) || state.startsWith(u"57P"_s);
}

bool cancelled(const QSqlError &error)
{
    return error.nativeErrorCode() == u"57014"_s;
}

WarehouseError timeoutError(int timeoutMs)
{
    return {WarehouseError::Kind::Timeout, tr("The query ran longer than %1 s and was stopped.")
                                               .arg(QLocale().toString(timeoutMs / 1000.0, 'g', 6))};
}

std::optional<WarehouseError> multipleStatements(const QString &statement)
{
    const std::vector<SqlToken> tokens = SqlTokenizer::tokenize(statement);
    bool seenEnd = false;
    for (const SqlToken &token : tokens) {
        if (token.kind == SqlToken::Kind::Comment)
            continue;
        if (seenEnd) {
            WarehouseError error{WarehouseError::Kind::Refused,
                                 tr("Only one statement can run here: the text goes on after a \";\".")};
            error.line = token.line;
            error.column = token.column;
            error.length = int(token.length);
            return error;
        }
        seenEnd = token.isPunctuation(u';');
    }
    return std::nullopt;
}

void cancelBackend(const PostgresSettings &settings, const std::shared_ptr<PostgresSession> &session,
                   quint64 id)
{
    static std::atomic<quint64> counter{0};
    const QString name = u"wsc-pg-cancel-"_s + QString::number(++counter);
    if (const auto problem = open(name, settings, 3)) {
        qCWarning(lcPostgres) << "could not cancel a query:" << problem->message;
    } else {
        QSqlQuery query(QSqlDatabase::database(name, false));
        // A cancel that reaches the backend between two statements of the request is lost: repeat it
        // while the request runs, a few seconds at most.
        for (int attempt = 0; attempt < 30 && session->runningId.load() == id; ++attempt) {
            const int pid = session->backendPid.load();
            if (pid > 0 && !query.exec(u"SELECT pg_cancel_backend("_s + QString::number(pid) + u")"_s))
                qCWarning(lcPostgres) << "pg_cancel_backend failed:" << query.lastError().databaseText();
            QThread::msleep(100);
        }
    }
    remove(name);
}

} // namespace PostgresSupport

} // namespace wsc
