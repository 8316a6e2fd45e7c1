// The PostgreSQL driver (Redshift's stand-in) against a real PostgreSQL server started for this test
// (tests/support/PostgresFixture.h): capped previews, column types and NULLs, the catalog, server errors,
// read-only transactions, cancellation on the server, timeouts, login failures without the password, a
// lost connection opened again, and a driver destroyed while its query runs.
#include "client/ApiClient.h"
#include "client/warehouse/PostgresDriver.h"
#include "client/warehouse/WarehouseAccess.h"
#include "models/domain/WrappedQueries.h"
#include "tests/support/AwaitWarehouseJob.h"
#include "tests/support/PostgresFixture.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QPointer>
#include <QProcess>
#include <QTest>
#include <QTextStream>
#include <QTimeZone>

using namespace wsc;
using namespace wsc::test;
using namespace Qt::StringLiterals;

namespace {

QString errorText(const Report &report)
{
    return report.error ? report.error->message : u"(no error)"_s;
}

// A model as the demo workspace writes them: users with their latest tickets, and a trailing `;`.
const QString kUsersModel = uR"(SELECT u.email, u.customer_id, u.first_name, u.country, u.plan,
       u.lifetime_value, u.updated_at, t.status, t.updated_at AS ticket_updated_at
FROM crm.users AS u
LEFT JOIN support.tickets AS t ON t.email = u.email -- tickets may be missing
WHERE u.customer_id <= 1000 + %1;)"_s;

constexpr auto kWithoutSqlDrivers = "--without-sql-drivers";

const QString kSleepingPid = u"SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(%'"_s;

} // namespace

class TestPostgresWarehouse : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void preview_data();
    void preview();
    void typesAndNulls();
    void catalog();
    void queryError();
    void writesAreRefused_data();
    void writesAreRefused();
    void cancelStopsTheBackend();
    void timeout();
    void deadlineWhenTheServerIgnoresTheTimeout();
    void wrongPassword();
    void unreachableServer();
    void lostConnectionIsOpenedAgain();
    void destroyedWhileRunning();
    void missingQtDriverNamesThePackage();
    void redshiftConnectionsPreviewThroughWarehouseAccess();

private:
    PostgresFixture m_server;
    std::unique_ptr<PostgresDriver> m_driver;
};

void TestPostgresWarehouse::initTestCase()
{
    QElapsedTimer timer;
    timer.start();
    if (!m_server.start())
        QFAIL(qPrintable(m_server.error()));
    qInfo("PostgreSQL started on port %d in %lld ms", m_server.port(), timer.elapsed());
    m_driver = std::make_unique<PostgresDriver>(m_server.settings());
}

void TestPostgresWarehouse::preview_data()
{
    QTest::addColumn<int>("users");
    QTest::addColumn<int>("rows");
    QTest::addColumn<bool>("truncated");
    QTest::newRow("all 300") << 300 << 100 << true;
    QTest::newRow("101") << 101 << 100 << true;
    QTest::newRow("exactly 100") << 100 << 100 << false;
    QTest::newRow("50") << 50 << 50 << false;
    QTest::newRow("none") << 0 << 0 << false;
}

void TestPostgresWarehouse::preview()
{
    QFETCH(int, users);
    QFETCH(int, rows);
    QFETCH(bool, truncated);
    const QString statement = WrappedQueries::preview(kUsersModel.arg(users), 101);
    const Report report = await(m_driver->query(statement, 100, 10000));
    QVERIFY2(!report.error, qPrintable(errorText(report)));
    QCOMPARE(report.result.rowCount(), rows);
    QCOMPARE(report.result.truncated, truncated);
    QCOMPARE(report.result.statement, statement);
    QCOMPARE(report.result.columns.size(), 9);
    QCOMPARE(report.result.columns.first().name, u"email"_s);
    QCOMPARE(report.result.columns.last().name, u"ticket_updated_at"_s);
    QVERIFY(report.result.elapsedMs >= 0 && report.result.elapsedMs < 10000);
}

