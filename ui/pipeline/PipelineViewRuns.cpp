// The pipeline view's run history tab: every page of runs, filtered by status and date, the selected run's
// detail, and the export as CSV.
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

QWidget *PipelineView::createRunsTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(createRunFilters(tab));
    layout->addLayout(createLoadRow(tab));
    layout->addWidget(createRunTable(tab), 1);
    connectRunFilters();
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PipelineView::updateDetail);
    connect(m_runs, &QAbstractItemModel::dataChanged, this, &PipelineView::updateDetail);
    updateDetail();
    return tab;
}

// The dates, the status and type filters, and the export of what they leave.
QLayout *PipelineView::createRunFilters(QWidget *tab)
{
    auto *filters = new QHBoxLayout;
    m_fromEnabled = new QCheckBox(tr("&From:"), tab);
    m_fromEnabled->setObjectName(u"FromEnabled"_s);
    m_fromDate = new QDateEdit(QDate::currentDate().addDays(-30), tab);
    m_fromDate->setObjectName(u"FromDate"_s);
    m_toEnabled = new QCheckBox(tr("T&o:"), tab);
    m_toEnabled->setObjectName(u"ToEnabled"_s);
    m_toDate = new QDateEdit(QDate::currentDate(), tab);
    m_toDate->setObjectName(u"ToDate"_s);
    for (QDateEdit *edit : {m_fromDate, m_toDate}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
        edit->setEnabled(false);
        edit->setToolTip(tr("Logical dates, in UTC"));
    }
    m_statusFilter = new QComboBox(tab);
    m_statusFilter->setObjectName(u"StatusFilter"_s);
    m_statusFilter->addItem(tr("All statuses"));
    m_statusFilter->addItem(tr("Success"));
    m_statusFilter->addItem(tr("Failed"));
    m_statusFilter->addItem(tr("Queued or running"));
    m_statusFilter->addItem(tr("Stopped"));
    m_typeFilter = new QComboBox(tab);
    m_typeFilter->setObjectName(u"TypeFilter"_s);
    m_typeFilter->addItem(tr("All types"), int(RunType::Unknown));
    m_typeFilter->addItem(tr("Scheduled"), int(RunType::Scheduled));
    m_typeFilter->addItem(tr("Manual"), int(RunType::Manual));
    auto *exportButton = new QPushButton(tr("E&xport CSV…"), tab);
    exportButton->setObjectName(u"ExportCsv"_s);
    exportButton->setToolTip(tr("Save the rows shown, in the order shown"));
    filters->addWidget(m_fromEnabled);
    filters->addWidget(m_fromDate);
    filters->addWidget(m_toEnabled);
    filters->addWidget(m_toDate);
    filters->addSpacing(12);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_typeFilter);
    filters->addStretch(1);
    filters->addWidget(exportButton);
    connect(exportButton, &QPushButton::clicked, this, &PipelineView::askExportCsv);
    return filters;
}

// How far the history has loaded, with Stop (or Retry, or Load All).
QLayout *PipelineView::createLoadRow(QWidget *tab)
{
    auto *loadRow = new QHBoxLayout;
    m_loadState = new QLabel(tab);
    m_loadState->setObjectName(u"HistoryState"_s);
    m_progress = new QProgressBar(tab);
    m_progress->setMaximumWidth(240);
    m_progress->setTextVisible(false);
    m_stopLoading = new QPushButton(tr("Stop"), tab);
    m_stopLoading->setObjectName(u"StopLoading"_s);
    loadRow->addWidget(m_loadState, 1);
    loadRow->addWidget(m_progress);
    loadRow->addWidget(m_stopLoading);
    connect(m_stopLoading, &QPushButton::clicked, this, [this] {
        if (m_loader->isLoading()) {
            m_loader->cancel();
            m_progress->hide();
            m_stopLoading->setText(tr("Load All"));
            m_loadState->setText(tr("Stopped after %Ln run(s); the older ones are not shown.", nullptr,
                                    int(m_runs->rowCount())));
        } else {
            reloadHistory();
        }
    });
    return loadRow;
}

