// Workspace as code, without a server: the folder's bytes, its secret references and what reading it
// refuses; the planner's order, its tolerance for what the server normalises, and what it refuses.
#include "models/domain/JsonCodec.h"
#include "models/domain/TextDiff.h"
#include "models/domain/bundle/BundleFolder.h"
#include "models/domain/bundle/BundlePlan.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace wsc;
using namespace Qt::StringLiterals;

namespace {

Connection snowflake(const QString &id)
{
    Connection c;
    c.id = id;
    c.name = u"Snowflake "_s + id;
    c.state = ResourceState::Active;
    c.serviceProvider = ServiceProvider::Snowflake;
    c.snowflake.accountIdentifier = u"acme-prod"_s;
    c.snowflake.region = u"us-east-1"_s;
    c.snowflake.warehouse = u"WH"_s;
    c.snowflake.database = u"DB"_s;
    c.snowflake.role = u"ROLE"_s;
    c.snowflake.user = u"mparticle"_s;
    c.snowflake.password = Secret::masked();
    c.snowflake.storageIntegration = u"INTEGRATION"_s;
    c.snowflake.awsIamUserArn = u"arn:aws:iam::1:user/x"_s; // filled in by the server
    c.snowflake.awsExternalId = u"external"_s;
    return c;
}

DataModel model(const QString &id, const QString &sql)
{
    DataModel m;
    m.id = id;
    m.name = u"Model "_s + id;
    m.state = ResourceState::Active;
    m.sqlQuery = sql;
    return m;
}

Pipeline pipeline(const QString &id, const QString &connection, const QString &dataModel,
                  PipelineState state = PipelineState::Active)
{
    Pipeline p;
    p.id = id;
    p.name = u"Pipeline "_s + id;
    p.pipelineType = PipelineType::UserAttributes;
    p.connectionId = connection;
    p.dataModelId = dataModel;
    p.state = state;
    p.environment = Environment::Development;
    p.syncMode.type = SyncModeType::Full;
    p.schedule.type = ScheduleType::OnDemand;
    return p;
}

Bundle bundleOf(std::vector<BundleEntry> entries)
{
    Bundle b;
    b.sourceProfile = u"dev"_s;
    b.entries = std::move(entries);
    b.sort();
    return b;
}

Bundle demo()
{
    return bundleOf({BundleCodec::entryOf(snowflake(u"sf-prod"_s)),
                     BundleCodec::entryOf(model(u"users"_s, u"SELECT id, email\nFROM users"_s)),
                     BundleCodec::entryOf(pipeline(u"users-sync"_s, u"sf-prod"_s, u"users"_s))});
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const PlanStep *stepFor(const Plan &plan, ResourceKind kind, const QString &id)
{
    for (const PlanStep &s : plan.steps) {
        if (s.kind == kind && s.id == id)
            return &s;
    }
    return nullptr;
}

} // namespace

class TestBundle : public QObject {
    Q_OBJECT

private slots:
    void canonicalJsonIsSortedIndentedAndEndsWithANewline();
    void exportHoldsNoSecretNorServerFilledField();
    void exportingTwiceGivesTheSameBytes();
    void secretNamesTheUserChoseAreKept();
    void readingRefusesWhatCannotBeRightAndNamesTheFile();
    void selectionExportLeavesOtherFiles();
    void serverNormalisedValuesAreNoChange();
    void changedSqlIsOneUpdateWithALineDiff();
    void fieldsOnlyTheServerHasAreReportedAndKept();
    void aKnownFieldTakenOutOfTheBundleIsRemoved();
    void pruneDeletesInReverseDependencyOrder();
    void refusesWhatTheServiceWouldRefuse();
    void needsTheSecretsOfWhatItSends();
    void createPausedCreatesAndKeepsPipelinesPaused();
};

void TestBundle::canonicalJsonIsSortedIndentedAndEndsWithANewline()
{
    const QJsonObject object{{u"zeta"_s, 1}, {u"alpha"_s, QJsonObject{{u"b"_s, u"ü"_s}, {u"a"_s, QJsonArray{}}}}};
    QCOMPARE(canonicalJson(object),
             QByteArray("{\n  \"alpha\": {\n    \"a\": [],\n    \"b\": \"ü\"\n  },\n  \"zeta\": 1\n}\n"));
}

void TestBundle::exportHoldsNoSecretNorServerFilledField()
{
    Connection c = snowflake(u"sf-prod"_s);
    c.snowflake.password = Secret::fromValue(u"hunter2-secret"_s);
    Pipeline p = pipeline(u"users-sync"_s, u"sf-prod"_s, u"users"_s);
    p.partnerFeedKey = Secret::fromValue(u"feed-key-value"_s);
    const auto files = BundleFolder::files(bundleOf({BundleCodec::entryOf(c), BundleCodec::entryOf(p)}));
    for (const QByteArray &bytes : files) {
        QVERIFY(!bytes.contains("hunter2-secret"));
        QVERIFY(!bytes.contains("feed-key-value"));
        QVERIFY(!bytes.contains("aws_iam_user_arn"));
        QVERIFY(!bytes.contains("aws_external_id"));
        QVERIFY(!bytes.contains("created_on"));
    }
    const QJsonObject connection = QJsonDocument::fromJson(files.value(u"connections/sf-prod.json"_s)).object();
    QCOMPARE(connection.value(u"config"_s).toObject().value(u"password"_s).toObject(),
             QJsonObject({{u"secret"_s, u"SF_PROD_PASSWORD"_s}}));
    const QJsonObject pipe = QJsonDocument::fromJson(files.value(u"pipelines/users-sync.json"_s)).object();
    QCOMPARE(pipe.value(u"partner_feed_key"_s).toObject().value(u"secret"_s).toString(),
             u"USERS_SYNC_PARTNER_FEED_KEY"_s);
    QCOMPARE(BundleCodec::defaultSecretName(u"9lives"_s, u"config.password"_s), u"_9LIVES_PASSWORD"_s);
}

void TestBundle::exportingTwiceGivesTheSameBytes()
{
    QTemporaryDir dir;
    QCOMPARE(BundleFolder::write(dir.path(), demo(), true), QString());
    QMap<QString, QByteArray> first;
    for (const QString &f : {u"manifest.json"_s, u"connections/sf-prod.json"_s, u"data-models/users.json"_s,
                             u"data-models/users.sql"_s, u"pipelines/users-sync.json"_s})
        first.insert(f, readBytes(dir.filePath(f)));
    QCOMPARE(first.value(u"data-models/users.sql"_s), QByteArray("SELECT id, email\nFROM users\n")); // one final newline
    QVERIFY(!first.value(u"data-models/users.json"_s).contains("sql_query")); // one copy of the SQL
    QCOMPARE(BundleFolder::write(dir.path(), demo(), true), QString());
    for (auto it = first.begin(); it != first.end(); ++it)
        QCOMPARE(readBytes(dir.filePath(it.key())), it.value());
    // An editor that drops the final newline changes nothing.
    writeFile(dir.filePath(u"data-models/users.sql"_s), "SELECT id, email\nFROM users");
    QVERIFY(!BundlePlanner::plan(*BundleFolder::read(dir.path()), demo(), {}, {}).hasChanges());
    QCOMPARE(BundleFolder::write(dir.path(), demo(), true), QString());
    // What was written reads back as what was exported.
    const auto read = BundleFolder::read(dir.path());
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().join(u'\n')));
    QCOMPARE(read->entries.size(), demo().entries.size());
    for (const BundleEntry &e : demo().entries)
        QCOMPARE(read->find(e.kind, e.id)->body, e.body);
}

