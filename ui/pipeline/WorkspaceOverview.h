#pragma once

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace wsc {

class PipelineOverviewModel;
class WorkspaceStore;

// Every pipeline at a glance: status, latest run, records of the last 24 hours and a sparkline of them per
// run, faulted ones first. A click opens the pipeline's view.
class WorkspaceOverview : public QWidget {
    Q_OBJECT

public:
    explicit WorkspaceOverview(const WorkspaceStore &store, QWidget *parent = nullptr);

    PipelineOverviewModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QString summary() const;

signals:
    void pipelineOpenRequested(const QString &pipelineId);

private:
    void updateSummary();

    const WorkspaceStore &m_store;
    PipelineOverviewModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace wsc
