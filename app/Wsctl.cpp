// wsctl: the command line read in steps, where to connect, and each answer printed as JSON or a table.
#include "app/Wsctl.h"

#include "app/WsctlText.h"
#include "client/Profile.h"
#include "client/SecretStore.h"
#include "client/warehouse/WarehouseAccess.h"
#include "sandbox/EmbeddedSandbox.h"

#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>

namespace wsc {

using namespace Qt::StringLiterals;

using namespace WsctlText;

namespace {

const QStringList kResources = {u"connections"_s, u"data-models"_s, u"field-transformations"_s,
                                u"pipelines"_s};

} // namespace

// The command line's options; run() reads them in steps.
struct Wsctl::Options {
    QCommandLineOption profile;
    QCommandLineOption baseUrl;
    QCommandLineOption tokenUrl;
    QCommandLineOption workspace;
    QCommandLineOption clientId;
    QCommandLineOption output;
    QCommandLineOption page;
    QCommandLineOption pageSize;
    QCommandLineOption from;
    QCommandLineOption to;
    QCommandLineOption timeout;
    QCommandLineOption sql;
    QCommandLineOption connection;
    QCommandLineOption limit;
    QCommandLineOption run;
    QCommandLineOption only;
    QCommandLineOption prune;
    QCommandLineOption createPaused;
    QCommandLineOption resendSecrets;
    QCommandLineOption yes;
    QCommandLineOption toProfile;
};

Wsctl::Wsctl(QObject *parent)
    : QObject(parent)
{}

Wsctl::~Wsctl() = default;

void Wsctl::finishWith(ExitCode code, const QString &message)
{
    if (!message.isEmpty())
        printErr(message);
    QCoreApplication::exit(int(code));
}

void Wsctl::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    const Options options = defineOptions(parser);
    if (!parser.parse(arguments))
        return finishWith(UsageError, parser.errorText());
    if (parser.isSet(u"help"_s)) {
        printOut(parser.helpText().toUtf8());
        return finishWith(Success);
    }
    const QStringList positional = parser.positionalArguments();
    std::optional<QString> problem;
    if (!positional.isEmpty() && WsctlBundle::isCommand(positional[0]))
        problem = readBundleCommand(parser, options);
    else
        problem = readCommand(positional, parser.value(options.output));
    if (!problem)
        problem = readRequestOptions(parser, options);
    if (problem)
        return finishWith(UsageError, *problem);

    const bool explicitTarget = parser.isSet(options.baseUrl) || parser.isSet(options.tokenUrl) ||
                                parser.isSet(options.workspace) || parser.isSet(options.clientId);
    const Result<Profile, QString> target = readTarget(parser, options, explicitTarget);
    if (!target)
        return finishWith(UsageError, target.error());
    start(*target, explicitTarget);
}

