#pragma once

#include "models/domain/FieldTransformation.h"
#include "ui/ResourceEditor.h"

class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace wsc {

// Edits a copy of one field transformation: a table of mappings (column, static value or ignore) with
// validation per row, and add, remove and reorder.
class FieldTransformationEditor : public ResourceEditor {
    Q_OBJECT

public:
    enum Column { TypeColumn, SourceColumn, DestinationColumn, ValueColumn, ColumnCount };

    FieldTransformationEditor(ApiClient &client, WorkspaceStore &store, const FieldTransformation *existing,
                              QWidget *parent = nullptr);

    QByteArray draftJson() const override;
    bool restoreDraft(QByteArrayView json) override;
    QString resourceId() const override { return m_original.id; }
    FieldTransformation fieldTransformation() const;

    void addMapping();
    void removeMapping();
    // Moves the current row up (-1) or down (+1).
    void moveMapping(int delta);

protected:
    ValidationIssues validate() const override;
    bool differsFromOriginal() const override { return !(fieldTransformation() == m_original); }
    bool isBlank() const override;
    QString displayName() const override;
    QString newTitle() const override { return tr("New field transformation"); }
    Timestamp loadedModified() const override { return m_original.audit.lastModifiedOn; }
    std::optional<Timestamp> storeModified() const override;
    void reloadFromStore() override;
    void send(std::function<void(const ApiError *error)> done) override;
    void setInputsEnabled(bool enabled) override;
    QByteArray serverJson() const override;
    QByteArray outgoingJson() const override;
    bool loadCopy(const QString &id, const QString &newId, const QString &newName) override;
    void issuesShown(const ValidationIssues &issues) override;

private:
    void load(const FieldTransformation &transformation);
    void setRow(int row, const FieldMapping &mapping);
    FieldMapping rowMapping(int row) const;
    void updateRowCells(int row);
    void updateButtons();

    FieldTransformation m_original;
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