void TestBundle::secretNamesTheUserChoseAreKept()
{
    QTemporaryDir dir;
    QCOMPARE(BundleFolder::write(dir.path(), demo(), true), QString());
    const QString file = dir.filePath(u"connections/sf-prod.json"_s);
    QByteArray bytes = readBytes(file);
    bytes.replace("SF_PROD_PASSWORD", "PROD_WAREHOUSE_PASSWORD");
    writeFile(file, bytes);
    QCOMPARE(BundleFolder::write(dir.path(), demo(), true), QString());
    QVERIFY(readBytes(file).contains("PROD_WAREHOUSE_PASSWORD"));
    // Two fields that would get the same default name get two names.
    Connection other = snowflake(u"sf_prod"_s);
    const auto files = BundleFolder::files(bundleOf({BundleCodec::entryOf(snowflake(u"sf-prod"_s)),
                                                     BundleCodec::entryOf(other)}));
    QVERIFY(files.value(u"connections/sf-prod.json"_s).contains("\"SF_PROD_PASSWORD\""));
    QVERIFY(files.value(u"connections/sf_prod.json"_s).contains("\"SF_PROD_PASSWORD_2\""));
}

void TestBundle::readingRefusesWhatCannotBeRightAndNamesTheFile()
{
    QTemporaryDir dir;
    QVERIFY(!BundleFolder::read(dir.path()).ok()); // no manifest
    QCOMPARE(BundleFolder::write(dir.path(), demo(), true), QString());
    writeFile(dir.filePath(u"pipelines/broken.json"_s), "{\"id\": \"broken\", ");
    writeFile(dir.filePath(u"pipelines/renamed.json"_s), "{\"id\": \"other\", \"name\": \"x\"}");
    writeFile(dir.filePath(u"connections/clear.json"_s),
              "{\"name\": \"c\", \"service_provider\": \"Redshift\", \"config\": {\"password\": \"plain\"}}");
    writeFile(dir.filePath(u"data-models/nosql.json"_s), "{\"name\": \"m\"}");
    writeFile(dir.filePath(u"data-models/orphan.sql"_s), "SELECT 1");
    writeFile(dir.filePath(u"connections/keyobject.json"_s),
              "{\"name\": \"b\", \"service_provider\": \"BigQuery\", \"config\": {\"service_account_key\": {\"type\": \"x\", \"k\": 1}}}");
    writeFile(dir.filePath(u"pipelines/misplaced.json"_s), "{\"name\": {\"secret\": \"NAME_IN_CLEAR\"}}");
    const auto read = BundleFolder::read(dir.path());
    QVERIFY(!read.ok());
    const QString all = read.error().join(u'\n');
    QVERIFY2(all.contains(u"pipelines/broken.json: not JSON"_s), qPrintable(all));
    QVERIFY2(all.contains(u"pipelines/renamed.json: its id \"other\" is not the file's name"_s), qPrintable(all));
    QVERIFY2(all.contains(u"connections/clear.json: config.password holds a secret in clear text"_s), qPrintable(all));
    QVERIFY2(all.contains(u"data-models/nosql.json: no SQL"_s), qPrintable(all));
    QVERIFY2(all.contains(u"data-models/orphan.sql: there is no orphan.json"_s), qPrintable(all));
    QVERIFY(!all.contains(u"plain"_s)); // a secret is not repeated in a message
    QVERIFY2(all.contains(u"connections/keyobject.json: config.service_account_key holds a secret in clear text"_s),
             qPrintable(all));
    QVERIFY2(all.contains(u"pipelines/misplaced.json: name is not a secret field"_s), qPrintable(all));

    QTemporaryDir newer;
    writeFile(newer.filePath(u"manifest.json"_s),
              "{\"format\": \"warehouse-sync-console-bundle\", \"format_version\": 99}");
    const auto future = BundleFolder::read(newer.path());
    QVERIFY(!future.ok());
    QVERIFY(future.error().join(u'\n').contains(u"format version 99"_s));
}

