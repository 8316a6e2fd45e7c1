#include "ui/pipeline/PipelineView.h"

#include "client/RunHistoryLoader.h"
#include "client/RunPoller.h"
#include "client/ServerMessages.h"
#include "client/WorkspaceActions.h"
#include "models/domain/SchedulePlanner.h"
#include "models/domain/ServiceLimits.h"
#include "models/items/RunFilterProxy.h"
#include "models/items/RunTableModel.h"
#include "models/items/StatusIcons.h"
#include "models/store/WorkspaceStore.h"
#include "ui/dialogs/Dialogs.h"
#include "ui/pipeline/RunCharts.h"
#include "ui/pipeline/RunText.h"
#include "ui/pipeline/SchedulePreview.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace wsc {

using namespace Qt::StringLiterals;

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}


} // namespace

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
    layout->addWidget(m_tabs, 1);

    connect(m_charts, &RunCharts::runClicked, this, [this](const QString &runId) {
        m_tabs->setCurrentIndex(0);
        selectRun(runId);
    });
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
    connect(&actions, &WorkspaceActions::statusFailed, this, &PipelineView::handlePollFailed);
    connect(m_loader, &RunHistoryLoader::pageLoaded, m_runs, &RunTableModel::merge);
    connect(m_loader, &RunHistoryLoader::progressed, this, &PipelineView::handleLoaderProgress);
    connect(m_loader, &RunHistoryLoader::finished, this, [this] {
        m_progress->hide();
        m_stopLoading->hide();
        handleLoaderProgress(m_loader->loaded(), m_loader->total());
    });
    connect(m_loader, &RunHistoryLoader::failed, this, [this](const ApiError &error) {
        m_progress->hide();
        m_stopLoading->setText(tr("Retry"));
        m_stopLoading->show();
        m_loadState->setText(u"<span style=\"color:%1\">%2</span>"_s.arg(
            StatusIcons::color(u"failed"_s).name(),
            escaped(tr("The run history could not be loaded: %1").arg(error.toString()))));
    });

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

QWidget *PipelineView::createStatusPanel()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *header = new QHBoxLayout;
    m_name = new QLabel(panel);
    m_name->setObjectName(u"PipelineName"_s);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_state = new QLabel(panel);
    m_state->setObjectName(u"PipelineState"_s);
    m_triggerButton = new QPushButton(tr("&Trigger Now"), panel);
    m_triggerButton->setObjectName(u"TriggerNow"_s);
    m_pauseButton = new QPushButton(tr("&Pause"), panel);
    m_pauseButton->setObjectName(u"PauseResume"_s);
    m_editButton = new QPushButton(tr("&Edit"), panel);
    m_editButton->setObjectName(u"EditPipeline"_s);
    m_refreshButton = new QPushButton(tr("Refresh St&atus"), panel);
    m_refreshButton->setObjectName(u"RefreshStatus"_s);
    header->addWidget(m_name);
    header->addWidget(m_state);
    header->addStretch(1);
    header->addWidget(m_refreshButton);
    header->addWidget(m_editButton);
    header->addWidget(m_pauseButton);
    header->addWidget(m_triggerButton);
    layout->addLayout(header);

    // Shortcuts that work wherever the focus is inside this view.
    m_triggerAction = new QAction(tr("Trigger Now"), this);
    m_triggerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_triggerAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_triggerAction);
    auto *editAction = new QAction(tr("Edit"), this);
    editAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    editAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(editAction);
    m_triggerButton->setToolTip(tr("Start a run now (Ctrl+R)"));
    m_editButton->setToolTip(tr("Open the pipeline's settings (Ctrl+E)"));
    connect(m_triggerAction, &QAction::triggered, this, [this] {
        if (m_triggerButton->isEnabled())
            trigger();
    });
    connect(m_triggerButton, &QPushButton::clicked, this, &PipelineView::trigger);
    connect(editAction, &QAction::triggered, this, [this] { emit editRequested(m_pipelineId); });
    connect(m_editButton, &QPushButton::clicked, this, [this] { emit editRequested(m_pipelineId); });
    connect(m_pauseButton, &QPushButton::clicked, this, [this] { emit pauseToggleRequested(m_pipelineId); });
    connect(m_refreshButton, &QPushButton::clicked, this, &PipelineView::refreshNow);

    // Two columns: the health of what the pipeline uses on the left, its runs on the right, so that the
    // tabs below keep most of the height.
    auto *box = new QGroupBox(tr("Status"), panel);
    auto *columns = new QHBoxLayout(box);
    auto *health = new QFormLayout;
    auto *runs = new QFormLayout;
    columns->addLayout(health, 1);
    columns->addSpacing(16);
    columns->addLayout(runs, 1);
    auto label = [box](const QString &name) {
        auto *l = new QLabel(box);
        l->setObjectName(name);
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return l;
    };
    m_pipelineStatus = label(u"ReportStatus"_s);
    m_connectionStatus = label(u"ReportConnection"_s);
    m_modelStatus = label(u"ReportDataModel"_s);
    m_latestRun = label(u"ReportLatestRun"_s);
    m_latestSuccess = label(u"ReportLatestSuccess"_s);
    m_refreshed = label(u"Refreshed"_s);
    health->addRow(tr("Pipeline:"), m_pipelineStatus);
    health->addRow(tr("Connection:"), m_connectionStatus);
    health->addRow(tr("Data model:"), m_modelStatus);
    runs->addRow(tr("Latest run:"), m_latestRun);
    runs->addRow(tr("Latest success:"), m_latestSuccess);
    runs->addRow(tr("Updated:"), m_refreshed);
    layout->addWidget(box);

    m_message = new QLabel(panel);
    m_message->setObjectName(u"ViewMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);
    return panel;
}

