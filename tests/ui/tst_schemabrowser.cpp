// The schema browser through its widgets (filter, states, double-click and Enter, widths) and the SQL
// editor's completion of the catalog's tables and columns, offscreen.
#include "models/items/WarehouseCatalogModel.h"
#include "ui/sql/SchemaBrowser.h"
#include "ui/sql/SqlEditor.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace wsc;
using namespace Qt::StringLiterals;

namespace {

WarehouseCatalog demoCatalog(const QString &database = u"DEMO_DB"_s)
{
    WarehouseCatalog catalog;
    catalog.database = database;
    catalog.tables = {
        {u"crm"_s,
         u"users"_s,
         {{u"email"_s, u"TEXT"_s}, {u"customer_id"_s, u"INTEGER"_s}, {u"updated_at"_s, u"TIMESTAMP_NTZ"_s}},
         false},
        {u"crm"_s,
         u"loyalty_tiers_v2"_s,
         {{u"email"_s, u"TEXT"_s}, {u"tier"_s, u"VARCHAR(16777216)"_s}},
         true},
        {u"support"_s, u"tickets"_s, {{u"ticket_id"_s, u"NUMBER(38,0)"_s}, {u"status"_s, u"TEXT"_s}}, false},
    };
    return catalog;
}

// A double-click as a user makes it: a click, then the double-click (QTest's alone has no press).
void doubleClick(QTreeView *view, const QModelIndex &index)
{
    const QPoint at = view->visualRect(index).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, at);
}

// The proxy row showing `text` under `parent`, or an invalid index.
QModelIndex childNamed(const QAbstractItemModel *m, const QModelIndex &parent, const QString &text)
{
    for (int r = 0; r < m->rowCount(parent); ++r)
        if (m->index(r, 0, parent).data().toString() == text)
            return m->index(r, 0, parent);
    return {};
}

} // namespace

class TestSchemaBrowser : public QObject {
    Q_OBJECT

private slots:
    void filterKeepsParentsOfMatches();
    void doubleClickAndEnterInsert();
    void showsItsStates();
    void typesAreNotClipped();
    void completesTablesAndColumns();
    void completionWritesTheQualifiedName();
    void completionListShowsEveryEntry();
};

void TestSchemaBrowser::filterKeepsParentsOfMatches()
{
    SchemaBrowser browser;
    browser.setCatalog(demoCatalog(), ServiceProvider::Snowflake);
    QAbstractItemModel *shown = browser.view()->model();
    QCOMPARE(shown->rowCount(), 2);
    auto *filter = browser.findChild<QLineEdit *>(u"SchemaFilter"_s);
    QTest::keyClicks(filter, u"CUSTOMER"_s); // a column, case-insensitively
    QCOMPARE(shown->rowCount(), 1);
    const QModelIndex crm = childNamed(shown, {}, u"crm"_s);
    QVERIFY(crm.isValid());
    QCOMPARE(shown->rowCount(crm), 1);
    const QModelIndex users = childNamed(shown, crm, u"users"_s);
    QVERIFY(users.isValid());
    QCOMPARE(shown->rowCount(users), 1);
    QCOMPARE(shown->index(0, 0, users).data().toString(), u"customer_id"_s);
    QVERIFY(browser.view()->isExpanded(users));
    // A table's name keeps the table with its columns; a schema's name keeps the schema.
    filter->setText(u"tick"_s);
    const QModelIndex support = childNamed(shown, {}, u"support"_s);
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->rowCount(childNamed(shown, support, u"tickets"_s)), 2);
    filter->setText(u"nothing like it"_s);
    QCOMPARE(shown->rowCount(), 0);
    filter->clear();
    QCOMPARE(shown->rowCount(), 2);
}

void TestSchemaBrowser::doubleClickAndEnterInsert()
{
    SchemaBrowser browser;
    browser.resize(280, 400);
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    browser.setCatalog(demoCatalog(u"demo-project"_s), ServiceProvider::BigQuery);
    QSignalSpy inserts(&browser, &SchemaBrowser::insertRequested);
    QTreeView *view = browser.view();
    const QAbstractItemModel *shown = view->model();
    const QModelIndex crm = childNamed(shown, {}, u"crm"_s);
    const QModelIndex users = childNamed(shown, crm, u"users"_s);
    QVERIFY(view->isExpanded(crm)); // two schemas: their tables show at once
    doubleClick(view, users);
    QCOMPARE(inserts.size(), 1);
    QCOMPARE(inserts.at(0).at(0).toString(), u"`demo-project`.crm.users"_s);
    QVERIFY(!view->isExpanded(users)); // the double-click inserted, it did not expand

    view->expand(users);
    const QModelIndex email = shown->index(0, 0, users);
    doubleClick(view, email);
    QCOMPARE(inserts.size(), 2);
    QCOMPARE(inserts.at(1).at(0).toString(), u"email"_s);
    // Enter on a column's type cell inserts the column too.
    view->setCurrentIndex(shown->index(1, WarehouseCatalogModel::TypeColumn, users));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(inserts.size(), 3);
    QCOMPARE(inserts.at(2).at(0).toString(), u"customer_id"_s);
    // On a schema, Enter folds it and inserts nothing.
    view->setCurrentIndex(crm);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(inserts.size(), 3);
    QVERIFY(!view->isExpanded(crm));
}

