#include "app/Wsctl.h"

#include "client/Profile.h"
#include "client/SecretStore.h"
#include "models/domain/Validator.h"
#include "sandbox/Sandbox.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>

namespace wsc {

using namespace Qt::StringLiterals;

namespace {

void printOut(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
    if (!bytes.endsWith('\n'))
        std::fputc('\n', stdout);
    std::fflush(stdout);
}

void printErr(const QString &message)
{
    const QByteArray bytes = message.toUtf8();
    std::fprintf(stderr, "wsctl: %s\n", bytes.constData());
}

const QStringList kResources = {u"connections"_s, u"data-models"_s, u"field-transformations"_s,
                                u"pipelines"_s};

// Decodes, validates and re-encodes a body of `resource` from a file: only the canonical form is sent.
Result<QByteArray, QString> prepareBody(const QString &resource, const QByteArray &json,
                                        const QString &pathId, Validator::Mode mode)
{
    auto check = [&](auto decoded, auto validate) -> Result<QByteArray, QString> {
        if (!decoded)
            return QCoreApplication::translate("wsc::Wsctl", "The input is not a valid %1: %2")
                .arg(resource, decoded.error().toString());
        auto value = std::move(decoded).value();
        if (!pathId.isEmpty()) {
            if (!value.id.isEmpty() && value.id != pathId)
                return QCoreApplication::translate("wsc::Wsctl", "The id in the input (%1) is not %2.")
                    .arg(value.id, pathId);
            value.id = pathId;
        }
        QStringList problems;
        for (const ValidationIssue &issue : validate(value)) {
            if (issue.isError())
                problems << issue.field + u": " + issue.message;
        }
        if (!problems.isEmpty())
            return problems.join(u'\n');
        return JsonCodec::encode(value);
    };
    if (resource == u"connections")
        return check(JsonCodec::decodeConnection(json),
                     [mode](const Connection &c) { return Validator::validate(c, mode); });
    if (resource == u"data-models")
        return check(JsonCodec::decodeDataModel(json),
                     [](const DataModel &m) { return Validator::validate(m); });
    if (resource == u"field-transformations")
        return check(JsonCodec::decodeFieldTransformation(json),
                     [](const FieldTransformation &t) { return Validator::validate(t); });
    return check(JsonCodec::decodePipeline(json), [](const Pipeline &p) { return Validator::validate(p); });
}

QString cell(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return u"-"_s;
    if (value.isDouble())
        return QString::number(value.toInteger());
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &v : value.toArray())
            parts << (v.isObject() ? v.toObject().value(u"message"_s).toString() : cell(v));
        return parts.isEmpty() ? u"-"_s : parts.join(u"; "_s);
    }
    return value.toString();
}

