#pragma once

#include "models/domain/DataModel.h"
#include "models/domain/SqlChecker.h"
#include "ui/editors/TypedEditor.h"

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QListWidget;
class QTableWidget;
class QTimer;

namespace wsc {

class ModelPreviewPanel;
class SchemaBrowser;
class SqlEditor;
class SqlFindBar;

// Edits a copy of one data model: its id, name and state, and its SQL in a real SQL editor that is checked
// while you type, with the columns the query returns and how a user-attributes pipeline maps them.
class DataModelEditor : public TypedEditor<DataModel> {
    Q_OBJECT

public:
    // `existing` null: a new data model.
    DataModelEditor(WorkspaceActions &actions, const DataModel *existing, QWidget *parent = nullptr);

    // The form as a value: what Save sends.
    DataModel value() const override;
    DataModel dataModel() const { return value(); }
    SqlEditor *sqlEditor() const { return m_sql; }
    SqlFindBar *findBar() const { return m_findBar; }
    // Find (Ctrl+F while in the editor, F3) or replace (Ctrl+H) in the SQL.
    void showFind(bool replace);
    // Runs the SQL (or its selected part) in the preview below the editor (Ctrl+Enter).
    void runPreview();
    ModelPreviewPanel *preview() const { return m_preview; }
    SchemaBrowser *schemaBrowser() const { return m_schema; }

protected:
    ValidationIssues validate() const override;
    bool isBlank() const override;
    QString displayName() const override;
    QString newTitle() const override { return tr("New data model"); }
    void setInputsEnabled(bool enabled) override;

private:
    void fill(const DataModel &model) override;
    void recheck();
    QWidget *buildSidePanel(QWidget *parent);
    // The preview panel below the SQL, and what ties the two together (Ctrl+Enter, error marks).
    void buildPreview(WorkspaceActions &actions, QSplitter *vertical);
    // The schema browser and the completion follow the preview's connection.
    void loadCatalog(bool refresh);
    void probeColumns();

    QLineEdit *m_id = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_state = nullptr;
    QLabel *m_status = nullptr;
    SqlEditor *m_sql = nullptr;
    SqlFindBar *m_findBar = nullptr;
    QListWidget *m_sqlIssues = nullptr;
    QTableWidget *m_columns = nullptr;
    QTimer *m_checkTimer = nullptr;
    ModelPreviewPanel *m_preview = nullptr;
    SchemaBrowser *m_schema = nullptr;
    std::optional<SqlIssue> m_warehouseIssue; // where the last preview's warehouse error points
    std::optional<SqlIssue> m_probeIssue;     // what the column probe of the current text found
    QTimer *m_probeTimer = nullptr;
};

} // namespace wsc