Wsctl::Options Wsctl::defineOptions(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(
        tr("Command-line twin of Warehouse Sync Console.\n\n"
           "Resources: connections, data-models, field-transformations, pipelines.\n"
           "Verbs: list | get ID | create FILE|- | update ID FILE|- | delete ID\n"
           "Pipelines also: trigger ID | report ID | runs ID [--page N] [--page-size N] [--from T] [--to T] "
           "| run ID RUN_ID\n"
           "| queries ID [--run RUN_ID]: the statements the service wraps around the pipeline's data model, "
           "for the expected next run (or a trigger now), or for the given run's window\n"
           "Data models also: preview ID|--sql FILE --connection ID [--limit N] (the rows the model's SQL "
           "returns, run as the service wraps it; a Redshift password from WSC_WAREHOUSE_PASSWORD)\n\n"
           "Workspace as code:\n"
           "  export DIR [--only KIND/ID]...: the workspace (or those resources) as files, secrets as "
           "{\"secret\": \"NAME\"} references\n"
           "  plan DIR [--prune] [--create-paused] [--resend-secrets]: what applying the folder would change (--output table, "
           "the default here, or json)\n"
           "  apply DIR [--prune] [--create-paused] [--resend-secrets] [--yes]: carries the plan out; each "
           "secret from the environment variable of its name\n"
           "  diff --to-profile NAME: this workspace against another one\n\n"
           "The client secret comes from WSC_CLIENT_SECRET or the profile's keychain entry (the other "
           "profile's of diff: WSC_TO_CLIENT_SECRET).\n"
           "Exit status: 0 success (nothing to change, or applied), 1 API error, 2 usage or input error, "
           "3 the plan has changes (plan, diff)."));
    parser.addHelpOption();
    Options options{
        QCommandLineOption(u"profile"_s,
                           tr("Use a saved profile (or \"%1\").").arg(ProfileStore::sandboxProfileName()),
                           tr("name")),
        QCommandLineOption(u"base-url"_s, tr("API root, e.g. https://api.mparticle.com."), tr("url")),
        QCommandLineOption(u"token-url"_s,
                           tr("Token endpoint, e.g. https://sso.auth.mparticle.com/oauth/token."), tr("url")),
        QCommandLineOption(u"workspace"_s, tr("Workspace id."), tr("id")),
        QCommandLineOption(u"client-id"_s, tr("API client id."), tr("id")),
        QCommandLineOption(u"output"_s, tr("json (the API's JSON, default) or table."), u"format"_s,
                           u"json"_s),
        QCommandLineOption(u"page"_s, tr("runs: page number (from 1)."), u"n"_s, u"1"_s),
        QCommandLineOption(u"page-size"_s, tr("runs: runs per page."), u"n"_s, u"50"_s),
        QCommandLineOption(u"from"_s, tr("runs: earliest logical date (ISO-8601)."), u"time"_s),
        QCommandLineOption(u"to"_s, tr("runs: latest logical date (ISO-8601)."), u"time"_s),
        QCommandLineOption(u"timeout"_s,
                           tr("Seconds each attempt of a request may take as a whole, the sign-in included. "
                              "Failed requests are tried at most 5 times (on 429, 5xx and network errors; a "
                              "POST never twice), so a command gives up within about 15 times this."),
                           u"seconds"_s, u"30"_s),
        QCommandLineOption(u"sql"_s, tr("preview: a file of SQL (- for stdin) instead of a data model."),
                           u"file"_s),
        QCommandLineOption(u"connection"_s, tr("preview: the connection whose warehouse runs it."), tr("id")),
        QCommandLineOption(u"limit"_s, tr("preview: at most this many rows (1 to 100000)."), u"n"_s,
                           u"100"_s),
        QCommandLineOption(u"run"_s, tr("queries: the window of this run instead of the next one."),
                           u"run_id"_s),
        QCommandLineOption(u"only"_s, tr("export: only this resource, as KIND/ID (repeatable)."),
                           u"kind/id"_s),
        QCommandLineOption(u"prune"_s, tr("plan, apply: delete what only the workspace has.")),
        QCommandLineOption(u"create-paused"_s, tr("plan, apply: create pipelines paused (and keep them paused).")),
        QCommandLineOption(u"resend-secrets"_s,
                           tr("plan, apply: send the secrets even where nothing else changed.")),
        QCommandLineOption(u"yes"_s, tr("apply: do not ask.")),
        QCommandLineOption(u"to-profile"_s, tr("diff: the other workspace's profile."), tr("name")),
    };
    parser.addOptions({options.profile, options.baseUrl, options.tokenUrl, options.workspace,
                       options.clientId, options.output, options.page, options.pageSize, options.from,
                       options.to, options.timeout, options.sql, options.connection, options.limit,
                       options.run, options.only, options.prune, options.createPaused,
                       options.resendSecrets, options.yes, options.toProfile});
    parser.addPositionalArgument(u"resource"_s, tr("What to act on."));
    parser.addPositionalArgument(u"verb"_s, tr("What to do."));
    return options;
}

std::optional<QString> Wsctl::readCommand(const QStringList &positional, const QString &output)
{
    if (positional.size() < 2)
        return tr("Give a resource and a verb, e.g. \"wsctl pipelines list\" (see --help).");
    m_resource = positional[0];
    m_verb = positional[1];
    m_args = positional.mid(2);
    m_output = output;
    if (!kResources.contains(m_resource))
        return tr("Unknown resource \"%1\": use one of %2.").arg(m_resource, kResources.join(u", "_s));
    if (m_output != u"json" && m_output != u"table")
        return tr("--output is json or table.");
    if (m_verb == u"preview") {
        if (m_resource != u"data-models" || m_args.size() > 1)
            return tr("Use \"wsctl data-models preview ID --connection ID\" or \"… preview --sql FILE "
                      "--connection ID\".");
        if (!m_args.isEmpty() && !ApiEndpoints::isValidResourceId(m_args[0]))
            return ApiEndpoints::idProblem(m_args[0]);
        return std::nullopt;
    }
    struct Arity {
        const char16_t *verb;
        int args;
        bool pipelinesOnly;
    };
    static const Arity verbs[] = {{u"list", 0, false},   {u"get", 1, false},    {u"create", 1, false},
                                  {u"update", 2, false}, {u"delete", 1, false}, {u"trigger", 1, true},
                                  {u"report", 1, true},  {u"runs", 1, true},    {u"run", 2, true},
                                  {u"queries", 1, true}};
    const auto verb =
        std::find_if(std::begin(verbs), std::end(verbs), [&](const Arity &a) { return m_verb == a.verb; });
    if (verb == std::end(verbs) || (verb->pipelinesOnly && m_resource != u"pipelines"))
        return tr("\"%1 %2\" is not a command (see --help).").arg(m_resource, m_verb);
    if (m_args.size() != verb->args)
        return tr("\"%1 %2\" takes %n argument(s).", nullptr, verb->args).arg(m_resource, m_verb);
    // An id goes into a URL: `..` or an empty id would name the collection or its parent instead.
    const bool takesId = m_verb != u"list" && m_verb != u"create";
    if (takesId && !ApiEndpoints::isValidResourceId(m_args[0]))
        return ApiEndpoints::idProblem(m_args[0]);
    if (m_verb == u"run" && !ApiEndpoints::isValidRunId(m_args[1]))
        return tr("\"%1\" is not a valid run id.").arg(m_args[1].left(80));
    return std::nullopt;
}

