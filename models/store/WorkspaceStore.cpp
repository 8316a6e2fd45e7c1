#include "models/store/WorkspaceStore.h"

#include <QSet>

#include <algorithm>

namespace wsc {

namespace {

bool runBefore(const PipelineRun &a, const PipelineRun &b)
{
    if (a.logicalDate.toMSecsSinceEpoch() != b.logicalDate.toMSecsSinceEpoch())
        return a.logicalDate.toMSecsSinceEpoch() < b.logicalDate.toMSecsSinceEpoch();
    return compareRunIds(a.id, b.id) < 0;
}

} // namespace

WorkspaceStore::WorkspaceStore(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<wsc::ResourceKind>();
}

template <typename T>
const T *WorkspaceStore::find(const Table<T> &table, const QString &id)
{
    const auto it = table.index.constFind(id);
    return it == table.index.cend() ? nullptr : &table.items[*it];
}

template <typename T>
void WorkspaceStore::setAll(Table<T> &table, ResourceKind kind, std::vector<T> items)
{
    m_replacing = true;
    emit listReplacing(kind);
    QHash<QString, std::size_t> incoming;
    incoming.reserve(qsizetype(items.size()));
    for (std::size_t i = 0; i < items.size(); ++i)
        incoming.insert(items[i].id, i);
    // Removed first, so that ids freed by a removal can be added again in the same refresh.
    const QStringList known = table.index.keys();
    for (const QString &id : known) {
        if (!incoming.contains(id) && removeFrom(table, id))
            emit removed(kind, id);
    }
    for (T &item : items)
        upsertOne(table, kind, std::move(item));
    m_replacing = false;
    emit listReplaced(kind);
}

template <typename T>
void WorkspaceStore::upsertOne(Table<T> &table, ResourceKind kind, T item)
{
    const auto it = table.index.constFind(item.id);
    if (it == table.index.cend()) {
        const QString id = item.id;
        table.index.insert(id, table.items.size());
        table.items.push_back(std::move(item));
        emit added(kind, id);
        return;
    }
    T &slot = table.items[*it];
    if (slot == item)
        return;
    slot = std::move(item);
    emit changed(kind, slot.id);
}

template <typename T>
bool WorkspaceStore::removeFrom(Table<T> &table, const QString &id)
{
    const auto it = table.index.constFind(id);
    if (it == table.index.cend())
        return false;
    const std::size_t position = *it;
    table.items.erase(table.items.begin() + qsizetype(position));
    table.index.erase(it);
    for (auto &value : table.index) {
        if (value > position)
            --value;
    }
    return true;
}

const Connection *WorkspaceStore::connection(const QString &id) const
{
    return find(m_connections, id);
}

const DataModel *WorkspaceStore::dataModel(const QString &id) const
{
    return find(m_dataModels, id);
}

const FieldTransformation *WorkspaceStore::fieldTransformation(const QString &id) const
{
    return find(m_transformations, id);
}

const Pipeline *WorkspaceStore::pipeline(const QString &id) const
{
    return find(m_pipelines, id);
}

QString WorkspaceStore::displayName(ResourceKind kind, const QString &id) const
{
    QString name;
    switch (kind) {
    case ResourceKind::Connection:
        if (const auto *c = connection(id))
            name = c->name;
        break;
    case ResourceKind::DataModel:
        if (const auto *m = dataModel(id))
            name = m->name;
        break;
    case ResourceKind::FieldTransformation:
        if (const auto *t = fieldTransformation(id))
            name = t->name;
        break;
    case ResourceKind::Pipeline:
        if (const auto *p = pipeline(id))
            name = p->name;
        break;
    }
    return name.trimmed().isEmpty() ? id : name;
}

QStringList WorkspaceStore::ids(ResourceKind kind) const
{
    QStringList out;
    auto collect = [&out](const auto &table) {
        out.reserve(qsizetype(table.items.size()));
        for (const auto &item : table.items)
            out << item.id;
    };
    switch (kind) {
    case ResourceKind::Connection: collect(m_connections); break;
    case ResourceKind::DataModel: collect(m_dataModels); break;
    case ResourceKind::FieldTransformation: collect(m_transformations); break;
    case ResourceKind::Pipeline: collect(m_pipelines); break;
    }
    return out;
}

int WorkspaceStore::count(ResourceKind kind) const
{
    switch (kind) {
    case ResourceKind::Connection: return int(m_connections.items.size());
    case ResourceKind::DataModel: return int(m_dataModels.items.size());
    case ResourceKind::FieldTransformation: return int(m_transformations.items.size());
    case ResourceKind::Pipeline: return int(m_pipelines.items.size());
    }
    return 0;
}

void WorkspaceStore::setConnections(std::vector<Connection> items)
{
    setAll(m_connections, ResourceKind::Connection, std::move(items));
}

void WorkspaceStore::setDataModels(std::vector<DataModel> items)
{
    setAll(m_dataModels, ResourceKind::DataModel, std::move(items));
}

void WorkspaceStore::setFieldTransformations(std::vector<FieldTransformation> items)
{
    setAll(m_transformations, ResourceKind::FieldTransformation, std::move(items));
}

void WorkspaceStore::setPipelines(std::vector<Pipeline> items)
{
    setAll(m_pipelines, ResourceKind::Pipeline, std::move(items));
}

void WorkspaceStore::upsert(Connection item)
{
    upsertOne(m_connections, ResourceKind::Connection, std::move(item));
}

void WorkspaceStore::upsert(DataModel item)
{
    upsertOne(m_dataModels, ResourceKind::DataModel, std::move(item));
}

void WorkspaceStore::upsert(FieldTransformation item)
{
    upsertOne(m_transformations, ResourceKind::FieldTransformation, std::move(item));
}

void WorkspaceStore::upsert(Pipeline item)
{
    upsertOne(m_pipelines, ResourceKind::Pipeline, std::move(item));
}

void WorkspaceStore::remove(ResourceKind kind, const QString &id)
{
    bool gone = false;
    switch (kind) {
    case ResourceKind::Connection: gone = removeFrom(m_connections, id); break;
    case ResourceKind::DataModel: gone = removeFrom(m_dataModels, id); break;
    case ResourceKind::FieldTransformation: gone = removeFrom(m_transformations, id); break;
    case ResourceKind::Pipeline:
        gone = removeFrom(m_pipelines, id);
        m_reports.remove(id);
        m_runs.remove(id);
        break;
    }
    if (gone)
        emit removed(kind, id);
}

const RawFields *WorkspaceStore::rawFields(ResourceKind kind, const QString &id) const
{
    auto of = [](const auto *resource) { return resource ? &resource->rawFields : nullptr; };
    switch (kind) {
    case ResourceKind::Connection: return of(connection(id));
    case ResourceKind::DataModel: return of(dataModel(id));
    case ResourceKind::FieldTransformation: return of(fieldTransformation(id));
    case ResourceKind::Pipeline: return of(pipeline(id));
    }
    return nullptr;
}

void WorkspaceStore::clear()
{
    m_connections = {};
    m_dataModels = {};
    m_transformations = {};
    m_pipelines = {};
    m_reports.clear();
    m_runs.clear();
    m_listStatus = {};
    emit cleared();
}

void WorkspaceStore::setListStatus(ResourceKind kind, ListStatus status)
{
    ListStatus &current = m_listStatus[std::size_t(kind)];
    if (current == status)
        return;
    current = std::move(status);
    emit listStatusChanged(kind);
}

const PipelineReport *WorkspaceStore::report(const QString &pipelineId) const
{
    const auto it = m_reports.constFind(pipelineId);
    return it == m_reports.cend() ? nullptr : &*it;
}

EffectiveStatus WorkspaceStore::effectiveStatus(const QString &pipelineId) const
{
    EffectiveStatus out;
    const Pipeline *p = pipeline(pipelineId);
    out.paused = p && p->state == PipelineState::Paused;
    if (const PipelineReport *r = report(pipelineId); r && r->status.isSet())
        out.status = r->status;
    else if (p)
        out.status = p->status;
    return out;
}

void WorkspaceStore::setReport(const QString &pipelineId, PipelineReport report)
{
    auto it = m_reports.find(pipelineId);
    if (it != m_reports.end() && *it == report)
        return;
    m_reports.insert(pipelineId, std::move(report));
    emit reportChanged(pipelineId);
}

const std::vector<PipelineRun> &WorkspaceStore::runs(const QString &pipelineId) const
{
    static const std::vector<PipelineRun> none;
    const auto it = m_runs.constFind(pipelineId);
    return it == m_runs.cend() ? none : *it;
}

std::optional<Timestamp> WorkspaceStore::watermark(const QString &pipelineId) const
{
    const PipelineReport *r = report(pipelineId);
    if (!r || !r->latestSuccessfulRunId || isNoRun(*r->latestSuccessfulRunId))
        return std::nullopt;
    const QString id = *r->latestSuccessfulRunId;
    if (r->latestRun && r->latestRun->id == id)
        return r->latestRun->rangeEnd;
    const std::vector<PipelineRun> &known = runs(pipelineId);
    const auto it =
        std::find_if(known.rbegin(), known.rend(), [id](const PipelineRun &run) { return run.id == id; });
    if (it == known.rend())
        return std::nullopt;
    return it->rangeEnd;
}

void WorkspaceStore::updateHeldRuns(const QString &pipelineId, const std::vector<PipelineRun> &page)
{
    const std::vector<PipelineRun> &held = runs(pipelineId);
    if (held.empty() || page.empty())
        return; // the poller has not brought this pipeline's runs yet: it decides what the store holds
    QHash<QString, bool> heldActive; // id -> whether the store has it still active
    heldActive.reserve(qsizetype(held.size()));
    for (const PipelineRun &run : held)
        heldActive.insert(run.id, isActiveRun(run.status));
    std::vector<PipelineRun> take;
    for (const PipelineRun &run : page) {
        const auto it = heldActive.constFind(run.id);
        if (it == heldActive.cend()) {
            // Within the span the store holds (no hole can open in it), not older.
            if (!runBefore(run, held.front()))
                take.push_back(run);
        } else if (*it || !isActiveRun(run.status)) {
            take.push_back(run); // but a run the store knows has ended never goes back to running
        }
    }
    mergeRuns(pipelineId, take);
}

void WorkspaceStore::mergeRuns(const QString &pipelineId, const std::vector<PipelineRun> &incoming)
{
    if (incoming.empty())
        return;
    std::vector<PipelineRun> &runs = m_runs[pipelineId];
    QHash<QString, std::size_t> byId;
    byId.reserve(qsizetype(runs.size()));
    for (std::size_t i = 0; i < runs.size(); ++i)
        byId.insert(runs[i].id, i);
    QStringList changedIds;
    std::vector<PipelineRun> fresh;
    for (const PipelineRun &run : incoming) {
        const auto it = byId.constFind(run.id);
        if (it == byId.cend()) {
            fresh.push_back(run);
            byId.insert(run.id, std::size_t(-1)); // a duplicate within `incoming` is not added twice
        } else if (*it != std::size_t(-1) && !(runs[*it] == run)) {
            runs[*it] = run;
            changedIds << run.id;
        }
    }
    if (!changedIds.isEmpty())
        emit runsChanged(pipelineId, changedIds);
    if (fresh.empty())
        return;
    std::sort(fresh.begin(), fresh.end(), runBefore);
    const bool appendsAtEnd = runs.empty() || !runBefore(fresh.front(), runs.back());
    const int first = int(runs.size());
    runs.insert(runs.end(), std::make_move_iterator(fresh.begin()), std::make_move_iterator(fresh.end()));
    if (appendsAtEnd) {
        emit runsAppended(pipelineId, first, int(fresh.size()));
    } else {
        std::sort(runs.begin(), runs.end(), runBefore);
        emit runsReset(pipelineId);
    }
}

QStringList WorkspaceStore::pipelinesUsing(ResourceKind kind, const QString &id) const
{
    QStringList out;
    for (const Pipeline &p : m_pipelines.items) {
        const bool uses = (kind == ResourceKind::Connection && p.connectionId == id) ||
                          (kind == ResourceKind::DataModel && p.dataModelId == id) ||
                          (kind == ResourceKind::FieldTransformation && p.usedFieldTransformation() == id);
        if (uses)
            out << p.id;
    }
    return out;
}

} // namespace wsc
