// The result grid's model: rows handed out a chunk at a time, sorting over every row, NULL and long text
// as the grid shows them, the header's classification, the exports, and the column summary; under
// QAbstractItemModelTester.
#include "models/domain/ColumnRole.h"
#include "models/items/ColumnBadges.h"
#include "models/items/QueryResultExport.h"
#include "models/items/QueryResultModel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFont>
#include <QGuiApplication>
#include <QIcon>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPalette>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using namespace wsc;
using namespace Qt::StringLiterals;

namespace {

// English plural forms for the "(s)" sources without the built translations (they come from lupdate).
class PluralTranslator : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *, const char *source, const char *, int n) const override
    {
        QString text = QString::fromUtf8(source);
        if (n < 0 || !text.contains(u"(s)"_s))
            return {};
        return text.replace(u"(s)"_s, n == 1 ? QString() : u"s"_s);
    }
};

QueryResult result(const QStringList &names, const QList<QVariant> &cells)
{
    QueryResult r;
    for (const QString &name : names)
        r.columns << QueryColumn{name, u"TEXT"_s};
    r.cells = cells;
    return r;
}

QList<QVariant> column(const QAbstractItemModel &model, int column, int role = QueryResultModel::RawValueRole)
{
    QList<QVariant> out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, column).data(role);
    return out;
}

QModelIndexList cells(const QAbstractItemModel &model, const QList<int> &rows, const QList<int> &columns)
{
    QModelIndexList out;
    for (int row : rows)
        for (int c : columns)
            out << model.index(row, c);
    return out;
}

} // namespace

class TestQueryResultModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void fetchesOnDemand();
    void sortsEveryRow_data();
    void sortsEveryRow();
    void sortsAHundredThousandRowsAndKeepsTheSelection();
    void showsNullAndLongValues();
    void classifiesTheHeader();
    void exportsTsv();
    void exportsCsv();
    void exportsJsonInTheOrderShown();
    void summarizesTheColumns_data();
    void summarizesTheColumns();
    void warnsWithoutIdentityOrIterator();

private:
    PluralTranslator m_english;
};

void TestQueryResultModel::initTestCase()
{
    QCoreApplication::installTranslator(&m_english);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // "a, b and c"
}

void TestQueryResultModel::fetchesOnDemand()
{
    QueryResultModel model;
    QVERIFY(!model.canFetchMore({}));
    QueryResult r;
    r.columns = {{u"id"_s, u"INTEGER"_s}, {u"email"_s, u"TEXT"_s}};
    const int rows = 100'000;
    r.cells.reserve(rows * 2);
    for (int i = 0; i < rows; ++i)
        r.cells << QVariant(qlonglong(i)) << QVariant(u"user%1@example.com"_s.arg(i));
    model.setResult(std::move(r));
    QCOMPARE(model.rowCount(), QueryResultModel::kFetchChunk);
    QCOMPARE(model.result().rowCount(), rows);
    QVERIFY(model.canFetchMore({}));
    // The tester checks this model once every row is in: its checks fetch more rows from inside the
    // model's own signals (reset, rows inserted, layout changed) and then report those rows as inserted
    // during the change (Qt 6.4 clears its "change in flight" mark only after its checks).
    const int fetched = model.rowCount();
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), fetched + QueryResultModel::kFetchChunk);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted[0][1].toInt(), fetched);
    QCOMPARE(inserted[0][2].toInt(), fetched + QueryResultModel::kFetchChunk - 1);
    while (model.canFetchMore({}))
        model.fetchMore({});
    QCOMPARE(model.rowCount(), rows);
    QCOMPARE(inserted.size(), (rows - fetched) / QueryResultModel::kFetchChunk);
    QCOMPARE(model.index(rows - 1, 1).data().toString(), u"user99999@example.com"_s);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.isNumericColumn(0));
    QVERIFY(!model.isNumericColumn(1));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 0);
}

void TestQueryResultModel::sortsEveryRow_data()
{
    QTest::addColumn<QList<QVariant>>("values");
    QTest::addColumn<QList<QVariant>>("ascending");
    const QVariant null;
    QTest::newRow("numbers compare as numbers")
        << QList<QVariant>{qlonglong(10), 2.5, null, qlonglong(-3), qlonglong(2)}
        << QList<QVariant>{null, qlonglong(-3), qlonglong(2), 2.5, qlonglong(10)};
    QTest::newRow("text naturally, ignoring case")
        << QList<QVariant>{u"item10"_s, u"Item9"_s, null, u"apple"_s, u"Banana"_s}
        << QList<QVariant>{null, u"apple"_s, u"Banana"_s, u"Item9"_s, u"item10"_s};
    QTest::newRow("numbers before text") << QList<QVariant>{u"b"_s, qlonglong(5), u"a"_s, null}
                                         << QList<QVariant>{null, qlonglong(5), u"a"_s, u"b"_s};
    QTest::newRow("64-bit integers exactly")
        << QList<QVariant>{qlonglong(9007199254740993), qlonglong(9007199254740992)}
        << QList<QVariant>{qlonglong(9007199254740992), qlonglong(9007199254740993)};
}