// The runs, and the detail of the one selected beside them.
QWidget *PipelineView::createRunTable(QWidget *tab)
{
    auto *splitter = new QSplitter(Qt::Horizontal, tab);
    m_table = new QTableView(splitter);
    m_table->setObjectName(u"RunTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RunTableModel::LogicalDateColumn, Qt::DescendingOrder); // newest first
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    const QFontMetrics metrics = m_table->fontMetrics();
    const int timeWidth = metrics.horizontalAdvance(u"2024-03-01 12:00:00"_s) + 24;
    for (int c : {RunTableModel::LogicalDateColumn, RunTableModel::StartedColumn, RunTableModel::EndedColumn})
        m_table->setColumnWidth(c, timeWidth);
    m_table->setColumnWidth(RunTableModel::WindowColumn, 2 * timeWidth);
    m_detail = new QTextBrowser(splitter);
    m_detail->setObjectName(u"RunDetail"_s);
    m_detail->setOpenLinks(false);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    return splitter;
}

void PipelineView::connectRunFilters()
{
    auto *reloadTimer = new QTimer(this);
    reloadTimer->setSingleShot(true);
    reloadTimer->setInterval(400); // typing a date reloads once, at the end
    connect(reloadTimer, &QTimer::timeout, this, &PipelineView::reloadHistory);
    connect(m_fromEnabled, &QCheckBox::toggled, m_fromDate, &QWidget::setEnabled);
    connect(m_toEnabled, &QCheckBox::toggled, m_toDate, &QWidget::setEnabled);
    for (QCheckBox *box : {m_fromEnabled, m_toEnabled})
        connect(box, &QCheckBox::toggled, reloadTimer, qOverload<>(&QTimer::start));
    for (QDateEdit *edit : {m_fromDate, m_toDate})
        connect(edit, &QDateEdit::dateChanged, reloadTimer, qOverload<>(&QTimer::start));
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &PipelineView::setStatusFilter);
    connect(m_typeFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setType(RunType(m_typeFilter->currentData().toInt())); });
}

void PipelineView::followHistoryLoader()
{
    connect(m_loader, &RunHistoryLoader::pageLoaded, m_runs, &RunTableModel::merge);
    connect(m_loader, &RunHistoryLoader::progressed, this, &PipelineView::handleLoaderProgress);
    connect(m_loader, &RunHistoryLoader::finished, this, [this] {
        m_progress->hide();
        m_stopLoading->hide();
        m_historyLoaded = true;
        handleLoaderProgress(m_loader->loaded(), m_loader->total());
    });
    // Runs the poller adds (or a merge drops) after the load change the count the label says.
    const auto recount = [this] {
        if (m_historyLoaded && !m_loader->isLoading())
            handleLoaderProgress(m_loader->loaded(), m_loader->total());
    };
    connect(m_runs, &QAbstractItemModel::rowsInserted, this, recount);
    connect(m_runs, &QAbstractItemModel::rowsRemoved, this, recount);
    connect(m_runs, &QAbstractItemModel::modelReset, this, recount);
    connect(m_loader, &RunHistoryLoader::failed, this, [this](const ApiError &error) {
        m_historyLoaded = false;
        m_progress->hide();
        m_stopLoading->setText(tr("Retry"));
        m_stopLoading->show();
        m_loadState->setText(u"<span style=\"color:%1\">%2</span>"_s.arg(
            StatusIcons::color(u"failed"_s).name(),
            (tr("The run history could not be loaded: %1").arg(error.toString())).toHtmlEscaped()));
    });
}

void PipelineView::setStatusFilter(int index)
{
    if (m_statusFilter->currentIndex() != index) {
        m_statusFilter->setCurrentIndex(index); // comes back here
        return;
    }
    static const QList<QSet<RunStatus>> sets = {
        {},
        {RunStatus::Success},
        {RunStatus::Failed},
        {RunStatus::Queued, RunStatus::Running, RunStatus::Retrying},
        {RunStatus::Stopped},
    };
    m_proxy->setStatuses(sets.value(index));
}

