// The security promises, each as a test in one place: no secret in QSettings, logs, the request log or
// drafts; a masked secret is never sent; plain http to a host that is not this computer is refused; the
// sandbox listens on loopback only and answers nothing without a valid token; a data model's SQL can
// neither write nor attach files outside the warehouse.
#include "client/ApiClient.h"
#include "client/Profile.h"
#include "client/RequestLog.h"
#include "client/SecretStore.h"
#include "client/warehouse/WarehouseAccess.h"
#include "client/warehouse/WarehouseAccess.h"
#include "models/domain/JsonCodec.h"
#include "models/store/DraftStore.h"
#include "tests/support/ConsoleFixture.h"
#include "tests/support/ResourceFixtures.h"
#include "ui/dialogs/Dialogs.h"
#include "ui/editors/ConnectionEditor.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QLineEdit>
#include <QNetworkInterface>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace wsc;
using namespace wsc::test;
using namespace Qt::StringLiterals;

namespace {

const QString kClientSecret = u"client-secret-5f3a9c"_s;
const QString kPassword = u"warehouse-pw-81d2e7"_s;

QStringList g_log;
void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log << message;
}

// Every file below `dir` whose bytes contain `needle`.
QStringList filesContaining(const QString &dir, const QString &needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle.toUtf8()))
            hits << file.fileName();
    }
    return hits;
}

} // namespace

class TestSecurity : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void secretsStayOutOfSettingsLogsRequestLogAndDrafts();
    void everySecretFieldStaysOffEverySurface_data();
    void everySecretFieldStaysOffEverySurface();
    void aMaskedSecretIsNeverSent();
    void warehousePasswordStaysOffEverySurface();
    void plainHttpToAnotherHostIsRefused();
    void theSandboxListensOnLoopbackAndWantsAToken();
    void sqlCannotWriteOrAttach_data();
    void sqlCannotWriteOrAttach();
    void sqlCannotReachOutsideTheWarehouseAtRunTime();

private:
    std::unique_ptr<ConsoleFixture> m_console;
    QtMessageHandler m_previousHandler = nullptr;
};

void TestSecurity::initTestCase()
{
    m_console = std::make_unique<ConsoleFixture>();
    m_previousHandler = qInstallMessageHandler(capture);
    QVERIFY(m_console->refresh());
}

void TestSecurity::cleanupTestCase()
{
    qInstallMessageHandler(m_previousHandler);
    m_console.reset();
}

