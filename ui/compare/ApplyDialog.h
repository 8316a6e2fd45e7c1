#pragma once

#include "models/domain/bundle/BundlePlan.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace wsc {

class BundleApplier;

// A plan first, then its progress: the steps in order with what each changes, what the plan refuses and
// why, and, once the user applies it, each step's state (waiting, running, done, failed, not applied) and
// a closing report. A plan that cannot be applied cannot be confirmed.
class ApplyDialog : public QDialog {
    Q_OBJECT

public:
    using ApplierFactory = std::function<BundleApplier *(QObject *parent)>;
    // `target`: the target's name, for the title; `makeApplier` makes the applier of the plan when the
    // user applies it; null when the target is not a workspace (then `writeTarget` writes it and returns
    // an error sentence or "").
    ApplyDialog(const Plan &plan, const QString &target, ApplierFactory makeApplier,
                std::function<QString()> writeTarget, QWidget *parent = nullptr);

    QTreeWidget *steps() const { return m_steps; }
    QPushButton *applyButton() const { return m_apply; }
    QLabel *report() const { return m_report; }
    bool applied() const { return m_done; }
    // Whether anything reached the target (even a part of the plan).
    bool changedTarget() const { return m_changed; }

signals:
    void finishedApplying(bool ok);

private:
    void fillSteps();
    void start();
    void finish(bool ok, int failedStep, const QString &error);
    void setStepState(int index, const QString &state);
    void reject() override;

    Plan m_plan;
    ApplierFactory m_makeApplier;
    std::function<QString()> m_writeTarget;
    QTreeWidget *m_steps = nullptr;
    QLabel *m_report = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_close = nullptr;
    QPointer<BundleApplier> m_applier;
    bool m_done = false;
    bool m_changed = false;
};

} // namespace wsc