QString formatTable(const QList<QStringList> &rows)
{
    if (rows.isEmpty())
        return {};
    QList<int> widths(rows.first().size(), 0);
    for (const QStringList &row : rows) {
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], int(row[i].size()));
    }
    QString out;
    for (const QStringList &row : rows) {
        QStringList padded;
        for (int i = 0; i < row.size(); ++i)
            padded << (i + 1 == row.size() ? row[i] : row[i].leftJustified(widths[i]));
        out += padded.join(u"  "_s) + u'\n';
    }
    return out;
}

} // namespace

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
    parser.setApplicationDescription(
        tr("Command-line twin of Warehouse Sync Console.\n\n"
           "Resources: connections, data-models, field-transformations, pipelines.\n"
           "Verbs: list | get ID | create FILE|- | update ID FILE|- | delete ID\n"
           "Pipelines also: trigger ID | report ID | runs ID [--page N] [--page-size N] [--from T] [--to T] "
           "| run ID RUN_ID\n\n"
           "The client secret comes from WSC_CLIENT_SECRET or the profile's keychain entry.\n"
           "Exit status: 0 success, 1 API error, 2 usage or input error."));
    parser.addHelpOption();
    const QCommandLineOption profile(
        u"profile"_s, tr("Use a saved profile (or \"%1\").").arg(ProfileStore::sandboxProfileName()),
        tr("name"));
    const QCommandLineOption baseUrl(u"base-url"_s, tr("API root, e.g. https://api.mparticle.com."),
                                     tr("url"));
    const QCommandLineOption tokenUrl(
        u"token-url"_s, tr("Token endpoint, e.g. https://sso.auth.mparticle.com/oauth/token."), tr("url"));
    const QCommandLineOption workspace(u"workspace"_s, tr("Workspace id."), tr("id"));
    const QCommandLineOption clientId(u"client-id"_s, tr("API client id."), tr("id"));
    const QCommandLineOption output(u"output"_s, tr("json (the API's JSON, default) or table."), u"format"_s,
                                    u"json"_s);
    const QCommandLineOption page(u"page"_s, tr("runs: page number (from 1)."), u"n"_s, u"1"_s);
    const QCommandLineOption pageSize(u"page-size"_s, tr("runs: runs per page."), u"n"_s, u"50"_s);
    const QCommandLineOption from(u"from"_s, tr("runs: earliest logical date (ISO-8601)."), u"time"_s);
    const QCommandLineOption to(u"to"_s, tr("runs: latest logical date (ISO-8601)."), u"time"_s);
    const QCommandLineOption timeout(u"timeout"_s, tr("Seconds to wait for each request."), u"seconds"_s,
                                     u"30"_s);
    parser.addOptions(
        {profile, baseUrl, tokenUrl, workspace, clientId, output, page, pageSize, from, to, timeout});
    parser.addPositionalArgument(u"resource"_s, tr("What to act on."));
    parser.addPositionalArgument(u"verb"_s, tr("What to do."));
    if (!parser.parse(arguments))
        return finishWith(UsageError, parser.errorText());
    if (parser.isSet(u"help"_s)) {
        printOut(parser.helpText().toUtf8());
        return finishWith(Success);
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        return finishWith(UsageError,
                          tr("Give a resource and a verb, e.g. \"wsctl pipelines list\" (see --help)."));
    m_resource = positional[0];
    m_verb = positional[1];
    m_args = positional.mid(2);
    m_output = parser.value(output);
    if (!kResources.contains(m_resource))
        return finishWith(
            UsageError,
            tr("Unknown resource \"%1\": use one of %2.").arg(m_resource, kResources.join(u", "_s)));
    if (m_output != u"json" && m_output != u"table")
        return finishWith(UsageError, tr("--output is json or table."));
    struct Arity {
        const char16_t *verb;
        int args;
        bool pipelinesOnly;
    };
    static const Arity verbs[] = {{u"list", 0, false},   {u"get", 1, false},    {u"create", 1, false},
                                  {u"update", 2, false}, {u"delete", 1, false}, {u"trigger", 1, true},
                                  {u"report", 1, true},  {u"runs", 1, true},    {u"run", 2, true}};
    const auto verb =
        std::find_if(std::begin(verbs), std::end(verbs), [&](const Arity &a) { return m_verb == a.verb; });
    if (verb == std::end(verbs) || (verb->pipelinesOnly && m_resource != u"pipelines"))
        return finishWith(UsageError, tr("\"%1 %2\" is not a command (see --help).").arg(m_resource, m_verb));
    if (m_args.size() != verb->args)
        return finishWith(UsageError,
                          tr("\"%1 %2\" takes %n argument(s).", nullptr, verb->args).arg(m_resource, m_verb));

    bool ok = false;
    m_runQuery.page = parser.value(page).toInt(&ok);
    if (!ok || m_runQuery.page < 1)
        return finishWith(UsageError, tr("--page must be a whole number from 1."));
    m_runQuery.pageSize = parser.value(pageSize).toInt(&ok);
    if (!ok || m_runQuery.pageSize < 1 || m_runQuery.pageSize > 1000)
        return finishWith(UsageError, tr("--page-size must be a whole number from 1 to 1000."));
    for (const auto &[option, target] :
         {std::pair{&from, &m_runQuery.startDate}, std::pair{&to, &m_runQuery.endDate}}) {
        if (!parser.isSet(*option))
            continue;
        *target = Timestamp::parse(parser.value(*option));
        if (!target->isValid())
            return finishWith(UsageError, tr("--%1 must be an ISO-8601 time such as 2024-01-31T00:00:00Z.")
                                              .arg(option->names().first()));
    }
    const int timeoutSeconds = parser.value(timeout).toInt(&ok);
    if (!ok || timeoutSeconds < 1)
        return finishWith(UsageError, tr("--timeout must be a whole number of seconds."));
    m_client.setTimeoutMs(timeoutSeconds * 1000);

    // Where to connect.
    const bool explicitTarget =
        parser.isSet(baseUrl) || parser.isSet(tokenUrl) || parser.isSet(workspace) || parser.isSet(clientId);
    if (explicitTarget && parser.isSet(profile))
        return finishWith(UsageError,
                          tr("Use either --profile or --base-url/--token-url/--workspace/--client-id."));
    Profile target;
    if (explicitTarget) {
        if (!parser.isSet(baseUrl) || !parser.isSet(tokenUrl) || !parser.isSet(workspace) ||
            !parser.isSet(clientId))
            return finishWith(UsageError,
                              tr("--base-url, --token-url, --workspace and --client-id go together."));
        target.apiRoot = QUrl(parser.value(baseUrl));
        target.tokenUrl = QUrl(parser.value(tokenUrl));
        target.workspaceId = parser.value(workspace);
        target.clientId = parser.value(clientId);
    } else {
        const ProfileStore profiles;
        const QString name = parser.isSet(profile) ? parser.value(profile) : profiles.lastUsed();
        if (name.isEmpty())
            return finishWith(
                UsageError,
                tr("Choose a profile with --profile, or give --base-url, --token-url, --workspace "
                   "and --client-id."));
        const auto found = profiles.profile(name);
        if (!found)
            return finishWith(UsageError, tr("There is no profile named \"%1\".").arg(name));
        target = *found;
    }
    for (const QUrl &url : {target.apiRoot, target.tokenUrl}) {
        if (!target.embeddedSandbox && (!url.isValid() || url.host().isEmpty()))
            return finishWith(UsageError, tr("\"%1\" is not a valid URL.").arg(url.toString()));
    }

    QString secret = qEnvironmentVariable("WSC_CLIENT_SECRET");
    if (target.embeddedSandbox) {
        sandbox::SandboxConfig config;
        m_sandbox = std::make_unique<sandbox::Sandbox>(config);
        QString error;
        if (!m_sandbox->start(&error))
            return finishWith(ApiFailure, tr("The local sandbox could not start: %1").arg(error));
        target.apiRoot = QUrl(m_sandbox->baseUrl());
        target.tokenUrl = QUrl(m_sandbox->baseUrl() + u"/oauth/token"_s);
        secret = config.clientSecret;
    }
    auto start = [this, target](const QString &clientSecret) {
        if (clientSecret.isEmpty())
            return finishWith(UsageError,
                              tr("No client secret: set WSC_CLIENT_SECRET or save it in the profile."));
        m_client.configure(target.apiRoot, target.tokenUrl, target.workspaceId, target.clientId,
                           clientSecret);
        execute();
    };
    if (!secret.isEmpty() || explicitTarget)
        return start(secret);
    auto *secrets = new SecretStore(this);
    secrets->read(target.name, this, [start](const QString &stored, const QString &error) {
        if (!error.isEmpty())
            printErr(error);
        start(stored);
    });
}