void TestSecurity::secretsStayOutOfSettingsLogsRequestLogAndDrafts()
{
    // A profile with its client secret, as the profile dialog stores it.
    ProfileStore profiles;
    Profile profile;
    profile.name = u"Secure"_s;
    profile.apiRoot = QUrl(u"https://api.mparticle.com"_s);
    profile.tokenUrl = QUrl(u"https://sso.auth.mparticle.com/oauth/token"_s);
    profile.workspaceId = u"42"_s;
    profile.clientId = u"client"_s;
    profiles.remove(profile.name); // from an earlier run
    QCOMPARE(profiles.save(profile), QString());
    SecretStore secrets;
    secrets.useMemoryOnly(true);
    bool written = false;
    secrets.write(profile.name, kClientSecret, this, [&](bool, const QString &) { written = true; });
    QTRY_VERIFY(written);

    // A connection with a password: typed into the editor (a draft is written), then saved.
    SandboxFixture &sandbox = m_console->sandbox;
    sandbox.snowflake(u"sf-secure"_s);
    m_console->window->setProfiles({profile.name}, profile.name); // its drafts go to the profile's folder
    auto *editor =
        qobject_cast<ConnectionEditor *>(m_console->window->openEditor(ResourceKind::Connection, {}));
    QVERIFY(editor);
    QTest::keyClicks(editor->findChild<QLineEdit *>(u"IdField"_s), u"typed"_s);
    QTest::keyClicks(editor->findChild<QLineEdit *>(u"SnowflakePassword"_s), kPassword);
    QVERIFY(editor->isDirty());
    QVERIFY(!QString::fromUtf8(editor->draftJson()).contains(kPassword));
    const QString drafts = DraftStore::directoryFor(profile.name);
    QTRY_VERIFY_WITH_TIMEOUT(!filesContaining(drafts, u"typed"_s).isEmpty(), 5000); // the draft is on disk
    QVERIFY2(filesContaining(drafts, kPassword).isEmpty(), "a draft holds the password");
    Dialogs::setAsker([](QWidget *, const QString &, const QString &, QMessageBox::StandardButtons,
                         QMessageBox::StandardButton) { return QMessageBox::Discard; });
    QVERIFY(m_console->window->closeEditorTab(m_console->window->editorTabs()->indexOf(editor)));
    Dialogs::setAsker({});
    const Connection c = snowflakeConnection(kPassword, u"sf-secure"_s);
    bool saved = false;
    m_console->client.createConnection(c).then(this,
                                               [&](const ApiResult<Connection> &r) { saved = bool(r); });
    QTRY_VERIFY(saved);

    // A sign-in with that client secret: the token request carries it (the sandbox refuses it, which is
    // the path that logs most).
    ApiClient signIn;
    const QString base = m_console->sandbox.server->baseUrl();
    signIn.configure(QUrl(base), QUrl(base + u"/oauth/token"_s), u"1"_s, u"sandbox"_s, kClientSecret);
    std::optional<ApiError> refused;
    signIn.listConnections().then(this, [&](const auto &r) {
        if (!r)
            refused = r.error();
    });
    QTRY_VERIFY(refused.has_value());
    QVERIFY(refused->kind() != ApiError::Kind::Insecure); // it was sent, and refused

    QSettings().sync();
    const QString config = QFileInfo(QSettings().fileName()).absolutePath();
    for (const QString &secret : {kClientSecret, kPassword}) {
        QVERIFY2(filesContaining(config, secret).isEmpty(),
                 qPrintable(filesContaining(config, secret).join(u", "_s)));
        for (const QString &line : std::as_const(g_log))
            QVERIFY2(!line.contains(secret), qPrintable(line));
        for (const RequestLog *log : {&m_console->client.requestLog(), &signIn.requestLog()}) {
            QVERIFY(log->rowCount() > 0);
            for (int row = 0; row < log->rowCount(); ++row) {
                const QModelIndex index = log->index(row, 0);
                for (int role : {int(RequestLog::RequestBodyRole), int(RequestLog::ResponseBodyRole)})
                    QVERIFY2(!index.data(role).toByteArray().contains(secret.toUtf8()),
                             "the request log holds a secret");
                for (int column = 0; column < log->columnCount(); ++column)
                    QVERIFY(!log->index(row, column).data().toString().contains(secret));
            }
        }
    }
}