void TestPostgresWarehouse::typesAndNulls()
{
    const QString statement = uR"(SELECT o.order_id, o.email, o.amount, o.is_gift, o.ordered_at, o.ordered_on,
       o.weight, o.details, o.ref, u.customer_id::int4 AS small_id, u.first_name, u.country, u.updated_at,
       o.amount::float8 AS amount_double, NULL::text AS nothing, 42::int2 AS tiny
FROM sales.orders AS o JOIN crm.users AS u ON u.email = o.email
WHERE o.order_id = 10)"_s;
    const Report report = await(m_driver->query(statement, 100, 10000));
    QVERIFY2(!report.error, qPrintable(errorText(report)));
    QStringList types;
    for (const QueryColumn &column : report.result.columns)
        types << column.type;
    QCOMPARE(types, QStringList({u"int8"_s, u"varchar"_s, u"numeric"_s, u"bool"_s, u"timestamptz"_s,
                                 u"date"_s, u"float4"_s, u"jsonb"_s, u"uuid"_s, u"int4"_s, u"text"_s,
                                 u"bpchar"_s, u"timestamp"_s, u"float8"_s, u"text"_s, u"int2"_s}));
    QCOMPARE(report.result.rowCount(), 1);
    const auto cell = [&](int column) { return report.result.cell(0, column); };
    QCOMPARE(cell(0).toLongLong(), 10);
    QCOMPARE(cell(1).toString(), u"user11@example.com"_s);
    QCOMPARE(cell(2).toString(), u"15.00"_s); // numeric stays exact
    QCOMPARE(cell(3).toBool(), true);
    QCOMPARE(cell(4).toDateTime(), QDateTime(QDate(2024, 2, 1), QTime(18, 0), QTimeZone::utc()));
    QCOMPARE(cell(5).toDate(), QDate(2024, 2, 11));
    QCOMPARE(cell(6).toDouble(), 2.5);
    QCOMPARE(cell(7).toString(), uR"({"items": 2})"_s);
    const QByteArray md5 = QCryptographicHash::hash("10", QCryptographicHash::Md5).toHex();
    QCOMPARE(cell(8).toString(),
             QString::fromLatin1(md5.left(8) + '-' + md5.mid(8, 4) + '-' + md5.mid(12, 4) + '-' +
                                 md5.mid(16, 4) + '-' + md5.mid(20)));
    QCOMPARE(cell(9).toInt(), 1011);
    QCOMPARE(cell(10).toString(), u"First11"_s);
    // user 11 has no country: SQL NULL is a null (invalid) QVariant.
    QVERIFY(cell(11).isNull());
    QVERIFY(!cell(11).isValid());
    QCOMPARE(cell(12).toDateTime(), QDateTime(QDate(2024, 3, 1), QTime(1, 0), QTimeZone::utc()));
    QCOMPARE(cell(13).toDouble(), 15.0);
    QVERIFY(!cell(14).isValid());
    QCOMPARE(cell(15).toInt(), 42);
}

void TestPostgresWarehouse::catalog()
{
    const Report report = await(m_driver->catalog());
    QVERIFY2(!report.error, qPrintable(errorText(report)));
    const WarehouseCatalog &catalog = report.catalog;
    QCOMPARE(catalog.database, u"dev"_s);
    QStringList names;
    for (const WarehouseTable &table : catalog.tables)
        names << table.schema + u'.' + table.name;
    QCOMPARE(names,
             QStringList({u"crm.paying_users"_s, u"crm.users"_s, u"sales.orders"_s, u"support.tickets"_s}));

    const WarehouseTable &view = catalog.tables[0];
    QVERIFY(view.view);
    QCOMPARE(view.columns,
             QList<QueryColumn>(
                 {{u"email"_s, u"varchar"_s}, {u"plan"_s, u"text"_s}, {u"lifetime_value"_s, u"numeric"_s}}));
    const WarehouseTable &users = catalog.tables[1];
    QVERIFY(!users.view);
    QCOMPARE(users.columns, QList<QueryColumn>({{u"email"_s, u"varchar"_s},
                                                {u"customer_id"_s, u"int8"_s},
                                                {u"first_name"_s, u"text"_s},
                                                {u"last_name"_s, u"text"_s},
                                                {u"country"_s, u"bpchar"_s},
                                                {u"plan"_s, u"text"_s},
                                                {u"lifetime_value"_s, u"numeric"_s},
                                                {u"updated_at"_s, u"timestamp"_s}}));
    const WarehouseTable &tickets = catalog.tables[3];
    QCOMPARE(tickets.columns.size(), 4);
    QCOMPARE(tickets.columns[3], (QueryColumn{u"updated_at"_s, u"timestamptz"_s}));
}