void TestQueryResultModel::sortsEveryRow()
{
    QFETCH(QList<QVariant>, values);
    QFETCH(QList<QVariant>, ascending);
    QueryResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResult(result({u"v"_s}, values));
    QCOMPARE(column(model, 0), values); // the warehouse's order until sorted
    model.sort(0, Qt::AscendingOrder);
    QCOMPARE(column(model, 0), ascending);
    model.sort(0, Qt::DescendingOrder);
    QList<QVariant> descending(ascending.rbegin(), ascending.rend());
    QCOMPARE(column(model, 0), descending);
    QCOMPARE(model.sortColumn(), 0);
    model.sort(-1); // the header's sort indicator cleared
    QCOMPARE(column(model, 0), values);
    QCOMPARE(model.sortColumn(), -1);
}

void TestQueryResultModel::sortsAHundredThousandRowsAndKeepsTheSelection()
{
    // No QAbstractItemModelTester while rows remain to fetch (see fetchesOnDemand); sortsEveryRow has the
    // tester on rows that fit one chunk.
    QueryResultModel model;
    QueryResult r = result({u"n"_s, u"name"_s}, {});
    const int rows = 100'000;
    for (int i = 0; i < rows; ++i)
        r.cells << QVariant((qlonglong(i) * 7919) % rows)
                << QVariant(u"Name %1"_s.arg((qlonglong(i) * 104729) % rows));
    model.setResult(std::move(r));
    const QPersistentModelIndex kept = model.index(1, 1); // n = 7919
    QElapsedTimer timer;
    timer.start();
    model.sort(0, Qt::DescendingOrder);
    const qint64 numbersMs = timer.restart();
    // Sorting covers every row, not only those fetched: the largest value comes first.
    QCOMPARE(model.index(0, 0).data(QueryResultModel::RawValueRole).toLongLong(), rows - 1);
    QCOMPARE(model.rowCount(), QueryResultModel::kFetchChunk);
    QVERIFY(!kept.isValid()); // 7919 is shown far beyond the first chunk now
    model.sort(0, Qt::AscendingOrder);
    const QPersistentModelIndex first = model.index(5, 0);
    model.sort(1, Qt::AscendingOrder);
    const qint64 textMs = timer.elapsed();
    QCOMPARE(model.index(0, 1).data().toString(), u"Name 0"_s);
    QCOMPARE(model.index(1, 1).data().toString(), u"Name 1"_s);
    QCOMPARE(model.index(2, 1).data().toString(), u"Name 2"_s); // natural: before Name 10
    QVERIFY(!first.isValid() || first.data(QueryResultModel::RawValueRole).toLongLong() == 5);
    qInfo("sorted 100,000 rows: numbers %lld ms, text %lld ms", numbersMs, textMs);
}

