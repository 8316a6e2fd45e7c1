#pragma once

#include "models/items/RunSeries.h"

#include <QWidget>

class QChart;
class QChartView;
class QDateTimeAxis;
class QDateTimeEdit;
class QLabel;
class QLayout;
class QLineSeries;
class QScatterSeries;
class QTimer;
class QValueAxis;
class QXYSeries;

namespace wsc {

class RunTableModel;

// Three charts over one pipeline's run history, on a shared time axis: records per run (successful and
// failed, stacked), run duration, and a status timeline. Long histories are drawn from RunSeries buckets,
// one per couple of pixels; hovering shows the run (or the interval's runs); a drag on a chart, or the
// From/To fields, zooms to a date range, which is then drawn in finer detail; Export saves a PNG.
class RunCharts : public QWidget {
    Q_OBJECT

public:
    explicit RunCharts(RunTableModel &runs, QWidget *parent = nullptr);

    // Draws what the model holds now (model changes are otherwise drawn together, a moment later).
    void redraw();
    // Shows logical dates in [from, to] only; RunRecord::kNone on both sides shows everything.
    void zoomTo(qint64 from, qint64 to);
    void resetZoom();
    bool isZoomed() const { return m_zoomFrom != m_zoomTo; }
    // Saves the three charts as one PNG; false (with the reason in `error`) when it cannot be written.
    bool exportPng(const QString &path, QString *error = nullptr);
    // How many buckets a redraw may use at most (tests and the benchmark fix it; 0: from the width).
    void setMaxBuckets(int maxBuckets) { m_fixedBuckets = maxBuckets; }

    const std::vector<RunBucket> &buckets() const { return m_buckets; }
    QChart *recordsChart() const;
    QChart *durationChart() const;
    QChart *statusChart() const;
    // The tooltip text of a bucket, as hovering shows it.
    QString describe(const RunBucket &bucket) const;

signals:
    // A run was clicked in a chart (a single run, not an interval of many).
    void runClicked(const QString &runId);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // From and To, Zoom, Show all, the summary of what is shown, and Export.
    QLayout *createRangeBar();
    // The three charts, one under the other, their plot areas lined up; hovering and clicking a point.
    QWidget *createChartArea();
    // Model changes are drawn together, a moment later.
    void followRuns();
    QChartView *makeView(QChart *chart, QWidget *parent);
    // The three charts, with their series and value axes (the time axis is shared, added after).
    QChart *buildRecordsChart();
    QChart *buildDurationChart();
    QChart *buildStatusChart();
    QDateTimeAxis *makeTimeAxis(QChart *chart);
    void applyTheme();
    void scheduleRedraw();
    void alignPlotAreas();
    void handleAxisRange(const QDateTime &min, const QDateTime &max);
    void handleHover(const QPointF &point, bool state);
    void handleClick(const QPointF &point);
    void askExport();
    const RunBucket *bucketNear(qint64 x) const;

    RunTableModel &m_runs;
    QChartView *m_recordsView = nullptr;
    QChartView *m_durationView = nullptr;
    QChartView *m_statusView = nullptr;
    QLineSeries *m_successLine = nullptr;
    QLineSeries *m_totalLine = nullptr;
    QLineSeries *m_durationMean = nullptr;
    QLineSeries *m_durationMax = nullptr;
    QScatterSeries *m_statusSuccess = nullptr;
    QScatterSeries *m_statusFailed = nullptr;
    QScatterSeries *m_statusActive = nullptr;
    QValueAxis *m_recordsAxis = nullptr;
    QValueAxis *m_durationAxis = nullptr;
    QList<QDateTimeAxis *> m_timeAxes;
    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QLabel *m_summary = nullptr;
    QTimer *m_redrawTimer = nullptr;
    QTimer *m_alignTimer = nullptr;
    std::vector<RunBucket> m_buckets;
    qint64 m_zoomFrom = 0;
    qint64 m_zoomTo = 0;
    qint64 m_shownFrom = 0; // the range drawn last
    qint64 m_shownTo = 0;
    int m_fixedBuckets = 0;
    bool m_settingRange = false;
};

} // namespace wsc
