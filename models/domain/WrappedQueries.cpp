#include "models/domain/WrappedQueries.h"

#include "models/domain/SqlTokenizer.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace wsc::WrappedQueries {

using namespace Qt::StringLiterals;

QString innerSql(const QString &modelSql)
{
    const std::vector<SqlToken> tokens = SqlTokenizer::tokenize(modelSql);
    // The last token that is not a comment; a `;` there ends the statement and goes.
    for (auto it = tokens.rbegin(); it != tokens.rend(); ++it) {
        if (it->kind == SqlToken::Kind::Comment)
            continue;
        if (it->isPunctuation(u';'))
            return modelSql.left(it->offset).trimmed();
        break;
    }
    return modelSql.trimmed();
}

// The model on lines of its own, so that a trailing `--` comment cannot swallow the closing parenthesis.
static QString wrapped(const QString &modelSql)
{
    return u"SELECT * FROM (\n"_s + innerSql(modelSql) + u"\n) AS mp_model"_s;
}

QString preview(const QString &modelSql, int limit)
{
    return wrapped(modelSql) + u" LIMIT "_s + QString::number(limit);
}

QString probe(const QString &modelSql)
{
    return preview(modelSql, 0);
}

namespace {

// Whose SQL a filter is written in: the service's (Snowflake, as §12.5 prints it), or one of ours.
enum class Target { Service, Sqlite, Postgres };

// How the iterator column holds time (§10.5). The spec leaves the service's literals open for the types
// other than timestamps; what we chose, from how the column compares:
// - every timestamp and datetime flavour, and any type we do not know (the sandbox's lenient mode treats
//   those as `timestamp`): the published literal `'2023-03-01 14:28:55+0000'` (milliseconds only when the
//   bound has them, so that a trigger's exact time is not rounded away);
// - `date`: the bound's UTC calendar date, `'2023-03-01'`, as the sandbox compares date(col) with
//   date(bound);
// - `timestamp_unixtime_ms` / `_s`: a bare number, epoch milliseconds or (truncated) seconds, as the
//   sandbox binds them; a quoted number would compare as text in some warehouses.
enum class TimeKind { Timestamp, Date, UnixMs, UnixS };

TimeKind timeKind(const EnumValue<IteratorDataType> &type)
{
    switch (type.value()) {
    case IteratorDataType::Date: return TimeKind::Date;
    case IteratorDataType::TimestampUnixtimeMs: return TimeKind::UnixMs;
    case IteratorDataType::TimestampUnixtimeS: return TimeKind::UnixS;
    default: return TimeKind::Timestamp;
    }
}

QString quoted(const QString &identifier)
{
    QString escaped = identifier;
    return u'"' + escaped.replace(u'"', u"\"\""_s) + u'"';
}

// The service writes the iterator as the pipeline names it (§12.5's `<ITERATOR>`): in Snowflake a quoted
// name is case-sensitive, so an unquoted `updated_at` finds the column UPDATED_AT and a quoted one would
// not. Only a name that cannot stand unquoted is quoted.
QString serviceIdentifier(const QString &identifier)
{
    static const QRegularExpression plain(u"^[A-Za-z_][A-Za-z0-9_$]*$"_s);
    return plain.match(identifier).hasMatch() ? identifier : quoted(identifier);
}

QString column(Target target, TimeKind kind, const QString &iterator)
{
    if (target == Target::Service)
        return serviceIdentifier(iterator);
    if (target == Target::Sqlite && kind == TimeKind::Timestamp)
        return u"julianday("_s + quoted(iterator) + u')';
    if (target == Target::Sqlite && kind == TimeKind::Date)
        return u"date("_s + quoted(iterator) + u')';
    return quoted(iterator);
}

QString timestampText(const QDateTime &utc, bool alwaysMillis)
{
    const bool millis = alwaysMillis || utc.time().msec() != 0;
    return utc.toString(millis ? u"yyyy-MM-dd HH:mm:ss.zzz"_s : u"yyyy-MM-dd HH:mm:ss"_s);
}

QString literal(Target target, TimeKind kind, const Timestamp &bound)
{
    const QDateTime utc = bound.toUtc();
    switch (kind) {
    case TimeKind::UnixMs: return QString::number(bound.toMSecsSinceEpoch());
    case TimeKind::UnixS: return QString::number(bound.toMSecsSinceEpoch() / 1000);
    case TimeKind::Date:
        if (target == Target::Sqlite) // the sandbox's bound, through date() like the column
            return u"date('"_s + timestampText(utc, true) + u"')"_s;
        return (target == Target::Postgres ? u"DATE '"_s : u"'"_s) + utc.toString(u"yyyy-MM-dd"_s) + u'\'';
    case TimeKind::Timestamp: break;
    }
    switch (target) {
    case Target::Service: return u'\'' + timestampText(utc, false) + u"+0000'"_s;
    // SQLite parses no `+0000`: the sandbox binds UTC text with milliseconds (§12.6 step 4).
    case Target::Sqlite: return u"julianday('"_s + timestampText(utc, true) + u"')"_s;
    case Target::Postgres: return u"TIMESTAMPTZ '"_s + timestampText(utc, false) + u"+00'"_s;
    }
    return {};
}

// Whether the pipeline's sync mode filters on its iterator at all (as the sandbox decides: incremental,
// or a full sync bounded by from/until; never without an iterator).
bool filtersRows(const Pipeline &pipeline)
{
    const SyncMode &sync = pipeline.syncMode;
    const bool bounded = sync.type != SyncModeType::Full || sync.from.isValid() || sync.until.isValid();
    return bounded && !sync.iteratorField.trimmed().isEmpty();
}

// `<iterator> BETWEEN lo AND hi`, or the one comparison an open end leaves; empty without bounds.
QString predicate(Target target, const Pipeline &pipeline, const RunWindow &window)
{
    if (!filtersRows(pipeline))
        return {};
    const TimeKind kind = timeKind(pipeline.syncMode.iteratorDataType);
    const QString col = column(target, kind, pipeline.syncMode.iteratorField.trimmed());
    const bool lo = window.rangeStart.isValid();
    const bool hi = window.rangeEnd.isValid();
    if (lo && hi)
        return col + u" BETWEEN "_s + literal(target, kind, window.rangeStart) + u" AND "_s +
               literal(target, kind, window.rangeEnd);
    if (hi)
        return col + u" <= "_s + literal(target, kind, window.rangeEnd);
    if (lo)
        return col + u" >= "_s + literal(target, kind, window.rangeStart);
    return {};
}

QString statement(const QString &select, const QString &modelSql, const QString &alias, const QString &where)
{
    QString sql =
        u"SELECT "_s + select + u" FROM (\n"_s + WrappedQueries::innerSql(modelSql) + u"\n)"_s + alias;
    if (!where.isEmpty())
        sql += u" WHERE "_s + where;
    return sql;
}

QString unfilteredNote(const Pipeline &pipeline)
{
    const SyncMode &sync = pipeline.syncMode;
    if (sync.type == SyncModeType::Full && !sync.from.isValid() && !sync.until.isValid())
        return QCoreApplication::translate("wsc::WrappedQueries",
                                           "A full sync without From or Until reads every row of the "
                                           "model on every run: no filter.");
    if (sync.iteratorField.trimmed().isEmpty())
        return QCoreApplication::translate("wsc::WrappedQueries",
                                           "The pipeline names no iterator field: the rows cannot be "
                                           "filtered by the window, so none is shown.");
    return QCoreApplication::translate("wsc::WrappedQueries",
                                       "The window has no bounds: every row is read, no filter.");
}

QString kindNote(const Pipeline &pipeline)
{
    const EnumValue<IteratorDataType> &type = pipeline.syncMode.iteratorDataType;
    switch (timeKind(type)) {
    case TimeKind::Date:
        return QCoreApplication::translate("wsc::WrappedQueries",
                                           "The iterator holds dates: each end is compared as its UTC date.");
    case TimeKind::UnixMs:
        return QCoreApplication::translate("wsc::WrappedQueries",
                                           "The iterator holds Unix time in milliseconds: each end is "
                                           "written as a number.");
    case TimeKind::UnixS:
        return QCoreApplication::translate("wsc::WrappedQueries",
                                           "The iterator holds Unix time in seconds: each end is written as "
                                           "a number.");
    case TimeKind::Timestamp: break;
    }
    if (type.isUnknownValue())
        return QCoreApplication::translate("wsc::WrappedQueries",
                                           "The iterator data type \"%1\" is not one the console knows: "
                                           "its ends are written as timestamps.")
            .arg(type.wire());
    return {};
}

QString filteredNote(const Pipeline &pipeline, const RunWindow &window)
{
    const QString iterator = pipeline.syncMode.iteratorField.trimmed();
    const QString lo = window.rangeStart.toDisplayString();
    const QString hi = window.rangeEnd.toDisplayString();
    QStringList lines;
    if (window.rangeStart.isValid() && window.rangeEnd.isValid())
        lines << QCoreApplication::translate("wsc::WrappedQueries",
                                             "Rows whose %1 lies from %2 to %3, both ends included.")
                     .arg(iterator, lo, hi);
    else if (window.rangeEnd.isValid())
        lines << QCoreApplication::translate("wsc::WrappedQueries",
                                             "The window has no start: every row whose %1 is at or before "
                                             "%2.")
                     .arg(iterator, hi);
    else
        lines << QCoreApplication::translate("wsc::WrappedQueries",
                                             "The window has no end: every row whose %1 is at or after %2.")
                     .arg(iterator, lo);
    if (window.isEmpty())
        lines << QCoreApplication::translate("wsc::WrappedQueries",
                                             "The window is empty (it ends where it starts, or before): the "
                                             "run reads nothing.");
    if (const QString kind = kindNote(pipeline); !kind.isEmpty())
        lines << kind;
    return lines.join(u' ');
}

} // namespace

RenderedQueries render(const QString &modelSql, const Pipeline &pipeline, const RunWindow &window)
{
    RenderedQueries out;
    // §12.5 prints the service's statements without an alias on the sub-query (Snowflake needs none).
    out.probe = statement(u"*"_s, modelSql, {}, {}) + u" LIMIT 0"_s;
    const QString where = predicate(Target::Service, pipeline, window);
    out.filtered = !where.isEmpty();
    out.count = statement(u"COUNT(*)"_s, modelSql, {}, where);
    out.extract = statement(u"OBJECT_CONSTRUCT_KEEP_NULL(*)"_s, modelSql, {}, where);
    out.windowNote = out.filtered ? filteredNote(pipeline, window) : unfilteredNote(pipeline);
    return out;
}

QString countForPreview(const QString &modelSql, const Pipeline &pipeline, const RunWindow &window,
                        Dialect dialect)
{
    const Target target = dialect == Dialect::Postgres ? Target::Postgres : Target::Sqlite;
    return statement(u"COUNT(*)"_s, modelSql, u" AS mp_model"_s, predicate(target, pipeline, window));
}

} // namespace wsc::WrappedQueries