std::optional<QString> Wsctl::readBundleCommand(const QCommandLineParser &parser, const Options &options)
{
    WsctlBundle::Options o;
    const QStringList positional = parser.positionalArguments();
    o.command = positional[0];
    o.args = positional.mid(1);
    o.only = parser.values(options.only);
    o.prune = parser.isSet(options.prune);
    o.createPaused = parser.isSet(options.createPaused);
    o.resendSecrets = parser.isSet(options.resendSecrets);
    o.yes = parser.isSet(options.yes);
    o.toProfile = parser.value(options.toProfile);
    // A plan is read by people first: a table unless JSON is asked for.
    const QString output = parser.isSet(options.output) ? parser.value(options.output) : u"table"_s;
    if (output != u"json" && output != u"table")
        return tr("--output is json or table.");
    o.json = output == u"json";
    m_resource = o.command;
    if (auto problem = WsctlBundle::check(o))
        return problem;
    m_bundleOptions = o;
    return std::nullopt;
}

std::optional<QString> Wsctl::readRequestOptions(const QCommandLineParser &parser, const Options &options)
{
    bool ok = false;
    m_runQuery.page = parser.value(options.page).toInt(&ok);
    if (!ok || m_runQuery.page < 1)
        return tr("--page must be a whole number from 1.");
    m_runQuery.pageSize = parser.value(options.pageSize).toInt(&ok);
    // The reference states no maximum (it shows 50): the service decides.
    if (!ok || m_runQuery.pageSize < 1)
        return tr("--page-size must be a whole number from 1.");
    for (const auto &[option, target] :
         {std::pair{&options.from, &m_runQuery.startDate}, std::pair{&options.to, &m_runQuery.endDate}}) {
        if (!parser.isSet(*option))
            continue;
        *target = Timestamp::parse(parser.value(*option));
        if (!target->isValid())
            return tr("--%1 must be an ISO-8601 time such as 2024-01-31T00:00:00Z.")
                .arg(option->names().first());
    }
    const int timeoutSeconds = parser.value(options.timeout).toInt(&ok);
    if (!ok || timeoutSeconds < 1)
        return tr("--timeout must be a whole number of seconds.");
    m_client.setTimeoutMs(timeoutSeconds * 1000);
    if (m_bundleOptions)
        m_bundleOptions->timeoutMs = timeoutSeconds * 1000;
    if (m_verb == u"preview") {
        m_previewSqlFile = parser.value(options.sql);
        m_previewConnection = parser.value(options.connection);
        m_previewLimit = parser.value(options.limit).toInt(&ok);
        if (m_args.isEmpty() == m_previewSqlFile.isEmpty())
            return tr("preview: give a data model id or --sql FILE (one of them).");
        if (!ApiEndpoints::isValidResourceId(m_previewConnection))
            return tr("preview: --connection names the connection whose warehouse runs the query.");
        if (!ok || m_previewLimit < 1 || m_previewLimit > WarehouseAccess::kMaxRowLimit)
            return tr("--limit must be a whole number from 1 to %1.").arg(WarehouseAccess::kMaxRowLimit);
    }
    if (parser.isSet(options.run)) {
        if (m_verb != u"queries")
            return tr("--run goes with \"pipelines queries\".");
        m_queriesRunId = parser.value(options.run);
        if (!ApiEndpoints::isValidRunId(m_queriesRunId))
            return tr("\"%1\" is not a valid run id.").arg(m_queriesRunId.left(80));
    }
    return std::nullopt;
}

