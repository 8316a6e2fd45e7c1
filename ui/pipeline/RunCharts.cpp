#include "ui/pipeline/RunCharts.h"

#include "models/items/RunTableModel.h"
#include "models/items/StatusIcons.h"
#include "ui/dialogs/Dialogs.h"
#include "ui/pipeline/ZoomableChartView.h"
#include "ui/style/Appearance.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QDateTimeEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QImageWriter>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QResizeEvent>
#include <QScatterSeries>
#include <QScrollArea>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace wsc {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kHourMs = 3600 * 1000;

} // namespace

RunCharts::RunCharts(RunTableModel &runs, QWidget *parent)
    : QWidget(parent)
    , m_runs(runs)
{
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(createRangeBar());
    layout->addWidget(createChartArea(), 1);
    followRuns();
    applyTheme();
    redraw();
}

QLayout *RunCharts::createRangeBar()
{
    auto *bar = new QHBoxLayout;
    m_from = new QDateTimeEdit(this);
    m_from->setObjectName(u"ChartFrom"_s);
    m_to = new QDateTimeEdit(this);
    m_to->setObjectName(u"ChartTo"_s);
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setTimeSpec(Qt::UTC);
        edit->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
        edit->setCalendarPopup(true);
    }
    auto *fromLabel = new QLabel(tr("&From (UTC):"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    auto *zoom = new QPushButton(tr("&Zoom"), this);
    zoom->setToolTip(tr("Show only the runs between From and To. Dragging across a chart zooms as well; a "
                        "right click zooms out."));
    auto *reset = new QPushButton(tr("&Show all"), this);
    reset->setObjectName(u"ResetZoom"_s);
    auto *exportButton = new QPushButton(tr("&Export PNG…"), this);
    exportButton->setObjectName(u"ExportPng"_s);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"ChartSummary"_s);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bar->addWidget(fromLabel);
    bar->addWidget(m_from);
    bar->addWidget(toLabel);
    bar->addWidget(m_to);
    bar->addWidget(zoom);
    bar->addWidget(reset);
    bar->addSpacing(12);
    bar->addWidget(m_summary, 1);
    bar->addWidget(exportButton);
    connect(zoom, &QPushButton::clicked, this,
            [this] { zoomTo(m_from->dateTime().toMSecsSinceEpoch(), m_to->dateTime().toMSecsSinceEpoch()); });
    connect(reset, &QPushButton::clicked, this, &RunCharts::resetZoom);
    connect(exportButton, &QPushButton::clicked, this, &RunCharts::askExport);
    return bar;
}

QWidget *RunCharts::createChartArea()
{
    // Each chart gets the height it needs to be read; the three scroll together when the tab is short.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"ChartsArea"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *area = new QWidget(scroll);
    auto *areaLayout = new QVBoxLayout(area);
    areaLayout->setContentsMargins(0, 0, 0, 0);
    QList<QChartView *> views;
    for (QChart *chart : {buildRecordsChart(), buildDurationChart(), buildStatusChart()}) {
        const QList<QAbstractSeries *> series = chart->series();
        QDateTimeAxis *axis = makeTimeAxis(chart);
        for (QAbstractSeries *s : series)
            s->attachAxis(axis);
        chart->legend()->setAlignment(Qt::AlignTop);
        chart->setMargins(QMargins(4, 2, 4, 2));
        views << makeView(chart, area);
        areaLayout->addWidget(views.back(), 1);
    }
    m_recordsView = views[0];
    m_durationView = views[1];
    m_statusView = views[2];
    // Whenever a chart lays out its axes anew (new labels, a resize), the three line up again.
    m_alignTimer = new QTimer(this);
    m_alignTimer->setSingleShot(true);
    m_alignTimer->setInterval(0);
    connect(m_alignTimer, &QTimer::timeout, this, &RunCharts::alignPlotAreas);
    for (QChartView *view : views)
        connect(view->chart(), &QChart::plotAreaChanged, m_alignTimer, qOverload<>(&QTimer::start));
    scroll->setWidget(area);
    for (QXYSeries *s :
         std::initializer_list<QXYSeries *>{m_totalLine, m_successLine, m_durationMean, m_durationMax,
                                            m_statusSuccess, m_statusFailed, m_statusActive}) {
        connect(s, &QXYSeries::hovered, this, &RunCharts::handleHover);
        connect(s, &QXYSeries::clicked, this, &RunCharts::handleClick);
    }
    return scroll;
}

