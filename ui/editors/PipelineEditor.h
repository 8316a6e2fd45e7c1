#pragma once

#include "models/domain/Pipeline.h"
#include "ui/editors/TypedEditor.h"

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QVBoxLayout;

namespace wsc {

class SchedulePreview;
class SecretField;

// Edits a copy of one pipeline: its type, the connection, data model and (for events) field
// transformation it binds, sync mode and schedule showing only the fields that apply, the delay as
// number + unit, UTC times with the local time beside them, environment, data plan and feed, the state
// with Pause/Resume, and a preview of the next runs and their data windows.
class PipelineEditor : public TypedEditor<Pipeline> {
    Q_OBJECT

public:
    PipelineEditor(WorkspaceActions &actions, const Pipeline *existing,
                   QWidget *parent = nullptr);

    Pipeline value() const override;
    Pipeline pipeline() const { return value(); }
    // Pauses an active pipeline or resumes a paused one, and saves; false when nothing was sent.
    bool togglePause();

protected:
    ValidationIssues validate() const override;
    bool isBlank() const override;
    QString displayName() const override;
    QString newTitle() const override { return tr("New pipeline"); }
    void setInputsEnabled(bool enabled) override;
    bool loadCopy(const QString &id, const QString &newId, const QString &newName) override;
    // A masked feed key is asked for again at Save, like a masked password.
    bool completeBeforeSave() override;
    Pipeline outgoing() const override { return m_completed.value_or(value()); }
    void sent() override { m_completed.reset(); }

private:
    // The form's sections, built once by the constructor.
    void buildGeneral(QVBoxLayout *content);
    QGroupBox *buildSources();
    QGroupBox *buildSyncMode();
    QGroupBox *buildSchedule();
    QGroupBox *buildDelivery();
    void connectInputs();
    void fill(const Pipeline &pipeline) override;
    void withoutSecrets(Pipeline &p) const override;
    void keepSecrets(Pipeline &draft, const Pipeline &original) const override;
    void fillPickers();
    // The picker text of a resource the store does not hold.
    QString missingLabel(ResourceKind kind, const QString &id) const;
    void updateVisibility();
    void updatePreview();
    // A UTC date-time input with the local time beside it.
    QWidget *timeField(QLineEdit *&edit, const QString &objectName, const QString &path);

    std::optional<Pipeline> m_completed; // the value with the secrets typed at Save, sent once
    QWidget *m_content = nullptr;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_state = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_pause = nullptr;
    QComboBox *m_connection = nullptr;
    QComboBox *m_dataModel = nullptr;
    QComboBox *m_transformation = nullptr;
    QComboBox *m_environment = nullptr;
    QLineEdit *m_dataPlanId = nullptr;
    QLineEdit *m_dataPlanVersion = nullptr;
    QLineEdit *m_feedId = nullptr;
    QComboBox *m_syncType = nullptr;
    QLineEdit *m_iteratorField = nullptr;
    QComboBox *m_iteratorType = nullptr;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_until = nullptr;
    QComboBox *m_scheduleType = nullptr;
    QComboBox *m_frequency = nullptr;
    QSpinBox *m_delayCount = nullptr;
    QComboBox *m_delayUnit = nullptr;
    QLineEdit *m_start = nullptr;
    QLineEdit *m_end = nullptr;
    SchedulePreview *m_preview = nullptr;
    // Form rows shown only for some modes (Qt 6.4's QFormLayout::setRowVisible).
    QList<QPair<QFormLayout *, QWidget *>> m_incrementalRows, m_intervalRows, m_eventsRows;
    SecretField *m_feedKeyField = nullptr;
    bool m_delayTouched = false;
    QHash<QLineEdit *, QLabel *> m_localTimes;
    bool m_loading = false;
    bool m_pickersStale = false; // connections, models or transformations changed in a list replace
    bool m_loaded = false;
};

} // namespace wsc
