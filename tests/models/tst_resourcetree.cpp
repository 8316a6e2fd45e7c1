// The resource tree follows the store row by row: categories with counts, connections grouped by
// provider, relations both ways, and a filter over ids and names. Checked by QAbstractItemModelTester.
#include "models/items/ResourceTreeModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include <functional>

using namespace wsc;
using namespace Qt::StringLiterals;

namespace {

Connection connection(const QString &id, ServiceProvider provider)
{
    Connection c;
    c.id = id;
    c.name = u"Connection "_s + id;
    c.serviceProvider = provider;
    c.status = ConnectionStatus::Healthy;
    return c;
}

DataModel model(const QString &id)
{
    DataModel m;
    m.id = id;
    m.name = u"Model "_s + id;
    m.status = DataModelStatus::Valid;
    return m;
}

Pipeline pipeline(const QString &id, const QString &conn, const QString &dm, const QString &ft = {})
{
    Pipeline p;
    p.id = id;
    p.name = u"Pipeline "_s + id;
    p.connectionId = conn;
    p.dataModelId = dm;
    p.pipelineType = ft.isEmpty() ? PipelineType::UserAttributes : PipelineType::Events;
    if (!ft.isEmpty())
        p.fieldTransformationId = ft;
    p.status = PipelineStatus::Idle;
    p.state = PipelineState::Active;
    return p;
}

QStringList childTexts(const QAbstractItemModel &m, const QModelIndex &parent)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(parent); ++r)
        out << m.index(r, 0, parent).data().toString();
    return out;
}

} // namespace

class TestResourceTree : public QObject {
    Q_OBJECT

private slots:
    void showsCategoriesGroupsAndRelations();
    void followsTheStoreWithoutResets();
    void handlesLargeWorkspaces();
    void fillsALargeListOverSeveralTurns();
    void filtersByIdAndName();
};

