#include "sandbox/DemoWorkspace.h"

#include "sandbox/Service.h"
#include "sandbox/Warehouse.h"
#include "sandbox/WireTime.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <sqlite3.h>

namespace wsc::sandbox {

using namespace Qt::StringLiterals;

namespace {

const QStringList kFirstNames = {u"Ada"_s,     u"Grace"_s,  u"Alan"_s,     u"Edsger"_s,
                                 u"Barbara"_s, u"Donald"_s, u"Margaret"_s, u"Ken"_s,
                                 u"Frances"_s, u"Dennis"_s, u"Radia"_s,    u"Tim"_s};
const QStringList kLastNames = {u"Lovelace"_s, u"Hopper"_s,  u"Turing"_s,   u"Dijkstra"_s,
                                u"Liskov"_s,   u"Knuth"_s,   u"Hamilton"_s, u"Thompson"_s,
                                u"Allen"_s,    u"Ritchie"_s, u"Perlman"_s,  u"Lee"_s};
const QStringList kCountries = {u"US"_s, u"DE"_s, u"GB"_s, u"FR"_s, u"AU"_s, u"JP"_s, u"BR"_s, u"CA"_s};
const QStringList kPlans = {u"free"_s, u"starter"_s, u"pro"_s, u"enterprise"_s};

bool exec(sqlite3 *db, const QString &sql, QString *error)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    *error = QString::fromUtf8(message);
    sqlite3_free(message);
    return false;
}

// Creates one schema file from a CREATE TABLE and rows produced by `row(i)` as SQL value lists.
bool writeTable(const QString &path, const QString &create, int count, const std::function<QString(int)> &row,
                const QString &table, QString *error)
{
    QFile::remove(path);
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                        nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close_v2(db);
        return false;
    }
    bool ok = exec(db, create, error) && exec(db, u"BEGIN"_s, error);
    for (int i = 0; ok && i < count; ++i)
        ok = exec(db, u"INSERT INTO "_s + table + u" VALUES ("_s + row(i) + u')', error);
    ok = ok && exec(db, u"COMMIT"_s, error);
    sqlite3_close_v2(db);
    return ok;
}

QString quoted(const QString &text)
{
    return u'\'' + QString(text).replace(u'\'', u"''"_s) + u'\'';
}

} // namespace

bool DemoWorkspace::writeTables(const QString &dir, const QDateTime &now, QString *error)
{
    if (!QDir().mkpath(dir)) {
        *error = u"cannot create "_s + dir;
        return false;
    }
    QRandomGenerator random(20231031);
    // Spread over 90 days before now and 60 days after it; later rows "arrive" as the clock passes them.
    const qint64 first = now.addDays(-90).toSecsSinceEpoch();
    const qint64 span = 150LL * 86400;
    auto timestamp = [&](int i, int count) {
        const qint64 at = first + span * i / count + random.bounded(3600);
        return quoted(WireTime::sqlite(QDateTime::fromSecsSinceEpoch(at, Qt::UTC)).left(19));
    };
    const int users = 3000;
    auto email = [](int user) -> QString { return u"user"_s + QString::number(user) + u"@example.com"_s; };
    bool ok = writeTable(
        dir + u"/crm.sqlite"_s,
        u"CREATE TABLE users(id INTEGER PRIMARY KEY, email TEXT, customer_id TEXT, first_name TEXT, "
        u"last_name TEXT,"
        " country TEXT, plan TEXT, lifetime_value REAL, updated_at TEXT)"_s,
        users,
        [&](int i) {
            // Every 40th user has no identity at all: a record that cannot be mapped.
            const bool anonymous = i % 40 == 39;
            return QStringList{QString::number(i + 1),
                               anonymous ? u"NULL"_s : quoted(email(i + 1)),
                               anonymous ? u"NULL"_s : quoted(u"C%1"_s.arg(100000 + i)),
                               quoted(kFirstNames[random.bounded(kFirstNames.size())]),
                               quoted(kLastNames[random.bounded(kLastNames.size())]),
                               quoted(kCountries[random.bounded(kCountries.size())]),
                               quoted(kPlans[random.bounded(kPlans.size())]),
                               QString::number(random.bounded(500000) / 100.0, 'f', 2),
                               timestamp(i, users)}
                .join(u", "_s);
        },
        u"users"_s, error);
    const int orders = 9000;
    ok = ok &&
         writeTable(
             dir + u"/sales.sqlite"_s,
             u"CREATE TABLE orders(order_id INTEGER PRIMARY KEY, customer_id TEXT, email TEXT, amount REAL,"
             " currency TEXT, status TEXT, updated_at TEXT)"_s,
             orders,
             [&](int i) {
                 const int user = 1 + int(random.bounded(users));
                 static const QStringList statuses = {u"placed"_s, u"shipped"_s, u"delivered"_s,
                                                      u"refunded"_s};
                 return QStringList{QString::number(500000 + i),
                                    quoted(u"C%1"_s.arg(100000 + user - 1)),
                                    quoted(email(user)),
                                    QString::number(random.bounded(2000, 40000) / 100.0, 'f', 2),
                                    quoted(i % 5 == 0 ? u"EUR"_s : u"USD"_s),
                                    quoted(statuses[random.bounded(statuses.size())]),
                                    timestamp(i, orders)}
                     .join(u", "_s);
             },
             u"orders"_s, error);
    const int tickets = 2400;
    ok = ok &&
         writeTable(
             dir + u"/support.sqlite"_s,
             u"CREATE TABLE tickets(ticket_id INTEGER PRIMARY KEY, email TEXT, subject TEXT, status TEXT,"
             " priority TEXT, updated_at TEXT)"_s,
             tickets,
             [&](int i) {
                 static const QStringList subjects = {u"Cannot log in"_s, u"Refund request"_s,
                                                      u"Invoice question"_s, u"Feature request"_s,
                                                      u"Bug report"_s};
                 static const QStringList priorities = {u"low"_s, u"normal"_s, u"high"_s};
                 return QStringList{QString::number(9000 + i),
                                    quoted(email(1 + int(random.bounded(users / 3)))),
                                    quoted(subjects[random.bounded(subjects.size())]),
                                    quoted(random.bounded(3) == 0 ? u"closed"_s : u"open"_s),
                                    quoted(priorities[random.bounded(priorities.size())]),
                                    timestamp(i, tickets)}
                     .join(u", "_s);
             },
             u"tickets"_s, error);
    return ok;
}