void TestSecurity::everySecretFieldStaysOffEverySurface_data()
{
    // Each secret field of every resource (SecretFields), typed into its editor as a user would.
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("resource");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("secret"); // what must appear nowhere (inside a key file: its private key)
    auto connection = [](const char *id, const char *provider, QJsonObject config) {
        return QJsonDocument(QJsonObject{{u"id"_s, QString::fromLatin1(id)},
                                         {u"name"_s, u"Secret test"_s},
                                         {u"state"_s, u"active"_s},
                                         {u"service_provider"_s, QString::fromLatin1(provider)},
                                         {u"config"_s, config}})
            .toJson();
    };
    QTest::newRow("Snowflake password")
        << int(ResourceKind::Connection)
        << connection("sec-sf", "Snowflake",
                      {{u"account_identifier"_s, u"a"_s},
                       {u"region"_s, u"us-east-1"_s},
                       {u"warehouse"_s, u"w"_s},
                       {u"database"_s, u"d"_s},
                       {u"role"_s, u"r"_s},
                       {u"user"_s, u"u"_s},
                       {u"password"_s, u"old-pw-1"_s},
                       {u"storage_integration"_s, u"s"_s}})
        << u"SnowflakePassword"_s << u"sf-pw-0c41d9e2"_s << u"sf-pw-0c41d9e2"_s;
    QTest::newRow("Redshift password") << int(ResourceKind::Connection)
                                       << connection("sec-rs", "Redshift",
                                                     {{u"database"_s, u"d"_s},
                                                      {u"host"_s, u"h.example.com"_s},
                                                      {u"port"_s, u"5439"_s},
                                                      {u"user"_s, u"u"_s},
                                                      {u"password"_s, u"old-pw-2"_s},
                                                      {u"aws_iam_role_arn"_s, u"arn:aws:iam::1:role/r"_s}})
                                       << u"RedshiftPassword"_s << u"rs-pw-77ab31f0"_s << u"rs-pw-77ab31f0"_s;
    QTest::newRow("BigQuery service account key")
        << int(ResourceKind::Connection)
        << connection("sec-bq", "BigQuery",
                      {{u"region"_s, u"US"_s},
                       {u"project_id"_s, u"p"_s},
                       {u"dataset_id"_s, u"ds"_s},
                       {u"service_account_id"_s, u"sa@p.iam.gserviceaccount.com"_s},
                       {u"service_account_key"_s,
                        u"{\"private_key\":\"old\",\"client_email\":\"sa@p.iam.gserviceaccount.com\"}"_s}})
        << u"BigQueryKey"_s
        << u"{\"private_key\":\"bq-key-5e0f9a\",\"client_email\":\"sa@p.iam.gserviceaccount.com\"}"_s
        << u"bq-key-5e0f9a"_s;
    QJsonObject pipeline = SandboxFixture::onDemandPipeline(u"sec-p"_s, u"sf-secure"_s);
    pipeline[u"partner_feed_id"_s] = 0;
    pipeline[u"partner_feed_key"_s] = u"old-feed-key"_s;
    QTest::newRow("partner feed key")
        << int(ResourceKind::Pipeline) << QJsonDocument(pipeline).toJson() << u"FeedKeyField"_s
        << u"feed-key-9d3e22c1"_s << u"feed-key-9d3e22c1"_s;
}

void TestSecurity::everySecretFieldStaysOffEverySurface()
{
    QFETCH(int, kind);
    QFETCH(QByteArray, resource);
    QFETCH(QString, input);
    QFETCH(QString, typed);
    QFETCH(QString, secret);
    SandboxFixture &sandbox = m_console->sandbox;
    const QJsonObject object = QJsonDocument::fromJson(resource).object();
    const QString id = object[u"id"_s].toString();
    if (ResourceKind(kind) == ResourceKind::Connection) {
        sandbox.http.post(u"/_sandbox/warehouses"_s, object);
        const HttpResult created = sandbox.http.post(SandboxFixture::api(u"/connections"_s), object);
        QVERIFY2(created.status < 300, qPrintable(created.errors()));
    } else {
        sandbox.http.post(SandboxFixture::api(u"/connections"_s), sandbox.snowflake(u"sf-secure"_s));
        sandbox.http.post(SandboxFixture::api(u"/data-models"_s),
                          {{u"id"_s, u"users"_s},
                           {u"name"_s, u"Users"_s},
                           {u"type"_s, u"sql"_s},
                           {u"config"_s, QJsonObject{{u"sql_query"_s,
                                                      u"SELECT email, updated_at FROM my_db.crm.users"_s}}}});
        const HttpResult created =
            sandbox.http.post(SandboxFixture::api(u"/inputs/data-pipelines"_s), object);
        QVERIFY2(created.status < 300, qPrintable(created.errors()));
    }
    QVERIFY(m_console->refresh());
    g_log.clear();
    m_console->client.requestLog().clear();

    ResourceEditor *editor = m_console->window->openEditor(ResourceKind(kind), id);
    QVERIFY(editor);
    QWidget *field = editor->findChild<QWidget *>(input);
    QVERIFY2(field, qPrintable(input));
    field->setFocus();
    QTest::keyClicks(field, typed);
    QVERIFY(editor->isDirty());
    // The save confirmation: what it would show for each change.
    QStringList shown;
    Dialogs::setChangeConfirmer([&shown](QWidget *, const QString &, const std::vector<JsonChange> &changes) {
        for (const JsonChange &change : changes) {
            const auto [before, after] = Dialogs::changeTexts(change);
            shown << change.path << before << after;
        }
        return true;
    });
    QSignalSpy saved(editor, &ResourceEditor::saved);
    QVERIFY(editor->save());
    QVERIFY(saved.wait(10000));
    Dialogs::setChangeConfirmer({});
    QVERIFY2(!shown.isEmpty(), "the change was confirmed");
    QVERIFY2(!shown.join(u'\n').contains(secret), qPrintable(shown.join(u" | "_s)));
    QVERIFY(!QString::fromUtf8(editor->draftJson()).contains(secret));
    const QString drafts = DraftStore::directoryFor(u"Secure"_s);
    QVERIFY2(filesContaining(drafts, secret).isEmpty(), "a draft holds the secret");
    QSettings().sync();
    QVERIFY(filesContaining(QFileInfo(QSettings().fileName()).absolutePath(), secret).isEmpty());
    for (const QString &line : std::as_const(g_log))
        QVERIFY2(!line.contains(secret), qPrintable(line));
    const RequestLog &log = m_console->client.requestLog();
    QVERIFY(log.rowCount() > 0);
    for (int row = 0; row < log.rowCount(); ++row) {
        const RequestLog::Entry *e = log.entry(row);
        QVERIFY(!e->requestBody.contains(secret.toUtf8()));
        QVERIFY(!e->responseBody.contains(secret.toUtf8()));
        QVERIFY(!e->error.contains(secret));
    }
    QVERIFY(m_console->window->closeEditorTab(m_console->window->editorTabs()->indexOf(editor)));
}