void PipelineView::setDateRange(const QDate &from, const QDate &to)
{
    const QSignalBlocker a(m_fromEnabled), b(m_toEnabled), c(m_fromDate), d(m_toDate);
    m_fromEnabled->setChecked(from.isValid());
    m_fromDate->setEnabled(from.isValid());
    if (from.isValid())
        m_fromDate->setDate(from);
    m_toEnabled->setChecked(to.isValid());
    m_toDate->setEnabled(to.isValid());
    if (to.isValid())
        m_toDate->setDate(to);
    reloadHistory();
}

void PipelineView::reloadHistory()
{
    const bool hasFrom = m_fromEnabled->isChecked();
    const bool hasTo = m_toEnabled->isChecked();
    const QDateTime from(m_fromDate->date(), QTime(0, 0), Qt::UTC);
    const QDateTime to(m_toDate->date(), QTime(23, 59, 59, 999), Qt::UTC);
    m_runs->setRange(hasFrom ? from.toMSecsSinceEpoch() : RunRecord::kNone,
                     hasTo ? to.toMSecsSinceEpoch() : RunRecord::kNone);
    m_historyLoaded = false;
    m_progress->setRange(0, 0);
    m_progress->show();
    m_stopLoading->setText(tr("Stop"));
    m_stopLoading->show();
    m_loadState->setText(tr("Loading the run history…"));
    m_loader->load(m_pipelineId, hasFrom ? Timestamp(from) : Timestamp(),
                   hasTo ? Timestamp(to) : Timestamp());
}

bool PipelineView::isLoadingHistory() const
{
    return m_loader->isLoading();
}

void PipelineView::handleLoaderProgress(qint64 loaded, qint64 total)
{
    const QLocale locale;
    if (m_loader->isLoading()) {
        m_progress->setRange(0, int(std::min<qint64>(total, INT_MAX)));
        m_progress->setValue(int(std::min<qint64>(loaded, INT_MAX)));
        m_loadState->setText(tr("Loading the run history: %1 of %2 runs…")
                                 .arg(locale.toString(loaded), locale.toString(total)));
    } else {
        m_loadState->setText(
            tr("%Ln run(s) in this range.", nullptr, int(std::min<qint64>(m_runs->rowCount(), INT_MAX))));
    }
}

void PipelineView::selectRun(const QString &runId)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(RunTableModel::RunIdRole).toString() == runId) {
            m_table->setCurrentIndex(index);
            m_table->scrollTo(index);
            return;
        }
    }
}

void PipelineView::updateDetail()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_detail->setHtml(tr("Select a run to see its details.").toHtmlEscaped());
        return;
    }
    m_detail->setHtml(RunText::detailHtml(*m_runs, m_proxy->mapToSource(current).row(),
                                          QDateTime::currentMSecsSinceEpoch()));
}

QString PipelineView::detailText() const
{
    return m_detail->toPlainText();
}

bool PipelineView::exportCsv(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    // In the order the table shows them.
    std::vector<int> rows;
    rows.reserve(std::size_t(m_proxy->rowCount()));
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        rows.push_back(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    file.write(RunText::csv(*m_runs, rows, QDateTime::currentMSecsSinceEpoch()));
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void PipelineView::askExportCsv()
{
    const auto path = Dialogs::askSaveFile(this, tr("Export runs"), tr("%1-runs.csv").arg(m_pipelineId),
                                           tr("CSV files (*.csv)"));
    if (!path)
        return;
    QString error;
    if (!exportCsv(*path, &error))
        Dialogs::ask(this, tr("Export runs"), tr("The runs could not be saved to %1: %2").arg(*path, error),
                     QMessageBox::Ok, QMessageBox::Ok);
    else
        showMessage(tr("Saved %n run(s) to %1.", nullptr, m_proxy->rowCount()).arg(*path));
}

} // namespace wsc
