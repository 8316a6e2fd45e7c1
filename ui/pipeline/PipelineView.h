#pragma once

#include "models/domain/PipelineRun.h"
#include "models/domain/WrappedQueries.h"

#include <QDateTime>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLayout;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;
class QTabWidget;
class QTextBrowser;
class QTimer;

namespace wsc {

class ApiError;
class PipelineQueries;
class RunCharts;
class RunFilterProxy;
class RunHistoryLoader;
class RunPoller;
class RunTableModel;
class SchedulePreview;
class WorkspaceActions;
class WorkspaceStore;

// One pipeline, live: its report (status, connection and data model health with their errors, latest and
// latest successful run), the actions Trigger Now, Pause/Resume and Edit, and tabs with the run history
// (all pages, filtered, sorted, exported), the run charts, the schedule planner and the queries the service
// runs. Follows the store, which the RunPoller keeps fresh, so nothing here needs a click to change.
class PipelineView : public QWidget {
    Q_OBJECT

public:
    PipelineView(WorkspaceActions &actions, const QString &pipelineId, QWidget *parent = nullptr);
    ~PipelineView() override;

    QString pipelineId() const { return m_pipelineId; }
    QString title() const;
    // Whether Trigger Now is offered; `reason` says why not, or what the service may still refuse.
    bool canTrigger(QString *reason = nullptr) const;
    // Asks first (showing the window the run will read and the record limit), then triggers; false when
    // nothing was sent.
    bool trigger();
    // Reloads the run history for the date range and filters chosen.
    void reloadHistory();
    // The shown rows of the run table as CSV; false (with the reason) when it cannot be written.
    bool exportCsv(const QString &path, QString *error = nullptr) const;
    // Asks for a file, then exports.
    void askExportCsv();
    // Limits the history to logical dates in [from, to] (invalid: open) and reloads it.
    void setDateRange(const QDate &from, const QDate &to);
    void setStatusFilter(int index);

    RunTableModel *runModel() const { return m_runs; }
    RunFilterProxy *runProxy() const { return m_proxy; }
    QTableView *runTable() const { return m_table; }
    RunCharts *charts() const { return m_charts; }
    RunHistoryLoader *loader() const { return m_loader; }
    QTabWidget *tabs() const { return m_tabs; }
    SchedulePreview *planner() const { return m_planner; }
    QComboBox *plannerMode() const { return m_plannerMode; }
    // The queries tab: what the service will run (the count's dialect is set there).
    PipelineQueries *queries() const { return m_queries; }
    // The text of the status panel, the refresh indication and the detail pane (tests, accessibility).
    QString statusSummary() const;
    QString refreshedText() const;
    QString detailText() const;
    // The line under the status: what Trigger Now, an export or a failure last said.
    QString messageText() const;
    bool isLoadingHistory() const;

signals:
    void titleChanged(const QString &title);
    void editRequested(const QString &pipelineId);
    // Pause when active, resume when paused; the editor saves it.
    void pauseToggleRequested(const QString &pipelineId);
    // A run was requested with Trigger Now (for the notification when it ends).
    void runTriggered(const QString &pipelineId, const QString &runId);

private:
    QString triggerCaveat() const;
    // What the view follows: the store (its pipeline, what that uses, its report), the poller's rounds for
    // it, and the history loader's pages.
    void followStore();
    void followPoller();
    void followHistoryLoader();
    // The status panel (PipelineViewStatus.cpp): the header with the pipeline's buttons, the view's
    // shortcuts and what they and the buttons do, the report, and the message line under it.
    QWidget *createStatusPanel();
    QLayout *createHeader(QWidget *panel);
    void createActions();
    QWidget *createReportBox(QWidget *panel);
    // The runs tab (PipelineViewRuns.cpp): the filter bar with the export, the loading row, the table with
    // the run's detail, and what the filters reload.
    QWidget *createRunsTab();
    QLayout *createRunFilters(QWidget *tab);
    QLayout *createLoadRow(QWidget *tab);
    QWidget *createRunTable(QWidget *tab);
    void connectRunFilters();
    QWidget *createScheduleTab();
    // The queries tab (PipelineViewQueries.cpp), following the pipeline, its model, the watermark and the
    // run selected in the history.
    QWidget *createQueriesTab();
    void countWindow(const QString &statement, const QString &pipelineId, WrappedQueries::Dialect dialect);
    void updateQueries();
    void updateQueriesRun();
    void updateReport();
    void updatePipeline();
    void updateRefreshed();
    void updateDetail();
    void updatePlanner();
    void refreshNow();
    void fetchLatestSuccess();
    void handlePollFailed(const QString &pipelineId, const ApiError &error);
    void handleLoaderProgress(qint64 loaded, qint64 total);
    void selectRun(const QString &runId);
    void showMessage(const QString &text);

    WorkspaceActions &m_actions;
    const WorkspaceStore &m_store; // watched; changes go through m_actions
    RunPoller *m_poller;           // read for "next check in"; may be null
    QString m_pipelineId;

    QLabel *m_name = nullptr;
    QLabel *m_state = nullptr;
    QPushButton *m_triggerButton = nullptr;
    QPushButton *m_pauseButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QAction *m_triggerAction = nullptr;
    QLabel *m_refreshed = nullptr;
    QLabel *m_pipelineStatus = nullptr;
    QLabel *m_connectionStatus = nullptr;
    QLabel *m_modelStatus = nullptr;
    QLabel *m_latestRun = nullptr;
    QLabel *m_latestSuccess = nullptr;
    QLabel *m_message = nullptr;
    QTabWidget *m_tabs = nullptr;

    RunTableModel *m_runs = nullptr;
    bool m_historyLoaded = false; // the history of the range is in: the count follows the table's rows
    RunFilterProxy *m_proxy = nullptr;
    RunHistoryLoader *m_loader = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_detail = nullptr;
    QCheckBox *m_fromEnabled = nullptr;
    QDateEdit *m_fromDate = nullptr;
    QCheckBox *m_toEnabled = nullptr;
    QDateEdit *m_toDate = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_typeFilter = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_loadState = nullptr;
    QPushButton *m_stopLoading = nullptr;

    RunCharts *m_charts = nullptr;
    SchedulePreview *m_planner = nullptr;
    QSpinBox *m_plannerRuns = nullptr;
    QComboBox *m_plannerMode = nullptr;
    PipelineQueries *m_queries = nullptr;

    QTimer *m_clockTimer = nullptr;
    QDateTime m_refreshedAt;
    QString m_pollError;
    QString m_triggeredRunId;
    QString m_requestedSuccess; // the latest successful run asked for, when the store lacked it
};

} // namespace wsc
