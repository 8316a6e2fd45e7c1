// The pipeline editor's form sections, each filling and reading its part of a Pipeline.
#pragma once

#include "models/domain/Pipeline.h"
#include "models/domain/ResourceKind.h"

#include <QGroupBox>

#include <functional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace wsc {

class IteratorColumnPicker;

class SecretField;
class WorkspaceStore;

// Registers an input under a field path and returns it with its message label below it (the editor's
// withMessage), so that local and server messages show next to a section's fields.
using FieldMessages = std::function<QWidget *(QWidget *input, const QString &fieldPath)>;

// A form whose fields take the width they are given: each section's, and the editor's general rows.
QFormLayout *newPipelineForm(QWidget *parent);

// A UTC date-time input with the local time beside it.
class UtcTimeField : public QWidget {
    Q_OBJECT

public:
    UtcTimeField(const QString &objectName, QWidget *parent);

    QLineEdit *input() const { return m_edit; }
    // A time the server sent that is not one shows as it came.
    void setTime(const Timestamp &time);
    Timestamp time() const;

signals:
    // The user typed.
    void edited();

private:
    void showLocalTime(const QString &text);

    QLineEdit *m_edit = nullptr;
    QLabel *m_local = nullptr;
};

// What a pipeline reads: the connection, the data model and, for an events pipeline, the field
// transformation, picked from what the store holds. An id the store does not hold is shown, not replaced.
class PipelineSourcesSection : public QGroupBox {
    Q_OBJECT

public:
    PipelineSourcesSection(const WorkspaceStore &store, const FieldMessages &messages, QWidget *parent);

    // Lists the store's resources again, keeping the picks of `current`.
    void fillPickers(const Pipeline &current);
    void fill(const Pipeline &pipeline);
    // Reads `pipeline.pipelineType`: only an events pipeline keeps a transformation.
    void apply(Pipeline &pipeline) const;
    // The transformation picker shows for an events pipeline only.
    void setPipelineType(const EnumValue<PipelineType> &type);

signals:
    void edited();

private:
    // Selects `id`, adding it when the store does not hold it.
    void select(QComboBox *picker, ResourceKind kind, const QString &id) const;
    // The picker text of a resource the store does not hold.
    QString missingLabel(ResourceKind kind, const QString &id) const;

    const WorkspaceStore &m_store;
    QFormLayout *m_form = nullptr;
    QComboBox *m_connection = nullptr;
    QComboBox *m_dataModel = nullptr;
    QComboBox *m_transformation = nullptr;
    QWidget *m_transformationRow = nullptr;
};

// Which records each run reads: full or incremental (the iterator column and its type shown only
// then), and the span to read.
class PipelineSyncSection : public QGroupBox {
    Q_OBJECT

public:
    PipelineSyncSection(const FieldMessages &messages, QWidget *parent);

    void fill(const Pipeline &pipeline);
    void apply(Pipeline &pipeline) const;
    // No iterator column typed (the other inputs always hold a choice).
    bool isBlank() const;
    // What the iterator column may be picked from: the data model's result columns.
    IteratorColumnPicker *columnPicker() const { return m_columnPicker; }

signals:
    void edited();

private:
    void updateVisibility();

    QFormLayout *m_form = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_iteratorField = nullptr;
    IteratorColumnPicker *m_columnPicker = nullptr;
    QComboBox *m_iteratorType = nullptr;
    UtcTimeField *m_from = nullptr;
    UtcTimeField *m_until = nullptr;
    QList<QWidget *> m_incrementalRows;
};

// When runs happen: interval, once or on demand; the frequency, the delay as number + unit and the
// first and last tick shown only for an interval.
class PipelineScheduleSection : public QGroupBox {
    Q_OBJECT

public:
    PipelineScheduleSection(const FieldMessages &messages, QWidget *parent);

    void fill(const Pipeline &pipeline);
    void apply(Pipeline &pipeline) const;

signals:
    void edited();

private:
    QWidget *buildDelay(const FieldMessages &messages);
    void updateVisibility();

    QFormLayout *m_form = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_frequency = nullptr;
    QSpinBox *m_delayCount = nullptr;
    QComboBox *m_delayUnit = nullptr;
    UtcTimeField *m_start = nullptr;
    UtcTimeField *m_end = nullptr;
    QList<QWidget *> m_intervalRows;
    bool m_delayTouched = false; // the user changed the delay since it was filled
    QString m_filledDelay;       // the delay as the form was filled with it
};

// Where the data goes: the environment, the data plan and the partner feed with its key.
class PipelineDeliverySection : public QGroupBox {
    Q_OBJECT

public:
    PipelineDeliverySection(const FieldMessages &messages, QWidget *parent);

    void fill(const Pipeline &pipeline);
    void apply(Pipeline &pipeline) const;

signals:
    void edited();

private:
    // A text input for an optional value.
    QLineEdit *optionalText(const QString &objectName);

    QComboBox *m_environment = nullptr;
    QLineEdit *m_dataPlanId = nullptr;
    QLineEdit *m_dataPlanVersion = nullptr;
    QLineEdit *m_feedId = nullptr;
    SecretField *m_feedKeyField = nullptr;
};

} // namespace wsc