void TestResourceTree::showsCategoriesGroupsAndRelations()
{
    WorkspaceStore store;
    ResourceTreeModel tree(store);
    QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
    store.setConnections({connection(u"sf"_s, ServiceProvider::Snowflake),
                          connection(u"bq"_s, ServiceProvider::BigQuery),
                          connection(u"sf2"_s, ServiceProvider::Snowflake)});
    store.setDataModels({model(u"m1"_s), model(u"m2"_s)});
    FieldTransformation t;
    t.id = u"ft"_s;
    t.name = u"Orders to events"_s;
    store.setFieldTransformations({t});
    store.setPipelines({pipeline(u"p1"_s, u"sf"_s, u"m1"_s), pipeline(u"p2"_s, u"sf"_s, u"m2"_s, u"ft"_s)});

    QCOMPARE(childTexts(tree, {}), (QStringList{u"Connections (3)"_s, u"Data models (2)"_s,
                                                u"Field transformations (1)"_s, u"Pipelines (2)"_s}));
    const QModelIndex connections = tree.categoryIndex(ResourceKind::Connection);
    QCOMPARE(childTexts(tree, connections), (QStringList{u"Snowflake (2)"_s, u"Google BigQuery (1)"_s}));
    // "New" in a category or a provider group creates that kind; a category row is not a resource.
    QVERIFY(!connections.data(ResourceTreeModel::KindRole).isValid());
    QCOMPARE(qvariant_cast<ResourceKind>(tree.index(0, 0, connections).data(ResourceTreeModel::SectionKindRole)),
             ResourceKind::Connection);
    QCOMPARE(qvariant_cast<ResourceKind>(
                 tree.categoryIndex(ResourceKind::Pipeline).data(ResourceTreeModel::SectionKindRole)),
             ResourceKind::Pipeline);
    const QModelIndex sf = tree.indexOf(ResourceKind::Connection, u"sf"_s);
    QCOMPARE(sf.data().toString(), u"Connection sf"_s);
    QCOMPARE(childTexts(tree, sf),
             (QStringList{u"Used by pipeline: Pipeline p1"_s, u"Used by pipeline: Pipeline p2"_s}));
    const QModelIndex p2 = tree.indexOf(ResourceKind::Pipeline, u"p2"_s);
    QCOMPARE(childTexts(tree, p2), (QStringList{u"Connection: Connection sf"_s, u"Data model: Model m2"_s,
                                                u"Field transformation: Orders to events"_s}));
    QCOMPARE(tree.index(0, 0, p2).data(ResourceTreeModel::IsReferenceRole).toBool(), true);
    QCOMPARE(qvariant_cast<ResourceKind>(tree.index(0, 0, p2).data(ResourceTreeModel::KindRole)),
             ResourceKind::Connection);
    QCOMPARE(p2.data(ResourceTreeModel::StatusRole).toString(), u"idle"_s);
    QVERIFY(!p2.data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(childTexts(tree, tree.indexOf(ResourceKind::FieldTransformation, u"ft"_s)),
             QStringList{u"Used by pipeline: Pipeline p2"_s});

    // The polled report is fresher than the listed status.
    PipelineReport report;
    report.status = PipelineStatus::Faulted;
    QSignalSpy changed(&tree, &QAbstractItemModel::dataChanged);
    store.setReport(u"p2"_s, report);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(tree.indexOf(ResourceKind::Pipeline, u"p2"_s).data(ResourceTreeModel::StatusRole).toString(),
             u"faulted"_s);
}

void TestResourceTree::followsTheStoreWithoutResets()
{
    WorkspaceStore store;
    ResourceTreeModel tree(store);
    QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
    store.setConnections(
        {connection(u"sf"_s, ServiceProvider::Snowflake), connection(u"rs"_s, ServiceProvider::Redshift)});
    store.setDataModels({model(u"m1"_s)});
    store.setPipelines({pipeline(u"p1"_s, u"sf"_s, u"m1"_s)});
    QSignalSpy reset(&tree, &QAbstractItemModel::modelReset);
    const QPersistentModelIndex kept = tree.indexOf(ResourceKind::DataModel, u"m1"_s);

    // The pipeline moves to the Redshift connection: both connections' children follow.
    store.upsert(pipeline(u"p1"_s, u"rs"_s, u"m1"_s));
    QVERIFY(childTexts(tree, tree.indexOf(ResourceKind::Connection, u"sf"_s)).isEmpty());
    QCOMPARE(childTexts(tree, tree.indexOf(ResourceKind::Connection, u"rs"_s)).size(), 1);
    // A connection changes provider: its row moves to the new group, the empty group goes.
    store.upsert(connection(u"sf"_s, ServiceProvider::Databricks));
    QCOMPARE(childTexts(tree, tree.categoryIndex(ResourceKind::Connection)),
             (QStringList{u"Amazon Redshift (1)"_s, u"Databricks (1)"_s}));
    // A referenced model disappears: the reference shows it as missing.
    store.setDataModels({});
    QCOMPARE(childTexts(tree, tree.indexOf(ResourceKind::Pipeline, u"p1"_s)).at(1),
             u"Data model: m1 (missing)"_s);
    QVERIFY(!kept.isValid());
    store.setPipelines({});
    QVERIFY(childTexts(tree, tree.indexOf(ResourceKind::Connection, u"rs"_s)).isEmpty());
    QCOMPARE(tree.categoryIndex(ResourceKind::Pipeline).data().toString(), u"Pipelines (0)"_s);
    QCOMPARE(reset.count(), 0);
}

void TestResourceTree::handlesLargeWorkspaces()
{
    WorkspaceStore store;
    ResourceTreeModel tree(store);
    QSignalSpy reset(&tree, &QAbstractItemModel::modelReset);
    store.setConnections({connection(u"rs"_s, ServiceProvider::Redshift)});
    store.setDataModels({model(u"m1"_s)});
    // Many resources, a refresh with a few changes: no reset and the rows stay where they are.
    std::vector<Pipeline> many;
    // Listed out of order, as a server may.
    for (int i = 0; i < 2000; ++i)
        many.push_back(pipeline(u"p%1"_s.arg((i * 7) % 2000, 4, 10, QChar(u'0')), u"rs"_s, u"m1"_s));
    QSignalSpy inserted(&tree, &QAbstractItemModel::rowsInserted);
    store.setPipelines(many);
    QCOMPARE(tree.rowCount(tree.categoryIndex(ResourceKind::Pipeline)), 2000);
    // The whole list goes in at once, not row by row: its rows, and the "used by" rows of the connection
    // and the model.
    QCOMPARE(inserted.count(), 3);
    const QModelIndex category = tree.categoryIndex(ResourceKind::Pipeline);
    for (int row : {0, 1, 999, 1999}) // sorted, each with its relations
        QCOMPARE(tree.index(row, 0, category).data(ResourceTreeModel::IdRole).toString(),
                 u"p%1"_s.arg(row, 4, 10, QChar(u'0')));
    QCOMPARE(tree.rowCount(tree.indexOf(ResourceKind::Pipeline, u"p0777"_s)), 2);
    QCOMPARE(tree.rowCount(tree.indexOf(ResourceKind::DataModel, u"m1"_s)), 2000);
    // A later list that adds a few between the known ones: one insert per run of neighbours, in place.
    {
        QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
        std::vector<Pipeline> more = many;
        for (const QString &id : {u"p0005a"_s, u"p0005b"_s, u"p1500x"_s, u"zz-last"_s})
            more.push_back(pipeline(id, u"rs"_s, u"m1"_s));
        inserted.clear();
        store.setPipelines(more);
        QCOMPARE(tree.index(6, 0, category).data(ResourceTreeModel::IdRole).toString(), u"p0005a"_s);
        QCOMPARE(tree.index(7, 0, category).data(ResourceTreeModel::IdRole).toString(), u"p0005b"_s);
        QCOMPARE(tree.index(1503, 0, category).data(ResourceTreeModel::IdRole).toString(), u"p1500x"_s);
        QCOMPARE(tree.index(2003, 0, category).data(ResourceTreeModel::IdRole).toString(), u"zz-last"_s);
        QCOMPARE(inserted.count(), 3 * 3); // three runs: in the category, and under the connection and the model
        store.setPipelines(many);
    }
    const QPersistentModelIndex p1500 = tree.indexOf(ResourceKind::Pipeline, u"p1500"_s);
    std::find_if(many.begin(), many.end(), [](const Pipeline &p) { return p.id == u"p1500"; })->name =
        u"Renamed"_s;
    many.erase(many.begin() + 10);
    store.setPipelines(many);
    QVERIFY(p1500.isValid());
    QCOMPARE(p1500.data().toString(), u"Renamed"_s);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(tree.rowCount(tree.indexOf(ResourceKind::Connection, u"rs"_s)), 1999);
}

void TestResourceTree::fillsALargeListOverSeveralTurns()
{
    WorkspaceStore store;
    ResourceTreeModel tree(store);
    QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
    store.setConnections({connection(u"rs"_s, ServiceProvider::Redshift)});
    store.setDataModels({model(u"m1"_s)});
    const QModelIndex category = tree.categoryIndex(ResourceKind::Pipeline);
    int largestInsert = 0;
    connect(&tree, &QAbstractItemModel::rowsInserted, this, [&](const QModelIndex &parent, int first, int last) {
        if (parent == category)
            largestInsert = std::max(largestInsert, last - first + 1);
    });
    std::vector<Pipeline> many;
    for (int i = 0; i < 9000; ++i) // listed out of order
        many.push_back(pipeline(u"p%1"_s.arg((i * 7) % 9000, 4, 10, QChar(u'0')), u"rs"_s, u"m1"_s));
    store.setPipelines(many);
    // Not in one go: the GUI gets its turns while the tree fills, a chunk at a time.
    QVERIFY(tree.rowCount(category) < 9000);
    // Meanwhile one goes away and one comes: the tree ends as the store is.
    store.remove(ResourceKind::Pipeline, u"p0004"_s);
    store.upsert(pipeline(u"p9999"_s, u"rs"_s, u"m1"_s));
    QTRY_COMPARE(tree.rowCount(category), 9000);
    QVERIFY(largestInsert > 0 && largestInsert <= 2000);
    QVERIFY(!tree.indexOf(ResourceKind::Pipeline, u"p0004"_s).isValid());
    QVERIFY(tree.indexOf(ResourceKind::Pipeline, u"p9999"_s).isValid());
    for (int row = 1; row < tree.rowCount(category); ++row) // in order, each once
        QVERIFY(tree.index(row - 1, 0, category).data(ResourceTreeModel::IdRole).toString() <
                tree.index(row, 0, category).data(ResourceTreeModel::IdRole).toString());
    QCOMPARE(tree.rowCount(tree.indexOf(ResourceKind::DataModel, u"m1"_s)), 9000);
    QCOMPARE(tree.rowCount(tree.indexOf(ResourceKind::Pipeline, u"p0777"_s)), 2);
    // A store cleared mid-fill leaves nothing of the old list to come.
    store.setPipelines(many);
    store.clear();
    QTest::qWait(0);
    QCoreApplication::processEvents();
    QCOMPARE(tree.rowCount(tree.categoryIndex(ResourceKind::Pipeline)), 0);
}

void TestResourceTree::filtersByIdAndName()
{
    WorkspaceStore store;
    ResourceTreeModel tree(store);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&tree);
    proxy.setRecursiveFilteringEnabled(true);
    proxy.setFilterRole(ResourceTreeModel::FilterRole);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    store.setConnections({connection(u"warehouse-eu"_s, ServiceProvider::Snowflake)});
    store.setDataModels({model(u"orders"_s), model(u"users"_s)});
    store.setPipelines({pipeline(u"orders-daily"_s, u"warehouse-eu"_s, u"orders"_s)});
    proxy.setFilterFixedString(u"ORDERS"_s); // an id, any case
    const QModelIndex models = proxy.mapFromSource(tree.categoryIndex(ResourceKind::DataModel));
    QCOMPARE(proxy.rowCount(models), 1);
    QCOMPARE(proxy.index(0, 0, models).data().toString(), u"Model orders"_s);
    proxy.setFilterFixedString(u"model users"_s); // a name
    QCOMPARE(proxy.rowCount(proxy.mapFromSource(tree.categoryIndex(ResourceKind::DataModel))), 1);
    // Categories without a match disappear altogether.
    QVERIFY(!proxy.mapFromSource(tree.categoryIndex(ResourceKind::Pipeline)).isValid());
    QCOMPARE(proxy.rowCount(), 1);
    // The filter box's fast test agrees with the FilterRole text on every row.
    std::vector<QModelIndex> rows;
    std::function<void(const QModelIndex &)> collect = [&](const QModelIndex &parent) {
        for (int row = 0; row < tree.rowCount(parent); ++row) {
            const QModelIndex child = tree.index(row, 0, parent); // not a reference into the growing list
            rows.push_back(child);
            collect(child);
        }
    };
    collect({});
    QVERIFY(rows.size() > 8);
    for (const QString &text : {u"ORDERS"_s, u"model users"_s, u"s-d"_s, u"daily Pipe"_s, u"warehouse"_s, u"zzz"_s}) {
        for (const QModelIndex &index : rows)
            QCOMPARE(tree.matches(index, text),
                     index.data(ResourceTreeModel::FilterRole).toString().contains(text, Qt::CaseInsensitive));
    }
}

QTEST_MAIN(TestResourceTree)
#include "tst_resourcetree.moc"