void TestSchemaBrowser::showsItsStates()
{
    SchemaBrowser browser;
    browser.show();
    auto *state = browser.findChild<QLabel *>(u"SchemaState"_s);
    auto *refresh = browser.findChild<QToolButton *>(u"SchemaRefresh"_s);
    QSignalSpy refreshes(&browser, &SchemaBrowser::refreshRequested);
    refresh->click();
    QCOMPARE(refreshes.size(), 1);
    browser.setLoading();
    QVERIFY(state->isVisible());
    QCOMPARE(state->text(), u"Loading…"_s);
    QVERIFY(!refresh->isEnabled());
    browser.setError(u"permission denied for schema crm"_s);
    QVERIFY(state->text().contains(u"permission denied for schema crm"_s));
    QVERIFY(refresh->isEnabled());
    browser.setCatalog(demoCatalog(), ServiceProvider::Snowflake);
    QVERIFY(!state->isVisible());
    QCOMPARE(browser.view()->model()->rowCount(), 2);
    browser.setUnavailable(u"Databricks has no schema browser yet."_s);
    QVERIFY(state->isVisible());
    QCOMPARE(state->text(), u"Databricks has no schema browser yet."_s);
    QVERIFY(!browser.view()->isEnabled());
    QVERIFY(!refresh->isEnabled());
    QCOMPARE(browser.view()->model()->rowCount(), 0);
    browser.setCatalog({}, ServiceProvider::Redshift);
    QVERIFY(state->isVisible()); // an empty warehouse says so
    QVERIFY(browser.view()->isEnabled());
}

void TestSchemaBrowser::typesAreNotClipped()
{
    SchemaBrowser browser;
    browser.setCatalog(demoCatalog(), ServiceProvider::Snowflake);
    browser.resize(260, 400);
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    QTreeView *view = browser.view();
    view->expandAll();
    QCoreApplication::processEvents();
    QVERIFY(browser.minimumWidth() <= 260);
    const int typeColumn = WarehouseCatalogModel::TypeColumn;
    // The widest type ("VARCHAR(16777216)") fits in its column.
    int widest = 0;
    const QAbstractItemModel *shown = view->model();
    for (int s = 0; s < shown->rowCount(); ++s)
        for (int t = 0; t < shown->rowCount(shown->index(s, 0)); ++t) {
            const QModelIndex table = shown->index(t, 0, shown->index(s, 0));
            for (int c = 0; c < shown->rowCount(table); ++c)
                widest = std::max(widest, view->fontMetrics().horizontalAdvance(
                                              shown->index(c, typeColumn, table).data().toString()));
        }
    QVERIFY(widest > 50);
    QTRY_VERIFY2(view->header()->sectionSize(typeColumn) >= widest,
                 qPrintable(QString::number(view->header()->sectionSize(typeColumn))));
    QVERIFY(view->header()->sectionPosition(typeColumn) + view->header()->sectionSize(typeColumn) <=
            view->viewport()->width());
    QVERIFY(view->header()->sectionSize(WarehouseCatalogModel::NameColumn) >= 60);
}

void TestSchemaBrowser::completesTablesAndColumns()
{
    SqlEditor editor;
    QVERIFY(editor.completionsFor(u"DEMO"_s).isEmpty());
    editor.setCatalogCompletions(demoCatalog(), ServiceProvider::Snowflake);
    QVERIFY(editor.completionsFor(u"demo_"_s).contains(u"DEMO_DB.crm.users"_s));
    const QStringList byName = editor.completionsFor(u"use"_s);
    QVERIFY2(byName.contains(u"users (DEMO_DB.crm.users)"_s), qPrintable(byName.join(u", "_s)));
    QVERIFY(byName.contains(u"updated_at (users)"_s) == false); // "use" is not a prefix of "updated_at"
    QCOMPARE(editor.completionInsertion(u"users (DEMO_DB.crm.users)"_s), u"DEMO_DB.crm.users"_s);
    const QStringList columns = editor.completionsFor(u"em"_s);
    QVERIFY(columns.contains(u"email (users)"_s));
    QVERIFY(columns.contains(u"email (loyalty_tiers_v2)"_s));
    QCOMPARE(editor.completionInsertion(u"email (users)"_s), u"email"_s);
    QVERIFY(editor.completionsFor(u"tier"_s).contains(u"tier (loyalty_tiers_v2)"_s));
    QVERIFY(editor.completionsFor(u"sel"_s).contains(u"SELECT"_s)); // what it offered before stays
    QCOMPARE(editor.completionInsertion(u"SELECT"_s), u"SELECT"_s);

    // A new catalog replaces the old one's words; the provider's quoting applies.
    WarehouseCatalog other;
    other.database = u"demo-org"_s;
    other.tables = {{u"crm"_s, u"users"_s, {{u"first name"_s, u"varchar"_s}}, false}};
    editor.setCatalogCompletions(other, ServiceProvider::Redshift);
    QVERIFY(editor.completionsFor(u"DEMO_"_s).isEmpty());
    QVERIFY(!editor.completionsFor(u"em"_s).contains(u"email (users)"_s));
    QVERIFY(editor.completionsFor(u"em"_s).contains(u"email"_s)); // an identity column, not the catalog's
    QVERIFY(editor.completionsFor(u"use"_s).contains(u"users (\"demo-org\".crm.users)"_s));
    QCOMPARE(editor.completionInsertion(u"first name (users)"_s), u"\"first name\""_s);
    editor.setCatalogCompletions({}, ServiceProvider::Redshift);
    QVERIFY(editor.completionsFor(u"use"_s).isEmpty());
}