void DemoWorkspace::seed(Service &service, const Warehouse &warehouse, const QDateTime &now)
{
    using Kind = Service::Kind;
    const QDateTime created = now.addDays(-30);
    const QJsonObject serviceAccountKey{
        {u"type"_s, u"service_account"_s},
        {u"project_id"_s, u"demo-project"_s},
        {u"private_key"_s, u"-----BEGIN PRIVATE KEY-----\nsandbox\n-----END PRIVATE KEY-----\n"_s},
        {u"client_email"_s, u"mparticle@demo-project.iam.gserviceaccount.com"_s}};
    const QJsonObject connections[] = {
        {{u"id"_s, u"demo-snowflake"_s},
         {u"name"_s, u"Snowflake production connection"_s},
         {u"state"_s, u"active"_s},
         {u"service_provider"_s, u"Snowflake"_s},
         {u"config"_s,
          QJsonObject{{u"account_identifier"_s, u"demo12345"_s},
                      {u"region"_s, u"us-east-1"_s},
                      {u"warehouse"_s, u"COMPUTE_WH"_s},
                      {u"database"_s, u"DEMO_DB"_s},
                      {u"role"_s, u"MPARTICLE_ROLE"_s},
                      {u"user"_s, u"MPARTICLE_USER"_s},
                      {u"password"_s, u"demo-password"_s},
                      {u"storage_integration"_s, u"mp_us1_123_456_s3"_s},
                      {u"aws_iam_user_arn"_s, u"arn:aws:iam::000000000000:user/externalstages/demo"_s},
                      {u"aws_external_id"_s, u"SANDBOX=demo=="_s}}}},
        {{u"id"_s, u"demo-bigquery"_s},
         {u"name"_s, u"BigQuery analytics connection"_s},
         {u"state"_s, u"active"_s},
         {u"service_provider"_s, u"BigQuery"_s},
         {u"config"_s,
          QJsonObject{{u"region"_s, u"us-east1"_s},
                      {u"project_id"_s, u"demo-project"_s},
                      {u"dataset_id"_s, u"analytics"_s},
                      {u"service_account_id"_s, u"mparticle@demo-project.iam.gserviceaccount.com"_s},
                      {u"service_account_key"_s,
                       QString::fromUtf8(QJsonDocument(serviceAccountKey).toJson(QJsonDocument::Compact))}}}},
        {{u"id"_s, u"demo-redshift"_s},
         {u"name"_s, u"Redshift support connection"_s},
         {u"state"_s, u"active"_s},
         {u"service_provider"_s, u"Redshift"_s},
         {u"config"_s,
          QJsonObject{{u"database"_s, u"dev"_s},
                      {u"host"_s, u"demo-cluster.abc123.us-east-1.redshift.amazonaws.com"_s},
                      {u"port"_s, u"5439"_s},
                      {u"user"_s, u"mparticle"_s},
                      {u"password"_s, u"demo-password"_s},
                      {u"aws_iam_role_arn"_s, u"arn:aws:iam::123456789012:role/mParticle_role"_s}}}},
        {{u"id"_s, u"demo-databricks"_s},
         {u"name"_s, u"Databricks shared connection"_s},
         {u"state"_s, u"active"_s},
         {u"service_provider"_s, u"Databricks"_s},
         {u"config"_s, QJsonObject{{u"provider"_s, u"demo-org"_s}, {u"schema"_s, u"shared"_s}}}},
    };
    for (const QJsonObject &c : connections) {
        QString error;
        DemoWorkspace::writeTables(warehouse.directoryFor(c), now, &error);
        service.insertGenerated(Kind::Connection, c, created);
    }

    auto model = [](const QString &id, const QString &name, const QString &sql) {
        return QJsonObject{{u"id"_s, id},
                           {u"name"_s, name},
                           {u"state"_s, u"active"_s},
                           {u"type"_s, u"sql"_s},
                           {u"config"_s, QJsonObject{{u"sql_query"_s, sql}}}};
    };
    service.insertGenerated(
        Kind::DataModel,
        model(u"users-model"_s, u"CRM users model"_s,
              u"SELECT email, customer_id, first_name AS \"$firstname\", last_name AS \"$lastname\",\n"
              "       country AS \"$country\", plan, lifetime_value, updated_at\n"
              "FROM DEMO_DB.crm.users"_s),
        created);
    service.insertGenerated(
        Kind::DataModel,
        model(u"bq-users-model"_s, u"BigQuery users model"_s,
              u"SELECT email, customer_id, plan, updated_at\nFROM `demo-project`.crm.users\n"
              "WHERE plan IN ('pro', 'enterprise')"_s),
        created);
    service.insertGenerated(
        Kind::DataModel,
        model(u"orders-model"_s, u"Orders model"_s,
              u"SELECT order_id, customer_id, email, amount, currency, status, updated_at\n"
              "FROM DEMO_DB.sales.orders"_s),
        created);
    service.insertGenerated(
        Kind::DataModel,
        model(u"open-tickets-model"_s, u"Open support tickets model"_s,
              u"SELECT email, COUNT(ticket_id) AS \"open_tickets\", MAX(updated_at) AS updated_at\n"
              "FROM dev.support.tickets\nWHERE status = 'open'\nGROUP BY email"_s),
        created);
    service.insertGenerated(Kind::DataModel,
                            model(u"loyalty-model"_s, u"Loyalty tiers model (v2 table)"_s,
                                  u"SELECT email, tier, updated_at\nFROM DEMO_DB.crm.loyalty_tiers_v2"_s),
                            created);
    service.insertGenerated(Kind::DataModel,
                            model(u"shared-users-model"_s, u"Shared users model"_s,
                                  u"SELECT email, country, updated_at FROM \"demo-org\".crm.users"_s),
                            created);

    service.insertGenerated(
        Kind::FieldTransformation,
        QJsonObject{{u"id"_s, u"orders-to-purchases"_s},
                    {u"name"_s, u"Orders to purchase events"_s},
                    {u"destination_type"_s, u"event_batch"_s},
                    {u"mappings"_s,
                     QJsonArray{QJsonObject{{u"mapping_type"_s, u"static"_s},
                                            {u"destination"_s, u"event_type"_s},
                                            {u"value"_s, u"custom_event"_s}},
                                QJsonObject{{u"mapping_type"_s, u"static"_s},
                                            {u"destination"_s, u"custom_event_type"_s},
                                            {u"value"_s, u"transaction"_s}},
                                QJsonObject{{u"mapping_type"_s, u"static"_s},
                                            {u"destination"_s, u"event_name"_s},
                                            {u"value"_s, u"Order placed"_s}},
                                QJsonObject{{u"mapping_type"_s, u"column"_s},
                                            {u"source"_s, u"order_id"_s},
                                            {u"destination"_s, u"source_message_id"_s}},
                                QJsonObject{{u"mapping_type"_s, u"column"_s},
                                            {u"source"_s, u"email"_s},
                                            {u"destination"_s, u"email"_s}},
                                QJsonObject{{u"mapping_type"_s, u"column"_s},
                                            {u"source"_s, u"amount"_s},
                                            {u"destination"_s, u"amount"_s}},
                                QJsonObject{{u"mapping_type"_s, u"column"_s},
                                            {u"source"_s, u"currency"_s},
                                            {u"destination"_s, u"currency"_s}},
                                QJsonObject{{u"mapping_type"_s, u"ignore"_s}, {u"source"_s, u"status"_s}}}}},
        created);

    const QString startOfDay = WireTime::seconds(QDateTime(now.date().addDays(-21), QTime(6, 0), Qt::UTC));
    const QString lastHour =
        WireTime::seconds(QDateTime(now.date().addDays(-3), QTime(now.time().hour(), 0), Qt::UTC));
    auto pipeline = [](const QString &id, const QString &name, const QString &type, const QString &connection,
                       const QString &modelId, const QString &state, const QJsonObject &sync,
                       const QJsonObject &schedule) {
        return QJsonObject{{u"id"_s, id},
                           {u"name"_s, name},
                           {u"pipeline_type"_s, type},
                           {u"connection_id"_s, connection},
                           {u"data_model_id"_s, modelId},
                           {u"state"_s, state},
                           {u"environment"_s, u"production"_s},
                           {u"sync_mode"_s, sync},
                           {u"schedule"_s, schedule}};
    };
    const QJsonObject incremental{{u"type"_s, u"incremental"_s},
                                  {u"iterator_field"_s, u"updated_at"_s},
                                  {u"iterator_data_type"_s, u"timestamp"_s}};
    QJsonObject sinceLastQuarter = incremental;
    sinceLastQuarter[u"from"_s] = WireTime::seconds(now.addDays(-90));

    service.insertGenerated(Kind::Pipeline,
                            pipeline(u"users-hourly"_s, u"CRM users hourly pipeline"_s, u"user_attributes"_s,
                                     u"demo-snowflake"_s, u"users-model"_s, u"active"_s, incremental,
                                     {{u"type"_s, u"interval"_s},
                                      {u"frequency"_s, u"hourly"_s},
                                      {u"delay"_s, u"5m"_s},
                                      {u"start"_s, lastHour}}),
                            created);
    QJsonObject orders = pipeline(u"orders-daily"_s, u"Orders daily events pipeline"_s, u"events"_s,
                                  u"demo-snowflake"_s, u"orders-model"_s, u"active"_s, sinceLastQuarter,
                                  {{u"type"_s, u"interval"_s},
                                   {u"frequency"_s, u"daily"_s},
                                   {u"delay"_s, u"15m"_s},
                                   {u"start"_s, startOfDay}});
    orders[u"field_transformation_id"_s] = u"orders-to-purchases"_s;
    orders[u"partner_feed_id"_s] = 2124;
    orders[u"partner_feed_key"_s] = u"us1-demo-feed"_s;
    service.insertGenerated(Kind::Pipeline, orders, created);
    service.insertGenerated(Kind::Pipeline,
                            pipeline(u"tickets-on-demand"_s, u"Open tickets on-demand pipeline"_s,
                                     u"user_attributes"_s, u"demo-redshift"_s, u"open-tickets-model"_s,
                                     u"active"_s, sinceLastQuarter, {{u"type"_s, u"on_demand"_s}}),
                            created);
    QJsonObject fullLoad{{u"type"_s, u"full"_s}};
    service.insertGenerated(Kind::Pipeline,
                            pipeline(u"bq-users-once"_s, u"BigQuery users one-off load"_s,
                                     u"user_attributes"_s, u"demo-bigquery"_s, u"bq-users-model"_s,
                                     u"active"_s, fullLoad, {{u"type"_s, u"once"_s}}),
                            created);
    service.insertGenerated(
        Kind::Pipeline,
        pipeline(u"loyalty-hourly"_s, u"Loyalty tiers hourly pipeline"_s, u"user_attributes"_s,
                 u"demo-snowflake"_s, u"loyalty-model"_s, u"active"_s, incremental,
                 {{u"type"_s, u"interval"_s}, {u"frequency"_s, u"hourly"_s}, {u"start"_s, lastHour}}),
        created);
    service.insertGenerated(
        Kind::Pipeline,
        pipeline(u"shared-weekly"_s, u"Shared users weekly pipeline"_s, u"user_attributes"_s,
                 u"demo-databricks"_s, u"shared-users-model"_s, u"paused"_s, incremental,
                 {{u"type"_s, u"interval"_s}, {u"frequency"_s, u"weekly"_s}, {u"start"_s, startOfDay}}),
        created);
    service.insertGenerated(Kind::Pipeline,
                            pipeline(u"users-draft"_s, u"Users monthly pipeline (draft)"_s,
                                     u"user_attributes"_s, u"demo-snowflake"_s, u"users-model"_s, u"new"_s,
                                     incremental,
                                     {{u"type"_s, u"interval"_s},
                                      {u"frequency"_s, u"monthly"_s},
                                      {u"delay"_s, u"1d"_s},
                                      {u"start"_s, startOfDay}}),
                            created);

    // History: the scheduled runs up to now, run for real against the demo warehouse.
    service.backfill(u"users-hourly"_s, now.addDays(-3));
    service.backfill(u"orders-daily"_s, now.addDays(-21));
    service.backfill(u"loyalty-hourly"_s, now.addDays(-3)); // fails: the table does not exist → faulted
    service.backfillManualRun(u"tickets-on-demand"_s, now.addDays(-5));
    service.backfillManualRun(u"tickets-on-demand"_s, now.addDays(-1).addSecs(-3 * 3600));
}

} // namespace wsc::sandbox
