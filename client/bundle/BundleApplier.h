#pragma once

#include "client/ApiError.h"
#include "models/domain/bundle/BundlePlan.h"

#include <QHash>
#include <QObject>
#include <QPointer>

namespace wsc {

class ApiClient;
class ApiReply;

// Carries out a plan on the target workspace, one step after another, in the plan's order, and stops at the
// first failure: the steps before it are done, the ones after it are not, and planning again shows exactly
// what is left. A create whose answer was lost is never sent again: the resource is read back, and if the
// workspace holds what was sent the step succeeded (its secrets are put once more, since they cannot be
// compared); if not, the step fails and asks for a new plan.
class BundleApplier : public QObject {
    Q_OBJECT

public:
    // `secrets`: the value of each secret name the plan's steps send (never logged, never kept).
    BundleApplier(ApiClient &client, Plan plan, QHash<QString, QString> secrets, QObject *parent = nullptr);
    ~BundleApplier() override;

    const Plan &plan() const { return m_plan; }
    // Starts with the first step; a plan that cannot be applied (refusals, missing secrets) fails at once.
    void start();
    // Stops after the step in flight (whose request is cancelled); the rest is reported as not applied.
    void cancel();
    int applied() const { return m_next; }
    bool isRunning() const { return m_running; }

signals:
    void stepStarted(int index);
    // `error` is empty when the step succeeded.
    void stepFinished(int index, const QString &error);
    // Every step applied (ok), or stopped at the step that failed (`failedStep`, -1 when none did).
    void finished(bool ok, int failedStep, const QString &error);

private:
    void runNext();
    void create(const PlanStep &step, const QByteArray &body);
    void recoverCreate(const PlanStep &step, const QByteArray &body, const ApiError &lost);
    void finishStep(ApiReply *reply, const PlanStep &step);
    void succeedStep();
    void failStep(const QString &error);
    QByteArray bodyWithSecrets(const PlanStep &step) const;
    QUrl collectionUrl(ResourceKind kind) const;
    QUrl itemUrl(ResourceKind kind, const QString &id) const;

    ApiClient &m_client;
    Plan m_plan;
    QHash<QString, QString> m_secrets;
    int m_next = 0;
    bool m_running = false;
    bool m_cancelled = false;
    QPointer<ApiReply> m_inFlight;
};

} // namespace wsc
