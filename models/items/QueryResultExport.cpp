#include "models/items/QueryResultExport.h"

#include <QDateTime>
#include <QLocale>

#include <cmath>

namespace wsc {

using namespace Qt::StringLiterals;

namespace {

QString quoted(const QString &text)
{
    QString out = text;
    out.replace(u'"', u"\"\""_s);
    return u'"' + out + u'"';
}

QString tsvField(const QVariant &value)
{
    const QString text = QueryResultExport::plainText(value);
    const bool quote =
        text.contains(u'\t') || text.contains(u'\n') || text.contains(u'\r') || text.startsWith(u'"');
    return quote ? quoted(text) : text;
}

QString csvField(const QString &text, bool null)
{
    if (null)
        return {};
    const bool quote = text.isEmpty() || text.contains(u',') || text.contains(u'"') || text.contains(u'\n') ||
                       text.contains(u'\r');
    return quote ? quoted(text) : text;
}

void appendJsonString(QString &out, const QString &text)
{
    out += u'"';
    for (QChar c : text) {
        switch (c.unicode()) {
        case u'"': out += u"\\\""_s; break;
        case u'\\': out += u"\\\\"_s; break;
        case u'\n': out += u"\\n"_s; break;
        case u'\r': out += u"\\r"_s; break;
        case u'\t': out += u"\\t"_s; break;
        default:
            if (c.unicode() < 0x20)
                out += u"\\u"_s + QString::number(c.unicode(), 16).rightJustified(4, u'0');
            else
                out += c;
        }
    }
    out += u'"';
}

void appendJsonValue(QString &out, const QVariant &value)
{
    switch (value.isNull() ? QMetaType::UnknownType : value.typeId()) {
    case QMetaType::UnknownType: out += u"null"_s; return;
    case QMetaType::Bool: out += value.toBool() ? u"true"_s : u"false"_s; return;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort: out += value.toString(); return;
    case QMetaType::Double:
    case QMetaType::Float:
        // JSON has no NaN or infinity.
        out += std::isfinite(value.toDouble()) ? QueryResultExport::plainText(value) : u"null"_s;
        return;
    default: appendJsonString(out, QueryResultExport::plainText(value));
    }
}

} // namespace

QString QueryResultExport::plainText(const QVariant &value)
{
    if (value.isNull())
        return {};
    switch (value.typeId()) {
    case QMetaType::QString: return *static_cast<const QString *>(value.constData());
    case QMetaType::Double:
    case QMetaType::Float: return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QMetaType::Bool: return value.toBool() ? u"true"_s : u"false"_s;
    case QMetaType::QByteArray: return QString::fromLatin1(value.toByteArray().toBase64());
    case QMetaType::QDateTime: return value.toDateTime().toString(Qt::ISODateWithMs);
    default: return value.toString();
    }
}

QString QueryResultExport::toTsv(const QueryResult &result, const Rows &rows, const Rows &columns)
{
    QString out;
    for (qsizetype row : rows) {
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (i > 0)
                out += u'\t';
            out += tsvField(result.cell(row, columns[i]));
        }
        out += u'\n';
    }
    return out;
}

QString QueryResultExport::toCsv(const QueryResult &result, const Rows &rows, const Rows &columns)
{
    QString out;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (i > 0)
            out += u',';
        out += csvField(result.columns[columns[i]].name, false);
    }
    out += u"\r\n"_s;
    for (qsizetype row : rows) {
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (i > 0)
                out += u',';
            const QVariant &value = result.cell(row, columns[i]);
            out += csvField(plainText(value), value.isNull());
        }
        out += u"\r\n"_s;
    }
    return out;
}

QString QueryResultExport::toJson(const QueryResult &result, const Rows &rows, const Rows &columns)
{
    QString out = u"["_s;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        out += r == 0 ? u"\n  {"_s : u",\n  {"_s;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (i > 0)
                out += u", "_s;
            appendJsonString(out, result.columns[columns[i]].name);
            out += u": "_s;
            appendJsonValue(out, result.cell(rows[r], columns[i]));
        }
        out += u'}';
    }
    out += rows.isEmpty() ? u"]\n"_s : u"\n]\n"_s;
    return out;
}

QString QueryResultExport::text(ExportFormat format, const QueryResult &result, const Rows &rows,
                                const Rows &columns)
{
    switch (format) {
    case ExportFormat::Tsv: return toTsv(result, rows, columns);
    case ExportFormat::Csv: return toCsv(result, rows, columns);
    case ExportFormat::Json: return toJson(result, rows, columns);
    }
    return {};
}

} // namespace wsc