void RunCharts::followRuns()
{
    // A page of history or a poll's answer is drawn with whatever else arrives at the same moment.
    m_redrawTimer = new QTimer(this);
    m_redrawTimer->setSingleShot(true);
    m_redrawTimer->setInterval(50);
    connect(m_redrawTimer, &QTimer::timeout, this, &RunCharts::redraw);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(&m_runs, signal, this, &RunCharts::scheduleRedraw);
    connect(&m_runs, &QAbstractItemModel::dataChanged, this, &RunCharts::scheduleRedraw);
    connect(&m_runs, &QAbstractItemModel::modelReset, this, &RunCharts::scheduleRedraw);
}

QChart *RunCharts::recordsChart() const
{
    return m_recordsView->chart();
}

QChart *RunCharts::durationChart() const
{
    return m_durationView->chart();
}

QChart *RunCharts::statusChart() const
{
    return m_statusView->chart();
}

void RunCharts::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_fixedBuckets == 0 && event->oldSize().width() != event->size().width())
        scheduleRedraw(); // a wider plot has room for more detail
}

void RunCharts::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    QWidget::changeEvent(event);
}

void RunCharts::applyTheme()
{
    const bool dark = Appearance::isDark(palette());
    const QColor success = StatusIcons::color(u"success"_s);
    const QColor failed = StatusIcons::color(u"failed"_s);
    const QColor active = StatusIcons::color(u"running"_s);
    for (QChartView *view : {m_recordsView, m_durationView, m_statusView}) {
        // A theme resets the series' colours: they are set again below.
        view->chart()->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        view->chart()->setBackgroundBrush(palette().base());
        view->chart()->setTitleBrush(palette().text());
        view->chart()->legend()->setLabelColor(palette().color(QPalette::Text));
        view->setBackgroundBrush(palette().window());
    }
    m_successLine->setPen(QPen(success, 1.5));
    m_totalLine->setPen(QPen(failed, 1.5));
    m_durationMean->setColor(active);
    QPen longest(palette().color(QPalette::PlaceholderText));
    longest.setStyle(Qt::DashLine);
    m_durationMax->setPen(longest);
    m_statusSuccess->setColor(success);
    m_statusFailed->setColor(failed);
    m_statusActive->setColor(active);
    for (QScatterSeries *s : {m_statusSuccess, m_statusFailed, m_statusActive})
        s->setBorderColor(Qt::transparent);
}

void RunCharts::scheduleRedraw()
{
    if (!m_redrawTimer->isActive())
        m_redrawTimer->start();
}

