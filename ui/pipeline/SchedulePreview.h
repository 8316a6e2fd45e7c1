#pragma once

#include "models/domain/SchedulePlanner.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace wsc {

class WorkspaceStore;

// The next runs of a pipeline's schedule with their due times and data windows (spec §10.6, the arithmetic
// the sandbox implements), and what catching up means: how many runs are already due, and how many
// intervals the catch-up limit skips. Compact in the editor, detailed in the pipeline view's planner.
class SchedulePreview : public QWidget {
    Q_OBJECT

public:
    enum class Mode { Compact, Detailed };
    explicit SchedulePreview(Mode mode, QWidget *parent = nullptr);

    // Plans from `now`: as activated now (past ticks caught up within the limit), or going on from the
    // next tick, from the latest successful run's window. `valid`: the schedule passed validation.
    void showPlan(const Pipeline &pipeline, const WorkspaceStore &store, bool asActivated, bool valid,
                  int maxRuns, const Timestamp &now);
    QTableWidget *table() const { return m_table; }
    QString note() const;

private:
    Mode m_mode;
    QLabel *m_note = nullptr;
    QLabel *m_catchUp = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace wsc