void TestBundle::selectionExportLeavesOtherFiles()
{
    QTemporaryDir dir;
    QCOMPARE(BundleFolder::write(dir.path(), demo(), true), QString());
    const Bundle one = bundleOf({BundleCodec::entryOf(model(u"users"_s, u"SELECT 2"_s))});
    QCOMPARE(BundleFolder::write(dir.path(), one, false), QString());
    QVERIFY(QFile::exists(dir.filePath(u"pipelines/users-sync.json"_s)));
    QCOMPARE(readBytes(dir.filePath(u"data-models/users.sql"_s)), QByteArray("SELECT 2\n"));
    // A selection's new secret never takes a name another file of the folder uses.
    const QString kept = dir.filePath(u"connections/sf-prod.json"_s);
    QByteArray renamed = readBytes(kept);
    renamed.replace("SF_PROD_PASSWORD", "NEW_SF_PASSWORD");
    writeFile(kept, renamed);
    QCOMPARE(BundleFolder::write(dir.path(), bundleOf({BundleCodec::entryOf(snowflake(u"new-sf"_s))}), false), QString());
    QVERIFY(readBytes(dir.filePath(u"connections/new-sf.json"_s)).contains("\"NEW_SF_PASSWORD_2\""));
    // A folder of something else is not written into.
    QTemporaryDir other;
    writeFile(other.filePath(u"notes.txt"_s), "mine");
    QVERIFY(BundleFolder::write(other.path(), one, true).contains(u"not empty and not a workspace folder"_s));
    QVERIFY(!QFile::exists(other.filePath(u"manifest.json"_s)));
    // A whole-workspace export mirrors it: what the workspace no longer has goes.
    QCOMPARE(BundleFolder::write(dir.path(), one, true), QString());
    QVERIFY(!QFile::exists(dir.filePath(u"pipelines/users-sync.json"_s)));
    QVERIFY(!QFile::exists(dir.filePath(u"connections/sf-prod.json"_s)));
}

