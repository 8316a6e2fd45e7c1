#include "ui/main/Notifier.h"

#include "client/SettingsKeys.h"
#include "models/store/WorkspaceStore.h"

#include <QApplication>
#include <QLocale>
#include <QSettings>
#include <QSystemTrayIcon>

namespace wsc {

using namespace Qt::StringLiterals;

namespace {

bool isTerminal(const EnumValue<RunStatus> &status)
{
    return status == RunStatus::Success || status == RunStatus::Failed || status == RunStatus::Stopped;
}

} // namespace

Notifier::Notifier(const WorkspaceStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_enabled(enabledInSettings())
{
    connect(&store, &WorkspaceStore::reportChanged, this, &Notifier::handleReport);
    connect(&store, &WorkspaceStore::runsChanged, this, &Notifier::checkExpected);
    connect(&store, &WorkspaceStore::runsAppended, this, &Notifier::checkExpected);
    connect(&store, &WorkspaceStore::cleared, this, &Notifier::reset);
    connect(&store, &WorkspaceStore::removed, this, [this](ResourceKind kind, const QString &id) {
        if (kind == ResourceKind::Pipeline) {
            m_seen.remove(id);
            m_expected.remove(id);
        }
    });
}

Notifier::~Notifier() = default;

bool Notifier::enabledInSettings()
{
    return QSettings().value(SettingsKeys::kNotifications, true).toBool();
}

void Notifier::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (!enabled && m_tray)
        m_tray->hide();
}

void Notifier::reset()
{
    m_seen.clear();
    m_expected.clear();
}

void Notifier::expectRun(const QString &pipelineId, const QString &runId)
{
    m_expected.insert(pipelineId, runId);
    checkExpected(pipelineId);
}

void Notifier::handleReport(const QString &pipelineId)
{
    const PipelineReport *report = m_store.report(pipelineId);
    if (!report)
        return;
    Seen now;
    now.status = report->status.value();
    if (report->latestRun) {
        now.latestRunId = report->latestRun->id;
        now.latestRunStatus = report->latestRun->status.value();
    }
    const auto it = m_seen.constFind(pipelineId);
    const bool known = it != m_seen.cend();
    const Seen before = known ? *it : Seen();
    m_seen.insert(pipelineId, now);
    // A run the user triggered gets its own message when it ends (with its errors), not a second one as a
    // failure or as the fault it caused.
    const bool triggered = m_expected.contains(pipelineId, now.latestRunId);
    checkExpected(pipelineId);
    if (!known)
        return; // the first report only teaches what is normal for it
    const QString name = m_store.displayName(ResourceKind::Pipeline, pipelineId);
    const bool runFailed =
        report->latestRun && now.latestRunStatus == RunStatus::Failed &&
        (now.latestRunId != before.latestRunId || before.latestRunStatus != RunStatus::Failed) && !triggered;
    const bool faulted =
        now.status == PipelineStatus::Faulted && before.status != PipelineStatus::Faulted && !triggered;
    if (faulted) {
        const QString why = joinMessages(report->errors);
        show(tr("%1 faulted").arg(name),
             why.isEmpty() ? tr("The pipeline stopped syncing until the problem is fixed.") : why,
             pipelineId);
    } else if (runFailed) {
        const QString why = joinMessages(report->latestRun->errors);
        show(tr("A run of %1 failed").arg(name),
             why.isEmpty() ? tr("Run %1 failed.").arg(now.latestRunId)
                           : tr("Run %1 failed: %2").arg(now.latestRunId, why),
             pipelineId);
    }
}

void Notifier::checkExpected(const QString &pipelineId)
{
    if (!m_expected.contains(pipelineId))
        return;
    const QStringList ids = m_expected.values(pipelineId);
    for (const QString &id : ids) {
        const PipelineRun *run = nullptr;
        const PipelineReport *report = m_store.report(pipelineId);
        if (report && report->latestRun && report->latestRun->id == id)
            run = &*report->latestRun;
        for (const PipelineRun &r : m_store.runs(pipelineId))
            if (r.id == id)
                run = &r;
        if (!run || !isTerminal(run->status))
            continue;
        m_expected.remove(pipelineId, id);
        const QString name = m_store.displayName(ResourceKind::Pipeline, pipelineId);
        if (run->status == RunStatus::Success)
            show(tr("Run of %1 finished").arg(name),
                 tr("Run %1 succeeded with %2 records.").arg(id, QLocale().toString(run->successfulRecords)),
                 pipelineId);
        else
            show(tr("Run of %1 ended: %2").arg(name, displayName(run->status)),
                 joinMessages(run->errors).isEmpty()
                     ? tr("Run %1 did not succeed.").arg(id)
                     : tr("Run %1: %2").arg(id, joinMessages(run->errors)),
                 pipelineId);
    }
}

void Notifier::show(const QString &title, const QString &message, const QString &pipelineId)
{
    if (!m_enabled)
        return;
    emit notified(title, message, pipelineId);
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return; // the window shows it in its status bar
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(QApplication::applicationDisplayName());
        connect(m_tray, &QSystemTrayIcon::messageClicked, this,
                [this] { emit pipelineOpenRequested(m_lastPipeline); });
    }
    m_tray->show();
    m_lastPipeline = pipelineId;
    m_tray->showMessage(title, message, QSystemTrayIcon::Information, 10000);
}

} // namespace wsc
