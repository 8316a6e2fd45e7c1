// wsctl export / plan / apply / diff: a workspace as a folder of files, and the way back.
#include "app/WsctlBundle.h"

#include "app/WsctlText.h"
#include "client/ApiClient.h"
#include "client/SecretStore.h"
#include "client/bundle/BundleApplier.h"
#include "client/bundle/WorkspaceSnapshot.h"
#include "models/domain/TextDiff.h"
#include "models/domain/bundle/BundleFolder.h"
#include "sandbox/EmbeddedSandbox.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace wsc {

using namespace Qt::StringLiterals;
using namespace WsctlText;

namespace {

QString changeKind(JsonChange::Kind kind)
{
    switch (kind) {
    case JsonChange::Kind::Added: return u"added"_s;
    case JsonChange::Kind::Removed: return u"removed"_s;
    case JsonChange::Kind::Changed: return u"changed"_s;
    }
    return {};
}

QJsonArray refsJson(const std::vector<std::pair<ResourceKind, QString>> &refs)
{
    QJsonArray out;
    for (const auto &[kind, id] : refs)
        out.append(QJsonObject{{u"kind"_s, resourceKindName(kind)}, {u"id"_s, id}});
    return out;
}

QJsonObject stepJson(const PlanStep &step)
{
    QJsonArray changes;
    for (const JsonChange &c : step.changes) {
        QJsonObject change{{u"path"_s, c.path}, {u"change"_s, changeKind(c.kind)}};
        if (!c.before.isUndefined())
            change.insert(u"before"_s, c.before);
        if (!c.after.isUndefined())
            change.insert(u"after"_s, c.after);
        changes.append(change);
    }
    QJsonArray secrets;
    for (const SecretRef &ref : step.secrets)
        secrets.append(QJsonObject{{u"path"_s, ref.path}, {u"name"_s, ref.name}});
    return {{u"action"_s, BundlePlanner::actionName(step.action)},
            {u"kind"_s, resourceKindName(step.kind)},
            {u"id"_s, step.id},
            {u"name"_s, step.name},
            {u"changes"_s, changes},
            {u"secrets_sent"_s, secrets},
            {u"created_paused"_s, step.createdPaused}};
}

// The plan as JSON (--output json): steps in order, and everything that is not a step.
QJsonObject planJson(const Plan &plan)
{
    QJsonArray steps;
    for (const PlanStep &step : plan.steps)
        steps.append(stepJson(step));
    QJsonArray notes;
    for (const PlanNote &n : plan.notes)
        notes.append(QJsonObject{{u"kind"_s, resourceKindName(n.kind)},
                                 {u"id"_s, n.id},
                                 {u"severity"_s, n.severity == PlanNote::Severity::Warning ? u"warning"_s
                                                                                           : u"info"_s},
                                 {u"text"_s, n.text}});
    return {{u"has_changes"_s, plan.hasChanges()},
            {u"steps"_s, steps},
            {u"unchanged"_s, refsJson(plan.unchanged)},
            {u"only_in_target"_s, refsJson(plan.onlyInTarget)},
            {u"notes"_s, notes},
            {u"refusals"_s, QJsonArray::fromStringList(plan.refusals)},
            {u"missing_secrets"_s, QJsonArray::fromStringList(plan.missingSecrets)}};
}

QString changesCell(const PlanStep &step)
{
    if (step.action == PlanStep::Action::Delete)
        return u"-"_s;
    QStringList parts;
    if (step.action == PlanStep::Action::Create)
        parts << WsctlBundle::tr("new");
    else
        for (const JsonChange &c : step.changes)
            parts << c.path;
    if (!step.secrets.empty()) {
        QStringList names;
        for (const SecretRef &ref : step.secrets) {
            const bool isNew = std::any_of(step.changes.begin(), step.changes.end(),
                                           [&](const JsonChange &c) { return c.path == ref.path; });
            names << (step.action == PlanStep::Action::Update && !isNew
                          ? WsctlBundle::tr("%1 (unchanged, sent again)").arg(ref.name)
                          : ref.name);
        }
        parts << WsctlBundle::tr("secrets: %1").arg(names.join(u", "_s));
    }
    if (step.createdPaused)
        parts << WsctlBundle::tr("created paused");
    return cellText(parts.join(u"; "_s));
}

QString planTable(const Plan &plan)
{
    QString out;
    if (plan.hasChanges()) {
        QList<QStringList> rows{{u"#"_s, u"ACTION"_s, u"KIND"_s, u"ID"_s, u"CHANGES"_s}};
        int n = 0;
        for (const PlanStep &step : plan.steps)
            rows << QStringList{QString::number(++n), BundlePlanner::actionName(step.action),
                                resourceKindName(step.kind), cellText(step.id), changesCell(step)};
        out += formatTable(rows);
        // The field changes of each update, before → after: what a review reads.
        for (const PlanStep &step : plan.steps) {
            if (step.action != PlanStep::Action::Update)
                continue;
            out += u"\n"_s + resourceKindName(step.kind) + u' ' + printable(step.id) + u":\n"_s;
            for (const JsonChange &c : step.changes) {
                if (c.path == u"config.sql_query") { // SQL reads as lines
                    out += u"  config.sql_query:\n"_s;
                    for (const QString &line : lineDiffText(lineDiff(step.sqlBefore, step.sqlAfter)).split(u'\n'))
                        out += line.isEmpty() ? QString() : u"    "_s + printable(line) + u'\n';
                    continue;
                }
                out += u"  "_s + c.path + u": "_s + cellText(jsonValueText(c.before)) + u" -> "_s +
                       cellText(jsonValueText(c.after)) + u'\n';
            }
        }
    }
    for (const PlanNote &note : plan.notes)
        out += (note.severity == PlanNote::Severity::Warning ? WsctlBundle::tr("warning") : WsctlBundle::tr("note")) +
               u": "_s + resourceKindName(note.kind) + u' ' + printable(note.id) + u": "_s + printable(note.text) + u'\n';
    for (const auto &[kind, id] : plan.onlyInTarget)
        out += WsctlBundle::tr("only in the workspace (deleted only with --prune): %1 %2\n")
                   .arg(resourceKindName(kind), printable(id));
    for (const QString &refusal : plan.refusals)
        out += WsctlBundle::tr("refused: %1\n").arg(printable(refusal));
    int creates = 0, updates = 0, deletes = 0;
    for (const PlanStep &step : plan.steps) {
        creates += step.action == PlanStep::Action::Create;
        updates += step.action == PlanStep::Action::Update;
        deletes += step.action == PlanStep::Action::Delete;
    }
    out += WsctlBundle::tr("Plan: %1 to create, %2 to update, %3 to delete; %4 unchanged.")
               .arg(creates)
               .arg(updates)
               .arg(deletes)
               .arg(plan.unchanged.size());
    return out;
}

QSet<QString> namesInEnvironment(const Bundle &bundle)
{
    QSet<QString> known;
    for (const BundleEntry &e : bundle.entries) {
        for (const SecretRef &ref : e.secrets) {
            if (!qEnvironmentVariableIsEmpty(ref.name.toLatin1().constData())) // an empty one would blank the secret
                known.insert(ref.name);
        }
    }
    return known;
}

} // namespace

