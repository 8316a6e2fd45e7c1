#include "ui/pipeline/RunText.h"

#include "models/domain/Timestamp.h"
#include "models/items/StatusIcons.h"
#include "ui/style/Appearance.h"

#include <QLocale>

namespace wsc {

using namespace Qt::StringLiterals;

namespace {

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString isoOrEmpty(qint64 ms)
{
    return ms == RunRecord::kNone ? QString() : Timestamp::fromMSecsSinceEpoch(ms).toWireMillis();
}

} // namespace

QString RunText::statusHtml(const QString &wire, const QString &label, const QString &errors)
{
    QString html =
        u"<span style=\"color:%1\">●</span> %2"_s.arg(StatusIcons::color(wire).name(), label.toHtmlEscaped());
    if (!errors.isEmpty())
        html += u" — <span style=\"color:%1\">%2</span>"_s.arg(Appearance::errorColor().name(),
                                                               errors.toHtmlEscaped());
    return html;
}

QString RunText::detailHtml(const RunTableModel &runs, int row, qint64 nowMs)
{
    const RunRecord &r = runs.record(row);
    const RunTableModel::Details details = runs.details(r.id);
    const QLocale locale;
    auto line = [](const QString &name, const QString &value) {
        return u"<tr><td><b>%1</b></td><td>%2</td></tr>"_s.arg(name.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = u"<h3>%1</h3><p>%2</p><table cellspacing=\"4\">"_s.arg(
        (tr("Run %1").arg(r.id.toString())).toHtmlEscaped(),
        statusHtml(EnumValue<RunStatus>::canonical(r.status).toString(), runs.statusText(r), QString()) +
            u" · "_s + runs.typeText(r).toHtmlEscaped());
    const QString none = tr("not yet");
    html += line(tr("Logical date"), tr("%1 UTC").arg(RunTableModel::timeText(r.logicalDate)));
    html +=
        line(tr("Window"), tr("%1 → %2 UTC")
                               .arg(r.rangeStart == RunRecord::kNone ? tr("the beginning")
                                                                     : RunTableModel::timeText(r.rangeStart),
                                    RunTableModel::timeText(r.rangeEnd)));
    html +=
        line(tr("Started"), r.startedOn == RunRecord::kNone ? none : RunTableModel::timeText(r.startedOn));
    html += line(tr("Ended"), r.endedOn == RunRecord::kNone ? none : RunTableModel::timeText(r.endedOn));
    const qint64 duration = r.durationMs(nowMs);
    html += line(tr("Duration"), duration < 0 ? none : RunTableModel::durationText(duration));
    html += line(tr("Records"), locale.toString(r.successfulRecords));
    html += line(tr("Failed records"), locale.toString(r.failedRecords));
    html += u"</table>"_s;
    if (!details.errors.isEmpty()) {
        html += u"<p><b>%1</b></p><ul>"_s.arg(tr("Errors").toHtmlEscaped());
        for (const QString &e : details.errors)
            html +=
                u"<li style=\"color:%1\">%2</li>"_s.arg(Appearance::errorColor().name(), e.toHtmlEscaped());
        html += u"</ul>"_s;
    }
    return html;
}

QByteArray RunText::csv(const RunTableModel &runs, const std::vector<int> &rows, qint64 nowMs)
{
    QString out = u"id,status,type,logical_date,started_on,ended_on,duration_seconds,range_start,range_end,"
                  "successful_records,failed_records,errors\n"_s;
    for (const int row : rows) {
        const RunRecord &r = runs.record(row);
        const RunTableModel::Details details = runs.details(r.id);
        const qint64 duration = r.durationMs(nowMs);
        const QStringList fields{
            r.id.toString(),
            r.status == RunStatus::Unknown ? details.statusWire
                                           : EnumValue<RunStatus>::canonical(r.status).toString(),
            r.type == RunType::Unknown ? details.typeWire : EnumValue<RunType>::canonical(r.type).toString(),
            isoOrEmpty(r.logicalDate),
            isoOrEmpty(r.startedOn),
            isoOrEmpty(r.endedOn),
            duration < 0 ? QString() : QString::number(double(duration) / 1000.0, 'f', 3),
            isoOrEmpty(r.rangeStart),
            isoOrEmpty(r.rangeEnd),
            QString::number(r.successfulRecords),
            QString::number(r.failedRecords),
            details.errors.join(u"; "_s),
        };
        QStringList quoted;
        for (const QString &f : fields)
            quoted << csvField(f);
        out += quoted.join(u',') + u'\n';
    }
    return out.toUtf8();
}

} // namespace wsc
