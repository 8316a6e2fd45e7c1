#pragma once

#include "models/items/RunTableModel.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace wsc {

// How the pipeline view writes runs, without widgets (tests call it directly): the detail of one run as
// HTML, and a list of runs as CSV with machine-readable values.
class RunText {
    Q_DECLARE_TR_FUNCTIONS(wsc::RunText)

public:
    // "● Faulted: why": the dot in the status colour, the reason in the error colour (escaped HTML).
    static QString statusHtml(const QString &wire, const QString &label, const QString &errors);
    // The run at `row` of `runs`: status, type, dates, window, duration (to `nowMs` while running),
    // records and errors.
    static QString detailHtml(const RunTableModel &runs, int row, qint64 nowMs);
    // A header line and one line per row of `runs` (in the order given): wire enums, ISO times, plain
    // numbers, RFC 4180 quoting.
    static QByteArray csv(const RunTableModel &runs, const std::vector<int> &rows, qint64 nowMs);
};

} // namespace wsc
