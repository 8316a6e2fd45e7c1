#pragma once

#include "models/domain/DataModel.h"
#include "ui/editors/TypedEditor.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;
class QTimer;

namespace wsc {

class SqlEditor;
class SqlFindBar;

// Edits a copy of one data model: its id, name and state, and its SQL in a real SQL editor that is checked
// while you type, with the columns the query returns and how a user-attributes pipeline maps them.
class DataModelEditor : public TypedEditor<DataModel> {
    Q_OBJECT

public:
    // `existing` null: a new data model.
    DataModelEditor(WorkspaceActions &actions, const DataModel *existing,
                    QWidget *parent = nullptr);

    // The form as a value: what Save sends.
    DataModel value() const override;
    DataModel dataModel() const { return value(); }
    SqlEditor *sqlEditor() const { return m_sql; }
    SqlFindBar *findBar() const { return m_findBar; }
    // Find (Ctrl+F while in the editor, F3) or replace (Ctrl+H) in the SQL.
    void showFind(bool replace);

protected:
    ValidationIssues validate() const override;
    bool isBlank() const override;
    QString displayName() const override;
    QString newTitle() const override { return tr("New data model"); }
    void setInputsEnabled(bool enabled) override;

private:
    void fill(const DataModel &model) override;
    void recheck();

    QLineEdit *m_id = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_state = nullptr;
    QLabel *m_status = nullptr;
    SqlEditor *m_sql = nullptr;
    SqlFindBar *m_findBar = nullptr;
    QListWidget *m_sqlIssues = nullptr;
    QTableWidget *m_columns = nullptr;
    QTimer *m_checkTimer = nullptr;
};

} // namespace wsc
