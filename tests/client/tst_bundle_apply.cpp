// Workspace as code over real HTTP: the demo workspace of one sandbox exported, applied to an empty second
// one (secrets given by name), planned again without changes; a failure in the middle that a second apply
// completes; and a create whose answer was lost, neither sent twice nor failing the apply.
#include "client/ApiClient.h"
#include "client/RequestLog.h"
#include "client/bundle/BundleApplier.h"
#include "client/bundle/WorkspaceSnapshot.h"
#include "models/domain/bundle/BundleFolder.h"
#include "tests/support/SandboxFixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace wsc;
using namespace wsc::test;
using namespace Qt::StringLiterals;

namespace {

struct Side {
    explicit Side(bool demo)
        : fixture(config(demo))
    {
        client.configure(QUrl(fixture.server->baseUrl()), QUrl(fixture.server->baseUrl() + u"/oauth/token"_s),
                         u"1"_s, u"sandbox"_s, u"sandbox"_s);
        RetryPolicy fast;
        fast.baseDelayMs = 20;
        fast.maxAttempts = 3;
        client.setRetryPolicy(fast);
    }
    static sandbox::SandboxConfig config(bool demo)
    {
        sandbox::SandboxConfig c = SandboxFixture::defaults();
        c.demo = demo;
        return c;
    }
    SandboxFixture fixture;
    ApiClient client;
};

Bundle snapshot(ApiClient &client)
{
    std::optional<Result<Bundle, QString>> result;
    QObject context;
    WorkspaceSnapshot::fetch(client, u"test"_s, &context, [&](const Result<Bundle, QString> &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
        qFatal("the snapshot did not report");
    if (!result->ok())
        qFatal("snapshot failed: %s", qPrintable(result->error()));
    return result->value();
}

struct Applied {
    bool ok = false;
    int failedStep = -2;
    QString error;
    int steps = 0; // stepFinished without an error
};

Applied apply(ApiClient &client, const Plan &plan, const QHash<QString, QString> &secrets)
{
    Applied out;
    BundleApplier applier(client, plan, secrets);
    bool finished = false;
    QObject::connect(&applier, &BundleApplier::stepFinished, [&](int, const QString &error) {
        out.steps += error.isEmpty();
    });
    QObject::connect(&applier, &BundleApplier::finished, [&](bool ok, int failed, const QString &error) {
        finished = true;
        out.ok = ok;
        out.failedStep = failed;
        out.error = error;
    });
    applier.start();
    if (!QTest::qWaitFor([&] { return finished; }, 60000))
        qFatal("the apply did not finish");
    return out;
}

// Every secret a bundle names, with a value of its own.
QHash<QString, QString> secretsOf(const Bundle &bundle)
{
    QHash<QString, QString> values;
    for (const BundleEntry &e : bundle.entries)
        for (const SecretRef &ref : e.secrets) {
            const QString value = u"s3cret-value-"_s + ref.name.toLower();
            // A BigQuery key is the key file's JSON.
            values.insert(ref.name, ref.path.endsWith(u"service_account_key"_s)
                                        ? u"{\"type\": \"service_account\", \"client_email\": \"m@p.iam\", "
                                          u"\"private_key\": \"%1\"}"_s.arg(value)
                                        : value);
        }
    return values;
}

QSet<QString> namesOf(const QHash<QString, QString> &values)
{
    return QSet<QString>(values.keyBegin(), values.keyEnd());
}

void provisionWarehouses(Side &side, const Bundle &bundle, const QString &except = {})
{
    for (const BundleEntry &e : bundle.entries) {
        if (e.kind == ResourceKind::Connection && e.id != except)
            QCOMPARE(side.fixture.http.post(u"/_sandbox/warehouses"_s, e.body).status, 200);
    }
}

// The demo workspace through a folder, as a user promotes it.
Bundle exportedDemo(QTemporaryDir &dir)
{
    Side source(true);
    const Bundle demo = snapshot(source.client);
    if (!BundleFolder::write(dir.path(), demo, true).isEmpty())
        qFatal("export failed");
    auto read = BundleFolder::read(dir.path());
    if (!read.ok())
        qFatal("%s", qPrintable(read.error().join(u'\n')));
    return read.value();
}

} // namespace

class TestBundleApply : public QObject {
    Q_OBJECT

private slots:
    void promotesTheDemoWorkspaceToAnEmptyOne();
    void aFailureInTheMiddleIsCompletedByASecondApply();
    void aLostCreateAnswerIsNeitherSentTwiceNorAFailure();
    void theReferenceShapesRoundTripWithoutSpuriousChanges();
};

void TestBundleApply::promotesTheDemoWorkspaceToAnEmptyOne()
{
    Side source(true);
    const Bundle demo = snapshot(source.client);
    QVERIFY(demo.entries.size() >= 10);
    QTemporaryDir dir;
    QCOMPARE(BundleFolder::write(dir.path(), demo, true), QString());
    const auto folder = BundleFolder::read(dir.path());
    QVERIFY2(folder.ok(), qPrintable(folder.ok() ? QString() : folder.error().join(u'\n')));

    Side target(false);
    provisionWarehouses(target, *folder);
    const QHash<QString, QString> secrets = secretsOf(*folder);
    QVERIFY(!secrets.isEmpty());
    const Plan plan = BundlePlanner::plan(*folder, snapshot(target.client), {}, namesOf(secrets));
    QVERIFY2(plan.canApply(), qPrintable(plan.refusals.join(u'\n') + plan.missingSecrets.join(u',')));
    QCOMPARE(plan.steps.size(), folder->entries.size());
    const Applied applied = apply(target.client, plan, secrets);
    QVERIFY2(applied.ok, qPrintable(applied.error));
    QCOMPARE(applied.steps, int(plan.steps.size()));

    // Planned again: nothing left. The two workspaces compare equal (secrets aside), both ways.
    const Bundle promoted = snapshot(target.client);
    QVERIFY(!BundlePlanner::plan(*folder, promoted, {}, {}).hasChanges());
    const Plan there = BundlePlanner::plan(snapshot(source.client), promoted, {}, {});
    QVERIFY(!there.hasChanges());
    QVERIFY(there.onlyInTarget.empty());
    QVERIFY(!BundlePlanner::plan(promoted, snapshot(source.client), {}, {}).hasChanges());

    // The secrets went to the server, and nowhere the user can read them back.
    for (int row = 0; row < target.client.requestLog().rowCount(); ++row) {
        const RequestLog::Entry *entry = target.client.requestLog().entry(row);
        QVERIFY(!entry->requestBody.contains("s3cret-value-"));
        QVERIFY(!entry->responseBody.contains("s3cret-value-"));
    }
}

void TestBundleApply::aFailureInTheMiddleIsCompletedByASecondApply()
{
    QTemporaryDir dir;
    const Bundle folder = exportedDemo(dir);
    Side target(false);
    // The second connection's warehouse is not there: its create answers 505.
    QString missing;
    int connections = 0;
    for (const BundleEntry &e : folder.entries) {
        if (e.kind == ResourceKind::Connection && ++connections == 2)
            missing = e.id;
    }
    provisionWarehouses(target, folder, missing);
    const QHash<QString, QString> secrets = secretsOf(folder);
    const Plan plan = BundlePlanner::plan(folder, snapshot(target.client), {}, namesOf(secrets));
    const Applied first = apply(target.client, plan, secrets);
    QVERIFY(!first.ok);
    QCOMPARE(first.failedStep, 1);
    QCOMPARE(first.steps, 1);
    QVERIFY2(first.error.contains(u"could not connect to the warehouse"_s), qPrintable(first.error));
    QVERIFY(snapshot(target.client).find(ResourceKind::Connection, plan.steps[0].id));

    // Planning again shows exactly what is left; a second apply completes it.
    provisionWarehouses(target, folder);
    const Plan rest = BundlePlanner::plan(folder, snapshot(target.client), {}, namesOf(secrets));
    QCOMPARE(rest.steps.size(), plan.steps.size() - 1);
    QCOMPARE(rest.steps.front().id, missing);
    const Applied second = apply(target.client, rest, secrets);
    QVERIFY2(second.ok, qPrintable(second.error));
    QVERIFY(!BundlePlanner::plan(folder, snapshot(target.client), {}, {}).hasChanges());
}

void TestBundleApply::aLostCreateAnswerIsNeitherSentTwiceNorAFailure()
{
    QTemporaryDir dir;
    const Bundle folder = exportedDemo(dir);
    Side target(false);
    provisionWarehouses(target, folder);
    const QHash<QString, QString> secrets = secretsOf(folder);
    const Plan plan = BundlePlanner::plan(folder, snapshot(target.client), {}, namesOf(secrets));
    // The first create (a connection, with a secret) is carried out, and its answer never comes.
    QCOMPARE(target.fixture.http.put(u"/_sandbox/faults"_s, {{u"drop_next_posts"_s, 1}}).status, 200);
    target.client.requestLog().clear();
    const Applied applied = apply(target.client, plan, secrets);
    QVERIFY2(applied.ok, qPrintable(applied.error));
    int posts = 0;
    bool readBack = false;
    const QString firstId = plan.steps.front().id;
    for (int row = 0; row < target.client.requestLog().rowCount(); ++row) {
        const RequestLog::Entry *entry = target.client.requestLog().entry(row);
        posts += entry->method == u"POST" && entry->url.endsWith(u"/connections"_s) &&
                 entry->requestBody.contains(firstId.toUtf8());
        readBack |= entry->method == u"GET" && entry->url.endsWith(u"/connections/"_s + firstId);
    }
    QCOMPARE(posts, 1);
    QVERIFY(readBack);
    QVERIFY(!BundlePlanner::plan(folder, snapshot(target.client), {}, {}).hasChanges());
}

void TestBundleApply::theReferenceShapesRoundTripWithoutSpuriousChanges()
{
    // A service that answers as the published reference shows it (run ids and numbers as strings,
    // `on-demand`, Snowflake's source_account_id, unknown members, no field-transformations endpoint).
    sandbox::SandboxConfig config = Side::config(true);
    config.referenceVariants = true;
    SandboxFixture fixture(config);
    ApiClient client;
    client.configure(QUrl(fixture.server->baseUrl()), QUrl(fixture.server->baseUrl() + u"/oauth/token"_s), u"1"_s,
                     u"sandbox"_s, u"sandbox"_s);
    const Bundle workspace = snapshot(client);
    QVERIFY(!workspace.fieldTransformationsListed);
    QCOMPARE(workspace.notes.size(), qsizetype(1));
    QVERIFY(workspace.find(ResourceKind::Pipeline, u"orders-daily"_s));
    QTemporaryDir dir;
    QCOMPARE(BundleFolder::write(dir.path(), workspace, true), QString());
    const auto folder = BundleFolder::read(dir.path());
    QVERIFY2(folder.ok(), qPrintable(folder.ok() ? QString() : folder.error().join(u'\n')));
    const Plan plan = BundlePlanner::plan(*folder, snapshot(client), {}, {});
    QVERIFY2(plan.refusals.isEmpty(), qPrintable(plan.refusals.join(u'\n')));
    QVERIFY(!plan.hasChanges());
    // The members no client knows are kept in the files (and sent back as they came), not lost.
    QVERIFY(folder->find(ResourceKind::Pipeline, u"orders-daily"_s)->body.contains(u"x_reference_variant"_s));
    QVERIFY(folder->find(ResourceKind::Connection, u"demo-snowflake"_s)->body.contains(u"x_reference_variant"_s));
}

QTEST_GUILESS_MAIN(TestBundleApply)
#include "tst_bundle_apply.moc"