// A Redshift password given for the preview (the API returns it masked) goes to the keychain only: not to
// QSettings, the log, the request log or an error message, even when the login fails.
void TestSecurity::warehousePasswordStaysOffEverySurface()
{
    const QString secret = u"Warehouse-pw-5150"_s;
    ApiClient client;
    // Nothing listens on port 1: no sandbox there, so Redshift goes to the PostgreSQL driver.
    client.configure(QUrl(u"http://127.0.0.1:1"_s), QUrl(u"http://127.0.0.1:1/oauth/token"_s), u"1"_s,
                     u"id"_s, u"client-secret"_s);
    SecretStore secrets;
    secrets.useMemoryOnly(true);
    WarehouseAccess access(client);
    access.setSecretStore(&secrets);
    Connection redshift;
    redshift.id = u"rs"_s;
    redshift.serviceProvider = ServiceProvider::Redshift;
    redshift.redshift.host = u"127.0.0.1"_s;
    redshift.redshift.port = u"1"_s;
    redshift.redshift.database = u"dev"_s;
    redshift.redshift.user = u"reader"_s;
    access.setPassword(redshift, secret, true);
    g_log.clear();
    WarehouseJob *job = access.preview(redshift, u"SELECT 1 AS one"_s, 1);
    std::optional<WarehouseError> error;
    bool done = false;
    connect(job, &WarehouseJob::finished, this, [&] {
        done = true;
        error = job->error();
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QVERIFY(error);
    QCOMPARE(error->kind, WarehouseError::Kind::Connection);
    QVERIFY2(!error->message.contains(secret), qPrintable(error->message));
    // Kept where secrets are kept (here the memory stand-in for the keychain) ...
    QString kept;
    bool read = false;
    QObject context;
    secrets.read(u"warehouse:127.0.0.1/1/rs"_s, &context, [&](const QString &value, const QString &) {
        kept = value;
        read = true;
    });
    QTRY_VERIFY(read);
    QCOMPARE(kept, secret);
    // ... and nowhere else.
    QSettings().sync();
    QVERIFY(filesContaining(QFileInfo(QSettings().fileName()).absolutePath(), secret).isEmpty());
    for (const QString &line : std::as_const(g_log))
        QVERIFY2(!line.contains(secret), qPrintable(line));
    for (int row = 0; row < client.requestLog().rowCount(); ++row) {
        const RequestLog::Entry *e = client.requestLog().entry(row);
        QVERIFY(!e->requestBody.contains(secret.toUtf8()) && !e->responseBody.contains(secret.toUtf8()));
    }
}

void TestSecurity::aMaskedSecretIsNeverSent()
{
    // As the server returns a connection: the password masked, a mask also among unknown fields.
    const QByteArray fromServer = R"({"id":"c","name":"C","state":"active","service_provider":"Snowflake",
        "config":{"account_identifier":"a","region":"r","warehouse":"w","database":"d","role":"x","user":"u",
                  "password":"************","storage_integration":"s","future_secret":"************"}})";
    const auto decoded = JsonCodec::decodeConnection(fromServer);
    QVERIFY(decoded);
    QVERIFY(decoded->snowflake.password.isMasked());
    const QByteArray outgoing = JsonCodec::encode(decoded.value());
    QVERIFY2(!outgoing.contains("************"), outgoing.constData());
    QVERIFY(!outgoing.contains("\"password\""));
}

