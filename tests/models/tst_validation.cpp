// Local validation (spec §5.1, §6.7, §7.3, §8.6, §11.2): one table row per rule, each naming the field
// the message must be attached to.
#include "models/domain/Validator.h"

#include <QTest>

#include <functional>

using namespace wsc;
using namespace Qt::StringLiterals;
using Code = ValidationIssue::Code;

namespace {

template <typename T>
struct Case {
    const char *name;
    std::function<void(T &)> mutate;
    QString field; // empty: the object must stay free of errors
    Code code = Code::Invalid;
    bool warningOnly = false;
};

Pipeline validPipeline()
{
    Pipeline p;
    p.id = u"orders-events"_s;
    p.name = u"Orders events pipeline"_s;
    p.pipelineType = PipelineType::Events;
    p.connectionId = u"snowflake-prod"_s;
    p.dataModelId = u"orders-model"_s;
    p.fieldTransformationId = u"orders-to-events"_s;
    p.state = PipelineState::Active;
    p.environment = Environment::Development;
    p.syncMode.type = SyncModeType::Incremental;
    p.syncMode.iteratorField = u"updated_at"_s;
    p.syncMode.iteratorDataType = IteratorDataType::Timestamp;
    p.syncMode.from = Timestamp::parse(u"2022-07-01T16:00:00Z");
    p.schedule.type = ScheduleType::Interval;
    p.schedule.frequency = Frequency::Hourly;
    p.schedule.delay = u"5m"_s;
    p.schedule.start = Timestamp::parse(u"2022-07-01T16:00:00Z");
    return p;
}

Connection validConnection(ServiceProvider provider)
{
    Connection c;
    c.id = u"warehouse"_s;
    c.name = u"Warehouse connection"_s;
    c.state = ResourceState::Active;
    c.serviceProvider = provider;
    c.snowflake = {u"gd12345"_s, u"us-central1.gcp"_s,       u"compute_wh"_s,        u"db"_s, u"role"_s,
                   u"user"_s,    Secret::fromValue(u"pw"_s), u"mp_us1_123_123_s3"_s, {},      {}};
    c.bigQuery = {
        u"us-east1"_s, u"project"_s, u"dataset"_s, u"sa@project.iam.gserviceaccount.com"_s,
        Secret::fromValue(uR"({"type":"service_account","private_key":"k","client_email":"sa@p"})"_s)};
    c.redshift = {u"dev"_s,       u"cluster.example.com"_s,   {},
                  u"mparticle"_s, Secret::fromValue(u"pw"_s), u"arn:aws:iam::1:role/r"_s};
    c.databricks = {u"org"_s, u"schema"_s};
    return c;
}

DataModel validModel()
{
    DataModel m;
    m.id = u"users-model"_s;
    m.name = u"Users model"_s;
    m.state = ResourceState::Active;
    m.sqlQuery = u"SELECT email, updated_at FROM db.crm.users"_s;
    return m;
}

FieldTransformation validTransformation()
{
    FieldTransformation t;
    t.id = u"orders-to-events"_s;
    t.name = u"Orders to events"_s;
    t.mappings = {
        {MappingType::Column, u"order_id"_s, u"event_id"_s, std::nullopt, {}},
        {MappingType::Static, std::nullopt, u"event_type"_s, u"custom_event"_s, {}},
        {MappingType::Ignore, u"internal_note"_s, std::nullopt, std::nullopt, {}},
    };
    return t;
}

const std::vector<Case<Pipeline>> &pipelineCases()
{
    static const std::vector<Case<Pipeline>> cases = {
        {"valid", [](Pipeline &) {}, {}},
        {"missing id", [](Pipeline &p) { p.id.clear(); }, u"id"_s, Code::Required},
        {"id with a space", [](Pipeline &p) { p.id = u"my pipeline"_s; }, u"id"_s},
        {"id with a slash", [](Pipeline &p) { p.id = u"a/b"_s; }, u"id"_s},
        {"id with a non-ASCII letter", [](Pipeline &p) { p.id = u"pipeline-ü"_s; }, u"id"_s},
        {"id of 255 is fine", [](Pipeline &p) { p.id = QString(255, u'a'); }, {}},
        {"blank name", [](Pipeline &p) { p.name = u"   "_s; }, u"name"_s, Code::Required},
        {"missing pipeline type", [](Pipeline &p) { p.pipelineType = {}; }, u"pipeline_type"_s,
         Code::Required},
        {"unknown pipeline type",
         [](Pipeline &p) { p.pipelineType = EnumValue<PipelineType>::fromWire(u"audiences"); },
         u"pipeline_type"_s},
        {"missing connection", [](Pipeline &p) { p.connectionId.clear(); }, u"connection_id"_s,
         Code::Required},
        {"missing data model", [](Pipeline &p) { p.dataModelId.clear(); }, u"data_model_id"_s,
         Code::Required},
        {"events without transformation", [](Pipeline &p) { p.fieldTransformationId.reset(); },
         u"field_transformation_id"_s, Code::Required},
        {"user attributes need no transformation",
         [](Pipeline &p) {
             p.pipelineType = PipelineType::UserAttributes;
             p.fieldTransformationId.reset();
         },
         {}},
        {"missing state", [](Pipeline &p) { p.state = {}; }, u"state"_s, Code::Required},
        {"inactive is not a pipeline state",
         [](Pipeline &p) { p.state = EnumValue<PipelineState>::fromWire(u"inactive"); }, u"state"_s},
        {"missing environment", [](Pipeline &p) { p.environment = {}; }, u"environment"_s, Code::Required},
        {"unknown environment",
         [](Pipeline &p) { p.environment = EnumValue<Environment>::fromWire(u"staging"); }, u"environment"_s},
        {"missing sync mode", [](Pipeline &p) { p.syncMode.type = {}; }, u"sync_mode.type"_s, Code::Required},
        {"incremental without iterator", [](Pipeline &p) { p.syncMode.iteratorField.clear(); },
         u"sync_mode.iterator_field"_s, Code::Required},
        {"incremental without iterator type", [](Pipeline &p) { p.syncMode.iteratorDataType = {}; },
         u"sync_mode.iterator_data_type"_s, Code::Required},
        {"unknown iterator type is a warning",
         [](Pipeline &p) { p.syncMode.iteratorDataType = EnumValue<IteratorDataType>::fromWire(u"bigint"); },
         u"sync_mode.iterator_data_type"_s, Code::Invalid, true},
        {"full without iterator",
         [](Pipeline &p) {
             p.syncMode.type = SyncModeType::Full;
             p.syncMode.iteratorField.clear();
             p.syncMode.iteratorDataType = {};
             p.syncMode.from = {};
         },
         {}},
        // Our reading of §10.4, not a published rule: a warning, never a blocked save.
        {"full with from but no iterator is a warning",
         [](Pipeline &p) {
             p.syncMode.type = SyncModeType::Full;
             p.syncMode.iteratorField.clear();
         },
         u"sync_mode.iterator_field"_s, Code::Invalid, true},
        {"malformed from (I-19)",
         [](Pipeline &p) { p.syncMode.from = Timestamp::parse(u"2023-03-01T:12:00:00Z"); },
         u"sync_mode.from"_s},
        {"malformed until", [](Pipeline &p) { p.syncMode.until = Timestamp::parse(u"tomorrow"); },
         u"sync_mode.until"_s},
        {"until equal to from", [](Pipeline &p) { p.syncMode.until = p.syncMode.from; },
         u"sync_mode.until"_s},
        {"until before from",
         [](Pipeline &p) { p.syncMode.until = Timestamp::parse(u"2022-06-01T00:00:00Z"); },
         u"sync_mode.until"_s},
        {"missing schedule type", [](Pipeline &p) { p.schedule.type = {}; }, u"schedule.type"_s,
         Code::Required},
        {"unknown schedule type",
         [](Pipeline &p) { p.schedule.type = EnumValue<ScheduleType>::fromWire(u"cron"); },
         u"schedule.type"_s},
        {"interval without frequency", [](Pipeline &p) { p.schedule.frequency = {}; },
         u"schedule.frequency"_s, Code::Required},
        {"unknown frequency",
         [](Pipeline &p) { p.schedule.frequency = EnumValue<Frequency>::fromWire(u"quarterly"); },
         u"schedule.frequency"_s},
        {"interval without start", [](Pipeline &p) { p.schedule.start = {}; }, u"schedule.start"_s,
         Code::Required},
        {"on demand needs neither",
         [](Pipeline &p) {
             p.schedule.type = ScheduleType::OnDemand;
             p.schedule.frequency = {};
             p.schedule.start = {};
         },
         {}},
        {"once needs neither",
         [](Pipeline &p) {
             p.schedule.type = ScheduleType::Once;
             p.schedule.frequency = {};
             p.schedule.start = {};
         },
         {}},
        {"delay with month unit", [](Pipeline &p) { p.schedule.delay = u"1M"_s; }, u"schedule.delay"_s},
        {"delay with a space", [](Pipeline &p) { p.schedule.delay = u"5 m"_s; }, u"schedule.delay"_s},
        {"delay absent is fine", [](Pipeline &p) { p.schedule.delay.clear(); }, {}},
        {"malformed start", [](Pipeline &p) { p.schedule.start = Timestamp::parse(u"2023-02-30T00:00:00Z"); },
         u"schedule.start"_s},
        {"end before start", [](Pipeline &p) { p.schedule.end = Timestamp::parse(u"2022-06-01T00:00:00Z"); },
         u"schedule.end"_s},
        {"end equal to start is fine", [](Pipeline &p) { p.schedule.end = p.schedule.start; }, {}},
        // The reference marks both data plan fields Optional and states no rule between them: warnings.
        {"data plan without version is a warning", [](Pipeline &p) { p.dataPlanId = u"plan"_s; },
         u"data_plan_version"_s, Code::Invalid, true},
        {"data plan with version",
         [](Pipeline &p) {
             p.dataPlanId = u"plan"_s;
             p.dataPlanVersion = u"2"_s;
         },
         {}},
        {"version without plan is a warning", [](Pipeline &p) { p.dataPlanVersion = u"2"_s; }, u"data_plan_id"_s,
         Code::Invalid, true},
        {"zero version is not refused",
         [](Pipeline &p) {
             p.dataPlanId = u"plan"_s;
             p.dataPlanVersion = u"0"_s;
         },
         {}},
        {"a text version (typed string by the reference)",
         [](Pipeline &p) {
             p.dataPlanId = u"plan"_s;
             p.dataPlanVersion = u"2.1"_s;
         },
         {}},
        // Every published example sends partner_feed_id 0.
        {"feed id 0 is valid", [](Pipeline &p) { p.partnerFeedId = 0; }, {}},
        {"negative feed id is a warning", [](Pipeline &p) { p.partnerFeedId = -4; }, u"partner_feed_id"_s,
         Code::Invalid, true},
        {"a long id is not refused (no length is published)",
         [](Pipeline &p) { p.id = QString(400, u'a'); }, {}},
    };
    return cases;
}

struct ConnectionCase {
    const char *name;
    ServiceProvider provider;
    Validator::Mode mode;
    std::function<void(Connection &)> mutate;
    QString field;
    Code code = Code::Invalid;
    bool warningOnly = false;
};

const std::vector<ConnectionCase> &connectionCases()
{
    using SP = ServiceProvider;
    const auto create = Validator::Mode::Create;
    const auto replace = Validator::Mode::Replace;
    static const std::vector<ConnectionCase> cases = {
        {"snowflake valid", SP::Snowflake, create, [](Connection &) {}, {}},
        {"bigquery valid", SP::BigQuery, create, [](Connection &) {}, {}},
        {"redshift valid", SP::Redshift, create, [](Connection &) {}, {}},
        {"databricks valid", SP::Databricks, create, [](Connection &) {}, {}},
        {"missing provider", SP::Snowflake, create, [](Connection &c) { c.serviceProvider = {}; },
         u"service_provider"_s, Code::Required},
        {"unknown provider", SP::Snowflake, create,
         [](Connection &c) { c.serviceProvider = EnumValue<ServiceProvider>::fromWire(u"Postgres"); },
         u"service_provider"_s},
        {"paused is not a connection state", SP::Snowflake, create,
         [](Connection &c) { c.state = EnumValue<ResourceState>::fromWire(u"paused"); }, u"state"_s},
        {"missing state", SP::Snowflake, create, [](Connection &c) { c.state = {}; }, u"state"_s,
         Code::Required},
        {"bad id", SP::Databricks, create, [](Connection &c) { c.id = u"a.b"_s; }, u"id"_s},
        {"snowflake account", SP::Snowflake, create,
         [](Connection &c) { c.snowflake.accountIdentifier.clear(); }, u"config.account_identifier"_s,
         Code::Required},
        {"snowflake region", SP::Snowflake, create, [](Connection &c) { c.snowflake.region.clear(); },
         u"config.region"_s, Code::Required},
        {"snowflake warehouse", SP::Snowflake, create, [](Connection &c) { c.snowflake.warehouse.clear(); },
         u"config.warehouse"_s, Code::Required},
        {"snowflake database", SP::Snowflake, create, [](Connection &c) { c.snowflake.database.clear(); },
         u"config.database"_s, Code::Required},
        {"snowflake role", SP::Snowflake, create, [](Connection &c) { c.snowflake.role.clear(); },
         u"config.role"_s, Code::Required},
        {"snowflake user", SP::Snowflake, create, [](Connection &c) { c.snowflake.user.clear(); },
         u"config.user"_s, Code::Required},
        {"snowflake storage integration", SP::Snowflake, create,
         [](Connection &c) { c.snowflake.storageIntegration.clear(); }, u"config.storage_integration"_s,
         Code::Required},
        {"snowflake password on create", SP::Snowflake, create,
         [](Connection &c) { c.snowflake.password = {}; }, u"config.password"_s, Code::Required},
        {"masked password on create", SP::Snowflake, create,
         [](Connection &c) { c.snowflake.password = Secret::masked(); }, u"config.password"_s,
         Code::Required},
        {"masked password on replace must be re-entered", SP::Snowflake, replace,
         [](Connection &c) { c.snowflake.password = Secret::masked(); }, u"config.password"_s,
         Code::SecretReentry},
        {"new password on replace", SP::Snowflake, replace, [](Connection &) {}, {}},
        {"empty password value", SP::Redshift, create,
         [](Connection &c) { c.redshift.password = Secret::fromValue({}); }, u"config.password"_s,
         Code::Required},
        {"bigquery key masked on replace", SP::BigQuery, replace,
         [](Connection &c) { c.bigQuery.serviceAccountKey = Secret::masked(); },
         u"config.service_account_key"_s, Code::SecretReentry},
        {"bigquery key not JSON", SP::BigQuery, create,
         [](Connection &c) { c.bigQuery.serviceAccountKey = Secret::fromValue(u"not a key file"_s); },
         u"config.service_account_key"_s},
        {"bigquery key without private key", SP::BigQuery, create,
         [](Connection &c) { c.bigQuery.serviceAccountKey = Secret::fromValue(u"{\"type\":\"x\"}"_s); },
         u"config.service_account_key"_s, Code::Invalid, true},
        {"bigquery project", SP::BigQuery, create, [](Connection &c) { c.bigQuery.projectId.clear(); },
         u"config.project_id"_s, Code::Required},
        {"bigquery dataset", SP::BigQuery, create, [](Connection &c) { c.bigQuery.datasetId.clear(); },
         u"config.dataset_id"_s, Code::Required},
        {"bigquery service account", SP::BigQuery, create,
         [](Connection &c) { c.bigQuery.serviceAccountId.clear(); }, u"config.service_account_id"_s,
         Code::Required},
        {"bigquery region", SP::BigQuery, create, [](Connection &c) { c.bigQuery.region.clear(); },
         u"config.region"_s, Code::Required},
        {"redshift host", SP::Redshift, create, [](Connection &c) { c.redshift.host.clear(); },
         u"config.host"_s, Code::Required},
        {"redshift role arn", SP::Redshift, create, [](Connection &c) { c.redshift.awsIamRoleArn.clear(); },
         u"config.aws_iam_role_arn"_s, Code::Required},
        {"redshift port text", SP::Redshift, create, [](Connection &c) { c.redshift.port = u"fifty"_s; },
         u"config.port"_s},
        {"redshift port range", SP::Redshift, create, [](Connection &c) { c.redshift.port = u"70000"_s; },
         u"config.port"_s},
        {"redshift port ok", SP::Redshift, create, [](Connection &c) { c.redshift.port = u"5439"_s; }, {}},
        {"databricks provider", SP::Databricks, create, [](Connection &c) { c.databricks.provider.clear(); },
         u"config.provider"_s, Code::Required},
        {"databricks schema", SP::Databricks, create, [](Connection &c) { c.databricks.schema.clear(); },
         u"config.schema"_s, Code::Required},
    };
    return cases;
}

const std::vector<Case<FieldTransformation>> &transformationCases()
{
    static const std::vector<Case<FieldTransformation>> cases = {
        {"valid", [](FieldTransformation &) {}, {}},
        {"bad id", [](FieldTransformation &t) { t.id = u"a b"_s; }, u"id"_s},
        {"wrong destination type",
         [](FieldTransformation &t) {
             t.destinationType = EnumValue<DestinationType>::fromWire(u"user_profile");
         },
         u"destination_type"_s},
        {"no mappings is a warning", [](FieldTransformation &t) { t.mappings.clear(); }, u"mappings"_s,
         Code::Invalid, true},
        {"column without source", [](FieldTransformation &t) { t.mappings[0].source.reset(); },
         u"mappings[0].source"_s, Code::Required},
        {"column without destination", [](FieldTransformation &t) { t.mappings[0].destination = u""_s; },
         u"mappings[0].destination"_s, Code::Required},
        {"column with a value", [](FieldTransformation &t) { t.mappings[0].value = u"x"_s; },
         u"mappings[0].value"_s},
        {"static with a source", [](FieldTransformation &t) { t.mappings[1].source = u"col"_s; },
         u"mappings[1].source"_s},
        {"static without value", [](FieldTransformation &t) { t.mappings[1].value.reset(); },
         u"mappings[1].value"_s, Code::Required},
        {"static with an empty value is fine",
         [](FieldTransformation &t) { t.mappings[1].value = QString(); },
         {}},
        {"ignore without source", [](FieldTransformation &t) { t.mappings[2].source.reset(); },
         u"mappings[2].source"_s, Code::Required},
        {"ignore with destination", [](FieldTransformation &t) { t.mappings[2].destination = u"x"_s; },
         u"mappings[2].destination"_s},
        {"unknown mapping type",
         [](FieldTransformation &t) {
             t.mappings[0].mappingType = EnumValue<MappingType>::fromWire(u"lookup");
         },
         u"mappings[0].mapping_type"_s},
        {"two mappings to one destination",
         [](FieldTransformation &t) { t.mappings[1].destination = u"event_id"_s; },
         u"mappings[1].destination"_s},
    };
    return cases;
}

const std::vector<Case<DataModel>> &modelCases()
{
    static const std::vector<Case<DataModel>> cases = {
        {"valid", [](DataModel &) {}, {}},
        {"bad id", [](DataModel &m) { m.id = u"users model"_s; }, u"id"_s},
        {"missing name", [](DataModel &m) { m.name.clear(); }, u"name"_s, Code::Required},
        // The reference marks only a data model's `type` as required.
        {"no state is fine", [](DataModel &m) { m.state = {}; }, {}},
        {"unknown type", [](DataModel &m) { m.type = EnumValue<DataModelType>::fromWire(u"python"); },
         u"type"_s},
        {"empty query", [](DataModel &m) { m.sqlQuery = u"  "_s; }, u"config.sql_query"_s, Code::Required},
        {"WITH", [](DataModel &m) { m.sqlQuery = u"WITH x AS (SELECT 1) SELECT * FROM x"_s; },
         u"config.sql_query"_s},
        {"two statements", [](DataModel &m) { m.sqlQuery = u"SELECT 1; SELECT 2"_s; }, u"config.sql_query"_s},
        // The commands are refused as statements, not as words (§12.3).
        {"WITH TIME ZONE in a cast",
         [](DataModel &m) { m.sqlQuery = u"SELECT CAST(x AS TIMESTAMP WITH TIME ZONE) AS t FROM events"_s; }, {}},
        {"columns named merge and grant",
         [](DataModel &m) { m.sqlQuery = u"SELECT merge, grant, \"delete\" FROM t WHERE update_at > 1"_s; }, {}},
        {"a second statement that writes",
         [](DataModel &m) { m.sqlQuery = u"SELECT 1 FROM t; DELETE FROM t"_s; }, u"config.sql_query"_s},
        {"a statement that starts with a command",
         [](DataModel &m) { m.sqlQuery = u"  (DELETE FROM t)"_s; }, u"config.sql_query"_s},
    };
    return cases;
}

template <typename T>
void addRows(const std::vector<T> &cases)
{
    QTest::addColumn<int>("index");
    for (std::size_t i = 0; i < cases.size(); ++i)
        QTest::newRow(cases[i].name) << int(i);
}

// The object must have exactly the expected finding on the expected field, and no other error.
template <typename C>
void checkIssues(const ValidationIssues &issues, const C &c)
{
    QString all;
    for (const ValidationIssue &i : issues)
        all += i.field + u": " + i.message + u'\n';
    if (c.field.isEmpty()) {
        QVERIFY2(!Validator::hasErrors(issues), qPrintable(all));
        return;
    }
    const ValidationIssues onField = Validator::forField(issues, c.field);
    QVERIFY2(!onField.empty(), qPrintable(u"nothing on "_s + c.field + u"; got:\n"_s + all));
    QCOMPARE(onField.front().code, c.code);
    QVERIFY(!onField.front().message.isEmpty());
    QCOMPARE(Validator::hasErrors(issues), !c.warningOnly);
    for (const ValidationIssue &i : issues)
        QVERIFY2(i.field == c.field || !i.isError(), qPrintable(u"unexpected: "_s + all));
}

} // namespace