void TestBundle::serverNormalisedValuesAreNoChange()
{
    // A folder written by hand, in the variants the published docs show.
    const QByteArray json = R"({"id": "p1", "name": "P", "pipeline_type": "user_attributes",
        "connection_id": "c", "data_model_id": "m", "state": "ACTIVE", "environment": "development",
        "partner_feed_id": "2124",
        "sync_mode": {"type": "full"}, "schedule": {"type": "on-demand"}})";
    const auto entry = BundleFolder::readEntry(ResourceKind::Pipeline, u"pipelines/p1.json"_s, json, std::nullopt);
    QVERIFY2(entry.ok(), qPrintable(entry.ok() ? QString() : entry.error().join(u'\n')));
    Pipeline held = pipeline(u"p1"_s, u"c"_s, u"m"_s);
    held.name = u"P"_s;
    held.partnerFeedId = 2124;
    held.status = PipelineStatus::Idle; // read-only: never compared
    const Plan plan = BundlePlanner::plan(bundleOf({*entry}), bundleOf({BundleCodec::entryOf(held)}), {}, {});
    QVERIFY(!plan.hasChanges());
    QCOMPARE(plan.unchanged.size(), size_t(1));
    // A value the codec cannot read is kept as it came (as from the server), for the service to judge.
    const QByteArray odd = R"({"id": "p2", "name": "P", "pipeline_type": "user_attributes", "connection_id": "c",
        "data_model_id": "m", "partner_feed_id": "feed-12", "sync_mode": {"type": "full"},
        "schedule": {"type": "on_demand"}})";
    const auto kept = BundleFolder::readEntry(ResourceKind::Pipeline, u"pipelines/p2.json"_s, odd, std::nullopt);
    QVERIFY(kept.ok());
    QCOMPARE(kept->body.value(u"partner_feed_id"_s).toString(), u"feed-12"_s);
}

