#include "models/domain/bundle/BundlePlan.h"

#include <algorithm>

namespace wsc {

using namespace Qt::StringLiterals;

namespace {

const QString kState = u"state"_s;
const QString kActive = u"active"_s;
const QString kPaused = u"paused"_s;
const QString kSql = u"config.sql_query"_s;

QString label(ResourceKind kind, const QString &id)
{
    return BundleCodec::folderName(kind) + u'/' + id;
}

// `want` with every member that only `have` has (recursively through objects): an update sends what the
// bundle says and keeps what the server added.
QJsonObject keepServerOnly(QJsonObject want, const QJsonObject &have)
{
    for (auto it = have.begin(); it != have.end(); ++it) {
        const QJsonValue mine = want.value(it.key());
        if (mine.isUndefined())
            want.insert(it.key(), it.value());
        else if (mine.isObject() && it.value().isObject())
            want.insert(it.key(), keepServerOnly(mine.toObject(), it.value().toObject()));
    }
    return want;
}

PlanStep makeStep(PlanStep::Action action, const BundleEntry &entry)
{
    PlanStep step;
    step.action = action;
    step.kind = entry.kind;
    step.id = entry.id;
    step.name = entry.name();
    return step;
}

bool isPipelineActive(const QJsonObject &body)
{
    return body.value(kState).toString() == kActive;
}

// The entries of a bundle by kind and id: a plan of thousands of resources looks each one up a few times.
class Index {
public:
    explicit Index(const Bundle &bundle)
    {
        for (const BundleEntry &e : bundle.entries)
            m_entries.insert(key(e.kind, e.id), &e);
    }
    const BundleEntry *find(ResourceKind kind, const QString &id) const
    {
        return m_entries.value(key(kind, id), nullptr);
    }

private:
    static QString key(ResourceKind kind, const QString &id) { return QString::number(int(kind)) + u'/' + id; }
    QHash<QString, const BundleEntry *> m_entries;
};

struct Planning {
    const Index desired;
    const Index target;
    const Bundle &desiredBundle;
    const Bundle &targetBundle;
    const PlanOptions &options;
    Plan plan;
    std::vector<PlanStep> deletions;
    QHash<QString, QJsonObject> sentPipelines; // id -> what a step sends

    void note(const BundleEntry &e, const QString &text, PlanNote::Severity severity)
    {
        plan.notes.push_back({e.kind, e.id, text, severity});
    }

    void validate(const BundleEntry &want, bool create)
    {
        const BundleCodec::Findings findings = BundleCodec::validate(want, create);
        for (const QString &error : findings.errors)
            plan.refusals << label(want.kind, want.id) + u": "_s + error;
        for (const QString &warning : findings.warnings)
            note(want, warning, PlanNote::Severity::Warning);
    }

    void create(const BundleEntry &want)
    {
        PlanStep step = makeStep(PlanStep::Action::Create, want);
        step.body = want.body;
        if (want.kind == ResourceKind::Pipeline && options.createPaused && isPipelineActive(want.body)) {
            step.body.insert(kState, kPaused);
            step.createdPaused = true;
        }
        step.changes = jsonDiff(QJsonObject(), step.body);
        step.secrets = want.secrets;
        step.sqlAfter = BundleCodec::valueAt(want.body, kSql).toString();
        plan.steps.push_back(std::move(step));
    }

    void update(const BundleEntry &want, const BundleEntry &have)
    {
        QJsonObject wanted = want.body;
        if (want.kind == ResourceKind::Pipeline && options.createPaused && isPipelineActive(wanted) &&
            have.body.value(kState).toString() == kPaused) {
            wanted.insert(kState, kPaused);
            note(want, BundlePlanner::tr("stays paused (pipelines are created and kept paused)"),
                 PlanNote::Severity::Info);
        }
        std::vector<JsonChange> changes;
        QStringList removed; // known fields the bundle no longer sets: really taken away
        for (JsonChange &change : jsonDiff(have.body, wanted)) {
            if (change.kind == JsonChange::Kind::Removed) {
                QJsonObject with = wanted;
                BundleCodec::putAt(with, change.path, change.before);
                if (BundleCodec::differsInUnknownOnly(want.kind, wanted, with)) {
                    // A field of a newer API that the bundle does not know: reported, and kept.
                    note(want,
                         BundlePlanner::tr("%1 is set in the workspace (%2) and not in the bundle: kept as it is")
                             .arg(change.path, jsonValueText(change.before)),
                         PlanNote::Severity::Info);
                    continue;
                }
                removed << change.path;
            }
            changes.push_back(std::move(change));
        }
        // A secret field the target does not have is a change; one it has (masked) cannot be compared.
        for (const SecretRef &ref : want.secrets) {
            const bool held = std::any_of(have.secrets.begin(), have.secrets.end(),
                                          [&](const SecretRef &h) { return h.path == ref.path; });
            if (!held)
                changes.push_back({ref.path, JsonChange::Kind::Added, QJsonValue::Undefined,
                                   QJsonObject{{u"secret"_s, ref.name}}});
        }
        const bool resend = options.resendSecrets && !want.secrets.empty();
        if (changes.empty() && !resend) {
            plan.unchanged.emplace_back(want.kind, want.id);
            return;
        }
        PlanStep step = makeStep(PlanStep::Action::Update, want);
        step.changes = std::move(changes);
        step.secrets = want.secrets;
        step.body = keepServerOnly(wanted, have.body);
        for (const QString &path : removed)
            BundleCodec::removeAt(step.body, path);
        step.sqlBefore = BundleCodec::valueAt(have.body, kSql).toString();
        step.sqlAfter = BundleCodec::valueAt(wanted, kSql).toString();
        plan.steps.push_back(std::move(step));
    }