void TestSecurity::plainHttpToAnotherHostIsRefused()
{
    ApiClient client;
    client.configure(QUrl(u"http://api.example.com"_s), QUrl(u"http://api.example.com/oauth/token"_s), u"1"_s,
                     u"id"_s, kClientSecret);
    std::optional<ApiError> error;
    client.listPipelines().then(this, [&](const auto &result) {
        if (!result)
            error = result.error();
    });
    QTRY_VERIFY(error.has_value());
    QCOMPARE(error->kind(), ApiError::Kind::Insecure);
    for (int row = 0; row < client.requestLog().rowCount(); ++row) // nothing went out
        QVERIFY(client.requestLog().index(row, RequestLog::StatusColumn).data().toString().isEmpty() ||
                client.requestLog().index(row, RequestLog::StatusColumn).data().toString() == u"0"_s);
}

void TestSecurity::theSandboxListensOnLoopbackAndWantsAToken()
{
    SandboxFixture &sandbox = m_console->sandbox;
    const QUrl base(sandbox.server->baseUrl());
    QCOMPARE(base.host(), u"127.0.0.1"_s);
    // No token, a wrong one, a revoked one: nothing but 401.
    HttpProbe anonymous;
    anonymous.setBase(base);
    QCOMPARE(anonymous.get(SandboxFixture::api(u"/connections"_s)).status, 401);
    anonymous.setToken(u"not-a-token"_s);
    QCOMPARE(anonymous.get(SandboxFixture::api(u"/connections"_s)).status, 401);
    QCOMPARE(
        anonymous.post(SandboxFixture::api(u"/inputs/data-pipelines/trigger"_s), {{u"pipeline_id"_s, u"x"_s}})
            .status,
        401);
    anonymous.setToken(anonymous.fetchToken());
    QCOMPARE(anonymous.get(SandboxFixture::api(u"/connections"_s)).status, 200);
    QCOMPARE(sandbox.http.del(u"/_sandbox/tokens"_s).status, 204); // every token issued so far is revoked
    QCOMPARE(anonymous.get(SandboxFixture::api(u"/connections"_s)).status, 401);
    sandbox.http.setToken(sandbox.http.fetchToken());
    // And the wrong client secret gets no token.
    QCOMPARE(anonymous
                 .post(u"/oauth/token"_s, {{u"client_id"_s, u"sandbox"_s},
                                           {u"client_secret"_s, u"wrong"_s},
                                           {u"audience"_s, u"https://api.mparticle.com"_s},
                                           {u"grant_type"_s, u"client_credentials"_s}})
                 .status,
             401);
    // Not reachable on this computer's other addresses.
    int tried = 0;
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.isLoopback() || address.protocol() != QAbstractSocket::IPv4Protocol)
            continue;
        ++tried;
        QTcpSocket socket;
        socket.connectToHost(address, quint16(base.port()));
        QVERIFY2(!socket.waitForConnected(1000), qPrintable(address.toString()));
    }
    if (tried == 0)
        QSKIP("this computer has no address but loopback: the refusal on others was not tried");
}

