// The SQL preview against the sandbox's local warehouses, over real loopback HTTP: rows, types and NULLs,
// the row cap, what our checker stops before sending, warehouse errors placed in the SQL, cancel and the
// deadline, the catalog, and answers that are not what the endpoint returns.
#include "client/ApiClient.h"
#include "client/RequestLog.h"
#include "client/warehouse/SandboxDriver.h"
#include "client/warehouse/WarehouseAccess.h"
#include "models/domain/Connection.h"
#include "tests/support/AwaitWarehouseJob.h"
#include "tests/support/SandboxFixture.h"

#include <QPointer>
#include <QTest>

using namespace wsc;
using namespace wsc::test;
using namespace Qt::StringLiterals;

namespace {

Connection connectionOf(const QString &id)
{
    Connection c;
    c.id = id;
    c.serviceProvider = ServiceProvider::Snowflake;
    return c;
}

// A query that reads for minutes: the cross product of the demo tables.
const QString kSlow = u"SELECT COUNT(*) AS n FROM my_db.crm.users a, my_db.crm.users b, my_db.crm.users c, "
                      "my_db.sales.orders d"_s;

} // namespace

class TestWarehousePreview : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        m_fixture = std::make_unique<SandboxFixture>();
        QVERIFY2(m_fixture->startError.isEmpty(), qPrintable(m_fixture->startError));
        QCOMPARE(m_fixture->http.post(SandboxFixture::api(u"/connections"_s), m_fixture->snowflake()).status,
                 200);
        m_client = std::make_unique<ApiClient>();
        const QString base = m_fixture->server->baseUrl();
        m_client->configure(QUrl(base), QUrl(base + u"/oauth/token"_s), u"1"_s, u"sandbox"_s, u"sandbox"_s);
        m_access = std::make_unique<WarehouseAccess>(*m_client);
    }
    void cleanup()
    {
        m_access.reset();
        m_client.reset();
        m_fixture.reset();
    }

    void previewsRowsAsTheServiceWrapsThem()
    {
        const Report r = await(m_access->preview(connectionOf(u"sf"_s),
                                                 u"SELECT email, customer_id\nFROM my_db.crm.users;"_s, 5));
        QVERIFY2(!r.error, qPrintable(r.error ? r.error->message : QString()));
        QCOMPARE(r.result.columns,
                 (QList<QueryColumn>{{u"email"_s, u"TEXT"_s}, {u"customer_id"_s, u"TEXT"_s}}));
        QCOMPARE(r.result.rowCount(), 5);
        QVERIFY(r.result.truncated);
        QVERIFY(r.result.cell(0, 0).toString().contains(u'@'));
        QCOMPARE(
            r.result.statement,
            u"SELECT * FROM (\nSELECT email, customer_id\nFROM my_db.crm.users\n) AS mp_model LIMIT 6"_s);
    }

    void saysWhenEveryRowIsShown()
    {
        const Report r = await(
            m_access->preview(connectionOf(u"sf"_s), u"SELECT email FROM my_db.crm.users LIMIT 3"_s, 3));
        QVERIFY(!r.error);
        QCOMPARE(r.result.rowCount(), 3);
        QVERIFY(!r.result.truncated);
    }

    void keepsNullsAndNumberTypes()
    {
        const Report r = await(
            m_access->preview(connectionOf(u"sf"_s),
                              u"SELECT NULL AS missing, 7 AS seven, 1.5 AS half FROM my_db.crm.users"_s, 1));
        QVERIFY2(!r.error, qPrintable(r.error ? r.error->message : QString()));
        QVERIFY(r.result.cell(0, 0).isNull());
        QCOMPARE(r.result.cell(0, 1).typeId(), QMetaType::LongLong);
        QCOMPARE(r.result.cell(0, 1).toLongLong(), 7);
        QCOMPARE(r.result.cell(0, 2).toDouble(), 1.5);
        QCOMPARE(r.result.columns[1].type, u"INTEGER"_s); // no declared type: the value's storage class
    }

    void stopsWhatTheCheckerRefusesBeforeSending()
    {
        const int before = m_client->requestLog().rowCount();
        const Report r =
            await(m_access->preview(connectionOf(u"sf"_s), u"SELECT order_id, , email FROM t"_s, 5));
        QVERIFY(r.error);
        QCOMPARE(r.error->kind, WarehouseError::Kind::Refused);
        QCOMPARE(r.error->line, 1);
        QCOMPARE(r.error->column, 18); // the second comma: nothing between the two
        QCOMPARE(m_client->requestLog().rowCount(), before);
    }

    void placesAWarehouseErrorInTheSql()
    {
        const Report r =
            await(m_access->preview(connectionOf(u"sf"_s), u"SELECT email\nFROM my_db.crm.userz"_s, 5));
        QVERIFY(r.error);
        QCOMPARE(r.error->kind, WarehouseError::Kind::Query);
        QVERIFY2(r.error->message.contains(u"userz"_s), qPrintable(r.error->message));
        QCOMPARE(r.error->line, 2);
        QCOMPARE(r.error->column, 16);
        QCOMPARE(r.error->length, 5);
    }

    void sandboxRefusesWhatIsNotOneSelect()
    {
        // Our checker stops it first ...
        const Report r = await(m_access->run(connectionOf(u"sf"_s), u"DELETE FROM crm.users"_s, 5));
        QVERIFY(r.error);
        QCOMPARE(r.error->kind, WarehouseError::Kind::Refused);
        // ... and the sandbox refuses it on its own, whoever sends it.
        const auto answer = m_fixture->http.post(u"/_sandbox/connections/sf/warehouse/query"_s,
                                                 QJsonObject{{u"statement"_s, u"DELETE FROM crm.users"_s}});
        QCOMPARE(answer.status, 422);
        const Report still =
            await(m_access->preview(connectionOf(u"sf"_s), u"SELECT id FROM my_db.crm.users"_s, 1));
        QVERIFY(!still.error);
        QCOMPARE(still.result.rowCount(), 1);
    }

    void cancelsARunningQuery()
    {
        WarehouseJob *job = m_access->preview(connectionOf(u"sf"_s), kSlow, 1);
        QTimer::singleShot(300, job, &WarehouseJob::cancel);
        QElapsedTimer clock;
        clock.start();
        const Report r = await(job);
        QVERIFY(r.error);
        QCOMPARE(r.error->kind, WarehouseError::Kind::Cancelled);
        // The sandbox stopped it too: another query is answered at once (its pool has two threads, so a
        // runaway first query would still leave one; two more prove both are free).
        const Report a = await(m_access->preview(connectionOf(u"sf"_s), u"SELECT 1 AS one"_s, 1), 5000);
        const Report b = await(m_access->preview(connectionOf(u"sf"_s), u"SELECT 2 AS two"_s, 1), 5000);
        QVERIFY(!a.error && !b.error);
        QVERIFY(clock.elapsed() < 10000);
    }

    void stopsAtTheDeadline()
    {
        QElapsedTimer clock;
        clock.start();
        const Report r = await(m_access->preview(connectionOf(u"sf"_s), kSlow, 1, 400));
        QVERIFY(r.error);
        QCOMPARE(r.error->kind, WarehouseError::Kind::Timeout);
        QVERIFY(clock.elapsed() < 5000);
    }

    void listsTheCatalog()
    {
        const Report r = await(m_access->catalog(connectionOf(u"sf"_s)));
        QVERIFY2(!r.error, qPrintable(r.error ? r.error->message : QString()));
        QCOMPARE(r.catalog.database, u"my_db"_s);
        const auto users =
            std::find_if(r.catalog.tables.cbegin(), r.catalog.tables.cend(),
                         [](const WarehouseTable &t) { return t.schema == u"crm" && t.name == u"users"; });
        QVERIFY(users != r.catalog.tables.cend());
        QVERIFY(users->columns.contains(QueryColumn{u"email"_s, u"TEXT"_s}));
        QVERIFY(users->columns.contains(QueryColumn{u"lifetime_value"_s, u"REAL"_s}));
        QVERIFY(m_access->cachedCatalog(u"sf"_s));
    }

    void unknownConnectionIsNotFound()
    {
        const Report r = await(m_access->preview(connectionOf(u"nope"_s), u"SELECT 1 AS one"_s, 1));
        QVERIFY(r.error);
        QCOMPARE(r.error->kind, WarehouseError::Kind::Unsupported);
    }

    void refusesAnswersThatAreNotResults()
    {
        QString problem;
        QVERIFY(SandboxDriver::decodeResult(R"({"columns":[{"name":"a"}],"rows":[[1,2]],"truncated":false})",
                                            &problem) == std::nullopt);
        QVERIFY(!problem.isEmpty());
        QVERIFY(!SandboxDriver::decodeResult(R"({"columns":[{"name":"a"}],"rows":[[1]]})", &problem));
        QVERIFY(!SandboxDriver::decodeResult(R"([1,2])", &problem));
        QVERIFY(!SandboxDriver::decodeCatalog(R"({"tables":[{"columns":[]}]})", &problem));
        const auto ok = SandboxDriver::decodeResult(
            R"({"columns":[{"name":"a","type":"INTEGER"}],"rows":[[null],[9007199254740993]],"truncated":true})",
            &problem);
        QVERIFY(ok);
        QVERIFY(ok->cell(0, 0).isNull());
        QVERIFY(ok->truncated);
    }

private:
    std::unique_ptr<SandboxFixture> m_fixture;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<WarehouseAccess> m_access;
};

QTEST_GUILESS_MAIN(TestWarehousePreview)
#include "tst_warehouse_preview.moc"