QString PipelineView::title() const
{
    return m_store.displayName(ResourceKind::Pipeline, m_pipelineId);
}

void PipelineView::updatePipeline()
{
    const Pipeline *p = m_store.pipeline(m_pipelineId);
    if (!p) {
        m_name->setText(tr("<b>%1</b> (deleted)").arg(escaped(m_pipelineId)));
        m_state->clear();
    } else {
        m_name->setText(u"<b>%1</b> &nbsp;<span style=\"color:%2\">%3</span>"_s.arg(
            escaped(title()), palette().color(QPalette::PlaceholderText).name(), escaped(m_pipelineId)));
        m_state->setText(tr("State: %1").arg(displayName(p->state)));
        const bool paused = p->state == PipelineState::Paused;
        m_pauseButton->setText(paused ? tr("Res&ume") : tr("&Pause"));
        m_pauseButton->setEnabled(p->state == PipelineState::Paused || p->state == PipelineState::Active);
    }
    m_editButton->setEnabled(p != nullptr);
    emit titleChanged(title());
    updatePlanner();
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

void PipelineView::updateReport()
{
    const PipelineReport *report = m_store.report(m_pipelineId);
    const Pipeline *p = m_store.pipeline(m_pipelineId);
    QString why;
    const bool triggerable = canTrigger(&why);
    m_triggerButton->setEnabled(triggerable);
    m_triggerAction->setEnabled(triggerable);
    m_triggerButton->setToolTip(!triggerable   ? why
                                : why.isEmpty() ? tr("Start a run now (Ctrl+R)")
                                                : tr("Start a run now (Ctrl+R). %1").arg(why));
    if (!report) {
        m_pipelineStatus->setText(escaped(tr("Waiting for the pipeline's status…")));
        for (QLabel *l : {m_connectionStatus, m_modelStatus, m_latestRun, m_latestSuccess})
            l->clear();
        return;
    }
    m_pipelineStatus->setText(
        RunText::statusHtml(report->status.wire(), displayName(report->status), joinMessages(report->errors)));
    const QString connection =
        p ? tr("%1 (%2)").arg(m_store.displayName(ResourceKind::Connection, p->connectionId), p->connectionId)
          : QString();
    const QString model =
        p ? tr("%1 (%2)").arg(m_store.displayName(ResourceKind::DataModel, p->dataModelId), p->dataModelId)
          : QString();
    m_connectionStatus->setText(escaped(connection) + u" &nbsp; "_s +
                                RunText::statusHtml(report->connectionStatus.wire(),
                                           displayName(report->connectionStatus),
                                           joinMessages(report->connectionErrors)));
    m_modelStatus->setText(escaped(model) + u" &nbsp; "_s +
                           RunText::statusHtml(report->dataModelStatus.wire(), displayName(report->dataModelStatus),
                                      joinMessages(report->dataModelErrors)));
    if (report->latestRun) {
        const RunRecord r = RunRecord::from(*report->latestRun);
        const QString text =
            tr("Run %1, %2, logical date %3 UTC, %Ln record(s)", nullptr,
               int(std::min<qint64>(r.successfulRecords, INT_MAX)))
                .arg(report->latestRun->id, displayName(report->latestRun->type), RunTableModel::timeText(r.logicalDate));
        m_latestRun->setText(RunText::statusHtml(report->latestRun->status.wire(),
                                        displayName(report->latestRun->status),
                                        joinMessages(report->latestRun->errors)) +
                             u" — "_s + escaped(text));
    } else {
        m_latestRun->setText(escaped(tr("No runs yet.")));
    }
    m_latestSuccess->setText(report->latestSuccessfulRunId && !isNoRun(*report->latestSuccessfulRunId)
                                 ? escaped(tr("Run %1").arg(*report->latestSuccessfulRunId))
                                 : escaped(tr("None yet.")));
    // The run this view triggered has ended: say how.
    if (!m_triggeredRunId.isEmpty() && report->latestRun && report->latestRun->id == m_triggeredRunId &&
        (report->latestRun->status == RunStatus::Success || report->latestRun->status == RunStatus::Failed ||
         report->latestRun->status == RunStatus::Stopped)) {
        showMessage(
            tr("Run %1 ended: %2.").arg(m_triggeredRunId, displayName(report->latestRun->status)));
        m_triggeredRunId.clear();
    }
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

void PipelineView::updateRefreshed()
{
    const qint64 due = m_poller && m_poller->isWatching(m_pipelineId) ? m_poller->dueIn(m_pipelineId) : -1;
    const int next = int((due + 999) / 1000);
    QString text;
    if (!m_refreshedAt.isValid()) {
        text = due >= 0 ? tr("not yet · next check in %n second(s)", nullptr, next) : tr("not yet");
    } else {
        const qint64 seconds = m_refreshedAt.secsTo(QDateTime::currentDateTimeUtc());
        const QString at = QLocale().toString(m_refreshedAt.toLocalTime().time(), QLocale::ShortFormat);
        if (seconds < 60)
            text = (due >= 0 ? tr("%1, %n second(s) ago · next check in %2 s", nullptr, int(seconds))
                                   .arg(at)
                                   .arg(next)
                             : tr("%1, %n second(s) ago", nullptr, int(seconds)).arg(at));
        else
            text = (due >= 0 ? tr("%1, %n minute(s) ago · next check in %2 s", nullptr, int(seconds / 60))
                                   .arg(at)
                                   .arg(next)
                             : tr("%1, %n minute(s) ago", nullptr, int(seconds / 60)).arg(at));
    }
    if (!m_pollError.isEmpty())
        m_refreshed->setText(escaped(text) +
                             u"<br><span style=\"color:%1\">%2</span>"_s.arg(
                                 StatusIcons::color(u"failed"_s).name(), escaped(m_pollError)));
    else
        m_refreshed->setText(escaped(text));
}

QString PipelineView::refreshedText() const
{
    return m_refreshed->text();
}

QString PipelineView::statusSummary() const
{
    QStringList lines;
    for (QLabel *l : {m_pipelineStatus, m_connectionStatus, m_modelStatus, m_latestRun, m_latestSuccess}) {
        QTextDocument doc;
        doc.setHtml(l->text());
        lines << doc.toPlainText();
    }
    return lines.join(u'\n');
}

void PipelineView::handlePollFailed(const QString &pipelineId, const ApiError &error)
{
    if (pipelineId != m_pipelineId)
        return;
    m_pollError = tr("The status could not be refreshed: %1").arg(error.toString());
    updateRefreshed();
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
