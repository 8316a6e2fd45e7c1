// The pipeline view's status panel: the header with the pipeline's actions and their shortcuts, the report
// (the health of the pipeline, its connection and data model; its latest and latest successful run), when
// it was refreshed, and the message line under it.
#include "client/RunPoller.h"
#include "models/items/RunTableModel.h"
#include "models/items/StatusIcons.h"
#include "models/store/WorkspaceStore.h"
#include "ui/pipeline/PipelineView.h"
#include "ui/pipeline/RunText.h"

#include <QAction>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

namespace wsc {

using namespace Qt::StringLiterals;

QWidget *PipelineView::createStatusPanel()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(createHeader(panel));
    createActions();
    layout->addWidget(createReportBox(panel));

    m_message = new QLabel(panel);
    m_message->setObjectName(u"ViewMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);
    return panel;
}

// The name, the state and the buttons for what can be done with the pipeline.
QLayout *PipelineView::createHeader(QWidget *panel)
{
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
    return header;
}

void PipelineView::createActions()
{
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
}

QWidget *PipelineView::createReportBox(QWidget *panel)
{
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
    return box;
}

void PipelineView::updatePipeline()
{
    const Pipeline *p = m_store.pipeline(m_pipelineId);
    if (!p) {
        m_name->setText(tr("<b>%1</b> (deleted)").arg(m_pipelineId.toHtmlEscaped()));
        m_state->clear();
    } else {
        m_name->setText(u"<b>%1</b> &nbsp;<span style=\"color:%2\">%3</span>"_s.arg(
            title().toHtmlEscaped(), palette().color(QPalette::PlaceholderText).name(),
            m_pipelineId.toHtmlEscaped()));
        m_state->setText(tr("State: %1").arg(displayName(p->state)));
        const bool paused = p->state == PipelineState::Paused;
        m_pauseButton->setText(paused ? tr("Res&ume") : tr("&Pause"));
        m_pauseButton->setEnabled(p->state == PipelineState::Paused || p->state == PipelineState::Active);
    }
    m_editButton->setEnabled(p != nullptr);
    emit titleChanged(title());
    updatePlanner();
}

void PipelineView::updateReport()
{
    const PipelineReport *report = m_store.report(m_pipelineId);
    const Pipeline *p = m_store.pipeline(m_pipelineId);
    QString why;
    const bool triggerable = canTrigger(&why);
    m_triggerButton->setEnabled(triggerable);
    m_triggerAction->setEnabled(triggerable);
    m_triggerButton->setToolTip(!triggerable    ? why
                                : why.isEmpty() ? tr("Start a run now (Ctrl+R)")
                                                : tr("Start a run now (Ctrl+R). %1").arg(why));
    if (!report) {
        m_pipelineStatus->setText(tr("Waiting for the pipeline's status…").toHtmlEscaped());
        for (QLabel *l : {m_connectionStatus, m_modelStatus, m_latestRun, m_latestSuccess})
            l->clear();
        return;
    }
    m_pipelineStatus->setText(RunText::statusHtml(report->status.wire(), displayName(report->status),
                                                  joinMessages(report->errors)));
    const QString connection =
        p ? tr("%1 (%2)").arg(m_store.displayName(ResourceKind::Connection, p->connectionId), p->connectionId)
          : QString();
    const QString model =
        p ? tr("%1 (%2)").arg(m_store.displayName(ResourceKind::DataModel, p->dataModelId), p->dataModelId)
          : QString();
    m_connectionStatus->setText(connection.toHtmlEscaped() + u" &nbsp; "_s +
                                RunText::statusHtml(report->connectionStatus.wire(),
                                                    displayName(report->connectionStatus),
                                                    joinMessages(report->connectionErrors)));
    m_modelStatus->setText(model.toHtmlEscaped() + u" &nbsp; "_s +
                           RunText::statusHtml(report->dataModelStatus.wire(),
                                               displayName(report->dataModelStatus),
                                               joinMessages(report->dataModelErrors)));
    if (report->latestRun) {
        const RunRecord r = RunRecord::from(*report->latestRun);
        const QString text = tr("Run %1, %2, logical date %3 UTC, %Ln record(s)", nullptr,
                                int(std::min<qint64>(r.successfulRecords, INT_MAX)))
                                 .arg(report->latestRun->id, displayName(report->latestRun->type),
                                      RunTableModel::timeText(r.logicalDate));
        m_latestRun->setText(RunText::statusHtml(report->latestRun->status.wire(),
                                                 displayName(report->latestRun->status),
                                                 joinMessages(report->latestRun->errors)) +
                             u" — "_s + text.toHtmlEscaped());
    } else {
        m_latestRun->setText(tr("No runs yet.").toHtmlEscaped());
    }
    m_latestSuccess->setText(report->latestSuccessfulRunId && !isNoRun(*report->latestSuccessfulRunId)
                                 ? (tr("Run %1").arg(*report->latestSuccessfulRunId)).toHtmlEscaped()
                                 : tr("None yet.").toHtmlEscaped());
    // The run this view triggered has ended: say how.
    if (!m_triggeredRunId.isEmpty() && report->latestRun && report->latestRun->id == m_triggeredRunId &&
        (report->latestRun->status == RunStatus::Success || report->latestRun->status == RunStatus::Failed ||
         report->latestRun->status == RunStatus::Stopped)) {
        showMessage(tr("Run %1 ended: %2.").arg(m_triggeredRunId, displayName(report->latestRun->status)));
        m_triggeredRunId.clear();
    }
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
        m_refreshed->setText(text.toHtmlEscaped() +
                             u"<br><span style=\"color:%1\">%2</span>"_s.arg(
                                 StatusIcons::color(u"failed"_s).name(), m_pollError.toHtmlEscaped()));
    else
        m_refreshed->setText(text.toHtmlEscaped());
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

} // namespace wsc