bool WsctlBundle::isCommand(const QString &word)
{
    return word == u"export" || word == u"plan" || word == u"apply" || word == u"diff";
}

std::optional<QString> WsctlBundle::check(const Options &o)
{
    if (o.command == u"diff") {
        if (!o.args.isEmpty() || o.toProfile.isEmpty())
            return tr("Use \"wsctl diff --to-profile NAME\".");
    } else if (o.args.size() != 1) {
        return tr("Use \"wsctl %1 DIR\" (see --help).").arg(o.command);
    }
    if (!o.only.isEmpty() && o.command != u"export")
        return tr("--only goes with export.");
    if (!o.toProfile.isEmpty() && o.command != u"diff")
        return tr("--to-profile goes with diff.");
    if (o.yes && o.command != u"apply")
        return tr("--yes goes with apply.");
    if ((o.prune || o.resendSecrets || o.createPaused) && o.command != u"plan" && o.command != u"apply")
        return tr("--prune, --create-paused and --resend-secrets go with plan and apply.");
    for (const QString &item : o.only) {
        const qsizetype slash = item.indexOf(u'/');
        const QString kind = item.left(slash);
        if (slash < 0 || !(BundleCodec::kindFromFolder(kind) || resourceKindFromName(kind)) ||
            !ApiEndpoints::isValidResourceId(item.mid(slash + 1)))
            return tr("--only takes KIND/ID, such as pipelines/orders-daily (not \"%1\").").arg(printable(item));
    }
    return std::nullopt;
}

