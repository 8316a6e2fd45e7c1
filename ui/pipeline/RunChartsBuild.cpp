// RunCharts: building its three charts (records, duration, status) and their axes and views.
#include "ui/pipeline/RunCharts.h"
#include "ui/pipeline/ZoomableChartView.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QPainter>
#include <QScatterSeries>
#include <QValueAxis>

namespace wsc {

using namespace Qt::StringLiterals;

QChart *RunCharts::buildRecordsChart()
{
    // Records per run, stacked: the failed ones on top of the successful ones. Lines, not filled areas:
    // Qt Charts takes 30 ms to fill a spiky area, and a long history must redraw within a frame. The total
    // goes first, so the successful line covers it wherever nothing failed.
    auto *records = new QChart;
    records->setTitle(tr("Records per run"));
    m_totalLine = new QLineSeries(records);
    m_totalLine->setName(tr("Successful + failed"));
    m_successLine = new QLineSeries(records);
    m_successLine->setName(tr("Successful"));
    records->addSeries(m_totalLine);
    records->addSeries(m_successLine);
    m_recordsAxis = new QValueAxis(records);
    m_recordsAxis->setLabelFormat(u"%.0f"_s);
    records->addAxis(m_recordsAxis, Qt::AlignLeft);
    for (QLineSeries *s : {m_totalLine, m_successLine})
        s->attachAxis(m_recordsAxis);
    return records;
}

QChart *RunCharts::buildDurationChart()
{
    auto *duration = new QChart;
    duration->setTitle(tr("Run duration (seconds)"));
    m_durationMean = new QLineSeries(duration);
    m_durationMean->setName(tr("Duration"));
    m_durationMax = new QLineSeries(duration);
    m_durationMax->setName(tr("Longest in interval"));
    duration->addSeries(m_durationMean);
    duration->addSeries(m_durationMax);
    m_durationAxis = new QValueAxis(duration);
    m_durationAxis->setLabelFormat(u"%.0f"_s);
    duration->addAxis(m_durationAxis, Qt::AlignLeft);
    for (QLineSeries *s : {m_durationMean, m_durationMax})
        s->attachAxis(m_durationAxis);
    return duration;
}

QChart *RunCharts::buildStatusChart()
{
    auto *status = new QChart;
    status->setTitle(tr("Status timeline"));
    m_statusSuccess = new QScatterSeries(status);
    m_statusSuccess->setName(tr("Success"));
    m_statusFailed = new QScatterSeries(status);
    m_statusFailed->setName(tr("Failed"));
    m_statusActive = new QScatterSeries(status);
    m_statusActive->setName(tr("Queued or running"));
    auto *lanes = new QCategoryAxis(status);
    lanes->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    lanes->append(tr("Success"), RunChartData::kLaneSuccess);
    lanes->append(tr("Failed"), RunChartData::kLaneFailed);
    lanes->append(tr("Running"), RunChartData::kLaneActive);
    lanes->setRange(-0.5, 2.5);
    status->addAxis(lanes, Qt::AlignLeft);
    for (QScatterSeries *s : {m_statusSuccess, m_statusFailed, m_statusActive}) {
        s->setMarkerSize(8);
        s->setBorderColor(Qt::transparent);
        status->addSeries(s);
        s->attachAxis(lanes);
    }
    return status;
}

QDateTimeAxis *RunCharts::makeTimeAxis(QChart *chart)
{
    auto *axis = new QDateTimeAxis(chart);
    axis->setTickCount(7);
    chart->addAxis(axis, Qt::AlignBottom);
    m_timeAxes << axis;
    return axis;
}

QChartView *RunCharts::makeView(QChart *chart, QWidget *parent)
{
    const qsizetype axisIndex = m_timeAxes.size() - 1;
    auto *view = new ZoomableChartView(chart, parent, [this, axisIndex] {
        if (m_settingRange)
            return;
        const QDateTimeAxis *axis = m_timeAxes[axisIndex];
        handleAxisRange(axis->min(), axis->max());
    });
    view->setRenderHint(QPainter::Antialiasing);
    view->setRubberBand(QChartView::HorizontalRubberBand);
    view->setMinimumHeight(220);
    return view;
}

} // namespace wsc
