// Qualified names as each provider spells them (the demo's own SQL among them), and the catalog tree:
// its shape, types, insertion texts and resets. Checked by QAbstractItemModelTester.
#include "models/domain/SqlNames.h"
#include "models/items/WarehouseCatalogModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace wsc;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(wsc::ServiceProvider)

namespace {

WarehouseCatalog demoCatalog()
{
    WarehouseCatalog catalog;
    catalog.database = u"DEMO_DB"_s;
    catalog.tables = {
        {u"crm"_s, u"users"_s, {{u"email"_s, u"TEXT"_s}, {u"customer_id"_s, u"INTEGER"_s}}, false},
        {u"support"_s, u"tickets"_s, {{u"ticket_id"_s, u"INTEGER"_s}, {u"status"_s, u"TEXT"_s}}, false},
        {u"crm"_s, u"active users"_s, {{u"email"_s, u"TEXT"_s}, {u"order"_s, u"INTEGER"_s}}, true},
    };
    return catalog;
}

QStringList childTexts(const QAbstractItemModel &m, const QModelIndex &parent, int column = 0)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(parent); ++r)
        out << m.index(r, column, parent).data().toString();
    return out;
}

} // namespace

class TestWarehouseCatalog : public QObject {
    Q_OBJECT

private slots:
    void qualifiesNames_data();
    void qualifiesNames();
    void quotesOnlyWhenNeeded_data();
    void quotesOnlyWhenNeeded();
    void buildsTheTree();
    void insertsQualifiedNames();
    void resetsOnlyForANewCatalog();
    void passesTheModelTester();
};

void TestWarehouseCatalog::qualifiesNames_data()
{
    QTest::addColumn<ServiceProvider>("provider");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("expected");
    // The four FROM clauses of resources/demo/data-models.json.
    QTest::newRow("demo Snowflake") << ServiceProvider::Snowflake << u"DEMO_DB"_s << u"crm"_s << u"users"_s
                                    << u"DEMO_DB.crm.users"_s;
    QTest::newRow("demo BigQuery") << ServiceProvider::BigQuery << u"demo-project"_s << u"crm"_s << u"users"_s
                                   << u"`demo-project`.crm.users"_s;
    QTest::newRow("demo Databricks") << ServiceProvider::Databricks << u"dev"_s << u"support"_s
                                     << u"tickets"_s << u"dev.support.tickets"_s;
    QTest::newRow("demo Redshift") << ServiceProvider::Redshift << u"demo-org"_s << u"crm"_s << u"users"_s
                                   << u"\"demo-org\".crm.users"_s;
    QTest::newRow("no schema") << ServiceProvider::BigQuery << u"proj"_s << QString() << u"t"_s
                               << u"proj.t"_s;
    QTest::newRow("no database") << ServiceProvider::Redshift << QString() << u"crm"_s << u"t"_s
                                 << u"crm.t"_s;
    QTest::newRow("reserved table") << ServiceProvider::Snowflake << u"DB"_s << u"crm"_s << u"user"_s
                                    << u"DB.crm.\"user\""_s;
    QTest::newRow("reserved BigQuery")
        << ServiceProvider::BigQuery << u"p"_s << u"Order"_s << u"t"_s << u"p.`Order`.t"_s;
}

void TestWarehouseCatalog::qualifiesNames()
{
    QFETCH(ServiceProvider, provider);
    QFETCH(QString, database);
    QFETCH(QString, schema);
    QFETCH(QString, table);
    QFETCH(QString, expected);
    QCOMPARE(qualifiedName(provider, database, schema, table), expected);
}

void TestWarehouseCatalog::quotesOnlyWhenNeeded_data()
{
    QTest::addColumn<ServiceProvider>("provider");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << ServiceProvider::Snowflake << u"customer_id"_s << u"customer_id"_s;
    QTest::newRow("underscore first") << ServiceProvider::Redshift << u"_x1"_s << u"_x1"_s;
    QTest::newRow("dollar") << ServiceProvider::Snowflake << u"a$b"_s << u"a$b"_s;
    QTest::newRow("dollar BigQuery") << ServiceProvider::BigQuery << u"a$b"_s << u"`a$b`"_s;
    QTest::newRow("digit first") << ServiceProvider::Databricks << u"1st"_s << u"\"1st\""_s;
    QTest::newRow("space") << ServiceProvider::Redshift << u"first name"_s << u"\"first name\""_s;
    QTest::newRow("mParticle attribute")
        << ServiceProvider::Snowflake << u"$firstname"_s << u"\"$firstname\""_s;
    QTest::newRow("reserved any case") << ServiceProvider::Redshift << u"select"_s << u"\"select\""_s;
    QTest::newRow("reserved GROUP") << ServiceProvider::Databricks << u"GROUP"_s << u"\"GROUP\""_s;
    QTest::newRow("not reserved") << ServiceProvider::Redshift << u"users"_s << u"users"_s;
    QTest::newRow("embedded quote") << ServiceProvider::Snowflake << u"say \"hi\""_s
                                    << u"\"say \"\"hi\"\"\""_s;
    QTest::newRow("embedded backtick") << ServiceProvider::BigQuery << u"a`b"_s << u"`a\\`b`"_s;
    QTest::newRow("non-ASCII") << ServiceProvider::Redshift << u"größe"_s << u"\"größe\""_s;
    QTest::newRow("empty") << ServiceProvider::Redshift << QString() << u"\"\""_s;
}

void TestWarehouseCatalog::quotesOnlyWhenNeeded()
{
    QFETCH(ServiceProvider, provider);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(quotedColumn(provider, name), expected);
    QCOMPARE(isBareIdentifier(provider, name), expected == name);
}

