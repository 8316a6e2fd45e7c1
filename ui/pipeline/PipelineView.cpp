// The pipeline view itself: what it follows, and Trigger Now (asked first, then sent, then told how it
// went); the status panel, the runs tab and the schedule tab are built in files of their own.
#include "ui/pipeline/PipelineView.h"

#include "client/RunHistoryLoader.h"
#include "client/RunPoller.h"
#include "client/ServerMessages.h"
#include "client/WorkspaceActions.h"
#include "models/domain/SchedulePlanner.h"
#include "models/domain/ServiceLimits.h"
#include "models/items/RunFilterProxy.h"
#include "models/items/RunTableModel.h"
#include "models/store/WorkspaceStore.h"
#include "ui/dialogs/Dialogs.h"
#include "ui/pipeline/RunCharts.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace wsc {

using namespace Qt::StringLiterals;

PipelineView::PipelineView(WorkspaceActions &actions, const QString &pipelineId, QWidget *parent)
    : QWidget(parent)
    , m_actions(actions)
    , m_store(actions.store())
    , m_poller(actions.runPoller())
    , m_pipelineId(pipelineId)
{
    setObjectName(u"PipelineView"_s);
    m_runs = new RunTableModel(m_store, pipelineId, this);
    m_proxy = new RunFilterProxy(this);
    m_proxy->setSourceModel(m_runs);
    m_loader = actions.newHistoryLoader(this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createStatusPanel());
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"PipelineTabs"_s);
    m_tabs->addTab(createRunsTab(), tr("&Runs"));
    m_charts = new RunCharts(*m_runs, m_tabs);
    m_tabs->addTab(m_charts, tr("C&harts"));
    m_tabs->addTab(createScheduleTab(), tr("&Schedule"));
    m_tabs->addTab(createQueriesTab(), tr("&Queries"));
    layout->addWidget(m_tabs, 1);

    connect(m_charts, &RunCharts::runClicked, this, [this](const QString &runId) {
        m_tabs->setCurrentIndex(0);
        selectRun(runId);
    });
    followStore();
    followPoller();
    followHistoryLoader();

    // "Refreshed 12 s ago" keeps counting.
    m_clockTimer = new QTimer(this);
    m_clockTimer->setInterval(1000);
    connect(m_clockTimer, &QTimer::timeout, this, &PipelineView::updateRefreshed);
    m_clockTimer->start();

    updatePipeline();
    updateReport();
    if (m_store.report(m_pipelineId))
        m_refreshedAt = QDateTime::currentDateTimeUtc(); // the poller brought it a moment ago
    updateRefreshed();
    updatePlanner();
    fetchLatestSuccess();
    refreshNow();
    reloadHistory();
}

PipelineView::~PipelineView() = default;

void PipelineView::followStore()
{
    connect(&m_store, &WorkspaceStore::reportChanged, this, [this](const QString &id) {
        if (id != m_pipelineId)
            return;
        m_refreshedAt = QDateTime::currentDateTimeUtc();
        m_pollError.clear();
        updateReport();
        updateRefreshed();
        updatePlanner();
        fetchLatestSuccess();
    });
    auto resourceChanged = [this](ResourceKind kind, const QString &id) {
        const Pipeline *p = m_store.pipeline(m_pipelineId);
        if ((kind == ResourceKind::Pipeline && id == m_pipelineId) ||
            (p && ((kind == ResourceKind::Connection && id == p->connectionId) ||
                   (kind == ResourceKind::DataModel && id == p->dataModelId)))) {
            updatePipeline();
            updateReport();
        }
    };
    connect(&m_store, &WorkspaceStore::changed, this, resourceChanged);
    connect(&m_store, &WorkspaceStore::added, this, resourceChanged);
    connect(&m_store, &WorkspaceStore::removed, this, resourceChanged);
}

void PipelineView::followPoller()
{
    if (m_poller) {
        connect(m_poller, &RunPoller::polled, this, [this](const QString &id) {
            if (id != m_pipelineId)
                return;
            m_refreshedAt = QDateTime::currentDateTimeUtc();
            m_pollError.clear();
            updateRefreshed();
        });
        connect(m_poller, &RunPoller::pollFailed, this, &PipelineView::handlePollFailed);
    }
    connect(&m_actions, &WorkspaceActions::statusFailed, this, &PipelineView::handlePollFailed);
}

QString PipelineView::title() const
{
    return m_store.displayName(ResourceKind::Pipeline, m_pipelineId);
}

QString PipelineView::triggerCaveat() const
{
    const Pipeline *p = m_store.pipeline(m_pipelineId);
    if (!p)
        return {};
    if (p->state == PipelineState::Paused)
        return tr("The pipeline is paused: the service may refuse to run it until it is resumed.");
    if (p->state != PipelineState::Active)
        return tr("The pipeline is not active: the service may refuse to run it.");
    if (const Connection *c = m_store.connection(p->connectionId); c && c->state != ResourceState::Active)
        return tr("Its connection %1 is not active: the service may refuse to run it.")
            .arg(m_store.displayName(ResourceKind::Connection, c->id));
    if (!m_store.report(m_pipelineId))
        return tr("Its status is not known yet.");
    return {};
}