void RunCharts::redraw()
{
    m_redrawTimer->stop();
    // About one bucket per two pixels of plot (a hidden tab has no width yet: assume a usual one).
    const int maxBuckets =
        m_fixedBuckets > 0 ? m_fixedBuckets : std::clamp(m_recordsView->width() / 2, 300, 1000);
    RunChartData d = RunSeries::chartData(
        m_runs.records(), isZoomed() ? std::optional(std::pair(m_zoomFrom, m_zoomTo)) : std::nullopt,
        maxBuckets, QDateTime::currentMSecsSinceEpoch());
    m_successLine->replace(d.successful);
    m_totalLine->replace(d.total);
    m_durationMean->replace(d.durationMean);
    m_durationMax->replace(d.durationMax);
    m_durationMax->setVisible(!d.perRun);
    m_statusSuccess->replace(d.succeeded);
    m_statusFailed->replace(d.failed);
    m_statusActive->replace(d.active);

    // A little headroom, and never a zero-height axis.
    m_recordsAxis->setRange(0, std::max(1.0, d.recordsPeak * 1.1));
    m_recordsAxis->applyNiceNumbers();
    m_durationAxis->setRange(0, std::max(1.0, d.durationPeakSeconds * 1.1));
    m_durationAxis->applyNiceNumbers();
    const QString format = d.to - d.from <= 3 * 24 * kHourMs ? u"MM-dd HH:mm"_s : u"yyyy-MM-dd"_s;
    m_shownFrom = d.from;
    m_shownTo = d.to;
    m_settingRange = true;
    for (QDateTimeAxis *axis : std::as_const(m_timeAxes)) {
        axis->setFormat(format);
        axis->setRange(QDateTime::fromMSecsSinceEpoch(d.from, Qt::UTC),
                       QDateTime::fromMSecsSinceEpoch(d.to, Qt::UTC));
    }
    m_settingRange = false;
    m_timeAxes.back()->setTitleText(tr("Logical date (local time)"));
    m_from->setDateTime(QDateTime::fromMSecsSinceEpoch(d.from, Qt::UTC));
    m_to->setDateTime(QDateTime::fromMSecsSinceEpoch(d.to, Qt::UTC));
    m_buckets = std::move(d.buckets);
    m_summary->setText(
        m_buckets.empty() ? tr("No runs in this range.")
        : d.perRun        ? tr("%Ln run(s), one point each.", nullptr, d.runsShown)
                   : tr("%Ln run(s); each point is the average of its interval.", nullptr, d.runsShown));
}

void RunCharts::alignPlotAreas()
{
    // The charts share a time axis: their plot areas start at the same x, whatever the width of each
    // one's value labels, so that a moment lines up across all three.
    constexpr qreal kMargin = 4;
    QList<QChart *> charts{recordsChart(), durationChart(), statusChart()};
    qreal target = 0;
    QList<qreal> natural;
    for (QChart *chart : charts) {
        natural << chart->plotArea().left() - (chart->margins().left() - kMargin);
        target = std::max(target, natural.back());
    }
    for (qsizetype i = 0; i < charts.size(); ++i) {
        QMargins margins = charts[i]->margins();
        const int left = int(kMargin + std::round(target - natural[i]));
        if (std::abs(margins.left() - left) > 1) { // a pixel of rounding is no reason to lay out again
            margins.setLeft(left);
            charts[i]->setMargins(margins);
        }
    }
}

void RunCharts::zoomTo(qint64 from, qint64 to)
{
    if (from == RunRecord::kNone && to == RunRecord::kNone) {
        resetZoom();
        return;
    }
    if (to < from)
        std::swap(from, to);
    m_zoomFrom = from;
    m_zoomTo = std::max(to, from + 1);
    redraw();
}

void RunCharts::resetZoom()
{
    m_zoomFrom = m_zoomTo = 0;
    redraw();
}

void RunCharts::handleAxisRange(const QDateTime &min, const QDateTime &max)
{
    if (m_settingRange)
        return;
    const qint64 from = min.toMSecsSinceEpoch();
    const qint64 to = max.toMSecsSinceEpoch();
    // A click leaves the range as it was (give or take the axis' rounding): that is no zoom.
    if (std::abs(from - m_shownFrom) < 1000 && std::abs(to - m_shownTo) < 1000)
        return;
    // A rubber band or a zoom-out on one chart: all three follow, drawn in the detail of the new range.
    QTimer::singleShot(0, this, [this, from, to] { zoomTo(from, to); });
}

const RunBucket *RunCharts::bucketNear(qint64 x) const
{
    if (m_buckets.empty())
        return nullptr;
    const auto it = std::lower_bound(m_buckets.begin(), m_buckets.end(), x,
                                     [](const RunBucket &b, qint64 t) { return b.x < t; });
    if (it == m_buckets.begin())
        return &*it;
    if (it == m_buckets.end())
        return &m_buckets.back();
    const auto before = it - 1;
    return (x - before->x) <= (it->x - x) ? &*before : &*it;
}