void TestPostgresWarehouse::queryError()
{
    const QString statement = WrappedQueries::preview(u"SELECT email,\n       nope\nFROM crm.users"_s, 101);
    const Report report = await(m_driver->query(statement, 100, 10000));
    QVERIFY(report.error);
    QCOMPARE(report.error->kind, WarehouseError::Kind::Query);
    // The server's own words, without libpq's severity prefix or Qt's SQLSTATE suffix; the line is the
    // statement's as sent (the model's second line is the wrapped statement's third).
    QCOMPARE(report.error->message, uR"(column "nope" does not exist)"_s);
    QCOMPARE(report.error->line, 3);
    // The connection is still good.
    QVERIFY(!await(m_driver->query(u"SELECT 1"_s, 10, 5000)).error);
}

void TestPostgresWarehouse::writesAreRefused_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<WarehouseError::Kind>("kind");
    const auto query = WarehouseError::Kind::Query;
    QTest::newRow("delete") << u"DELETE FROM crm.users"_s << query;
    QTest::newRow("update") << u"UPDATE crm.users SET plan = 'gone'"_s << query;
    QTest::newRow("select that deletes")
        << u"WITH d AS (DELETE FROM crm.users RETURNING 1) SELECT count(*) FROM d"_s << query;
    QTest::newRow("select into") << u"SELECT * INTO crm.copy FROM crm.users"_s << query;
    // A COMMIT in a second statement would end the read-only transaction: refused before it is sent.
    QTest::newRow("commit, then delete")
        << WrappedQueries::preview(
               u"SELECT 1) AS x; COMMIT; DELETE FROM crm.users; SELECT * FROM (SELECT 1"_s, 101)
        << WarehouseError::Kind::Refused;
}

void TestPostgresWarehouse::writesAreRefused()
{
    QFETCH(QString, statement);
    QFETCH(WarehouseError::Kind, kind);
    const Report report = await(m_driver->query(statement, 100, 10000));
    QVERIFY(report.error);
    QCOMPARE(report.error->kind, kind);
    if (kind == WarehouseError::Kind::Query)
        QVERIFY2(report.error->message.contains(u"read-only"_s), qPrintable(report.error->message));
    QCOMPARE(m_server.scalar(u"SELECT count(*) FROM crm.users WHERE plan IS DISTINCT FROM 'gone'"_s).toInt(),
             300);
    QVERIFY(!m_server.scalar(u"SELECT to_regclass('crm.copy') IS NOT NULL"_s).toBool());
}

void TestPostgresWarehouse::cancelStopsTheBackend()
{
    QPointer<WarehouseJob> job = m_driver->query(u"SELECT pg_sleep(30)"_s, 100, 60000);
    JobWatch watch(job);
    QTRY_COMPARE_WITH_TIMEOUT(m_server.scalar(kSleepingPid).toInt(), 1, 5000);
    QVERIFY(job);
    QElapsedTimer timer;
    timer.start();
    job->cancel();
    const Report report = watch.wait();
    QVERIFY(report.error);
    QCOMPARE(report.error->kind, WarehouseError::Kind::Cancelled);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    // The server stopped it too, and the driver is free for the next query at once.
    QTRY_COMPARE_WITH_TIMEOUT(m_server.scalar(kSleepingPid).toInt(), 0, 2000);
    const Report next = await(m_driver->query(u"SELECT 1 AS one"_s, 100, 10000));
    QVERIFY2(!next.error, qPrintable(errorText(next)));
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(next.result.cell(0, 0).toInt(), 1);
}

void TestPostgresWarehouse::timeout()
{
    const Report report = await(m_driver->query(u"SELECT pg_sleep(5)"_s, 100, 500));
    QVERIFY(report.error);
    QCOMPARE(report.error->kind, WarehouseError::Kind::Timeout);
    QCOMPARE(report.error->message,
             u"The query ran longer than %1 s and was stopped."_s.arg(QLocale().toString(0.5)));
    QVERIFY2(report.elapsedMs < 2000, qPrintable(QString::number(report.elapsedMs)));
    QCOMPARE(m_server.scalar(kSleepingPid).toInt(), 0);
}