void TestSecurity::sqlCannotWriteOrAttach_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("attach") << u"ATTACH DATABASE '/tmp/wsc-attack.db' AS x"_s;
    QTest::newRow("attach after a select")
        << u"SELECT email FROM my_db.crm.users; ATTACH '/tmp/wsc-attack.db' AS x"_s;
    QTest::newRow("vacuum into") << u"VACUUM INTO '/tmp/wsc-attack.db'"_s;
    QTest::newRow("insert") << u"INSERT INTO my_db.crm.users (email) VALUES ('x')"_s;
    QTest::newRow("with + delete") << u"WITH x AS (SELECT 1) DELETE FROM my_db.crm.users"_s;
    QTest::newRow("pragma") << u"PRAGMA writable_schema = 1"_s;
}

void TestSecurity::sqlCannotWriteOrAttach()
{
    QFETCH(QString, sql);
    const auto r = m_console->sandbox.http.post(SandboxFixture::api(u"/data-models"_s),
                                                {{u"id"_s, u"attack"_s},
                                                 {u"name"_s, u"Attack"_s},
                                                 {u"type"_s, u"sql"_s},
                                                 {u"config"_s, QJsonObject{{u"sql_query"_s, sql}}}});
    QCOMPARE(r.status, 400); // refused before it is stored, let alone run
    QVERIFY(!QFile::exists(u"/tmp/wsc-attack.db"_s));
}

void TestSecurity::sqlCannotReachOutsideTheWarehouseAtRunTime()
{
    // Queries that pass the static check (no command outside a SELECT) but try to reach further when
    // they run: loading an extension, reading the database list. The warehouse's authorizer stops them.
    SandboxFixture &sandbox = m_console->sandbox;
    sandbox.snowflake(u"sf-run"_s);
    QJsonObject connection = sandbox.snowflake(u"sf-run"_s);
    QCOMPARE(sandbox.http.post(SandboxFixture::api(u"/connections"_s), connection).status, 200);
    // The same connection and shape with a harmless query first: it succeeds, so what fails below fails
    // for what it tries.
    const QStringList attempts{
        u"SELECT email, updated_at FROM my_db.crm.users"_s,
        u"SELECT email, updated_at FROM my_db.crm.users WHERE load_extension('/tmp/wsc-evil') IS NULL"_s,
        u"SELECT email, updated_at, file AS leaked FROM my_db.crm.users, pragma_database_list"_s,
    };
    int n = 0;
    for (const QString &sql : attempts) {
        const bool harmless = n == 0;
        const QString id = u"reach-%1"_s.arg(++n);
        QCOMPARE(sandbox.http
                     .post(SandboxFixture::api(u"/data-models"_s),
                           {{u"id"_s, id},
                            {u"name"_s, id},
                            {u"type"_s, u"sql"_s},
                            {u"config"_s, QJsonObject{{u"sql_query"_s, sql}}}})
                     .status,
                 200);
        QJsonObject pipeline = SandboxFixture::onDemandPipeline(id, u"sf-run"_s, id);
        pipeline[u"sync_mode"_s] = QJsonObject{{u"type"_s, u"full"_s}};
        QCOMPARE(sandbox.http.post(SandboxFixture::api(u"/inputs/data-pipelines"_s), pipeline).status, 200);
        QCOMPARE(sandbox.http
                     .post(SandboxFixture::api(u"/inputs/data-pipelines/trigger"_s), {{u"pipeline_id"_s, id}})
                     .status,
                 200);
        sandbox.advance(60);
        const auto runs =
            sandbox.http.get(SandboxFixture::api(u"/inputs/data-pipelines/"_s + id + u"/runs"_s));
        const QJsonArray items = runs.object().value(u"items"_s).toArray();
        QCOMPARE(items.size(), 1);
        const QJsonObject run = items[0].toObject();
        if (harmless) {
            QCOMPARE(run.value(u"status"_s).toString(), u"success"_s);
            continue;
        }
        QCOMPARE(run.value(u"status"_s).toString(), u"failed"_s);
        QCOMPARE(run.value(u"successful_records"_s).toInt(), 0);
        const QString errors = QString::fromUtf8(QJsonDocument(run.value(u"errors"_s).toArray()).toJson());
        QVERIFY2(errors.contains(u"not authorized"_s, Qt::CaseInsensitive), qPrintable(errors));
    }
}

QTEST_MAIN(TestSecurity)
#include "tst_security.moc"