    void remove(const BundleEntry &have)
    {
        if (!options.prune) {
            plan.onlyInTarget.emplace_back(have.kind, have.id);
            return;
        }
        PlanStep step = makeStep(PlanStep::Action::Delete, have);
        step.sqlBefore = BundleCodec::valueAt(have.body, kSql).toString();
        deletions.push_back(std::move(step));
    }

    // What the target holds once the plan ran: the bundle's resources, and the target's that stay.
    bool remains(ResourceKind kind, const QString &id) const
    {
        return desired.find(kind, id) || (!options.prune && target.find(kind, id));
    }

    void checkReferences(const BundleEntry &want)
    {
        const std::optional<Pipeline> p = BundleCodec::pipelineOf(want);
        if (!p)
            return;
        auto require = [&](ResourceKind kind, const QString &id) {
            if (id.isEmpty() || remains(kind, id))
                return;
            const bool deleted = target.find(kind, id) != nullptr;
            plan.refusals << label(want.kind, want.id) + u": "_s +
                                 (deleted ? BundlePlanner::tr("uses %1 %2, which the plan deletes")
                                          : BundlePlanner::tr("uses %1 %2, which neither the bundle nor "
                                                              "the workspace has"))
                                     .arg(BundleCodec::displayName(kind), id);
        };
        require(ResourceKind::Connection, p->connectionId);
        require(ResourceKind::DataModel, p->dataModelId);
        if (auto transformation = p->usedFieldTransformation();
            transformation && targetBundle.fieldTransformationsListed)
            require(ResourceKind::FieldTransformation, *transformation);
    }

    int activeAfter()
    {
        for (const PlanStep &step : plan.steps) {
            if (step.kind == ResourceKind::Pipeline)
                sentPipelines.insert(step.id, step.body);
        }
        int count = 0;
        for (const BundleEntry &have : targetBundle.entries) {
            if (have.kind == ResourceKind::Pipeline && !desired.find(have.kind, have.id) && !options.prune)
                count += isPipelineActive(have.body);
        }
        for (const BundleEntry &want : desiredBundle.entries) {
            if (want.kind != ResourceKind::Pipeline)
                continue;
            const BundleEntry *have = target.find(want.kind, want.id);
            count += isPipelineActive(sentPipelines.contains(want.id) ? sentPipelines.value(want.id)
                                      : have                          ? have->body
                                                                      : want.body);
        }
        return count;
    }

    void checkActiveLimit()
    {
        int before = 0;
        for (const BundleEntry &have : targetBundle.entries)
            before += have.kind == ResourceKind::Pipeline && isPipelineActive(have.body);
        const int after = activeAfter();
        if (after > BundlePlanner::kMaxActivePipelines && after > before)
            plan.refusals << BundlePlanner::tr("%1 pipelines would be active, more than the published limit "
                                               "of %2 per workspace (spec §14): create them paused, or pause "
                                               "others first")
                                 .arg(after)
                                 .arg(BundlePlanner::kMaxActivePipelines);
    }
};

} // namespace

Plan BundlePlanner::plan(const Bundle &desired, const Bundle &target, const PlanOptions &options,
                         const QSet<QString> &known)
{
    Planning p{Index(desired), Index(target), desired, target, options, {}, {}, {}};
    for (const BundleEntry &want : desired.entries) {
        const BundleEntry *have = p.target.find(want.kind, want.id);
        p.checkReferences(want);
        const size_t before = p.plan.steps.size();
        if (have)
            p.update(want, *have);
        else
            p.create(want);
        if (p.plan.steps.size() > before) // only what is sent is checked: the rest is the server's already
            p.validate(want, !have);
    }
    for (const BundleEntry &have : target.entries) {
        if (!p.desired.find(have.kind, have.id))
            p.remove(have);
    }
    p.checkActiveLimit();
    for (PlanStep &step : p.deletions)
        p.plan.steps.push_back(std::move(step));
    // Dependencies first, deletions of what they use last; among pipelines, the deletions, then what does
    // not start running, then what does: the active count never passes the limit on the way (§14).
    auto rank = [&p](const PlanStep &step) {
        const int kind = int(step.kind);
        if (step.kind != ResourceKind::Pipeline)
            return step.action == PlanStep::Action::Delete ? 9 - kind : kind;
        if (step.action == PlanStep::Action::Delete)
            return 3;
        const BundleEntry *have = p.target.find(step.kind, step.id);
        const bool starts = isPipelineActive(step.body) && !(have && isPipelineActive(have->body));
        return starts ? 5 : 4;
    };
    std::stable_sort(p.plan.steps.begin(), p.plan.steps.end(), [&rank](const PlanStep &a, const PlanStep &b) {
        const int ra = rank(a);
        const int rb = rank(b);
        return ra != rb ? ra < rb : a.id < b.id;
    });
    QSet<QString> missing;
    for (const PlanStep &step : p.plan.steps) {
        for (const SecretRef &ref : step.secrets) {
            if (!known.contains(ref.name))
                missing.insert(ref.name);
        }
    }
    p.plan.missingSecrets = QStringList(missing.begin(), missing.end());
    p.plan.missingSecrets.sort();
    return std::move(p.plan);
}

QString BundlePlanner::actionName(PlanStep::Action action)
{
    switch (action) {
    case PlanStep::Action::Create: return tr("create");
    case PlanStep::Action::Update: return tr("update");
    case PlanStep::Action::Delete: return tr("delete");
    }
    return {};
}

} // namespace wsc
