// The result grid (offscreen): a hint until the first result, Ctrl+C puts the selection on the clipboard
// as TSV in the order shown, the other copies and Select All (every row, fetched or not), and rows
// fetched as the view scrolls.
#include "ui/sql/ResultGrid.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace wsc;
using namespace Qt::StringLiterals;

namespace {

QueryResult sample(int rows)
{
    QueryResult r;
    r.columns = {{u"email"_s, u"TEXT"_s}, {u"open_tickets"_s, u"INTEGER"_s}, {u"updated_at"_s, u"TEXT"_s}};
    for (int i = 0; i < rows; ++i) {
        r.cells << QVariant(u"user%1@example.com"_s.arg(i)) << QVariant(qlonglong(rows - i))
                << (i % 2 ? QVariant() : QVariant(u"2024-03-0%1"_s.arg(i % 9 + 1)));
    }
    return r;
}

void select(QTableView *view, int top, int left, int bottom, int right)
{
    const QAbstractItemModel *model = view->model();
    view->selectionModel()->select(QItemSelection(model->index(top, left), model->index(bottom, right)),
                                   QItemSelectionModel::ClearAndSelect);
}

} // namespace

class TestResultGrid : public QObject {
    Q_OBJECT

private slots:
    void showsAHintBeforeAResult();
    void copiesTheSelectionAsTsv();
    void copiesAsCsvAndJsonAndSelectsEveryRow();
    void fetchesAsTheViewScrolls();
};

void TestResultGrid::showsAHintBeforeAResult()
{
    ResultGrid grid;
    grid.resize(600, 400);
    grid.show();
    QVERIFY(QTest::qWaitForWindowExposed(&grid));
    QVERIFY(!grid.hasResult());
    auto *stack = grid.findChild<QStackedWidget *>();
    QVERIFY(stack);
    auto *hint = qobject_cast<QLabel *>(stack->currentWidget());
    QVERIFY(hint);
    QVERIFY(hint->isVisible());
    QVERIFY(hint->text().contains(u"Ctrl+Enter"_s));
    QVERIFY(!grid.view()->isVisible());

    grid.setResult(sample(3), u"updated_at"_s);
    QVERIFY(grid.hasResult());
    QVERIFY(grid.view()->isVisible());
    QVERIFY(!hint->isVisible());
    // Initial widths come from the contents, capped.
    for (int c = 0; c < 3; ++c) {
        QVERIFY(grid.view()->columnWidth(c) > 20);
        QVERIFY(grid.view()->columnWidth(c) <= ResultGrid::kMaxInitialColumnWidth);
    }
    QCOMPARE(grid.model()->columnRole(2), ColumnRole::Iterator);
    // A result with no rows still shows its columns; clear() brings the hint back.
    grid.setResult(QueryResult{sample(0).columns, {}, false, 0, {}}, QString());
    QVERIFY(grid.view()->isVisible());
    QCOMPARE(grid.model()->columnCount(), 3);
    grid.clear();
    QVERIFY(!grid.hasResult());
    QVERIFY(hint->isVisible());
}

void TestResultGrid::copiesTheSelectionAsTsv()
{
    ResultGrid grid;
    grid.resize(800, 400);
    grid.show();
    QVERIFY(QTest::qWaitForWindowExposed(&grid));
    grid.setResult(sample(4), u"updated_at"_s);
    QTableView *view = grid.view();
    // Sorted by open_tickets ascending by a header click: the last rows come first.
    const QHeaderView *header = view->horizontalHeader();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(1) + 10, header->height() / 2));
    QCOMPARE(grid.model()->sortColumn(), 1);
    QCOMPARE(view->model()->index(0, 1).data().toString(), u"1"_s);
    select(view, 0, 0, 1, 2);
    QGuiApplication::clipboard()->setText(u"something else"_s);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(),
             u"user3@example.com\t1\t\nuser2@example.com\t2\t2024-03-03\n"_s);
}

void TestResultGrid::copiesAsCsvAndJsonAndSelectsEveryRow()
{
    ResultGrid grid;
    grid.show();
    QVERIFY(QTest::qWaitForWindowExposed(&grid));
    grid.setResult(sample(2500), QString());
    QTableView *view = grid.view();
    select(view, 1, 0, 1, 1);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"email,open_tickets\r\nuser1@example.com,2499\r\n"_s);
    QTest::keyClick(view, Qt::Key_J, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(),
             u"[\n  {\"email\": \"user1@example.com\", \"open_tickets\": 2499}\n]\n"_s);

    // The context menu offers the same actions.
    QStringList texts;
    for (QAction *action : view->actions())
        texts << action->text();
    QCOMPARE(texts.size(), 5);
    QVERIFY(texts.contains(u"Copy as C&SV"_s));
    QCOMPARE(view->contextMenuPolicy(), Qt::ActionsContextMenu);

    QCOMPARE(view->model()->rowCount(), QueryResultModel::kFetchChunk);
    QTest::keyClick(view, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(view->model()->rowCount(), 2500);
    QCOMPARE(view->selectionModel()->selectedIndexes().size(), 2500 * 3);
    const QString all = grid.selectionText(ExportFormat::Tsv);
    QCOMPARE(all.count(u'\n'), 2500);
    QVERIFY(all.endsWith(u"user2499@example.com\t1\t\n"_s));
}

void TestResultGrid::fetchesAsTheViewScrolls()
{
    ResultGrid grid;
    grid.resize(600, 400);
    grid.show();
    QVERIFY(QTest::qWaitForWindowExposed(&grid));
    grid.setResult(sample(5000), QString());
    QCOMPARE(grid.model()->rowCount(), QueryResultModel::kFetchChunk);
    QScrollBar *bar = grid.view()->verticalScrollBar();
    bar->setValue(bar->maximum());
    QCoreApplication::processEvents();
    QTRY_VERIFY(grid.model()->rowCount() > QueryResultModel::kFetchChunk);
}

QTEST_MAIN(TestResultGrid)
#include "tst_resultgrid.moc"