void TestQueryResultModel::showsNullAndLongValues()
{
    const QString longText = QString(300, u'x');
    const QString multiLine = u"first line\nsecond line"_s;
    const QString huge = QString(20'000, u'y');
    QueryResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResult(result({u"v"_s, u"n"_s}, {QVariant(), qlonglong(1), longText, 2.5, multiLine, QVariant(),
                                              huge, qlonglong(3), u"short"_s, qlonglong(4)}));
    const QModelIndex null = model.index(0, 0);
    QCOMPARE(null.data().toString(), u"NULL"_s);
    QVERIFY(null.data(QueryResultModel::RawValueRole).isNull());
    QVERIFY(null.data(Qt::FontRole).value<QFont>().italic());
    QCOMPARE(null.data(Qt::ForegroundRole).value<QBrush>().color(),
             QGuiApplication::palette().color(QPalette::PlaceholderText));
    QVERIFY(!model.index(4, 0).data(Qt::FontRole).isValid()); // only NULL is grey and italic
    // An empty string is not NULL.
    QCOMPARE(QueryResultModel::displayText(QString(u""_s)), QString());

    const QString elided = model.index(1, 0).data().toString();
    QCOMPARE(elided.size(), QueryResultModel::kElideLength + 1);
    QVERIFY(elided.endsWith(u'…'));
    QCOMPARE(model.index(1, 0).data(Qt::ToolTipRole).toString(), longText);
    QCOMPARE(model.index(2, 0).data().toString(), u"first line…"_s);
    QCOMPARE(model.index(2, 0).data(Qt::ToolTipRole).toString(), multiLine);
    const QString tip = model.index(3, 0).data(Qt::ToolTipRole).toString();
    QCOMPARE(tip.size(), QueryResultModel::kToolTipLength + 1); // capped
    QVERIFY(!model.index(4, 0).data(Qt::ToolTipRole).isValid());

    // Numbers (the NULL in a number column too) are right-aligned; text is not.
    QCOMPARE(model.index(2, 1).data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
    QCOMPARE(model.index(1, 1).data().toString(), u"2.5"_s);
    QVERIFY(!model.index(0, 0).data(Qt::TextAlignmentRole).isValid());
}

void TestQueryResultModel::classifiesTheHeader()
{
    QueryResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QueryResult r;
    r.columns = {{u"Email"_s, u"TEXT"_s},
                 {u"ios_idfv"_s, u"TEXT"_s},
                 {u"updated_at"_s, u"TIMESTAMP"_s},
                 {u"open_tickets"_s, u"INTEGER"_s},
                 {u"plain"_s, QString()}};
    model.setResult(r);
    const auto header = [&](int section, int role) {
        return model.headerData(section, Qt::Horizontal, role);
    };
    QCOMPARE(header(0, Qt::DisplayRole).toString(), u"Email\ntext"_s);
    QCOMPARE(header(4, Qt::DisplayRole).toString(), u"plain"_s);
    QCOMPARE(header(0, QueryResultModel::ColumnNameRole).toString(), u"Email"_s);
    QCOMPARE(header(3, QueryResultModel::ColumnTypeRole).toString(), u"INTEGER"_s);
    QCOMPARE(header(0, QueryResultModel::ColumnRoleRole).toInt(), int(ColumnRole::UserIdentity));
    QCOMPARE(header(1, QueryResultModel::ColumnRoleRole).toInt(), int(ColumnRole::DeviceIdentity));
    QCOMPARE(header(2, QueryResultModel::ColumnRoleRole).toInt(), int(ColumnRole::Attribute));
    QVERIFY(header(0, Qt::ToolTipRole).toString().contains(u"User identity (§12.4)"_s));
    QVERIFY(header(0, Qt::ToolTipRole).toString().contains(u"TEXT"_s));
    QVERIFY(header(4, Qt::ToolTipRole).toString().contains(u"type not given"_s));
    QVERIFY(header(0, Qt::DecorationRole).value<QIcon>().cacheKey() ==
            ColumnBadges::icon(ColumnRole::UserIdentity).cacheKey()); // drawn once
    QVERIFY(!header(1, Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(!header(3, Qt::DecorationRole).isValid()); // plain attributes have no badge

    QSignalSpy changed(&model, &QAbstractItemModel::headerDataChanged);
    model.setIteratorField(u"UPDATED_AT"_s);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(header(2, QueryResultModel::ColumnRoleRole).toInt(), int(ColumnRole::Iterator));
    QVERIFY(!header(2, Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(header(2, Qt::ToolTipRole).toString().contains(u"Iterator"_s));

    // Badges differ per role and are opaque in the middle (visible on any header colour).
    const QImage user = ColumnBadges::icon(ColumnRole::UserIdentity).pixmap(16, 16).toImage();
    const QImage device = ColumnBadges::icon(ColumnRole::DeviceIdentity).pixmap(16, 16).toImage();
    QCOMPARE(user.size(), QSize(16, 16));
    QCOMPARE(qAlpha(user.pixel(2, 8)), 255);
    QVERIFY(user != device);
    QVERIFY(ColumnBadges::icon(ColumnRole::Attribute).isNull());
}

void TestQueryResultModel::exportsTsv()
{
    QueryResultModel model;
    model.setResult(
        result({u"a"_s, u"b"_s, u"c"_s}, {u"plain"_s, qlonglong(42), QVariant(), u"tab\there"_s, 1.5,
                                          u"line\nbreak"_s, u"\"quoted\""_s, qlonglong(-7), u""_s}));
    QCOMPARE(model.exportText(ExportFormat::Tsv, cells(model, {0, 1, 2}, {0, 1, 2})),
             u"plain\t42\t\n\"tab\there\"\t1.5\t\"line\nbreak\"\n\"\"\"quoted\"\"\"\t-7\t\n"_s);
    // Only the rows and columns of the selection, in the order shown.
    model.sort(1, Qt::AscendingOrder);
    QCOMPARE(model.exportText(ExportFormat::Tsv, {model.index(2, 1), model.index(0, 1)}), u"-7\n42\n"_s);
    QCOMPARE(model.exportText(ExportFormat::Tsv, {}), QString());
}

void TestQueryResultModel::exportsCsv()
{
    const QueryResult r =
        result({u"name, full"_s, u"n"_s, u"note"_s}, {u"O\"Brien"_s, qlonglong(1), QVariant(), u"a,b"_s, 2.25,
                                                      u""_s, u"multi\r\nline"_s, qlonglong(3), u"x"_s});
    QCOMPARE(
        QueryResultExport::toCsv(r, {0, 1, 2}, {0, 1, 2}),
        u"\"name, full\",n,note\r\n\"O\"\"Brien\",1,\r\n\"a,b\",2.25,\"\"\r\n\"multi\r\nline\",3,x\r\n"_s);
    QCOMPARE(QueryResultExport::toCsv(r, {2}, {2, 1}), u"note,n\r\nx,3\r\n"_s);
}

void TestQueryResultModel::exportsJsonInTheOrderShown()
{
    QueryResultModel model;
    model.setResult(
        result({u"zeta"_s, u"alpha"_s, u"flag"_s}, {u"b \"two\"\n"_s, qlonglong(2), true, u"a"_s, QVariant(),
                                                    false, QVariant(), 0.5, QVariant()}));
    model.sort(0, Qt::AscendingOrder); // NULL, "a", "b…"
    const QString json = model.exportText(ExportFormat::Json, cells(model, {0, 1, 2}, {0, 1, 2}));
    // Keys in column order (a JSON object type would sort them).
    QVERIFY2(json.indexOf(u"\"zeta\""_s) < json.indexOf(u"\"alpha\""_s), qPrintable(json));
    QVERIFY(json.contains(u"{\"zeta\": null, \"alpha\": 0.5, \"flag\": null}"_s));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray rows = doc.array();
    QCOMPARE(rows.size(), 3);
    QVERIFY(rows[0].toObject()[u"zeta"_s].isNull());
    QCOMPARE(rows[1].toObject()[u"zeta"_s].toString(), u"a"_s);
    QVERIFY(rows[1].toObject()[u"alpha"_s].isNull());
    QCOMPARE(rows[1].toObject()[u"flag"_s].toBool(), false);
    QCOMPARE(rows[2].toObject()[u"zeta"_s].toString(), u"b \"two\"\n"_s);
    QVERIFY(rows[2].toObject()[u"alpha"_s].isDouble());
    QCOMPARE(rows[2].toObject()[u"alpha"_s].toInt(), 2);
    QCOMPARE(QueryResultExport::toJson(model.result(), {}, {0}), u"[]\n"_s);
}

void TestQueryResultModel::summarizesTheColumns_data()
{
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<QString>("iterator");
    QTest::addColumn<QString>("text");
    QTest::newRow("one of each")
        << QStringList{u"email"_s, u"updated_at"_s, u"count_of_open_tickets"_s} << u"updated_at"_s
        << u"1 identity column, iterator updated_at, 1 attribute; count_of_open_tickets will be a new "
           "attribute if the profile does not have it"_s;
    QTest::newRow("plural, reserved attributes are not new")
        << QStringList{u"email"_s, u"ios_idfv"_s, u"$firstname"_s, u"$city"_s, u"tier"_s, u"score"_s}
        << QString()
        << u"2 identity columns, 4 attributes; tier and score will be new attributes if the profile does "
           "not have them"_s;
    QTest::newRow("many new attributes")
        << QStringList{u"customer_id"_s, u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s} << u"ts"_s
        << u"1 identity column, no iterator column, 5 attributes; a, b, c and 2 more will be new "
           "attributes if the profile does not have them"_s;
    QTest::newRow("only reserved attributes")
        << QStringList{u"mpid"_s, u"$age"_s} << QString() << u"1 identity column, 1 attribute"_s;
}

void TestQueryResultModel::summarizesTheColumns()
{
    QFETCH(QStringList, columns);
    QFETCH(QString, iterator);
    QFETCH(QString, text);
    QCOMPARE(ColumnSummary::of(columns, iterator).text(), text);
}

void TestQueryResultModel::warnsWithoutIdentityOrIterator()
{
    const ColumnSummary good = ColumnSummary::of({u"EMAIL"_s, u"Updated_At"_s}, u"updated_at"_s);
    QCOMPARE(good.userIdentities, 1);
    QVERIFY(good.iteratorFound);
    QVERIFY(good.warnings().isEmpty());

    const ColumnSummary none = ColumnSummary::of({u"name"_s, u"ts"_s}, u"updated_at"_s);
    QVERIFY(!none.hasIdentity());
    QCOMPARE(none.attributes, 2);
    const QStringList warnings = none.warnings();
    QCOMPARE(warnings.size(), 2);
    QVERIFY(warnings[0].contains(u"No identity column"_s));
    QVERIFY(warnings[1].contains(u"updated_at"_s));
    QCOMPARE(none.text().left(22), u"0 identity columns, no"_s);

    const ColumnSummary device = ColumnSummary::of({u"push_token"_s}, QString());
    QCOMPARE(device.deviceIdentities, 1);
    QVERIFY(device.warnings().isEmpty()); // a device identity is an identity too
}

QTEST_MAIN(TestQueryResultModel)
#include "tst_queryresultmodel.moc"