QByteArray Wsctl::readInput(const QString &file, QString *error)
{
    QFile in;
    const bool ok = file == u"-" ? in.open(stdin, QIODevice::ReadOnly)
                                 : (in.setFileName(file), in.open(QIODevice::ReadOnly));
    if (!ok) {
        *error = tr("Cannot read %1: %2").arg(file, in.errorString());
        return {};
    }
    return in.readAll();
}

void Wsctl::execute()
{
    const ApiEndpoints &e = m_client.endpoints();
    auto collection = [&]() -> QUrl {
        if (m_resource == u"connections")
            return e.connections();
        if (m_resource == u"data-models")
            return e.dataModels();
        if (m_resource == u"field-transformations")
            return e.fieldTransformations();
        return e.pipelines();
    };
    auto item = [&](const QString &id) -> QUrl {
        if (m_resource == u"connections")
            return e.connection(id);
        if (m_resource == u"data-models")
            return e.dataModel(id);
        if (m_resource == u"field-transformations")
            return e.fieldTransformation(id);
        return e.pipeline(id);
    };

    if (m_verb == u"list")
        return printReply(m_client.send("GET", collection()), m_resource, true);
    if (m_verb == u"get")
        return printReply(m_client.send("GET", item(m_args[0])), m_resource, false);
    if (m_verb == u"delete")
        return printReply(m_client.send("DELETE", item(m_args[0])), m_resource, false);
    if (m_verb == u"create" || m_verb == u"update") {
        const bool create = m_verb == u"create";
        QString error;
        const QByteArray input = readInput(m_args.last(), &error);
        if (!error.isEmpty())
            return finishWith(UsageError, error);
        const auto body = prepareBody(m_resource, input, create ? QString() : m_args[0],
                                      create ? Validator::Mode::Create : Validator::Mode::Replace);
        if (!body)
            return finishWith(UsageError, body.error());
        return printReply(
            m_client.send(create ? "POST" : "PUT", create ? collection() : item(m_args[0]), *body),
            m_resource, false);
    }
    if (m_verb == u"trigger")
        return printReply(m_client.send("POST", e.trigger(), JsonCodec::encodeTriggerRequest(m_args[0])),
                          u"trigger"_s, false);
    if (m_verb == u"report")
        return printReply(m_client.send("GET", e.report(m_args[0])), u"report"_s, false);
    if (m_verb == u"runs")
        return printReply(m_client.send("GET", e.runs(m_args[0], m_runQuery)), u"runs"_s, true);
    bool ok = false;
    const qint64 runId = m_args[1].toLongLong(&ok);
    if (!ok)
        return finishWith(UsageError, tr("RUN_ID must be a number."));
    printReply(m_client.send("GET", e.run(m_args[0], runId)), u"run"_s, false);
}