bool PipelineView::canTrigger(QString *reason) const
{
    auto no = [reason](const QString &why) {
        if (reason)
            *reason = why;
        return false;
    };
    // Disabled only for what the reference states: "Returns an error 400 if the pipeline is not idle", a
    // faulted one being the published exception (a trigger re-attempts it). Everything the console cannot
    // know for sure (a paused or new pipeline, an inactive connection, a status not yet polled) is left to
    // the server, whose answer is shown; the question before a trigger warns about it.
    const Pipeline *p = m_store.pipeline(m_pipelineId);
    if (!p)
        return no(tr("The pipeline no longer exists."));
    const PipelineReport *report = m_store.report(m_pipelineId);
    if (report && report->status == PipelineStatus::Running)
        return no(tr("A run is already in progress."));
    if (reason)
        *reason = triggerCaveat();
    return true;
}

void PipelineView::fetchLatestSuccess()
{
    // The store keeps the recent runs; an older latest success is fetched once, for the window a trigger
    // and the planner start from.
    const PipelineReport *report = m_store.report(m_pipelineId);
    const QString id = report ? report->latestSuccessfulRunId.value_or(QString()) : QString();
    if (isNoRun(id) || id == m_requestedSuccess || m_store.watermark(m_pipelineId))
        return;
    m_requestedSuccess = id;
    m_actions.fetchRun(m_pipelineId, id).then(this, [this](const ApiResult<PipelineRun> &result) {
        if (result) // otherwise the trigger question says which run it starts from instead
            updatePlanner();
    });
}

void PipelineView::refreshNow()
{
    m_actions.refreshStatus(m_pipelineId);
}

bool PipelineView::trigger()
{
    QString why;
    if (!canTrigger(&why)) {
        showMessage(why);
        return false;
    }
    const Pipeline &p = *m_store.pipeline(m_pipelineId);
    const PipelineReport *known = m_store.report(m_pipelineId);
    const PipelineReport report = known ? *known : PipelineReport{};
    const std::optional<Timestamp> watermark = m_store.watermark(m_pipelineId);
    const QString latestSuccess = report.latestSuccessfulRunId.value_or(QString());
    // A success the console has not seen (yet): its window's end is where the run starts.
    const bool unknownStart = !isNoRun(latestSuccess) && !watermark && p.syncMode.type != SyncModeType::Full;
    const Timestamp now(QDateTime::currentDateTimeUtc());
    const RunWindow window = SchedulePlanner::manualWindow(p, watermark, now);
    const bool full = p.syncMode.type == SyncModeType::Full;
    const QString origin =
        full           ? tr("a full sync reads the whole range")
        : watermark    ? tr("from the end of the latest successful run")
        : unknownStart ? tr("from where run %1, the latest successful one, ended").arg(latestSuccess)
        : p.syncMode.from.isValid() ? tr("from the sync mode's From, as nothing has succeeded yet")
                                    : tr("from the beginning, as nothing has succeeded yet");
    const QString from = unknownStart ? tr("the end of run %1").arg(latestSuccess)
                         : window.rangeStart.isValid()
                             ? RunTableModel::timeText(window.rangeStart.toMSecsSinceEpoch())
                             : tr("the beginning");
    QString text =
        tr("Start a run of %1 now?").arg(title()) + u"\n\n"_s +
        tr("It reads the data window from %1 to %2 UTC (%3).")
            .arg(from, RunTableModel::timeText(window.rangeEnd.toMSecsSinceEpoch()), origin) +
        u"\n"_s +
        tr("It must stay under %1 records, the published limit for runs started on demand; a larger "
           "count fails the run and faults the pipeline.")
            .arg(QLocale().toString(ServiceLimits::kOnDemandRecords));
    if (!why.isEmpty())
        text += u"\n\n"_s + why;
    if (report.status == PipelineStatus::Faulted)
        text += u"\n\n"_s + tr("The pipeline is faulted (%1). A successful run clears the fault.")
                                .arg(joinMessages(report.errors).isEmpty() ? displayName(report.status)
                                                                           : joinMessages(report.errors));
    if (Dialogs::ask(this, tr("Trigger Now"), text, QMessageBox::Yes | QMessageBox::Cancel,
                     QMessageBox::Yes) != QMessageBox::Yes)
        return false;
    // While the question was open the poller may have seen a run start, or the pipeline go away.
    if (!canTrigger(&why)) {
        showMessage(why);
        return false;
    }

    m_triggerButton->setEnabled(false); // until the answer: no second request by a double click
    showMessage(tr("Requesting a run…"));
    m_actions.trigger(m_pipelineId).then(this, [this](const ApiResult<TriggerResult> &result) {
        if (!result) {
            const ApiError &error = result.error();
            const bool inProgress = ServerMessages::classify(error) == ServerMessages::Refusal::RunInProgress;
            const QString message =
                inProgress ? tr("A run of %1 is already in progress; the service starts no second one "
                                "until it ends (%2).")
                                 .arg(title(), error.details())
                : error.isOutcomeUnknown()
                    ? tr("Whether a run started is not known: %1").arg(error.toString())
                    : tr("The run was not started: %1").arg(error.toString());
            showMessage(message);
            Dialogs::tell(this, inProgress ? tr("Already in progress") : tr("Trigger failed"), message);
            updateReport();
            return; // the actions ask for a fresh status either way
        }
        m_triggeredRunId = result->pipelineRunId;
        showMessage(tr("Run %1 requested; it appears below as it is queued and runs.").arg(m_triggeredRunId));
        emit runTriggered(m_pipelineId, m_triggeredRunId);
    });
    return true;
}

void PipelineView::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->show();
}

QString PipelineView::messageText() const
{
    return m_message->text();
}

} // namespace wsc
