// wsctl pipelines queries: what the service runs for a pipeline's window (spec §12.5), from the pipeline, its
// data model and the window: the given run's, or the next run's expected one from the latest success.
#include "app/Wsctl.h"
#include "models/domain/QueryWindow.h"
#include "models/domain/WrappedQueries.h"

#include <cstdio>

namespace wsc {

using namespace Qt::StringLiterals;

namespace {

// SQL from a server keeps its tabs and line breaks; no other control character reaches the terminal.
QString printableSql(QString text)
{
    text.replace(u"\r\n"_s, u"\n"_s);
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control && c != u'\n' && c != u'\t')
            c = u'?';
    }
    return text;
}

// A comment stays one comment line, whatever the text holds.
QString commentLine(const QString &text)
{
    return u"-- "_s + printableSql(text).simplified() + u'\n';
}

} // namespace

void Wsctl::fetchQueries()
{
    const QString id = m_args[0];
    m_client.getPipeline(id).then(this, [this, id](const ApiResult<Pipeline> &pipeline) {
        if (!pipeline)
            return finishWith(ApiFailure, tr("Pipeline %1: %2").arg(id, pipeline.error().toString()));
        const Pipeline p = *pipeline;
        if (p.dataModelId.isEmpty())
            return finishWith(ApiFailure, tr("Pipeline %1 names no data model.").arg(id));
        m_client.getDataModel(p.dataModelId).then(this, [this, p](const ApiResult<DataModel> &model) {
            if (!model)
                return finishWith(ApiFailure, tr("Data model %1 of pipeline %2: %3")
                                                  .arg(p.dataModelId, p.id, model.error().toString()));
            fetchQueryWindow(p, model->sqlQuery);
        });
    });
}

void Wsctl::fetchQueryWindow(const Pipeline &pipeline, const QString &modelSql)
{
    if (!m_queriesRunId.isEmpty()) {
        m_client.run(pipeline.id, m_queriesRunId)
            .then(this, [this, pipeline, modelSql](const ApiResult<PipelineRun> &run) {
                if (!run)
                    return finishWith(ApiFailure,
                                      tr("Run %1 of pipeline %2: %3")
                                          .arg(m_queriesRunId, pipeline.id, run.error().toString()));
                printQueries(pipeline, modelSql, QueryWindow::ofRun(*run));
            });
        return;
    }
    // The watermark, the end of the latest successful run, is where the next window starts.
    m_client.report(pipeline.id)
        .then(this, [this, pipeline, modelSql](const ApiResult<PipelineReport> &report) {
            if (!report)
                return finishWith(
                    ApiFailure,
                    tr("The report of pipeline %1: %2").arg(pipeline.id, report.error().toString()));
            fetchWatermark(pipeline, modelSql, *report);
        });
}

void Wsctl::fetchWatermark(const Pipeline &pipeline, const QString &modelSql, const PipelineReport &report)
{
    const QString latest = report.latestSuccessfulRunId.value_or(QString());
    if (isNoRun(latest))
        return printQueries(
            pipeline, modelSql,
            QueryWindow::expected(pipeline, std::nullopt, Timestamp(QDateTime::currentDateTimeUtc())));
    if (report.latestRun && report.latestRun->id == latest)
        return printQueries(pipeline, modelSql,
                            QueryWindow::expected(pipeline, report.latestRun->rangeEnd,
                                                  Timestamp(QDateTime::currentDateTimeUtc())));
    m_client.run(pipeline.id, latest)
        .then(this, [this, pipeline, modelSql, latest](const ApiResult<PipelineRun> &run) {
            if (!run)
                return finishWith(ApiFailure, tr("Run %1, the latest successful run of pipeline %2: %3")
                                                  .arg(latest, pipeline.id, run.error().toString()));
            printQueries(
                pipeline, modelSql,
                QueryWindow::expected(pipeline, run->rangeEnd, Timestamp(QDateTime::currentDateTimeUtc())));
        });
}

void Wsctl::printQueries(const Pipeline &pipeline, const QString &modelSql, const QueryWindow &window)
{
    const WrappedQueries::RenderedQueries q = WrappedQueries::render(modelSql, pipeline, window.window);
    QString out = commentLine(tr("Column probe")) + printableSql(q.probe) + u";\n\n"_s;
    out += commentLine(tr("Count of the window (%1)").arg(window.label()));
    out += commentLine(q.windowNote) + printableSql(q.count) + u";\n\n"_s;
    out += commentLine(tr("Extract")) + printableSql(q.extract) + u";\n"_s;
    const QByteArray bytes = out.toUtf8();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
    std::fflush(stdout);
    finishWith(Success);
}

} // namespace wsc
