#include "ui/pipeline/SchedulePreview.h"

#include "models/store/WorkspaceStore.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace wsc {

using namespace Qt::StringLiterals;

namespace {

// Minutes are enough to read a schedule; the tooltip has the exact time.
QString minutes(const Timestamp &t)
{
    return t.toUtc().toString(u"yyyy-MM-dd HH:mm"_s);
}

QString catchUpLimitText(Frequency frequency)
{
    switch (frequency) {
    case Frequency::Hourly: return SchedulePreview::tr("7 days for hourly pipelines");
    case Frequency::Daily: return SchedulePreview::tr("6 months for daily pipelines");
    case Frequency::Weekly: return SchedulePreview::tr("3 years for weekly pipelines");
    case Frequency::Monthly: return SchedulePreview::tr("5 years for monthly pipelines");
    case Frequency::Unknown: break;
    }
    return {};
}

} // namespace

SchedulePreview::SchedulePreview(Mode mode, QWidget *parent)
    : QWidget(parent)
    , m_mode(mode)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_note = new QLabel(this);
    m_note->setObjectName(u"PreviewNote"_s);
    m_note->setWordWrap(true);
    m_catchUp = new QLabel(this);
    m_catchUp->setObjectName(u"CatchUpNote"_s);
    m_catchUp->setWordWrap(true);
    m_catchUp->hide();
    const bool detailed = mode == Mode::Detailed;
    m_table = new QTableWidget(0, detailed ? 5 : 3, this);
    m_table->setObjectName(u"SchedulePreview"_s);
    if (detailed)
        m_table->setHorizontalHeaderLabels(
            {tr("Starts (UTC)"), tr("Logical date"), tr("Reads from"), tr("Reads until"), tr("Note")});
    else
        m_table->setHorizontalHeaderLabels({tr("Starts (UTC)"), tr("Reads from"), tr("Reads until")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_note);
    layout->addWidget(m_catchUp);
    layout->addWidget(m_table, 1);
}

QString SchedulePreview::note() const
{
    return !m_catchUp->isHidden() ? m_note->text() + u'\n' + m_catchUp->text() : m_note->text();
}

void SchedulePreview::showPlan(const Pipeline &p, const WorkspaceStore &store, bool asActivated, bool valid,
                               int maxRuns, const Timestamp &now)
{
    m_table->setRowCount(0);
    m_catchUp->hide();
    const auto type = p.schedule.type;
    if (!type.isKnown() || type.value() != ScheduleType::Interval) {
        m_note->setText(type.isKnown() && type.value() == ScheduleType::Once
                            ? tr("Runs once, when the pipeline is activated.")
                            : tr("Runs only when triggered, e.g. with Trigger Now or wsctl trigger."));
        m_table->hide();
        return;
    }
    SchedulePlanner::Options options;
    options.now = now;
    options.maxRuns = maxRuns;
    options.start = asActivated ? SchedulePlanner::Start::Activation : SchedulePlanner::Start::Resume;
    options.watermark = store.watermark(p.id);
    const SchedulePlan planned = valid ? SchedulePlanner::plan(p, options) : SchedulePlan();
    auto show = [](const Timestamp &t) { return t.isValid() ? minutes(t) : tr("the beginning"); };
    const bool detailed = m_mode == Mode::Detailed;
    for (const PlannedRun &run : planned.runs) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        QStringList cells{minutes(run.due)};
        if (detailed)
            cells << minutes(run.logicalDate);
        cells << show(run.window.rangeStart) << minutes(run.window.rangeEnd);
        if (detailed)
            cells << (run.catchUp ? tr("catch-up: due already") : QString());
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (run.catchUp)
                item->setToolTip(tr("Already due: runs right after activation to catch up."));
            m_table->setItem(row, c, item);
        }
        m_table->item(row, 0)->setToolTip(run.due.toWireSeconds());
    }
    m_table->resizeColumnsToContents();
    // Wide enough for its columns: a clipped time is no preview.
    m_table->setMinimumWidth(m_table->horizontalHeader()->length() + 2 * m_table->frameWidth() +
                             m_table->verticalScrollBar()->sizeHint().width());
    m_table->setVisible(!planned.runs.empty());
    m_note->setText(
        planned.runs.empty()      ? (planned.exhausted ? tr("No further runs: the schedule has ended.")
                                                       : tr("Complete the schedule to see its next runs."))
        : planned.catchUpRuns > 0 ? tr("%n run(s) are already due and run back to back to catch up.", nullptr,
                                       int(planned.catchUpRuns))
                                  : tr("Assuming each run succeeds:"));
    if (!detailed || !asActivated || planned.runs.empty())
        return;
    // What activating it now would do about a start in the past.
    QStringList lines;
    if (planned.skippedByCatchUpLimit > 0)
        lines << tr("%n interval(s) before %1 UTC lie beyond the catch-up limit (%2) and are skipped "
                    "without a run.",
                    nullptr, int(std::min<qint64>(planned.skippedByCatchUpLimit, INT_MAX)))
                     .arg(minutes(planned.catchUpHorizon), catchUpLimitText(p.schedule.frequency.value()));
    else if (planned.catchUpHorizon.isValid())
        lines << tr("Nothing is skipped: the schedule starts within the catch-up limit (%1).")
                     .arg(catchUpLimitText(p.schedule.frequency.value()));
    if (planned.catchUpRuns >= qint64(planned.runs.size()))
        lines << tr("More runs may be due than shown: raise the number of runs to see all of them.");
    if (planned.emptyTicks > 0)
        lines << tr("%n interval(s) with an empty window pass without a run.", nullptr,
                    int(std::min<qint64>(planned.emptyTicks, INT_MAX)));
    m_catchUp->setText(lines.join(u'\n'));
    m_catchUp->setVisible(!lines.isEmpty());
}

} // namespace wsc