Result<Profile, QString> Wsctl::readTarget(const QCommandLineParser &parser, const Options &options,
                                           bool explicitTarget) const
{
    if (explicitTarget && parser.isSet(options.profile))
        return tr("Use either --profile or --base-url/--token-url/--workspace/--client-id.");
    Profile target;
    if (explicitTarget) {
        if (!parser.isSet(options.baseUrl) || !parser.isSet(options.tokenUrl) ||
            !parser.isSet(options.workspace) || !parser.isSet(options.clientId))
            return tr("--base-url, --token-url, --workspace and --client-id go together.");
        target.apiRoot = QUrl(parser.value(options.baseUrl));
        target.tokenUrl = QUrl(parser.value(options.tokenUrl));
        target.workspaceId = parser.value(options.workspace);
        target.clientId = parser.value(options.clientId);
    } else {
        const ProfileStore profiles;
        const QString name =
            parser.isSet(options.profile) ? parser.value(options.profile) : profiles.lastUsed();
        if (name.isEmpty())
            return tr("Choose a profile with --profile, or give --base-url, --token-url, --workspace "
                      "and --client-id.");
        const auto found = profiles.profile(name);
        if (!found)
            return tr("There is no profile named \"%1\".").arg(name);
        target = *found;
    }
    for (const QUrl &url : {target.apiRoot, target.tokenUrl}) {
        if (!target.embeddedSandbox && (!url.isValid() || url.host().isEmpty()))
            return tr("\"%1\" is not a valid URL.").arg(url.toString());
    }
    return target;
}

void Wsctl::start(Profile target, bool explicitTarget)
{
    if (target.embeddedSandbox) {
        // The same local sandbox as the console's, on a thread of its own.
        m_sandbox = std::make_unique<sandbox::EmbeddedSandbox>(sandbox::SandboxConfig{});
        connect(m_sandbox.get(), &sandbox::EmbeddedSandbox::ready, this, [this, target]() mutable {
            target.apiRoot = QUrl(m_sandbox->baseUrl());
            target.tokenUrl = QUrl(m_sandbox->tokenUrl());
            target.workspaceId = m_sandbox->config().workspaceId;
            target.clientId = m_sandbox->config().clientId;
            connectAndExecute(target, m_sandbox->config().clientSecret);
        });
        connect(m_sandbox.get(), &sandbox::EmbeddedSandbox::failed, this, [this](const QString &error) {
            finishWith(ApiFailure, tr("The local sandbox could not start: %1").arg(error));
        });
        m_sandbox->start();
        return;
    }
    const QString secret = qEnvironmentVariable("WSC_CLIENT_SECRET");
    if (!secret.isEmpty() || explicitTarget)
        return connectAndExecute(target, secret);
    auto *secrets = new SecretStore(this);
    secrets->read(target.name, this, [this, target](const QString &stored, const QString &error) {
        if (!error.isEmpty())
            printErr(error);
        connectAndExecute(target, stored);
    });
}

void Wsctl::connectAndExecute(const Profile &target, const QString &clientSecret)
{
    if (clientSecret.isEmpty())
        return finishWith(UsageError,
                          tr("No client secret: set WSC_CLIENT_SECRET or save it in the profile."));
    m_client.configure(target.apiRoot, target.tokenUrl, target.workspaceId, target.clientId, clientSecret);
    m_profileName = !target.name.isEmpty()    ? target.name
                    : target.embeddedSandbox ? ProfileStore::sandboxProfileName()
                                             : tr("workspace %1 at %2").arg(target.workspaceId, target.apiRoot.host());
    if (m_bundleOptions) {
        m_bundle = std::make_unique<WsctlBundle>(m_client, m_profileName, *m_bundleOptions);
        connect(m_bundle.get(), &WsctlBundle::done, this,
                [this](int code, const QString &message) { finishWith(ExitCode(code), message); });
        return m_bundle->run();
    }
    execute();
}

void Wsctl::printReply(ApiReply *reply, const QString &kind, bool isList)
{
    connect(reply, &ApiReply::finished, this, [this, reply, kind, isList] {
        if (reply->hasError())
            return finishWith(ApiFailure, reply->error().toString());
        if (m_verb == u"delete")
            return finishWith(Success); // answered 2xx: nothing to decode
        // What is printed was read by the client's own decoders first: a body that is not what the endpoint
        // returns (cut, HTML, empty, an object for a list) is an error, never an empty table.
        const auto rendered = render(reply->body(), kind, isList);
        if (!rendered)
            return finishWith(ApiFailure, tr("The server's answer is not what this command expects: %1")
                                              .arg(rendered.error().left(300)));
        for (const QString &warning : rendered->warnings)
            printErr(warning);
        printOut(m_output == u"table" ? rendered->table.toUtf8() : reply->body());
        finishWith(Success);
    });
}

} // namespace wsc
