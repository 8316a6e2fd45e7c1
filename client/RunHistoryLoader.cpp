#include "client/RunHistoryLoader.h"

#include "client/ApiClient.h"

#include <QPointer>

namespace wsc {

RunHistoryLoader::RunHistoryLoader(ApiClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

RunHistoryLoader::~RunHistoryLoader()
{
    cancel();
}

void RunHistoryLoader::load(const QString &pipelineId, const Timestamp &startDate, const Timestamp &endDate)
{
    cancel();
    m_pipelineId = pipelineId;
    m_start = startDate;
    m_end = endDate;
    m_loaded = 0;
    m_total = 0;
    m_lastPage = 0;
    m_forwardNext = 0;
    m_firstPage.clear();
    m_loading = true;
    m_sweepPageSize = m_client.runPageSize(m_pageSize); // one size for the whole sweep
    fetch(1); // the first page tells how many there are
}

void RunHistoryLoader::cancel()
{
    ++m_generation;
    m_loading = false;
    m_firstPage.clear(); // the oldest page would leave a gap before the pages not loaded
    if (QPointer<ApiReply> reply = m_inFlight) {
        m_inFlight = nullptr;
        reply->cancel();
    }
}

void RunHistoryLoader::fetch(int page)
{
    RunQuery query;
    query.page = page;
    query.pageSize = m_sweepPageSize;
    query.startDate = m_start;
    query.endDate = m_end;
    const auto call = m_client.runs(m_pipelineId, query);
    m_inFlight = call.reply();
    call.then(this, [this, page, generation = m_generation](const ApiResult<RunPage> &result) {
        if (generation == m_generation)
            handlePage(page, result);
    });
}

void RunHistoryLoader::handlePage(int page, const ApiResult<RunPage> &result)
{
    m_inFlight = nullptr;
    if (!result) {
        m_loading = false;
        m_firstPage.clear();
        emit failed(result.error());
        return;
    }
    const RunPage &p = result.value();
    m_loaded += qint64(p.items.size());
    if (page == 1)
        m_total = p.totalItems;
    // total_items alone is not to be relied on (I-8): the count grows as runs arrive.
    m_total = std::max(m_total, m_loaded);

    int next = 0;
    if (page == 1) {
        // The oldest page: held back until the newer ones are in, so that a load stopped half-way leaves
        // the newest runs without a gap.
        m_firstPage = p.items;
        // The pages that follow are asked in the size the first one came in (the service may have refused
        // ours or answered fewer), and no more of them than its count can fill: a hostile total_pages
        // must not mean billions of requests.
        if (p.pageSize > 0)
            m_sweepPageSize = std::min(m_sweepPageSize, p.pageSize);
        const qint64 byCount = p.totalItems > 0 ? (p.totalItems + m_sweepPageSize - 1) / m_sweepPageSize : 1;
        m_lastPage = int(std::min<qint64>({qint64(p.totalPages), byCount + 1, kMaxPages}));
        if (!p.hasNextPage)
            next = 0;
        else if (m_lastPage >= 2)
            next = m_lastPage; // then backwards
        else
            next = m_forwardNext = 2; // total_pages says 1 but there is more: follow has_next_page
    } else {
        if (!p.items.empty())
            emit pageLoaded(p.items);
        if (page == m_lastPage && p.hasNextPage)
            m_forwardNext = page + 1; // more pages than the first one said
        if (m_forwardNext > 0 && page >= m_forwardNext) {
            next = p.hasNextPage && page < kMaxPages ? page + 1 : 0; // forwards, past what the first page knew
        } else if (page > 2) {
            next = page - 1;
        } else {
            next = m_forwardNext; // the backward sweep is done
        }
    }
    const bool sweepDone =
        page == 1 ? !p.hasNextPage : (page == 2 || (m_forwardNext > 0 && page >= m_forwardNext));
    if (sweepDone && !m_firstPage.empty()) {
        emit pageLoaded(m_firstPage);
        m_firstPage.clear();
    }
    emit progressed(m_loaded, m_total);
    if (next == 0) {
        m_loading = false;
        emit finished();
        return;
    }
    fetch(next);
}

} // namespace wsc
