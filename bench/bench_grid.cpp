// The result grid with a preview of 100,000 rows × 8 columns (offscreen): the time to show it, the time to
// sort it by a number and by a text column, then a scroll from top to bottom one page at a time (each step
// processes events, so the view fetches rows as it asks and paints the page, once), with the largest and
// the median step; and the memory held per row (the cells counted, and the RSS growth while building the
// result). Prints figures.
//   bench_grid [rows]
#include "bench/BenchSupport.h"
#include "ui/sql/ResultGrid.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace wsc;
using namespace Qt::StringLiterals;

namespace {

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Resident memory from /proc/self/statm, in bytes (0 where there is no /proc).
double residentBytes()
{
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toDouble() * 4096 : 0;
}

// What a warehouse preview of a support table looks like: ids, identities, text of varied length, numbers,
// timestamps and NULLs.
QueryResult makeResult(int rows)
{
    QueryResult r;
    r.columns = {{u"ticket_id"_s, u"INTEGER"_s}, {u"email"_s, u"TEXT"_s},       {u"customer_id"_s, u"TEXT"_s},
                 {u"status"_s, u"TEXT"_s},       {u"priority"_s, u"INTEGER"_s}, {u"score"_s, u"REAL"_s},
                 {u"subject"_s, u"TEXT"_s},      {u"updated_at"_s, u"TEXT"_s}};
    static const QString statuses[] = {u"open"_s, u"pending"_s, u"closed"_s};
    r.cells.reserve(qsizetype(rows) * r.columns.size());
    for (int i = 0; i < rows; ++i) {
        r.cells << QVariant(qlonglong(i + 1)) << QVariant(u"user%1@example.com"_s.arg(i % 20000))
                << QVariant(u"C-%1"_s.arg(100000 + (i * 37) % 90000)) << QVariant(statuses[i % 3])
                << (i % 7 ? QVariant(qlonglong(i % 5)) : QVariant()) << QVariant(double(i % 1000) / 7.0)
                << QVariant(u"Ticket %1: the printer on floor %2 does not print"_s.arg(i).arg(i % 9))
                << QVariant(u"2024-03-%1 %2:%3:00"_s.arg(i % 28 + 1, 2, 10, QChar(u'0'))
                                .arg(i % 24, 2, 10, QChar(u'0'))
                                .arg(i % 60, 2, 10, QChar(u'0')));
    }
    return r;
}

// Counts the paints of the table's viewport, to make sure that every step measured includes one.
class PaintCounter : public QObject {
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

// Bytes the result holds per row: the cells (a QVariant each, strings inline) and the strings' payloads.
double bytesPerRow(const QueryResult &r)
{
    double bytes = double(r.cells.capacity()) * sizeof(QVariant);
    for (const QVariant &cell : r.cells) {
        if (cell.typeId() == QMetaType::QString)
            bytes += 16 + (double(static_cast<const QString *>(cell.constData())->capacity()) + 1) * 2;
    }
    return bytes / double(std::max<qsizetype>(1, r.rowCount()));
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int rows = argc > 1 ? std::max(1, std::atoi(argv[1])) : 100000;

    ResultGrid grid;
    grid.resize(1280, 800);
    grid.show();
    QCoreApplication::processEvents();

    const double rssBefore = residentBytes();
    QueryResult result = makeResult(rows);
    const double rssPerRow = (residentBytes() - rssBefore) / rows;
    const double modelPerRow = bytesPerRow(result);

    QElapsedTimer timer;
    timer.start();
    grid.setResult(result, u"updated_at"_s);
    QCoreApplication::processEvents();
    grid.view()->viewport()->repaint();
    const double show = elapsedMs(timer);
    result = {}; // the grid holds its copy (shared, so the measure above is what the grid holds)

    QueryResultModel *model = grid.model();
    timer.restart();
    model->sort(5, Qt::DescendingOrder);
    const double sortNumber = elapsedMs(timer);
    timer.restart();
    model->sort(6, Qt::AscendingOrder);
    const double sortText = elapsedMs(timer);
    model->sort(-1);
    grid.view()->scrollToTop();
    QCoreApplication::processEvents();

    QScrollBar *bar = grid.view()->verticalScrollBar();
    PaintCounter counter;
    grid.view()->viewport()->installEventFilter(&counter);
    std::vector<double> steps;
    int unpainted = 0;
    // The scroll bar's maximum grows as the view fetches; stop at the last row.
    while (steps.size() < 100000) {
        const bool atEnd = bar->value() >= bar->maximum() && !model->canFetchMore({});
        if (atEnd)
            break;
        timer.restart();
        const int paints = counter.paints;
        bar->setValue(std::min(bar->maximum(), bar->value() + bar->pageStep()));
        // The scroll's repaint and any fetch the view asks for happen here, as they would on screen.
        QCoreApplication::processEvents();
        if (counter.paints == paints) { // not painted yet: paint now, inside the step
            ++unpainted;
            grid.view()->viewport()->repaint();
        }
        steps.push_back(elapsedMs(timer));
    }
    std::vector<double> sorted = steps;
    std::sort(sorted.begin(), sorted.end());
    const double largest = sorted.empty() ? 0 : sorted.back();
    const double median = sorted.empty() ? 0 : sorted[sorted.size() / 2];
    // On a shared machine the largest step is often another process's time slice; the 99th percentile
    // shows what most steps cost.
    const double p99 = sorted.empty() ? 0 : sorted[std::min(sorted.size() - 1, sorted.size() * 99 / 100)];

    std::printf("result grid, %d rows x 8 columns (offscreen, each step with its paint)\n", rows);
    std::printf("  show the result              %8.1f ms\n", show);
    std::printf("  sort by a number column      %8.1f ms\n", sortNumber);
    std::printf("  sort by a text column        %8.1f ms\n", sortText);
    std::printf("  scroll, largest page step    %8.2f ms   (%zu steps; goal: no stall over 16 ms)\n", largest,
                steps.size());
    std::printf("  scroll, median page step     %8.2f ms   (%d steps painted after the event loop)\n", median,
                unpainted);
    std::printf("  scroll, 99th percentile step %8.2f ms\n", p99);
    std::printf("  rows shown at the end        %8d\n", model->rowCount());
    std::printf("  memory per row (cells)       %8.0f bytes  (sizeof(QVariant) x 8 + string payloads)\n",
                modelPerRow);
    std::printf("  memory per row (RSS growth)  %8.0f bytes  (building the result)\n", rssPerRow);
    wsc::bench::figure("grid_show", show, "ms");
    wsc::bench::figure("grid_sort_number", sortNumber, "ms");
    wsc::bench::figure("grid_sort_text", sortText, "ms");
    wsc::bench::figure("grid_scroll_step_max", largest, "ms");
    wsc::bench::figure("grid_scroll_step_median", median, "ms");
    wsc::bench::figure("grid_scroll_step_p99", p99, "ms");
    wsc::bench::figure("grid_bytes_per_row", modelPerRow, "bytes");
    wsc::bench::figure("grid_rss_per_row", rssPerRow, "bytes");
    return model->rowCount() == rows ? 0 : 1;
}
