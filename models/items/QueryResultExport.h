#pragma once

#include "models/domain/QueryResult.h"
#include "models/items/QueryResultModel.h"

#include <QList>
#include <QString>

namespace wsc {

// The cells of a preview result as text to copy: `rows` and `columns` are indexes into the result, in
// the order they are written (the grid passes its sorted order).
//   TSV  values only, one line per row; a value with a tab, a line break or a leading quote is quoted
//        ("…", quotes doubled), as spreadsheets read it; NULL is an empty field.
//   CSV  RFC 4180: a header line of column names, CRLF line ends, fields with a comma, quote or line
//        break quoted; NULL is an empty field, an empty string is "".
//   JSON an array of objects keyed by column name in column order; numbers as numbers, NULL as null.
class QueryResultExport {
public:
    using Rows = QList<qsizetype>;
    static QString toTsv(const QueryResult &result, const Rows &rows, const Rows &columns);
    static QString toCsv(const QueryResult &result, const Rows &rows, const Rows &columns);
    static QString toJson(const QueryResult &result, const Rows &rows, const Rows &columns);
    static QString text(ExportFormat format, const QueryResult &result, const Rows &rows,
                        const Rows &columns);

    // A value as plain text (numbers in the C locale, shortest round-trip form; BLOBs as base64; times
    // in ISO 8601); empty for NULL.
    static QString plainText(const QVariant &value);
};

} // namespace wsc