void TestPostgresWarehouse::deadlineWhenTheServerIgnoresTheTimeout()
{
    const QString stubborn =
        u"SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'SELECT support.stubborn%'"_s;
    const Report report = await(m_driver->query(u"SELECT support.stubborn_sleep(4)"_s, 10, 500));
    QVERIFY(report.error);
    QCOMPARE(report.error->kind, WarehouseError::Kind::Timeout);
    // Our own deadline, not the server's statement_timeout (which the function swallows).
    QVERIFY2(report.elapsedMs >= 500 + PostgresDriver::kDeadlineMarginMs - 100,
             qPrintable(QString::number(report.elapsedMs)));
    QVERIFY2(report.elapsedMs < 3900, qPrintable(QString::number(report.elapsedMs)));
    QCOMPARE(m_server.scalar(stubborn).toInt(), 1);
    // The worker is free again once the server is done with it.
    QTRY_COMPARE_WITH_TIMEOUT(m_server.scalar(stubborn).toInt(), 0, 5000);
    QVERIFY(!await(m_driver->query(u"SELECT 1"_s, 10, 5000)).error);
}

void TestPostgresWarehouse::wrongPassword()
{
    PostgresDriver::Settings settings = m_server.settings();
    settings.password = u"Wrong-secret-9876"_s;
    PostgresDriver driver(settings);
    QVERIFY(!driver.description().contains(settings.password));
    QVERIFY(driver.description().contains(QString::number(settings.port)));
    JobWatch query(driver.query(u"SELECT 1"_s, 10, 5000));
    JobWatch catalog(driver.catalog());
    for (JobWatch *each : {&query, &catalog}) {
        const Report report = each->wait();
        QVERIFY(report.error);
        QCOMPARE(report.error->kind, WarehouseError::Kind::Connection);
        QVERIFY2(report.error->message.contains(
                     driver.description() + u": password authentication failed for user \"wsc_reader\""_s),
                 qPrintable(report.error->message));
        QVERIFY(!report.error->message.contains(settings.password));
        QVERIFY(!report.error->message.contains(PostgresFixture::readerPassword()));
    }
}

void TestPostgresWarehouse::unreachableServer()
{
    PostgresDriver::Settings settings = m_server.settings();
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    settings.port = probe.serverPort();
    probe.close();
    PostgresDriver driver(settings);
    const Report report = await(driver.query(u"SELECT 1"_s, 10, 5000));
    QVERIFY(report.error);
    QCOMPARE(report.error->kind, WarehouseError::Kind::Connection);
    QVERIFY2(report.error->message.contains(driver.description()), qPrintable(report.error->message));
    QVERIFY2(report.error->message.contains(u"refused"_s), qPrintable(report.error->message));
    QVERIFY(!report.error->message.contains(settings.password));
}

void TestPostgresWarehouse::lostConnectionIsOpenedAgain()
{
    const Report before = await(m_driver->query(u"SELECT pg_backend_pid()"_s, 10, 5000));
    QVERIFY2(!before.error, qPrintable(errorText(before)));
    const int pid = before.result.cell(0, 0).toInt();
    QVERIFY(pid > 0);
    const QString alive = u"SELECT count(*) FROM pg_stat_activity WHERE pid = %1"_s.arg(pid);
    QVERIFY(m_server.scalar(u"SELECT pg_terminate_backend(%1)"_s.arg(pid)).toBool());
    QTRY_COMPARE_WITH_TIMEOUT(m_server.scalar(alive).toInt(), 0, 5000);
    const Report after = await(m_driver->query(u"SELECT pg_backend_pid()"_s, 10, 5000));
    QVERIFY2(!after.error, qPrintable(errorText(after)));
    QVERIFY(after.result.cell(0, 0).toInt() != pid);
}

void TestPostgresWarehouse::destroyedWhileRunning()
{
    auto driver = std::make_unique<PostgresDriver>(m_server.settings());
    JobWatch running(driver->query(u"SELECT pg_sleep(30)"_s, 100, 60000));
    JobWatch queued(driver->query(u"SELECT 1"_s, 100, 60000));
    QTRY_COMPARE_WITH_TIMEOUT(m_server.scalar(kSleepingPid).toInt(), 1, 5000);
    QElapsedTimer timer;
    timer.start();
    driver.reset();
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    for (JobWatch *each : {&running, &queued}) {
        const Report report = each->wait();
        QVERIFY(report.error);
        QCOMPARE(report.error->kind, WarehouseError::Kind::Cancelled);
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_server.scalar(kSleepingPid).toInt(), 0, 2000);
}