WsctlBundle::WsctlBundle(ApiClient &client, QString profileName, Options options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_profileName(std::move(profileName))
    , m_options(std::move(options))
{}

WsctlBundle::~WsctlBundle() = default;

void WsctlBundle::run()
{
    Bundle folder;
    if (m_options.command == u"plan" || m_options.command == u"apply") {
        auto read = BundleFolder::read(m_options.args[0]);
        if (!read)
            return emit done(UsageError, read.error().join(u'\n'));
        folder = std::move(read).value();
    }
    WorkspaceSnapshot::fetch(m_client, m_profileName, this, [this, folder](const Result<Bundle, QString> &ws) {
        if (!ws)
            return emit done(ApiFailure, ws.error());
        for (const QString &note : ws->notes)
            printErr(note);
        if (m_options.command == u"export")
            return exportTo(*ws);
        if (m_options.command == u"diff")
            return diffWith(*ws);
        planAgainst(folder, *ws);
    });
}

Result<Bundle, QString> WsctlBundle::selection(const Bundle &workspace) const
{
    if (m_options.only.isEmpty())
        return workspace;
    Bundle out;
    out.sourceProfile = workspace.sourceProfile;
    for (const QString &item : m_options.only) {
        const qsizetype slash = item.indexOf(u'/');
        const QString kindText = item.left(slash);
        const ResourceKind kind = BundleCodec::kindFromFolder(kindText).value_or(
            resourceKindFromName(kindText).value_or(ResourceKind::Connection));
        const BundleEntry *entry = workspace.find(kind, item.mid(slash + 1));
        if (!entry)
            return tr("The workspace has no %1 \"%2\".").arg(BundleCodec::displayName(kind), item.mid(slash + 1));
        if (!out.find(kind, entry->id))
            out.entries.push_back(*entry);
    }
    out.sort();
    return out;
}

void WsctlBundle::exportTo(const Bundle &workspace)
{
    const auto chosen = selection(workspace);
    if (!chosen)
        return emit done(UsageError, chosen.error());
    const QString dir = m_options.args[0];
    const QString error = BundleFolder::write(dir, *chosen, m_options.only.isEmpty());
    if (!error.isEmpty())
        return emit done(UsageError, error);
    QStringList names;
    if (auto written = BundleFolder::read(dir)) {
        for (const BundleEntry &e : written->entries)
            for (const SecretRef &ref : e.secrets)
                names << ref.name;
    }
    QString text = tr("Exported %n resource(s) to %1.", nullptr, int(chosen->entries.size()))
                       .arg(QDir::toNativeSeparators(dir));
    if (!names.isEmpty())
        text += u'\n' + tr("Secrets are references, not values; apply reads them from these environment "
                           "variables: %1")
                            .arg(names.join(u", "_s));
    printOut(text.toUtf8());
    emit done(Success, {});
}

void WsctlBundle::printPlan(const Plan &plan, const QString &heading) const
{
    if (m_options.json) {
        printOut(QJsonDocument(planJson(plan)).toJson(QJsonDocument::Indented));
        return;
    }
    printOut((heading + u'\n' + planTable(plan)).toUtf8());
}

void WsctlBundle::planAgainst(const Bundle &desired, const Bundle &target)
{
    PlanOptions options;
    options.prune = m_options.prune;
    options.resendSecrets = m_options.resendSecrets;
    options.createPaused = m_options.createPaused;
    const Plan plan = BundlePlanner::plan(desired, target, options, namesInEnvironment(desired));
    printPlan(plan, tr("%1 → workspace of %2").arg(QDir::toNativeSeparators(m_options.args[0]),
                                                   printable(m_profileName)));
    if (!plan.refusals.isEmpty())
        return emit done(UsageError, tr("The plan cannot be applied: %n problem(s) above.", nullptr,
                                        int(plan.refusals.size())));
    if (!plan.missingSecrets.isEmpty())
        return emit done(UsageError, tr("The plan needs these secrets; set them as environment variables: %1")
                                         .arg(plan.missingSecrets.join(u", "_s)));
    if (m_options.command == u"plan" || !plan.hasChanges())
        return emit done(plan.hasChanges() ? HasChanges : Success, {});
    apply(plan);
}

bool WsctlBundle::confirm(const Plan &plan)
{
    if (m_options.yes)
        return true;
    if (!isatty(fileno(stdin))) {
        emit done(UsageError, tr("apply changes the workspace: give --yes, or run it on a terminal to be asked."));
        return false;
    }
    fprintf(stderr, "%s ", qPrintable(tr("Apply these %n change(s)? [y/N]", nullptr, int(plan.steps.size()))));
    fflush(stderr);
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    if (answer == u"y" || answer == u"yes" || answer == tr("y"))
        return true;
    emit done(UsageError, tr("Nothing was applied."));
    return false;
}

void WsctlBundle::apply(const Plan &plan)
{
    if (!confirm(plan))
        return;
    QHash<QString, QString> secrets;
    for (const PlanStep &step : plan.steps)
        for (const SecretRef &ref : step.secrets)
            secrets.insert(ref.name, qEnvironmentVariable(ref.name.toLatin1().constData()));
    auto *applier = new BundleApplier(m_client, plan, secrets, this);
    const int total = int(plan.steps.size());
    connect(applier, &BundleApplier::stepFinished, this, [applier, total](int index, const QString &error) {
        const PlanStep &step = applier->plan().steps[size_t(index)];
        const QString line = u"[%1/%2] %3 %4 %5: "_s.arg(index + 1).arg(total).arg(
                                 BundlePlanner::actionName(step.action), resourceKindName(step.kind), printable(step.id)) +
                             (error.isEmpty() ? tr("done") : tr("FAILED: %1").arg(printable(error)));
        printOut(line.toUtf8());
    });
    connect(applier, &BundleApplier::finished, this, [this, applier, total](bool ok, int failed, const QString &error) {
        if (ok)
            return emit done(Success, {});
        if (failed < 0)
            return emit done(UsageError, error);
        for (int i = failed + 1; i < total; ++i) {
            const PlanStep &step = applier->plan().steps[size_t(i)];
            printOut(tr("[%1/%2] %3 %4 %5: not applied")
                         .arg(i + 1)
                         .arg(total)
                         .arg(BundlePlanner::actionName(step.action), resourceKindName(step.kind), printable(step.id))
                         .toUtf8());
        }
        emit done(ApiFailure, tr("Applied %1 of %2 steps; step %3 failed, the %4 after it were not applied. "
                                 "Plan again to see what is left.")
                                  .arg(failed)
                                  .arg(total)
                                  .arg(failed + 1)
                                  .arg(total - failed - 1));
    });
    applier->start();
}

void WsctlBundle::diffWith(const Bundle &left)
{
    const ProfileStore profiles;
    const auto other = profiles.profile(m_options.toProfile);
    if (!other)
        return emit done(UsageError, tr("There is no profile named \"%1\".").arg(printable(m_options.toProfile)));
    if (other->name == m_profileName)
        return emit done(UsageError, tr("--to-profile names the workspace this command is on already."));
    connectOther(*other, left);
}

void WsctlBundle::connectOther(const Profile &other, const Bundle &left)
{
    m_other = m_client.sibling();
    m_other->setTimeoutMs(m_options.timeoutMs);
    auto compare = [this, left, name = other.name] {
        WorkspaceSnapshot::fetch(*m_other, name, this, [this, left, name](const Result<Bundle, QString> &right) {
            if (!right)
                return emit done(ApiFailure, right.error());
            for (const QString &note : right->notes)
                printErr(name + u": "_s + note);
            QSet<QString> all; // two workspaces: nothing is sent, no secret is needed
            for (const BundleEntry &e : left.entries)
                for (const SecretRef &ref : e.secrets)
                    all.insert(ref.name);
            const Plan plan = BundlePlanner::plan(left, *right, PlanOptions{}, all);
            printPlan(plan, tr("workspace of %1 → workspace of %2").arg(printable(m_profileName), printable(name)));
            const bool differ = plan.hasChanges() || !plan.onlyInTarget.empty();
            emit done(differ ? HasChanges : Success, {});
        });
    };
    if (other.embeddedSandbox) {
        m_otherSandbox = std::make_unique<sandbox::EmbeddedSandbox>(sandbox::SandboxConfig{});
        connect(m_otherSandbox.get(), &sandbox::EmbeddedSandbox::ready, this, [this, compare] {
            const auto &config = m_otherSandbox->config();
            m_other->configure(QUrl(m_otherSandbox->baseUrl()), QUrl(m_otherSandbox->tokenUrl()),
                               config.workspaceId, config.clientId, config.clientSecret);
            compare();
        });
        connect(m_otherSandbox.get(), &sandbox::EmbeddedSandbox::failed, this, [this](const QString &error) {
            emit done(ApiFailure, tr("The local sandbox could not start: %1").arg(error));
        });
        m_otherSandbox->start();
        return;
    }
    auto configure = [this, other, compare](const QString &secret) {
        if (secret.isEmpty())
            return emit done(UsageError, tr("No client secret for profile \"%1\": set WSC_TO_CLIENT_SECRET or "
                                            "save it in the profile.")
                                             .arg(printable(other.name)));
        m_other->configure(other.apiRoot, other.tokenUrl, other.workspaceId, other.clientId, secret);
        compare();
    };
    const QString secret = qEnvironmentVariable("WSC_TO_CLIENT_SECRET");
    if (!secret.isEmpty())
        return configure(secret);
    auto *store = new SecretStore(this);
    store->read(other.name, this, [configure](const QString &stored, const QString &error) {
        if (!error.isEmpty())
            printErr(error);
        configure(stored);
    });
}

} // namespace wsc