void TestBundle::changedSqlIsOneUpdateWithALineDiff()
{
    Bundle desired = demo();
    const Bundle target = demo();
    for (BundleEntry &e : desired.entries) {
        if (e.kind == ResourceKind::DataModel)
            BundleCodec::putAt(e.body, u"config.sql_query"_s, u"SELECT id, email, name\nFROM users"_s);
    }
    const Plan plan = BundlePlanner::plan(desired, target, {}, {});
    QCOMPARE(plan.steps.size(), size_t(1));
    const PlanStep &step = plan.steps.front();
    QCOMPARE(step.action, PlanStep::Action::Update);
    QCOMPARE(step.kind, ResourceKind::DataModel);
    QCOMPARE(step.changes.size(), size_t(1));
    QCOMPARE(step.changes.front().path, u"config.sql_query"_s);
    QCOMPARE(lineDiffText(lineDiff(step.sqlBefore, step.sqlAfter)),
             u"- SELECT id, email\n+ SELECT id, email, name\n  FROM users\n"_s);
    QCOMPARE(plan.unchanged.size(), size_t(2));
}

void TestBundle::fieldsOnlyTheServerHasAreReportedAndKept()
{
    Bundle target = demo();
    for (BundleEntry &e : target.entries) {
        if (e.kind == ResourceKind::Pipeline)
            e.body.insert(u"alert_channel"_s, u"ops"_s); // a field of a newer API
    }
    Plan plan = BundlePlanner::plan(demo(), target, {}, {});
    QVERIFY(!plan.hasChanges()); // not a change
    QCOMPARE(plan.notes.size(), size_t(1));
    QVERIFY(plan.notes.front().text.contains(u"alert_channel"_s));
    // An update of another field sends it back as the server has it.
    Bundle desired = demo();
    for (BundleEntry &e : desired.entries) {
        if (e.kind == ResourceKind::Pipeline)
            e.body.insert(u"name"_s, u"Renamed"_s);
    }
    plan = BundlePlanner::plan(desired, target, {}, {u"SF_PROD_PASSWORD"_s});
    const PlanStep *step = stepFor(plan, ResourceKind::Pipeline, u"users-sync"_s);
    QVERIFY(step);
    QCOMPARE(step->body.value(u"alert_channel"_s).toString(), u"ops"_s);
    QCOMPARE(step->body.value(u"name"_s).toString(), u"Renamed"_s);
}

void TestBundle::aKnownFieldTakenOutOfTheBundleIsRemoved()
{
    Pipeline bounded = pipeline(u"users-sync"_s, u"sf-prod"_s, u"users"_s);
    bounded.syncMode.until = Timestamp::parse(u"2024-06-01T00:00:00Z"_s);
    bounded.dataPlanId = u"plan"_s;
    Bundle target = demo();
    std::erase_if(target.entries, [](const BundleEntry &e) { return e.kind == ResourceKind::Pipeline; });
    target.entries.push_back(BundleCodec::entryOf(bounded));
    const Plan plan = BundlePlanner::plan(demo(), target, {}, {u"SF_PROD_PASSWORD"_s});
    const PlanStep *step = stepFor(plan, ResourceKind::Pipeline, u"users-sync"_s);
    QVERIFY(step);
    QStringList paths;
    for (const JsonChange &c : step->changes) {
        QCOMPARE(c.kind, JsonChange::Kind::Removed);
        paths << c.path;
    }
    paths.sort();
    QCOMPARE(paths, QStringList({u"data_plan_id"_s, u"sync_mode.until"_s}));
    QVERIFY(!step->body.contains(u"data_plan_id"_s)); // not put back as if the server had added it
    QVERIFY(!step->body.value(u"sync_mode"_s).toObject().contains(u"until"_s));
    QVERIFY(plan.notes.empty());
}

