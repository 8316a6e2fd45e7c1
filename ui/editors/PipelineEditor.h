#pragma once

#include "models/domain/Pipeline.h"
#include "ui/editors/TypedEditor.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace wsc {

class PipelineDeliverySection;
class PipelineScheduleSection;
class PipelineSourcesSection;
class PipelineSyncSection;
class SchedulePreview;

// Edits a copy of one pipeline: its type, the connection, data model and (for events) field
// transformation it binds, sync mode and schedule showing only the fields that apply, the delay as
// number + unit, UTC times with the local time beside them, environment, data plan and feed, the state
// with Pause/Resume, and a preview of the next runs and their data windows.
class PipelineEditor : public TypedEditor<Pipeline> {
    Q_OBJECT

public:
    PipelineEditor(WorkspaceActions &actions, const Pipeline *existing, QWidget *parent = nullptr);

    Pipeline value() const override;
    Pipeline pipeline() const { return value(); }
    // Pauses an active pipeline or resumes a paused one, and saves; false when nothing was sent.
    bool togglePause();

protected:
    ValidationIssues validate() const override;
    bool isBlank() const override;
    QString displayName() const override;
    QString newTitle() const override { return tr("New pipeline"); }
    // The pipeline's view tab has its name: the editor's says that it edits it.
    QString tabTitle(const QString &name) const override { return tr("Edit: %1").arg(name); }
    void setInputsEnabled(bool enabled) override;
    bool loadCopy(const QString &id, const QString &newId, const QString &newName) override;
    // A masked feed key is asked for again at Save, like a masked password.
    bool completeBeforeSave() override;
    Pipeline outgoing() const override { return m_completed.value_or(value()); }
    void sent() override { m_completed.reset(); }
    void refused(const ApiError &error) override;
    void updateStatusLine();

private:
    // The id, name, type and state rows above the sections.
    void buildGeneral(QVBoxLayout *content);
    void connectInputs();
    // The preview follows the latest run; the pickers follow what the store holds.
    void watchStore();
    void fill(const Pipeline &pipeline) override;
    void withoutSecrets(Pipeline &p) const override;
    void keepSecrets(Pipeline &draft, const Pipeline &original) const override;
    void fillPickers();
    void updateVisibility();
    void updatePreview();
    // Feeds the iterator picker with the chosen model's result columns: the checker's at once, then the
    // warehouse's column probe (with types) where a preview warehouse serves the chosen connection.
    void updateIteratorColumns();

    std::optional<Pipeline> m_completed; // the value with the secrets typed at Save, sent once
    QWidget *m_content = nullptr;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_state = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_pause = nullptr;
    PipelineSourcesSection *m_sources = nullptr;
    QString m_columnsKey; // the model SQL and connection the picker's columns are of
    PipelineSyncSection *m_sync = nullptr;
    PipelineScheduleSection *m_schedule = nullptr;
    PipelineDeliverySection *m_delivery = nullptr;
    SchedulePreview *m_preview = nullptr;
    bool m_loading = false;
    bool m_pickersStale = false; // connections, models or transformations changed in a list replace
    bool m_loaded = false;
};

} // namespace wsc
