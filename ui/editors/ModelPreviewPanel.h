#pragma once

#include "models/domain/QueryResult.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTimer;

namespace wsc {

class ResultGrid;
class WarehouseJob;
class WorkspaceActions;
struct Connection;

// Below a data model's SQL: runs it (or the selected part) on the warehouse of a chosen connection, as
// the service wraps it, and shows the rows, their count, the time it took and whether more exist; long runs
// show progress and can be cancelled. It never blocks: the warehouse drivers answer by signal.
class ModelPreviewPanel : public QWidget {
    Q_OBJECT

public:
    explicit ModelPreviewPanel(WorkspaceActions &actions, QWidget *parent = nullptr);
    ~ModelPreviewPanel() override;

    // The model being edited: its pipelines choose the default connection and the iterator column.
    void setModelId(const QString &id);
    // Runs `sql`, whose first character is at `line`, `column` (1-based) of the editor.
    void run(const QString &sql, int line = 1, int column = 1);
    void cancel();
    bool isRunning() const { return !m_job.isNull(); }
    QString connectionId() const;
    void selectConnection(const QString &id);
    const Connection *connection() const;
    ResultGrid *grid() const { return m_grid; }
    // The iterator column of the pipeline that the default connection came from (empty: none).
    QString iteratorField() const { return m_iterator; }

signals:
    // Run (or Ctrl+Enter) was asked for: the editor answers with run().
    void runRequested();
    // The warehouse named a place in the SQL (editor coordinates), or the last run had none to mark.
    void errorPlaced(int line, int column, int length, const QString &message);
    void errorCleared();
    // The connection changed: what the schema browser and the completion show follows it.
    void connectionChanged(const QString &connectionId);

private:
    void fillConnections();
    void handleConnectionChanged();
    void handleFinished(WarehouseJob *job, int line, int column);
    void showState(const QString &text, bool error);
    void askPassword();

    WorkspaceActions &m_actions;
    QString m_modelId;
    QString m_iterator;
    QString m_userChoice; // the connection the user picked, if any
    QComboBox *m_connection = nullptr;
    QSpinBox *m_limit = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_password = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_summary = nullptr;
    ResultGrid *m_grid = nullptr;
    QTimer *m_ticker = nullptr;
    QElapsedTimer m_clock;
    QPointer<WarehouseJob> m_job;
    struct LastRun {
        QString sql;
        int line = 1;
        int column = 1;
    } m_last;
};

} // namespace wsc