void TestSchemaBrowser::completionWritesTheQualifiedName()
{
    SqlEditor editor;
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.setCatalogCompletions(demoCatalog(u"demo-project"_s), ServiceProvider::BigQuery);
    editor.setText(u"SELECT * FROM tickets"_s);
    editor.setCursorPosition(0, int(editor.text().size()));
    editor.autoCompleteFromAPIs();
    QTRY_VERIFY(editor.isListActive());
    editor.SendScintilla(QsciScintillaBase::SCI_AUTOCCOMPLETE);
    QCOMPARE(editor.text(), u"SELECT * FROM `demo-project`.support.tickets"_s);
    QVERIFY(!editor.isListActive());
    // A backtick typed before the word is not doubled.
    editor.setText(u"SELECT * FROM `loy"_s);
    editor.setCursorPosition(0, int(editor.text().size()));
    editor.autoCompleteFromAPIs();
    QTRY_VERIFY(editor.isListActive());
    editor.SendScintilla(QsciScintillaBase::SCI_AUTOCCOMPLETE);
    QCOMPARE(editor.text(), u"SELECT * FROM `demo-project`.crm.loyalty_tiers_v2"_s);
    // A name with a space is written whole (QScintilla cuts an entry at its first space).
    WarehouseCatalog spaced;
    spaced.database = u"demo-org"_s;
    spaced.tables = {{u"crm"_s, u"active users"_s, {{u"first name"_s, u"varchar"_s}}, true}};
    editor.setCatalogCompletions(spaced, ServiceProvider::Redshift);
    editor.setText(u"SELECT firs"_s);
    editor.setCursorPosition(0, int(editor.text().size()));
    editor.autoCompleteFromAPIs();
    QTRY_VERIFY(editor.isListActive());
    editor.SendScintilla(QsciScintillaBase::SCI_AUTOCCOMPLETE);
    QCOMPARE(editor.text(), u"SELECT \"first name\""_s);
    editor.append(u" FROM activ"_s);
    editor.setCursorPosition(0, int(editor.text().size()));
    editor.autoCompleteFromAPIs();
    QTRY_VERIFY(editor.isListActive());
    editor.SendScintilla(QsciScintillaBase::SCI_AUTOCCOMPLETE);
    QCOMPARE(editor.text(), u"SELECT \"first name\" FROM \"demo-org\".crm.\"active users\""_s);
}

void TestSchemaBrowser::completionListShowsEveryEntry()
{
    SqlEditor editor;
    editor.resize(700, 300);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.setCatalogCompletions(demoCatalog(), ServiceProvider::Snowflake);
    // A word without an image first ("email", an identity column), then two columns with theirs.
    editor.setText(u"SELECT em"_s);
    editor.setCursorPosition(0, int(editor.text().size()));
    editor.autoCompleteFromAPIs();
    QTRY_VERIFY(editor.isListActive());
    auto *list = editor.findChild<QListWidget *>();
    QVERIFY(list);
    QTRY_VERIFY(list->isVisible());
    QCOMPARE(list->count(), 3);
    QCOMPARE(list->item(0)->text(), u"email"_s);
    QVERIFY(!list->item(1)->icon().isNull());
    // Three entries fit without scroll bars: none is hidden or cut.
    QVERIFY(!list->verticalScrollBar()->isVisible());
    QVERIFY(!list->horizontalScrollBar()->isVisible());
    for (int row = 0; row < list->count(); ++row)
        QVERIFY(list->viewport()->rect().contains(list->visualItemRect(list->item(row))));
    editor.cancelList();
}

QTEST_MAIN(TestSchemaBrowser)
#include "tst_schemabrowser.moc"
