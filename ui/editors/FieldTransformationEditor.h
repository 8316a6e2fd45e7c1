#pragma once

#include "models/domain/FieldTransformation.h"
#include "ui/editors/TypedEditor.h"

class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace wsc {

// Edits a copy of one field transformation: a table of mappings (column, static value or ignore) with
// validation per row, and add, remove and reorder.
class FieldTransformationEditor : public TypedEditor<FieldTransformation> {
    Q_OBJECT

public:
    enum Column { TypeColumn, SourceColumn, DestinationColumn, ValueColumn, ColumnCount };

    FieldTransformationEditor(WorkspaceActions &actions, const FieldTransformation *existing,
                              QWidget *parent = nullptr);

    FieldTransformation value() const override;
    FieldTransformation fieldTransformation() const { return value(); }

    void addMapping();
    void removeMapping();
    // Moves the current row up (-1) or down (+1).
    void moveMapping(int delta);
    void commitPendingEdits() override;

protected:
    ValidationIssues validate() const override;
    bool isBlank() const override;
    QString displayName() const override;
    QString newTitle() const override { return tr("New field transformation"); }
    void setInputsEnabled(bool enabled) override;
    void issuesShown(const ValidationIssues &issues) override;

private:
    void fill(const FieldTransformation &transformation) override;
    void setRow(int row, const FieldMapping &mapping);
    FieldMapping rowMapping(int row) const;
    void updateRowCells(int row);
    void updateButtons();

    QLineEdit *m_id = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_destinationType = nullptr;
    QTableWidget *m_table = nullptr;
    QListWidget *m_rowIssues = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    bool m_loading = false;
};

} // namespace wsc
