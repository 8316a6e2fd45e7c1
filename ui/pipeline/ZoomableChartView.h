#pragma once

#include <QChartView>

#include <functional>

namespace wsc {

// A chart view that says when the user zoomed it (a drag, or a right click to zoom out), as opposed to the
// axis ranges the charts set themselves.
class ZoomableChartView : public QChartView {
public:
    ZoomableChartView(QChart *chart, QWidget *parent, std::function<void()> zoomed)
        : QChartView(chart, parent)
        , m_zoomed(std::move(zoomed))
    {}

protected:
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        QChartView::mouseReleaseEvent(event);
        m_zoomed();
    }

private:
    std::function<void()> m_zoomed;
};

} // namespace wsc
