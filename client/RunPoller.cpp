#include "client/RunPoller.h"

#include "client/ApiClient.h"
#include "models/store/WorkspaceStore.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <algorithm>

namespace wsc {

namespace {

constexpr int kMaxPagesPerPoll = 10;

} // namespace

RunPoller::RunPoller(ApiClient &client, WorkspaceStore &store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
{
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    m_clock = [elapsed] { return elapsed->elapsed(); };
    m_wallClock = [] { return QDateTime::currentMSecsSinceEpoch(); };
    connect(&m_timer, &QTimer::timeout, this, &RunPoller::tick);
}

void RunPoller::setIntervals(const Intervals &intervals)
{
    m_intervals = intervals;
    if (m_timer.isActive())
        m_timer.start(m_intervals.tickMs);
}

void RunPoller::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void RunPoller::setWallClock(WallClock clock)
{
    m_wallClock = std::move(clock);
}

void RunPoller::start()
{
    followReachability();
    m_timer.start(m_intervals.tickMs);
}

void RunPoller::stop()
{
    m_timer.stop();
}

void RunPoller::watch(const QString &pipelineId)
{
    if (!m_watched.contains(pipelineId))
        m_watched.insert(pipelineId, Watch{m_clock(), -1, 0, false});
}

void RunPoller::unwatch(const QString &pipelineId)
{
    m_watched.remove(pipelineId);
}

void RunPoller::watchEveryPipeline()
{
    for (const QString &id : m_store.ids(ResourceKind::Pipeline))
        watch(id);
    if (m_storeAdded)
        return;
    m_storeAdded =
        connect(&m_store, &WorkspaceStore::added, this, [this](ResourceKind kind, const QString &id) {
            if (kind == ResourceKind::Pipeline)
                watch(id);
        });
    m_storeRemoved =
        connect(&m_store, &WorkspaceStore::removed, this, [this](ResourceKind kind, const QString &id) {
            if (kind == ResourceKind::Pipeline)
                unwatch(id);
        });
}

void RunPoller::unwatchAll()
{
    disconnect(m_storeAdded);
    disconnect(m_storeRemoved);
    m_storeAdded = {};
    m_storeRemoved = {};
    m_watched.clear();
}

void RunPoller::pollSoon(const QString &pipelineId)
{
    auto it = m_watched.find(pipelineId);
    if (it == m_watched.end())
        return;
    it->dueAt = std::min(it->dueAt, m_clock());
    it->urgent = true;
    it->pollAgain = it->inFlight; // what is in flight may predate the reason to poll
}

void RunPoller::setOnline(bool online)
{
    if (online && !m_online) {
        const qint64 now = m_clock();
        for (Watch &w : m_watched) {
            w.dueAt = std::min(w.dueAt, now);
            w.pollAgain = w.inFlight;
        }
    }
    m_online = online;
}

void RunPoller::followNetworkReachability()
{
    // The deprecated load() is compiled out here (QT_DISABLE_DEPRECATED_BEFORE).
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return; // no backend: polling never pauses, its errors back it off instead
    m_reachability = QNetworkInformation::instance();
    connect(m_reachability, &QNetworkInformation::reachabilityChanged, this, &RunPoller::followReachability);
    followReachability();
}

void RunPoller::followReachability()
{
    // Asked again at start(): the server may have changed with the profile (loopback or not).
    if (m_reachability)
        setOnline(isReachable(m_reachability->reachability(), m_client.endpoints().apiRoot()));
}

bool RunPoller::isReachable(QNetworkInformation::Reachability reachability, const QUrl &server)
{
    return reachability != QNetworkInformation::Reachability::Disconnected ||
           ApiEndpoints::isLoopbackHost(server.host());
}

qint64 RunPoller::dueIn(const QString &pipelineId) const
{
    const auto it = m_watched.constFind(pipelineId);
    return it == m_watched.cend() ? -1 : std::max<qint64>(0, it->dueAt - m_clock());
}

qint64 RunPoller::statusAgeMs(const QString &pipelineId) const
{
    const auto it = m_watched.constFind(pipelineId);
    if (it == m_watched.cend())
        return -1;
    const qint64 at = std::max(it->lastPolled, it->confirmed);
    return at < 0 ? -1 : m_clock() - at;
}

bool RunPoller::coversByList() const
{
    // What the budget can report on per minute, against what the watched pipelines need at the idle
    // interval; half the budget stays for runs, the active pipelines and what the user waits for.
    const qint64 needed = qint64(m_watched.size()) * 60000 / std::max(1, m_intervals.idleMs);
    return needed > m_intervals.maxPerMinute / 2;
}

void RunPoller::pollList()
{
    m_listInFlight = true;
    m_listedAt = m_clock();
    ++m_requestsSent;
    m_recentRequests.push_back(m_clock());
    const ApiClient::PollingScope polling(m_client);
    m_client.listPipelines().then(this, [this](const ApiResult<DecodedList<Pipeline>> &result) {
        m_listInFlight = false;
        if (result)
            handleList(result.value());
        // A failed list is retried at the next round; the routine reports go on meanwhile.
    });
}

void RunPoller::handleList(const DecodedList<Pipeline> &list)
{
    const qint64 now = m_clock();
    for (const Pipeline &p : list.items) {
        const auto it = m_watched.find(p.id);
        if (it == m_watched.end() || !p.status.isSet())
            continue;
        // The list is the pipeline as the service has it now (a state changed elsewhere, say): the store
        // takes it, then the status it shows is compared with the listed one.
        if (const Pipeline *known = m_store.pipeline(p.id); known && !(*known == p))
            m_store.upsert(p);
        if (m_store.effectiveStatus(p.id).status == p.status) {
            it->confirmed = now;
        } else { // changed since the store heard of it: its report, ahead of the routine ones
            it->dueAt = std::min(it->dueAt, now);
            it->urgent = true;
            it->pollAgain = it->inFlight;
        }
    }
}

qint64 RunPoller::lastPolledAt(const QString &pipelineId) const
{
    const auto it = m_watched.constFind(pipelineId);
    return it == m_watched.cend() ? -1 : it->lastPolled;
}

bool RunPoller::withinBudget()
{
    const qint64 now = m_clock();
    while (!m_recentRequests.empty() && now - m_recentRequests.front() >= 60000)
        m_recentRequests.pop_front();
    return int(m_recentRequests.size()) < m_intervals.maxPerMinute;
}

void RunPoller::tick()
{
    if (!m_online)
        return;
    const qint64 now = m_clock();
    const bool byList = coversByList();
    if (byList && !m_listInFlight && (m_listedAt < 0 || now - m_listedAt >= m_intervals.listMs) &&
        m_inFlight < m_intervals.maxConcurrent && withinBudget())
        pollList();
    struct Due {
        bool routine;
        qint64 at;
        QString id;
        bool operator<(const Due &o) const { return std::tie(routine, at) < std::tie(o.routine, o.at); }
    };
    std::vector<Due> due;
    for (auto it = m_watched.cbegin(); it != m_watched.cend(); ++it) {
        if (!it->inFlight && it->dueAt <= now)
            due.push_back({!it->urgent, it->dueAt, it.key()});
    }
    std::sort(due.begin(), due.end()); // the awaited ones, then the longest waiting
    // With the list keeping the statuses fresh, routine reports leave room in the budget for its rounds.
    const int routineBudget = byList ? m_intervals.maxPerMinute - 2 : m_intervals.maxPerMinute;
    for (const Due &d : due) {
        const QString &id = d.id;
        if (m_inFlight >= m_intervals.maxConcurrent || !withinBudget())
            break;
        if (d.routine && int(m_recentRequests.size()) >= routineBudget)
            break;
        poll(id);
    }
}

void RunPoller::poll(const QString &pipelineId)
{
    Watch &watch = m_watched[pipelineId];
    watch.inFlight = true;
    watch.urgent = false;
    ++m_inFlight;
    ++m_requestsSent;
    m_recentRequests.push_back(m_clock());
    const ApiClient::PollingScope polling(m_client);
    m_client.report(pipelineId).then(this, [this, pipelineId](const ApiResult<PipelineReport> &result) {
        auto it = m_watched.find(pipelineId);
        if (it == m_watched.end()) { // unwatched meanwhile
            --m_inFlight;
            return;
        }
        if (!result) {
            settle(pipelineId, false, false, &result.error());
            return;
        }
        const PipelineReport &report = result.value();
        const std::vector<PipelineRun> &known = m_store.runs(pipelineId);
        // Runs are fetched only when the report shows something the store does not have yet: the last
        // days' the first time, new ones after that.
        bool needRuns = false;
        if (report.latestRun) {
            const auto same = std::find_if(known.begin(), known.end(), [&](const PipelineRun &r) {
                return r.id == report.latestRun->id;
            });
            // The first poll only learns the status; the runs come with the next one.
            const bool seed = !it->seeded && it->lastPolled >= 0;
            needRuns = seed || (!known.empty() && same == known.end()) ||
                       std::any_of(known.begin(), known.end(),
                                   [](const PipelineRun &r) { return isActiveRun(r.status); });
        }
        // Where to fetch from is decided before the latest run joins the store: the runs that ended
        // between two polls lie before it.
        const Timestamp from = needRuns ? fetchFrom(pipelineId) : Timestamp();
        m_store.setReport(pipelineId, report);
        if (report.latestRun)
            m_store.mergeRuns(pipelineId, {*report.latestRun});
        if (needRuns && withinBudget()) {
            RunQuery query;
            query.pageSize = m_client.runPageSize(100);
            query.startDate = from;
            fetchRuns(pipelineId, query);
        } else {
            settle(pipelineId, true,
                   report.status == PipelineStatus::Running ||
                       (report.latestRun && isActiveRun(report.latestRun->status)));
        }
    });
}

Timestamp RunPoller::fetchFrom(const QString &pipelineId) const
{
    // From the oldest run that was still active, or else the newest known one, onwards; the first time,
    // the seed window (wide enough that every run that ended in the last 24 hours is in it).
    const Watch &watch = m_watched[pipelineId];
    const std::vector<PipelineRun> &known = m_store.runs(pipelineId);
    const Timestamp seedStart = Timestamp::fromMSecsSinceEpoch(m_wallClock() - m_intervals.seedWindowMs);
    Timestamp from = !watch.seeded || known.empty() ? seedStart : known.back().logicalDate;
    if (!watch.seeded && !known.empty() && known.front().logicalDate < from)
        from = known.front().logicalDate; // what it already has stays fresh too
    for (const PipelineRun &r : known) {
        if (isActiveRun(r.status) && r.logicalDate < from)
            from = r.logicalDate;
    }
    return from;
}

void RunPoller::fetchRuns(const QString &pipelineId, RunQuery query)
{
    ++m_requestsSent;
    m_recentRequests.push_back(m_clock());
    const ApiClient::PollingScope polling(m_client);
    m_client.runs(pipelineId, query).then(this, [this, pipelineId, query](const ApiResult<RunPage> &result) {
        if (!m_watched.contains(pipelineId)) {
            --m_inFlight;
            return;
        }
        if (!result) {
            settle(pipelineId, false, false, &result.error());
            return;
        }
        m_store.mergeRuns(pipelineId, result->items);
        // More than a page since the last poll (a catch-up, a long pause): the rest, within the budget.
        if (result->hasNextPage && query.page < kMaxPagesPerPoll && withinBudget()) {
            RunQuery next = query;
            ++next.page;
            fetchRuns(pipelineId, next);
            return;
        }
        m_watched[pipelineId].seeded = true;
        const auto &runs = m_store.runs(pipelineId);
        const bool active =
            std::any_of(runs.begin(), runs.end(), [](const PipelineRun &r) { return isActiveRun(r.status); });
        settle(pipelineId, true, active);
    });
}

void RunPoller::settle(const QString &pipelineId, bool ok, bool active, const ApiError *error)
{
    --m_inFlight;
    Watch &watch = m_watched[pipelineId];
    const qint64 now = m_clock();
    watch.inFlight = false;
    if (ok) {
        watch.failures = 0;
        watch.lastPolled = now;
        // A pipeline with runs not fetched yet comes back soon for them; behind every pipeline still
        // waiting for its first status, which have been due longer.
        const PipelineReport *report = m_store.report(pipelineId);
        const bool wantsRuns = !watch.seeded && report && report->latestRun;
        watch.dueAt =
            watch.pollAgain ? now : now + (active || wantsRuns ? m_intervals.activeMs : m_intervals.idleMs);
        watch.pollAgain = false;
        emit polled(pipelineId);
        return;
    }
    watch.pollAgain = false;
    ++watch.failures;
    const qint64 backoff = std::min<qint64>(m_intervals.maxBackoffMs, qint64(m_intervals.activeMs)
                                                                          << std::min(watch.failures, 20));
    watch.dueAt = now + backoff;
    emit pollFailed(pipelineId, *error);
}

} // namespace wsc
