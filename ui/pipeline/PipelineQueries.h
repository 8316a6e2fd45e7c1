#pragma once

#include "models/domain/QueryWindow.h"
#include "models/domain/WrappedQueries.h"

#include <QWidget>

#include <array>
#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;

namespace wsc {

class SqlEditor;

// "What mParticle will run": the column probe, the count and the extract that the service wraps around a
// pipeline's data model (spec §12.5), for the next run's expected window, a trigger's, or a past run's real
// one; each can be copied, and the count asked for in the preview warehouse's dialect.
class PipelineQueries : public QWidget {
    Q_OBJECT

public:
    enum class Choice { NextRun, TriggerNow, SelectedRun };
    enum class Statement { Probe, Count, Extract };
    using Clock = std::function<Timestamp()>;

    explicit PipelineQueries(QWidget *parent = nullptr);

    // What the statements are made of. Without the pipeline or its model's SQL the panel says what is
    // missing; the watermark is the range_end of the latest successful run (none: nothing succeeded, or
    // not known yet).
    void setPipeline(const std::optional<Pipeline> &pipeline, const std::optional<QString> &modelSql,
                     const std::optional<Timestamp> &watermark);
    // The run selected in the run history, offered as a window (none: nothing selected).
    void setSelectedRun(const std::optional<PipelineRun> &run);
    void setChoice(Choice choice);
    Choice choice() const;
    // The warehouse the count is asked for in (Count rows).
    void setDialect(WrappedQueries::Dialect dialect) { m_dialect = dialect; }
    WrappedQueries::Dialect dialect() const { return m_dialect; }
    // Now, for the windows computed here (tests).
    void setClock(Clock clock);

    QString statement(Statement which) const;
    // The window's name and what its filter reads, as shown.
    QString windowText() const;
    QComboBox *windowPicker() const { return m_picker; }
    QPushButton *copyButton(Statement which) const { return m_copy[std::size_t(which)]; }
    QPushButton *countButton() const { return m_count; }
    // What the count asked for came to (or why it could not run), beside Count Rows; empty clears it.
    void showCount(const QString &text, bool error);
    QString countText() const;
    // The records the run whose window is shown reported (successful + failed); nullopt for a window to come.
    std::optional<qint64> shownRunRecords() const;

signals:
    // Count rows: the count of the window shown, in the dialect set, for the preview warehouse to run.
    void countRequested(const QString &statementForPreview, const QString &pipelineId,
                        wsc::WrappedQueries::Dialect dialect);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createSection(Statement which, const QString &title, QWidget *parent);
    void updatePicker();
    void updateStatements();
    std::optional<QueryWindow> currentWindow() const;
    void showStatements(const WrappedQueries::RenderedQueries &queries, bool enabled);
    // As tall as the statement's lines (wrapped at the editor's width), up to kMaxShownLines.
    static void fitHeight(SqlEditor *editor);
    void copy(Statement which);
    void requestCount();

    QComboBox *m_picker = nullptr;
    QLabel *m_windowLabel = nullptr;
    QLabel *m_windowNote = nullptr;
    std::array<SqlEditor *, 3> m_editors{};
    std::array<QPushButton *, 3> m_copy{};
    QPushButton *m_count = nullptr;
    QLabel *m_countResult = nullptr;

    std::optional<Pipeline> m_pipeline;
    std::optional<QString> m_modelSql;
    std::optional<Timestamp> m_watermark;
    std::optional<PipelineRun> m_selectedRun;
    std::optional<QueryWindow> m_shown; // the window the statements are for (none: nothing shown)
    WrappedQueries::Dialect m_dialect = WrappedQueries::Dialect::Sqlite;
    Clock m_clock;
};

} // namespace wsc
