// The pipeline view's schedule tab: the runs the schedule will start next, and the window each reads.
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
#include "ui/pipeline/PipelineView.h"
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

namespace {} // namespace

QWidget *PipelineView::createScheduleTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    auto *row = new QHBoxLayout;
    m_plannerRuns = new QSpinBox(tab);
    m_plannerRuns->setObjectName(u"PlannerRuns"_s);
    m_plannerRuns->setRange(1, 1000);
    m_plannerRuns->setValue(24);
    auto *label = new QLabel(tr("&Next runs to show:"), tab);
    label->setBuddy(m_plannerRuns);
    m_plannerMode = new QComboBox(tab);
    m_plannerMode->setObjectName(u"PlannerMode"_s);
    m_plannerMode->addItem(tr("Going on from now"));
    m_plannerMode->addItem(tr("As if activated now, catching up"));
    m_plannerMode->setToolTip(tr("A pipeline activated with a start in the past first catches up on the runs "
                                 "already due, as far back as the catch-up limit allows."));
    const Pipeline *p = m_store.pipeline(m_pipelineId);
    m_plannerMode->setCurrentIndex(p && p->state == PipelineState::New ? 1 : 0);
    auto *modeLabel = new QLabel(tr("&Plan:"), tab);
    modeLabel->setBuddy(m_plannerMode);
    row->addWidget(modeLabel);
    row->addWidget(m_plannerMode);
    row->addSpacing(12);
    row->addWidget(label);
    row->addWidget(m_plannerRuns);
    row->addStretch(1);
    layout->addLayout(row);
    m_planner = new SchedulePreview(SchedulePreview::Mode::Detailed, tab);
    layout->addWidget(m_planner, 1);
    m_planner->table()->verticalHeader()->setDefaultSectionSize(m_planner->fontMetrics().height() + 6);
    connect(m_plannerRuns, &QSpinBox::valueChanged, this, &PipelineView::updatePlanner);
    connect(m_plannerMode, &QComboBox::currentIndexChanged, this, &PipelineView::updatePlanner);
    return tab;
}

void PipelineView::updatePlanner()
{
    if (!m_planner)
        return;
    const Pipeline *p = m_store.pipeline(m_pipelineId);
    if (!p)
        return;
    m_planner->showPlan(*p, m_store, m_plannerMode->currentIndex() == 1, true, m_plannerRuns->value(),
                        Timestamp(QDateTime::currentDateTimeUtc()));
}

} // namespace wsc
