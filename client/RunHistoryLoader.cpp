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
    m_loading = true;
    fetch(1); // the first page tells how many there are
}

void RunHistoryLoader::cancel()
{
    ++m_generation;
    m_loading = false;
    if (QPointer<ApiReply> reply = m_inFlight) {
        m_inFlight = nullptr;
        reply->cancel();
    }
}

void RunHistoryLoader::fetch(int page)
{
    RunQuery query;
    query.page = page;
    query.pageSize = m_pageSize;
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
        emit failed(result.error());
        return;
    }
    const RunPage &p = result.value();
    if (page == 1) {
        m_total = p.totalItems;
        m_nextPage = p.totalPages;
    } else {
        --m_nextPage;
    }
    m_loaded += qint64(p.items.size());
    // total_items alone is not to be relied on (I-8): the count grows as runs arrive.
    m_total = std::max(m_total, m_loaded);
    if (!p.items.empty())
        emit pageLoaded(p.items);
    emit progressed(m_loaded, m_total);
    // After the first page: the last one, then backwards to the second. A first page that says there is
    // no next page ends it, whatever total_pages said.
    if ((page == 1 && !p.hasNextPage) || m_nextPage < 2) {
        m_loading = false;
        emit finished();
        return;
    }
    fetch(m_nextPage);
}

} // namespace wsc