void TestWarehouseCatalog::buildsTheTree()
{
    WarehouseCatalogModel model;
    model.setCatalog(demoCatalog(), ServiceProvider::Snowflake);
    QCOMPARE(childTexts(model, {}), (QStringList{u"crm"_s, u"support"_s}));
    const QModelIndex crm = model.index(0, 0);
    QCOMPARE(WarehouseCatalogModel::kind(crm), WarehouseCatalogModel::Kind::Schema);
    QCOMPARE(childTexts(model, crm), (QStringList{u"users"_s, u"active users"_s}));
    QCOMPARE(childTexts(model, crm, WarehouseCatalogModel::TypeColumn), (QStringList{u"table"_s, u"view"_s}));
    const QModelIndex users = model.index(0, 0, crm);
    QCOMPARE(WarehouseCatalogModel::kind(users), WarehouseCatalogModel::Kind::Table);
    QCOMPARE(WarehouseCatalogModel::kind(model.index(1, 0, crm)), WarehouseCatalogModel::Kind::View);
    QCOMPARE(childTexts(model, users), (QStringList{u"email"_s, u"customer_id"_s}));
    QCOMPARE(childTexts(model, users, WarehouseCatalogModel::TypeColumn),
             (QStringList{u"TEXT"_s, u"INTEGER"_s}));
    const QModelIndex email = model.index(0, 0, users);
    QCOMPARE(WarehouseCatalogModel::kind(email), WarehouseCatalogModel::Kind::Column);
    QCOMPARE(model.rowCount(email), 0);
    QVERIFY(model.flags(email).testFlag(Qt::ItemNeverHasChildren));
    QCOMPARE(model.parent(email), users);
    QCOMPARE(model.parent(users), crm);
    // Every row has a glyph; schema, table, view and column each have their own.
    QList<qint64> glyphs;
    for (const QModelIndex &i : {crm, users, model.index(1, 0, crm), email}) {
        const auto icon = i.data(Qt::DecorationRole).value<QIcon>();
        QVERIFY(!icon.isNull());
        glyphs << icon.pixmap(16).toImage().cacheKey();
    }
    for (int a = 0; a < glyphs.size(); ++a)
        for (int b = a + 1; b < glyphs.size(); ++b)
            QVERIFY(glyphs[a] != glyphs[b]);
}

void TestWarehouseCatalog::insertsQualifiedNames()
{
    WarehouseCatalog catalog = demoCatalog();
    catalog.database = u"demo-project"_s;
    WarehouseCatalogModel model;
    model.setCatalog(catalog, ServiceProvider::BigQuery);
    const QModelIndex crm = model.index(0, 0);
    const QModelIndex users = model.index(0, 0, crm);
    const QModelIndex view = model.index(1, 0, crm);
    QCOMPARE(users.data(WarehouseCatalogModel::InsertionRole).toString(), u"`demo-project`.crm.users"_s);
    QCOMPARE(view.data(WarehouseCatalogModel::InsertionRole).toString(),
             u"`demo-project`.crm.`active users`"_s);
    const QModelIndex order = model.index(1, 0, view);
    QCOMPARE(order.data().toString(), u"order"_s);
    QCOMPARE(order.data(WarehouseCatalogModel::InsertionRole).toString(), u"`order`"_s);
    QCOMPARE(order.data(WarehouseCatalogModel::TableRole).toString(), u"`demo-project`.crm.`active users`"_s);
    QCOMPARE(crm.data(WarehouseCatalogModel::InsertionRole).toString(), u"`demo-project`.crm"_s);
    // The same catalog for another provider quotes the other way.
    model.setCatalog(catalog, ServiceProvider::Redshift);
    QCOMPARE(model.index(1, 0, model.index(0, 0)).data(WarehouseCatalogModel::InsertionRole).toString(),
             u"\"demo-project\".crm.\"active users\""_s);
}

void TestWarehouseCatalog::resetsOnlyForANewCatalog()
{
    WarehouseCatalogModel model;
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setCatalog(demoCatalog(), ServiceProvider::Snowflake);
    QCOMPARE(resets.size(), 1);
    model.setCatalog(demoCatalog(), ServiceProvider::Snowflake); // a refresh that found nothing new
    QCOMPARE(resets.size(), 1);
    WarehouseCatalog changed = demoCatalog();
    changed.tables[0].columns.append({u"plan"_s, u"TEXT"_s});
    model.setCatalog(changed, ServiceProvider::Snowflake);
    QCOMPARE(resets.size(), 2);
    QCOMPARE(model.rowCount(model.index(0, 0, model.index(0, 0))), 3);
    model.setCatalog(changed, ServiceProvider::BigQuery);
    QCOMPARE(resets.size(), 3);
    model.setCatalog({}, ServiceProvider::BigQuery);
    QCOMPARE(resets.size(), 4);
    QCOMPARE(model.rowCount(), 0);
}

void TestWarehouseCatalog::passesTheModelTester()
{
    WarehouseCatalogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(demoCatalog(), ServiceProvider::Snowflake);
    WarehouseCatalog defaultSchema;
    defaultSchema.database = u"proj"_s;
    defaultSchema.tables = {{QString(), u"events"_s, {{u"id"_s, {}}}, false}, {u"s"_s, u"empty"_s, {}, true}};
    model.setCatalog(defaultSchema, ServiceProvider::BigQuery);
    QCOMPARE(model.index(0, 0).data().toString(), u"(default schema)"_s);
    QCOMPARE(model.index(0, 0, model.index(0, 0)).data(WarehouseCatalogModel::InsertionRole).toString(),
             u"proj.events"_s);
    model.setCatalog({}, ServiceProvider::BigQuery);
}

QTEST_MAIN(TestWarehouseCatalog)
#include "tst_warehousecatalog.moc"
