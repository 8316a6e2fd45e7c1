#pragma once

#include "client/ApiCall.h"
#include "models/domain/PipelineRun.h"

#include <QObject>

namespace wsc {

class ApiClient;

// Loads every page of a pipeline's run history between two dates, newest pages first, so that a table
// shows the latest runs at once while older ones keep arriving; the first page (the oldest runs; it says
// how many pages there are) comes last. Follows has_next_page past the page count the first page gave.
// One load at a time; a new one or cancel() stops the previous one and nothing of it arrives afterwards.
class RunHistoryLoader : public QObject {
    Q_OBJECT

public:
    explicit RunHistoryLoader(ApiClient &client, QObject *parent = nullptr);
    ~RunHistoryLoader() override;

    void setPageSize(int pageSize) { m_pageSize = pageSize; }
    // Null timestamps leave that side open.
    void load(const QString &pipelineId, const Timestamp &startDate, const Timestamp &endDate);
    void cancel();
    bool isLoading() const { return m_loading; }
    QString pipelineId() const { return m_pipelineId; }
    qint64 loaded() const { return m_loaded; }
    qint64 total() const { return m_total; }

signals:
    void pageLoaded(const std::vector<wsc::PipelineRun> &runs);
    void progressed(qint64 loaded, qint64 total);
    void finished();
    void failed(const wsc::ApiError &error);

private:
    void fetch(int page);
    void handlePage(int page, const ApiResult<RunPage> &result);

    ApiClient &m_client;
    QString m_pipelineId;
    Timestamp m_start;
    Timestamp m_end;
    int m_pageSize = 500;
    int m_sweepPageSize = 500; // the size of this load's pages (the first answer may lower it)
    static constexpr qint64 kMaxPages = 20000; // 10 million runs at 500 a page
    int m_generation = 0;
    int m_lastPage = 0;    // as the first page said
    int m_forwardNext = 0; // the first page beyond m_lastPage, when there turned out to be more
    std::vector<PipelineRun> m_firstPage;
    bool m_loading = false;
    qint64 m_loaded = 0;
    qint64 m_total = 0;
    ApiReply *m_inFlight = nullptr;
};

} // namespace wsc