class TestValidation : public QObject {
    Q_OBJECT

private slots:
    void pipelineRules_data() { addRows(pipelineCases()); }
    void pipelineRules();
    void connectionRules_data() { addRows(connectionCases()); }
    void connectionRules();
    void transformationRules_data() { addRows(transformationCases()); }
    void transformationRules();
    void dataModelRules_data() { addRows(modelCases()); }
    void dataModelRules();
    void sqlIssuesCarryTheirPosition();
    void slugs();
};

void TestValidation::pipelineRules()
{
    QFETCH(int, index);
    const auto &c = pipelineCases()[std::size_t(index)];
    Pipeline p = validPipeline();
    c.mutate(p);
    checkIssues(Validator::validate(p), c);
}

void TestValidation::connectionRules()
{
    QFETCH(int, index);
    const auto &c = connectionCases()[std::size_t(index)];
    Connection connection = validConnection(c.provider);
    c.mutate(connection);
    checkIssues(Validator::validate(connection, c.mode), c);
}

void TestValidation::transformationRules()
{
    QFETCH(int, index);
    const auto &c = transformationCases()[std::size_t(index)];
    FieldTransformation t = validTransformation();
    c.mutate(t);
    checkIssues(Validator::validate(t), c);
}

void TestValidation::dataModelRules()
{
    QFETCH(int, index);
    const auto &c = modelCases()[std::size_t(index)];
    DataModel m = validModel();
    c.mutate(m);
    checkIssues(Validator::validate(m), c);
}

void TestValidation::sqlIssuesCarryTheirPosition()
{
    DataModel m = validModel();
    m.sqlQuery = u"-- clean up\n  DELETE FROM t WHERE x = 1"_s;
    const ValidationIssues issues = Validator::validate(m);
    QCOMPARE(issues.size(), 1u);
    QCOMPARE(issues[0].line, 2);
    QCOMPARE(issues[0].column, 3);
    QVERIFY(issues[0].message.contains(u"DELETE"_s));
}

void TestValidation::slugs()
{
    QVERIFY(Validator::isSlug(u"abc-DEF_123"));
    QVERIFY(!Validator::isSlug(u""));
    QVERIFY(!Validator::isSlug(u"a b"));
    QVERIFY(!Validator::isSlug(u"a.b"));
    QVERIFY(Validator::isSlug(QString(256, u'x'))); // no length limit is published
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
