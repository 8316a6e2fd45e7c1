#include "ui/compare/ApplyDialog.h"

#include "client/bundle/BundleApplier.h"
#include "ui/style/Appearance.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace wsc {

using namespace Qt::StringLiterals;

namespace {

enum Column { NumberColumn, ActionColumn, ResourceColumn, ChangesColumn, StateColumn };

QString changesText(const PlanStep &step)
{
    if (step.action == PlanStep::Action::Delete)
        return ApplyDialog::tr("deleted");
    QStringList parts;
    if (step.action == PlanStep::Action::Create)
        parts << ApplyDialog::tr("new");
    else
        for (const JsonChange &c : step.changes)
            parts << c.path;
    for (const SecretRef &ref : step.secrets)
        parts << ApplyDialog::tr("secret %1 sent").arg(ref.name);
    if (step.createdPaused)
        parts << ApplyDialog::tr("created paused");
    return parts.join(u", "_s);
}

} // namespace

ApplyDialog::ApplyDialog(const Plan &plan, const QString &target, ApplierFactory makeApplier,
                         std::function<QString()> writeTarget, QWidget *parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_makeApplier(std::move(makeApplier))
    , m_writeTarget(std::move(writeTarget))
{
    setObjectName(u"ApplyDialog"_s);
    setWindowTitle(tr("Apply to %1").arg(target));
    resize(820, 480);
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(this);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    m_steps = new QTreeWidget(this);
    m_steps->setObjectName(u"PlanSteps"_s);
    m_steps->setRootIsDecorated(false);
    m_steps->setHeaderLabels({tr("#"), tr("Action"), tr("Resource"), tr("Changes"), tr("State")});
    m_steps->header()->setStretchLastSection(false);
    m_steps->header()->setSectionResizeMode(ChangesColumn, QHeaderView::Stretch);
    layout->addWidget(m_steps, 1);
    m_report = new QLabel(this);
    m_report->setObjectName(u"ApplyReport"_s);
    m_report->setWordWrap(true);
    m_report->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_report);
    auto *buttons = new QDialogButtonBox(this);
    m_apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(u"ApplyPlan"_s);
    m_close = buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_apply, &QPushButton::clicked, this, &ApplyDialog::start);
    connect(m_close, &QPushButton::clicked, this, &ApplyDialog::reject);
    layout->addWidget(buttons);
    fillSteps();

    QStringList problems = m_plan.refusals;
    if (!m_plan.missingSecrets.isEmpty())
        problems << tr("These secrets are not given: %1").arg(m_plan.missingSecrets.join(u", "_s));
    if (!problems.isEmpty()) {
        heading->setText(tr("This plan cannot be applied:") + u"\n• "_s + problems.join(u"\n• "_s));
        heading->setStyleSheet(Appearance::errorStyle());
        m_apply->setEnabled(false);
    } else if (!m_plan.hasChanges()) {
        heading->setText(tr("Nothing to change: %1 holds what was chosen.").arg(target));
        m_apply->setEnabled(false);
    } else {
        heading->setText(tr("%n step(s), in this order. Nothing is sent before you apply.", nullptr,
                            int(m_plan.steps.size())));
        m_apply->setDefault(true);
    }
    QStringList notes;
    for (const PlanNote &n : m_plan.notes)
        notes << (n.severity == PlanNote::Severity::Warning ? tr("Warning: ") : QString()) +
                     BundleCodec::displayName(n.kind) + u' ' + n.id + u": "_s + n.text;
    m_report->setText(notes.join(u'\n'));
}

void ApplyDialog::fillSteps()
{
    int n = 0;
    for (const PlanStep &step : m_plan.steps) {
        auto *item = new QTreeWidgetItem(m_steps);
        item->setText(NumberColumn, QString::number(++n));
        item->setText(ActionColumn, BundlePlanner::actionName(step.action));
        item->setText(ResourceColumn, BundleCodec::displayName(step.kind) + u' ' + step.id);
        item->setToolTip(ResourceColumn, step.name);
        item->setText(ChangesColumn, changesText(step));
        item->setToolTip(ChangesColumn, item->text(ChangesColumn));
        item->setText(StateColumn, tr("waiting"));
    }
    for (int c : {NumberColumn, ActionColumn, ResourceColumn, StateColumn})
        m_steps->resizeColumnToContents(c);
}

void ApplyDialog::setStepState(int index, const QString &state)
{
    if (QTreeWidgetItem *item = m_steps->topLevelItem(index)) {
        item->setText(StateColumn, state);
        item->setToolTip(StateColumn, state);
        m_steps->scrollToItem(item);
    }
}

void ApplyDialog::start()
{
    m_apply->setEnabled(false);
    if (!m_makeApplier) {
        const QString error = m_writeTarget ? m_writeTarget() : QString();
        finish(error.isEmpty(), error.isEmpty() ? -1 : 0, error);
        return;
    }
    m_applier = m_makeApplier(this);
    connect(m_applier, &BundleApplier::stepStarted, this, [this](int i) { setStepState(i, tr("running…")); });
    connect(m_applier, &BundleApplier::stepFinished, this, [this](int i, const QString &error) {
        m_changed = m_changed || error.isEmpty();
        setStepState(i, error.isEmpty() ? tr("done") : tr("failed: %1").arg(error));
    });
    connect(m_applier, &BundleApplier::finished, this, &ApplyDialog::finish);
    m_report->setText(tr("Applying…"));
    m_applier->start();
}

void ApplyDialog::finish(bool ok, int failedStep, const QString &error)
{
    m_done = true;
    const int total = int(m_plan.steps.size());
    if (!m_makeApplier) {
        m_changed = ok;
        for (int i = 0; i < total; ++i)
            setStepState(i, ok ? tr("done") : tr("not applied"));
    }
    for (int i = failedStep + 1; failedStep >= 0 && i < total; ++i)
        setStepState(i, tr("not applied"));
    if (ok) {
        m_report->setText(tr("Applied: %n step(s).", nullptr, total));
        m_report->setStyleSheet({});
    } else {
        const int applied = std::max(0, failedStep);
        m_report->setText(tr("Stopped at step %1: %2\n%3 of %4 steps were applied, the rest were not. Compare "
                             "again to see what is left.")
                              .arg(failedStep + 1)
                              .arg(error)
                              .arg(applied)
                              .arg(total));
        m_report->setStyleSheet(Appearance::errorStyle());
    }
    m_close->setText(tr("Close"));
    emit finishedApplying(ok);
}

void ApplyDialog::reject()
{
    if (m_applier && m_applier->isRunning()) {
        m_applier->cancel(); // the step in flight is stopped; the report says what was applied
        return;
    }
    QDialog::reject();
}

} // namespace wsc
