// wsctl's tables: each answer, read by the client's decoders, as aligned columns (--output table).
#include "app/Wsctl.h"

#include "app/WsctlText.h"

namespace wsc {

using namespace Qt::StringLiterals;
using namespace WsctlText;

namespace {

QString timeCell(const Timestamp &t)
{
    return t.isNull() ? u"-"_s : cellText(t.toDisplayString());
}

template <typename E>
QString enumCell(const EnumValue<E> &value)
{
    return value.isSet() ? cellText(value.wire()) : u"-"_s;
}

QString messagesCell(const ApiMessages &messages)
{
    return cellText(joinMessages(messages));
}

QStringList resourceRow(const Connection &c)
{
    return {cellText(c.id), cellText(c.name), enumCell(c.state), enumCell(c.status),
            enumCell(c.serviceProvider)};
}
QStringList resourceRow(const DataModel &m)
{
    return {cellText(m.id), cellText(m.name), enumCell(m.state), enumCell(m.status), enumCell(m.type)};
}
QStringList resourceRow(const FieldTransformation &t)
{
    return {cellText(t.id), cellText(t.name), u"-"_s, u"-"_s, enumCell(t.destinationType)};
}
QStringList resourceRow(const Pipeline &p)
{
    return {cellText(p.id), cellText(p.name), enumCell(p.state), enumCell(p.status),
            enumCell(p.pipelineType)};
}

QStringList runRow(const PipelineRun &r)
{
    return {cellText(r.id),
            enumCell(r.type),
            enumCell(r.status),
            timeCell(r.logicalDate),
            timeCell(r.rangeStart),
            timeCell(r.rangeEnd),
            QString::number(r.successfulRecords),
            QString::number(r.failedRecords),
            messagesCell(r.errors)};
}

const QStringList kResourceHeader = {u"ID"_s, u"NAME"_s, u"STATE"_s, u"STATUS"_s, u"KIND"_s};
const QStringList kRunHeader = {u"ID"_s,        u"TYPE"_s, u"STATUS"_s, u"LOGICAL DATE"_s, u"RANGE START"_s,
                                u"RANGE END"_s, u"OK"_s,   u"FAILED"_s, u"ERRORS"_s};

} // namespace

Result<Wsctl::Rendered, QString> Wsctl::render(const QByteArray &json, const QString &kind, bool isList) const
{
    if (kind == u"runs")
        return renderRunPage(JsonCodec::decodeRunPage(json));
    if (kind == u"run")
        return renderRun(JsonCodec::decodeRun(json));
    if (kind == u"report")
        return renderReport(JsonCodec::decodeReport(json));
    if (kind == u"trigger")
        return renderTrigger(JsonCodec::decodeTriggerResult(json));
    if (kind == u"connections")
        return isList ? renderResources(JsonCodec::decodeConnections(json))
                      : renderResource(JsonCodec::decodeConnection(json));
    if (kind == u"data-models")
        return isList ? renderResources(JsonCodec::decodeDataModels(json))
                      : renderResource(JsonCodec::decodeDataModel(json));
    if (kind == u"field-transformations")
        return isList ? renderResources(JsonCodec::decodeFieldTransformations(json))
                      : renderResource(JsonCodec::decodeFieldTransformation(json));
    return isList ? renderResources(JsonCodec::decodePipelines(json))
                  : renderResource(JsonCodec::decodePipeline(json));
}

void Wsctl::noteSkipped(Rendered &out, const std::vector<DecodeError> &problems)
{
    for (const DecodeError &e : problems)
        out.warnings << tr("An item could not be read and is not shown: %1").arg(e.toString());
}

void Wsctl::noteRawFields(Rendered &out, const QString &id, const RawFields &fields)
{
    for (const DecodeError &e : fields)
        out.warnings << tr("%1: a field could not be read and was kept as it came: %2").arg(id, e.toString());
}

template <typename DecodedResources>
Result<Wsctl::Rendered, QString> Wsctl::renderResources(const DecodedResources &decodedList)
{
    if (!decodedList)
        return decodedList.error().toString();
    Rendered out;
    QList<QStringList> rows{kResourceHeader};
    for (const auto &item : decodedList->items) {
        rows << resourceRow(item);
        noteRawFields(out, item.id, item.rawFields);
    }
    noteSkipped(out, decodedList->problems);
    out.table = formatTable(rows);
    return out;
}

template <typename DecodedResource>
Result<Wsctl::Rendered, QString> Wsctl::renderResource(const DecodedResource &decoded)
{
    if (!decoded)
        return decoded.error().toString();
    Rendered out;
    noteRawFields(out, decoded->id, decoded->rawFields);
    out.table = formatTable({kResourceHeader, resourceRow(*decoded)});
    return out;
}

Result<Wsctl::Rendered, QString> Wsctl::renderRunPage(const Result<RunPage> &page)
{
    if (!page)
        return page.error().toString();
    Rendered out;
    QList<QStringList> rows{kRunHeader};
    for (const PipelineRun &r : page->items) {
        rows << runRow(r);
        noteRawFields(out, r.id, r.rawFields);
    }
    noteSkipped(out, page->problems);
    out.table =
        formatTable(rows) +
        tr("page %1 of %2, %3 runs").arg(page->currentPage).arg(page->totalPages).arg(page->totalItems);
    return out;
}

Result<Wsctl::Rendered, QString> Wsctl::renderRun(const Result<PipelineRun> &run)
{
    if (!run)
        return run.error().toString();
    Rendered out;
    noteRawFields(out, run->id, run->rawFields);
    out.table = formatTable({kRunHeader, runRow(*run)});
    return out;
}

Result<Wsctl::Rendered, QString> Wsctl::renderReport(const Result<PipelineReport> &report)
{
    if (!report)
        return report.error().toString();
    Rendered out;
    noteRawFields(out, report->pipelineId, report->rawFields);
    const PipelineReport &r = *report;
    out.table = formatTable({
        {u"pipeline_id"_s, cellText(r.pipelineId)},
        {u"status"_s, enumCell(r.status)},
        {u"errors"_s, messagesCell(r.errors)},
        {u"connection_status"_s, enumCell(r.connectionStatus)},
        {u"connection_errors"_s, messagesCell(r.connectionErrors)},
        {u"data_model_status"_s, enumCell(r.dataModelStatus)},
        {u"data_model_errors"_s, messagesCell(r.dataModelErrors)},
        {u"latest_pipeline_run"_s,
         r.latestRun ? cellText(r.latestRun->id) + u' ' + enumCell(r.latestRun->status) : u"-"_s},
        {u"latest_successful_pipeline_run_id"_s, cellText(r.latestSuccessfulRunId.value_or(QString()))},
    });
    return out;
}

Result<Wsctl::Rendered, QString> Wsctl::renderTrigger(const Result<TriggerResult> &trigger)
{
    if (!trigger)
        return trigger.error().toString();
    Rendered out;
    out.table = formatTable(
        {{u"pipeline_run_id"_s, cellText(trigger->pipelineRunId)}, {u"status"_s, enumCell(trigger->status)}});
    return out;
}

} // namespace wsc