QString RunCharts::describe(const RunBucket &b) const
{
    const QLocale locale;
    // The bucket may be a moment older than the model (a page arrived): find its run by id.
    if (const int row = b.runs == 1 ? m_runs.rowOf(b.firstRunId, b.from) : -1; row >= 0) {
        const RunRecord &r = m_runs.record(row);
        QStringList lines;
        lines << tr("Run %1: %2 (%3)").arg(r.id.toString(), m_runs.statusText(r), m_runs.typeText(r));
        lines << tr("Logical date: %1 UTC").arg(RunTableModel::timeText(r.logicalDate));
        lines << tr("Window: %1 UTC").arg(RunTableModel::windowText(r));
        lines << tr("Records: %1 successful, %2 failed")
                     .arg(locale.toString(r.successfulRecords), locale.toString(r.failedRecords));
        const qint64 d = r.durationMs(QDateTime::currentMSecsSinceEpoch());
        if (d >= 0)
            lines << tr("Duration: %1").arg(RunTableModel::durationText(d));
        const QStringList errors = m_runs.details(r.id).errors;
        if (!errors.isEmpty())
            lines << tr("Errors: %1").arg(errors.join(u"; "_s));
        return lines.join(u'\n');
    }
    QStringList lines;
    lines << tr("%Ln run(s) from %1 to %2 UTC", nullptr, b.runs)
                 .arg(RunTableModel::timeText(b.from), RunTableModel::timeText(b.to));
    lines << tr("%1 succeeded, %2 failed, %3 queued or running").arg(b.succeeded).arg(b.failed).arg(b.active);
    lines << tr("Records: %1 successful, %2 failed in all")
                 .arg(locale.toString(b.successfulRecords), locale.toString(b.failedRecords));
    if (b.durations > 0)
        lines << tr("Duration: %1 on average, %2 at most")
                     .arg(RunTableModel::durationText(qint64(b.meanDurationMs())),
                          RunTableModel::durationText(b.durationMaxMs));
    return lines.join(u'\n');
}

void RunCharts::handleHover(const QPointF &point, bool state)
{
    if (!state) {
        QToolTip::hideText();
        return;
    }
    if (const RunBucket *b = bucketNear(qint64(point.x())))
        QToolTip::showText(QCursor::pos(), describe(*b), this);
}

void RunCharts::handleClick(const QPointF &point)
{
    const RunBucket *b = bucketNear(qint64(point.x()));
    if (b && b->runs == 1)
        emit runClicked(b->firstRunId);
}

bool RunCharts::exportPng(const QString &path, QString *error)
{
    // The three charts as they are on screen, one under the other, at the screen's pixel density.
    const qreal ratio = devicePixelRatioF();
    QList<QPixmap> parts;
    int height = 0;
    int width = 0;
    for (QChartView *view : {m_recordsView, m_durationView, m_statusView}) {
        parts << view->grab();
        height += view->height();
        width = std::max(width, view->width());
    }
    QImage image(QSize(width, height) * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(palette().color(QPalette::Window));
    QPainter painter(&image);
    int y = 0;
    for (const QPixmap &part : std::as_const(parts)) {
        painter.drawPixmap(0, y, part);
        y += qRound(part.height() / part.devicePixelRatio());
    }
    painter.end();
    QImageWriter writer(path, "png");
    if (!writer.write(image)) {
        if (error)
            *error = writer.errorString();
        return false;
    }
    return true;
}

void RunCharts::askExport()
{
    const auto path = Dialogs::askSaveFile(
        this, tr("Export charts"), tr("%1-runs.png").arg(m_runs.pipelineId()), tr("PNG images (*.png)"));
    if (!path)
        return;
    QString error;
    if (!exportPng(*path, &error))
        Dialogs::ask(this, tr("Export charts"),
                     tr("The charts could not be saved to %1: %2").arg(*path, error), QMessageBox::Ok,
                     QMessageBox::Ok);
}

} // namespace wsc