void TestBundle::pruneDeletesInReverseDependencyOrder()
{
    const Bundle desired = bundleOf({BundleCodec::entryOf(snowflake(u"new-sf"_s))});
    const Plan kept = BundlePlanner::plan(desired, demo(), {}, {u"NEW_SF_PASSWORD"_s});
    QCOMPARE(kept.steps.size(), size_t(1)); // only the create
    QCOMPARE(kept.onlyInTarget.size(), size_t(3));
    PlanOptions prune;
    prune.prune = true;
    const Plan pruned = BundlePlanner::plan(desired, demo(), prune, {u"NEW_SF_PASSWORD"_s});
    QVERIFY2(pruned.refusals.isEmpty(), qPrintable(pruned.refusals.join(u'\n')));
    QCOMPARE(pruned.steps.size(), size_t(4));
    QCOMPARE(pruned.steps[0].action, PlanStep::Action::Create);
    QCOMPARE(pruned.steps[1].kind, ResourceKind::Pipeline);
    QCOMPARE(pruned.steps[1].action, PlanStep::Action::Delete);
    QCOMPARE(pruned.steps[2].kind, ResourceKind::DataModel);
    QCOMPARE(pruned.steps[3].kind, ResourceKind::Connection);
    QCOMPARE(pruned.steps[3].id, u"sf-prod"_s);
}

void TestBundle::refusesWhatTheServiceWouldRefuse()
{
    // Deleting a connection a pipeline that stays still uses.
    PlanOptions pruning;
    pruning.prune = true;
    Bundle desired = demo();
    std::erase_if(desired.entries, [](const BundleEntry &e) { return e.kind == ResourceKind::Connection; });
    Plan plan = BundlePlanner::plan(desired, demo(), pruning, {});
    QVERIFY2(plan.refusals.join(u'\n').contains(u"pipelines/users-sync: uses connection sf-prod, which the plan deletes"_s),
             qPrintable(plan.refusals.join(u'\n')));
    QVERIFY(!plan.canApply());
    // An events pipeline without a field transformation: the editors' validation.
    Pipeline events = pipeline(u"events"_s, u"sf-prod"_s, u"users"_s, PipelineState::Paused);
    events.pipelineType = PipelineType::Events;
    desired = demo();
    desired.entries.push_back(BundleCodec::entryOf(events));
    plan = BundlePlanner::plan(desired, demo(), {}, {});
    QVERIFY2(plan.refusals.join(u'\n').contains(u"pipelines/events: field_transformation_id"_s),
             qPrintable(plan.refusals.join(u'\n')));
    // More active pipelines than the published limit; created paused, they fit.
    desired = demo();
    for (int i = 0; i < BundlePlanner::kMaxActivePipelines; ++i)
        desired.entries.push_back(BundleCodec::entryOf(pipeline(u"p"_s + QString::number(i), u"sf-prod"_s, u"users"_s)));
    plan = BundlePlanner::plan(desired, demo(), {}, {});
    QVERIFY2(plan.refusals.join(u'\n').contains(u"6 pipelines would be active"_s), qPrintable(plan.refusals.join(u'\n')));
    PlanOptions paused;
    paused.createPaused = true;
    QVERIFY(BundlePlanner::plan(desired, demo(), paused, {}).refusals.isEmpty());
    // At the limit, one active pipeline replaced by another: the deletion and the pause come before what
    // starts running, so the count never passes the limit on the way.
    Bundle full = demo();
    for (int i = 1; i < BundlePlanner::kMaxActivePipelines; ++i)
        full.entries.push_back(BundleCodec::entryOf(pipeline(u"p"_s + QString::number(i), u"sf-prod"_s, u"users"_s)));
    full.sort();
    Bundle swapped = full;
    std::erase_if(swapped.entries, [](const BundleEntry &e) { return e.id == u"users-sync"; });
    swapped.entries.push_back(BundleCodec::entryOf(pipeline(u"a-new"_s, u"sf-prod"_s, u"users"_s)));
    for (BundleEntry &e : swapped.entries) {
        if (e.id == u"p4")
            e.body.insert(u"state"_s, u"paused"_s);
    }
    swapped.entries.push_back(BundleCodec::entryOf(pipeline(u"a-second"_s, u"sf-prod"_s, u"users"_s)));
    swapped.sort();
    PlanOptions prune;
    prune.prune = true;
    plan = BundlePlanner::plan(swapped, full, prune, {});
    QVERIFY2(plan.refusals.isEmpty(), qPrintable(plan.refusals.join(u'\n')));
    QStringList order;
    for (const PlanStep &step : plan.steps)
        order << BundlePlanner::actionName(step.action) + u' ' + step.id;
    QCOMPARE(order, QStringList({u"delete users-sync"_s, u"update p4"_s, u"create a-new"_s, u"create a-second"_s}));
}