// In a process of its own (the QPSQL plugin, once loaded, stays): no plugin path, so no QPSQL driver.
void TestPostgresWarehouse::missingQtDriverNamesThePackage()
{
    QProcess child;
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(),
                {QString::fromLatin1(kWithoutSqlDrivers), QString::number(m_server.port())});
    QVERIFY(child.waitForFinished(20000));
    const QString output = QString::fromUtf8(child.readAll());
    QVERIFY2(child.exitCode() == 0, qPrintable(output));
    QVERIFY2(output.contains(u"libqt6sql6-psql"_s), qPrintable(output));
}

// The child of missingQtDriverNamesThePackage: prints what a query reports; 0 when it is a connection error.
static int queryWithoutSqlDrivers(quint16 port)
{
    QCoreApplication::setLibraryPaths({});
    PostgresDriver::Settings settings;
    settings.host = u"127.0.0.1"_s;
    settings.port = port;
    settings.database = u"dev"_s;
    settings.user = u"wsc_reader"_s;
    settings.password = PostgresFixture::readerPassword();
    PostgresDriver driver(settings);
    const Report report = await(driver.query(u"SELECT 1"_s, 1, 5000));
    QTextStream(stdout) << errorText(report) << Qt::endl;
    return report.error && report.error->kind == WarehouseError::Kind::Connection ? 0 : 1;
}

// The console's path: a Redshift connection of a service that is not a sandbox goes to this driver, with
// the password the user gave (the API returns it masked), its model wrapped and its errors placed.
void TestPostgresWarehouse::redshiftConnectionsPreviewThroughWarehouseAccess()
{
    ApiClient client;
    // Nothing listens on port 1: the probe finds no sandbox.
    client.configure(QUrl(u"http://127.0.0.1:1"_s), QUrl(u"http://127.0.0.1:1/oauth/token"_s), u"1"_s,
                     u"id"_s, u"secret"_s);
    WarehouseAccess access(client);
    Connection redshift;
    redshift.id = u"rs"_s;
    redshift.serviceProvider = ServiceProvider::Redshift;
    redshift.redshift.host = u"127.0.0.1"_s;
    redshift.redshift.port = QString::number(m_server.port());
    redshift.redshift.database = u"dev"_s;
    redshift.redshift.user = u"wsc_reader"_s;
    const QString model = u"SELECT email, customer_id\nFROM dev.crm.users"_s;

    Report report = await(access.preview(redshift, model, 5));
    QVERIFY(report.error);
    QCOMPARE(report.error->kind, WarehouseError::Kind::NeedsPassword);
    QVERIFY(access.needsPassword(redshift));

    access.setPassword(redshift, PostgresFixture::readerPassword(), false);
    report = await(access.preview(redshift, model, 5));
    QVERIFY2(!report.error, qPrintable(errorText(report)));
    QCOMPARE(report.result.rowCount(), 5);
    QVERIFY(report.result.truncated);
    QCOMPARE(report.result.columns.first(), (QueryColumn{u"email"_s, u"varchar"_s}));

    report = await(access.preview(redshift, u"SELECT email\nFROM dev.crm.nosuch"_s, 5));
    QVERIFY(report.error);
    QCOMPARE(report.error->kind, WarehouseError::Kind::Query);
    QCOMPARE(report.error->line, 2);
    QCOMPARE(report.error->column, 14);

    report = await(access.catalog(redshift));
    QVERIFY2(!report.error, qPrintable(errorText(report)));
    QCOMPARE(report.catalog.database, u"dev"_s);

    Connection snowflake;
    snowflake.id = u"sf"_s;
    snowflake.serviceProvider = ServiceProvider::Snowflake;
    QVERIFY(!access.unavailableReason(snowflake).isEmpty());
    report = await(access.preview(snowflake, u"SELECT 1 AS one"_s, 1));
    QVERIFY(report.error);
    QCOMPARE(report.error->kind, WarehouseError::Kind::Unsupported);
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], kWithoutSqlDrivers) == 0)
        return queryWithoutSqlDrivers(quint16(QByteArray(argv[2]).toUInt()));
    TestPostgresWarehouse test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_postgres_warehouse.moc"