void Wsctl::printReply(ApiReply *reply, const QString &kind, bool)
{
    connect(reply, &ApiReply::finished, this, [this, reply, kind] {
        if (reply->hasError())
            return finishWith(ApiFailure, reply->error().toString());
        if (!reply->body().isEmpty())
            printOut(m_output == u"table" ? table(reply->body(), kind).toUtf8() : reply->body());
        finishWith(Success);
    });
}

QString Wsctl::table(const QByteArray &json, const QString &kind) const
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    QList<QStringList> rows;
    if (kind == u"runs" || kind == u"run") {
        rows << QStringList{u"ID"_s,        u"TYPE"_s, u"STATUS"_s, u"LOGICAL DATE"_s, u"RANGE START"_s,
                            u"RANGE END"_s, u"OK"_s,   u"FAILED"_s, u"ERRORS"_s};
        const QJsonArray runs =
            kind == u"runs" ? doc.object().value(u"items"_s).toArray() : QJsonArray{doc.object()};
        for (const QJsonValue &r : runs) {
            const QJsonObject o = r.toObject();
            rows << QStringList{cell(o[u"id"_s]),
                                cell(o[u"type"_s]),
                                cell(o[u"status"_s]),
                                cell(o[u"logical_date"_s]),
                                cell(o[u"range_start"_s]),
                                cell(o[u"range_end"_s]),
                                cell(o[u"successful_records"_s]),
                                cell(o[u"failed_records"_s]),
                                cell(o[u"errors"_s])};
        }
        QString out = formatTable(rows);
        if (kind == u"runs") {
            const QJsonObject page = doc.object();
            out += tr("page %1 of %2, %3 runs")
                       .arg(cell(page[u"current_page"_s]), cell(page[u"total_pages"_s]),
                            cell(page[u"total_items"_s]));
        }
        return out;
    }
    if (doc.isArray() || (doc.isObject() && doc.object().contains(u"id"_s))) {
        rows << QStringList{u"ID"_s, u"NAME"_s, u"STATE"_s, u"STATUS"_s, u"KIND"_s};
        const QJsonArray items = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
        for (const QJsonValue &v : items) {
            const QJsonObject o = v.toObject();
            const QJsonValue what = o.contains(u"service_provider"_s)   ? o[u"service_provider"_s]
                                    : o.contains(u"pipeline_type"_s)    ? o[u"pipeline_type"_s]
                                    : o.contains(u"destination_type"_s) ? o[u"destination_type"_s]
                                                                        : o[u"type"_s];
            rows << QStringList{cell(o[u"id"_s]), cell(o[u"name"_s]), cell(o[u"state"_s]),
                                cell(o[u"status"_s]), cell(what)};
        }
        return formatTable(rows);
    }
    // A report or a trigger answer: one field per line.
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.value().isObject()) {
            const QJsonObject inner = it.value().toObject();
            rows << QStringList{it.key(), cell(inner[u"id"_s]) + u' ' + cell(inner[u"status"_s])};
        } else {
            rows << QStringList{it.key(), cell(it.value())};
        }
    }
    return formatTable(rows);
}

} // namespace wsc
