#pragma once

#include "models/domain/JsonDiff.h"
#include "models/domain/bundle/Bundle.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace wsc {

struct PlanOptions {
    bool prune = false;         // resources only on the server are deleted
    bool resendSecrets = false; // secrets are sent even when nothing else of their resource changed
    bool createPaused = false;  // pipelines are created paused, and stay paused where they are
};

// One change a plan makes to the target workspace.
struct PlanStep {
    enum class Action { Create, Update, Delete };
    Action action = Action::Create;
    ResourceKind kind = ResourceKind::Connection;
    QString id;
    QString name;
    // Create/Update: the fields that change, from the target's value to the bundle's. A secret field is
    // here only when the bundle gives one the target does not have, and then as its reference
    // ({"secret": NAME}), never as a value.
    std::vector<JsonChange> changes;
    // The secret fields sent with the request (Create, Update), by reference. Whether a value differs from
    // the target's cannot be told (the server masks it): only whether the field is new (in `changes`).
    std::vector<SecretRef> secrets;
    // Create/Update: what is sent, without the secrets (put in at the last moment by the applier). An
    // update keeps the fields only the server has, so that nothing it added is overwritten unseen.
    QJsonObject body;
    bool createdPaused = false;
    // For a data model: its SQL before and after (an update's text diff).
    QString sqlBefore;
    QString sqlAfter;
};

struct PlanNote {
    enum class Severity { Info, Warning };
    ResourceKind kind = ResourceKind::Connection;
    QString id;
    QString text;
    Severity severity = Severity::Info;
};

// What applying a bundle to a workspace would do, in order: creates and updates in dependency order
// (connections, data models, field transformations, pipelines), then deletions in reverse order.
struct Plan {
    std::vector<PlanStep> steps;
    std::vector<std::pair<ResourceKind, QString>> unchanged;
    std::vector<std::pair<ResourceKind, QString>> onlyInTarget; // not deleted (no prune)
    std::vector<PlanNote> notes;
    // Why the plan cannot be applied: what the service would refuse, and what local validation refuses.
    QStringList refusals;
    // Secret names the steps need and that could not be resolved.
    QStringList missingSecrets;

    bool hasChanges() const { return !steps.empty(); }
    bool canApply() const { return refusals.isEmpty() && missingSecrets.isEmpty(); }
};

class BundlePlanner {
    Q_DECLARE_TR_FUNCTIONS(wsc::BundlePlanner)

public:
    // The published limit of active pipelines per workspace (spec §14).
    static constexpr int kMaxActivePipelines = 5;

    // Compares `desired` (a folder, or the source workspace) with `target` (what the target workspace
    // holds now). `known` are the secret names that can be resolved.
    static Plan plan(const Bundle &desired, const Bundle &target, const PlanOptions &options,
                     const QSet<QString> &known);

    static QString actionName(PlanStep::Action action);
};

} // namespace wsc
