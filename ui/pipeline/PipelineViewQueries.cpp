// The pipeline view's queries tab: what the service will run for the next run, a trigger, or the run
// selected in the history, kept in step with the pipeline, its data model and the latest success.
#include "models/items/RunFilterProxy.h"
#include "models/items/RunTableModel.h"
#include "models/store/WorkspaceStore.h"
#include "ui/pipeline/PipelineQueries.h"
#include "ui/pipeline/PipelineView.h"

#include <QTableView>

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
    updateQueries();
    updateQueriesRun();
    return m_queries;
}

void PipelineView::updateQueries()
{
    if (!m_queries)
        return;
    const Pipeline *p = m_store.pipeline(m_pipelineId);
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