void TestBundle::needsTheSecretsOfWhatItSends()
{
    const Plan create = BundlePlanner::plan(demo(), Bundle(), {}, {});
    QCOMPARE(create.missingSecrets, QStringList{u"SF_PROD_PASSWORD"_s});
    QVERIFY(!create.canApply());
    QVERIFY(BundlePlanner::plan(demo(), Bundle(), {}, {u"SF_PROD_PASSWORD"_s}).canApply());
    // Nothing sent, nothing needed; --resend-secrets sends them (and needs them).
    QVERIFY(BundlePlanner::plan(demo(), demo(), {}, {}).missingSecrets.isEmpty());
    PlanOptions resend;
    resend.resendSecrets = true;
    const Plan again = BundlePlanner::plan(demo(), demo(), resend, {});
    QCOMPARE(again.steps.size(), size_t(1));
    QCOMPARE(again.steps.front().kind, ResourceKind::Connection);
    QCOMPARE(again.missingSecrets, QStringList{u"SF_PROD_PASSWORD"_s});
    // A secret field the workspace does not have yet is a change (shown by reference, never a value).
    Pipeline withKey = pipeline(u"users-sync"_s, u"sf-prod"_s, u"users"_s);
    withKey.partnerFeedKey = Secret::fromValue(u"feed-key"_s);
    Bundle desired = demo();
    std::erase_if(desired.entries, [](const BundleEntry &e) { return e.kind == ResourceKind::Pipeline; });
    desired.entries.push_back(BundleCodec::entryOf(withKey));
    const Plan added = BundlePlanner::plan(desired, demo(), {}, {u"USERS_SYNC_PARTNER_FEED_KEY"_s});
    QCOMPARE(added.steps.size(), size_t(1));
    QCOMPARE(added.steps.front().changes.size(), size_t(1));
    QCOMPARE(added.steps.front().changes.front().path, u"partner_feed_key"_s);
    QCOMPARE(jsonValueText(added.steps.front().changes.front().after),
             u"{\"secret\":\"USERS_SYNC_PARTNER_FEED_KEY\"}"_s);
    // Creates come in dependency order.
    QCOMPARE(create.steps[0].kind, ResourceKind::Connection);
    QCOMPARE(create.steps[1].kind, ResourceKind::DataModel);
    QCOMPARE(create.steps[2].kind, ResourceKind::Pipeline);
}

void TestBundle::createPausedCreatesAndKeepsPipelinesPaused()
{
    PlanOptions paused;
    paused.createPaused = true;
    const Plan plan = BundlePlanner::plan(demo(), Bundle(), paused, {u"SF_PROD_PASSWORD"_s});
    const PlanStep *step = stepFor(plan, ResourceKind::Pipeline, u"users-sync"_s);
    QVERIFY(step && step->createdPaused);
    QCOMPARE(step->body.value(u"state"_s).toString(), u"paused"_s);
    // Applied once, planning again with the same option changes nothing; without it, the state is the change.
    Bundle target = demo();
    for (BundleEntry &e : target.entries) {
        if (e.kind == ResourceKind::Pipeline)
            e.body.insert(u"state"_s, u"paused"_s);
    }
    QVERIFY(!BundlePlanner::plan(demo(), target, paused, {}).hasChanges());
    const Plan activate = BundlePlanner::plan(demo(), target, {}, {});
    QCOMPARE(activate.steps.size(), size_t(1));
    QCOMPARE(activate.steps.front().changes.front().path, u"state"_s);
}

QTEST_GUILESS_MAIN(TestBundle)
#include "tst_bundle.moc"
