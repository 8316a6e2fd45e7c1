// The pipeline view's queries tab: what the service will run for the next run, a trigger, or the run
// selected in the history, kept in step with the pipeline, its data model and the latest success.
#include "client/WorkspaceActions.h"
#include "client/warehouse/WarehouseAccess.h"
#include "models/items/RunFilterProxy.h"
#include "models/items/RunTableModel.h"
#include "models/store/WorkspaceStore.h"
#include "ui/pipeline/PipelineQueries.h"
#include "ui/pipeline/PipelineView.h"

#include <QLocale>
#include <QTableView>

#include <climits>

namespace wsc {

namespace {

Timestamp timeOf(qint64 ms)
{
    return ms == RunRecord::kNone ? Timestamp() : Timestamp::fromMSecsSinceEpoch(ms);
}

} // namespace

QWidget *PipelineView::createQueriesTab()
{
    m_queries = new PipelineQueries(this);
    // The watermark moves with the report and with the runs the store learns (an older latest success).
    connect(&m_store, &WorkspaceStore::reportChanged, this, [this](const QString &id) {
        if (id == m_pipelineId)
            updateQueries();
    });
    auto runsOfThis = [this](const QString &id) {
        if (id == m_pipelineId)
            updateQueries();
    };
    connect(&m_store, &WorkspaceStore::runsAppended, this, runsOfThis);
    connect(&m_store, &WorkspaceStore::runsChanged, this, runsOfThis);
    connect(&m_store, &WorkspaceStore::runsReset, this, runsOfThis);
    auto resourceChanged = [this](ResourceKind kind, const QString &id) {
        const Pipeline *p = m_store.pipeline(m_pipelineId);
        if ((kind == ResourceKind::Pipeline && id == m_pipelineId) ||
            (p && kind == ResourceKind::DataModel && id == p->dataModelId))
            updateQueries();
    };
    connect(&m_store, &WorkspaceStore::changed, this, resourceChanged);
    connect(&m_store, &WorkspaceStore::added, this, resourceChanged);
    connect(&m_store, &WorkspaceStore::removed, this, resourceChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PipelineView::updateQueriesRun);
    connect(&m_actions.warehouses(), &WarehouseAccess::serviceKnown, this, &PipelineView::updateQueries);
    connect(m_queries, &PipelineQueries::countRequested, this, &PipelineView::countWindow);
    updateQueries();
    updateQueriesRun();
    return m_queries;
}

// Count Rows: the count of the window shown, run in the preview warehouse of the pipeline's connection.
void PipelineView::countWindow(const QString &statement, const QString &pipelineId,
                               WrappedQueries::Dialect dialect)
{
    const Pipeline *p = m_store.pipeline(pipelineId);
    const Connection *connection = p ? m_store.connection(p->connectionId) : nullptr;
    if (!connection) {
        m_queries->showCount(tr("The pipeline's connection is not in the workspace."), true);
        return;
    }
    if (const QString reason = m_actions.warehouses().unavailableReason(*connection); !reason.isEmpty()) {
        m_queries->showCount(reason, true);
        return;
    }
    if (m_actions.warehouses().dialectFor(*connection) != dialect) {
        // Asked before the service was known: the statement may be in another warehouse's dialect.
        updateQueries();
        m_queries->showCount(tr("The warehouse was not known yet; press Count Rows again."), true);
        return;
    }
    WarehouseJob *job = m_actions.warehouses().run(*connection, statement, 1);
    connect(job, &WarehouseJob::finished, m_queries, [this, job] {
        if (job->error()) {
            m_queries->showCount(job->error()->message, true);
            return;
        }
        const QueryResult &result = job->result();
        bool ok = false;
        const qlonglong count =
            result.rowCount() == 1 && result.columns.size() == 1 ? result.cell(0, 0).toLongLong(&ok) : 0;
        if (!ok || count < 0) {
            m_queries->showCount(tr("The warehouse's answer is not a count."), true);
            return;
        }
        QString text = count <= INT_MAX ? tr("%Ln row(s) in the window now", nullptr, int(count))
                                        : tr("%1 rows in the window now").arg(QLocale().toString(count));
        // A past run's window: what it read then against what is there now (rows that arrived late).
        if (const auto read = m_queries->shownRunRecords())
            text = tr("%1; the run read %2 (%3)")
                       .arg(text, QLocale().toString(*read),
                            count == *read ? tr("the same now")
                                           : tr("%1 more now").arg(QLocale().toString(count - *read)));
        m_queries->showCount(text, false);
    });
}

void PipelineView::updateQueries()
{
    if (!m_queries)
        return;
    const Pipeline *p = m_store.pipeline(m_pipelineId);
    // The count runs in the dialect of the warehouse that previews this pipeline's connection.
    if (const Connection *c = p ? m_store.connection(p->connectionId) : nullptr) {
        if (const auto dialect = m_actions.warehouses().dialectFor(*c))
            m_queries->setDialect(*dialect);
    }
    const DataModel *model = p ? m_store.dataModel(p->dataModelId) : nullptr;
    m_queries->setPipeline(p ? std::optional<Pipeline>(*p) : std::nullopt,
                           model ? std::optional<QString>(model->sqlQuery) : std::nullopt,
                           m_store.watermark(m_pipelineId));
}

void PipelineView::updateQueriesRun()
{
    if (!m_queries)
        return;
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return m_queries->setSelectedRun(std::nullopt);
    const RunRecord &record = m_runs->record(m_proxy->mapToSource(current).row());
    PipelineRun run;
    run.id = record.id.toString();
    run.pipelineId = m_pipelineId;
    run.rangeStart = timeOf(record.rangeStart);
    run.rangeEnd = timeOf(record.rangeEnd);
    m_queries->setSelectedRun(run);
}

} // namespace wsc
