#pragma once

#include "models/domain/DataModel.h"
#include "models/domain/Validator.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;
class QTimer;

namespace wsc {

class ApiClient;
class ApiError;
class SqlEditor;
class WorkspaceStore;

// Edits a copy of one data model: its id, name and state, and its SQL in a real SQL editor that is checked
// while you type, with the columns the query returns and how a user-attributes pipeline maps them.
// Save stays disabled while the form is invalid; server messages appear next to their field.
class DataModelEditor : public QWidget {
    Q_OBJECT

public:
    // `existing` null: a new data model.
    DataModelEditor(ApiClient &client, WorkspaceStore &store, const DataModel *existing,
                    QWidget *parent = nullptr);

    QString resourceId() const { return m_original.id; }
    bool isNew() const { return m_isNew; }
    bool isDirty() const;
    bool canSave() const;
    QString title() const;
    // The form as a value: what Save sends.
    DataModel dataModel() const;
    SqlEditor *sqlEditor() const { return m_sql; }

    void save();

signals:
    void dirtyChanged(bool dirty);
    void titleChanged(const QString &title);
    void saved(const QString &id);

private:
    void load(const DataModel &model);
    void handleEdited();
    void recheck();
    void showIssues(const ValidationIssues &issues);
    void showServerError(const ApiError &error);
    void finishSave(const DataModel &result);
    void setInputsEnabled(bool enabled);

    ApiClient &m_client;
    WorkspaceStore &m_store;
    DataModel m_original;
    bool m_isNew;
    bool m_saving = false;
    bool m_wasDirty = false;

    QLabel *m_banner = nullptr;
    QLineEdit *m_id = nullptr;
    QLabel *m_idMessage = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameMessage = nullptr;
    QComboBox *m_state = nullptr;
    QLabel *m_status = nullptr;
    SqlEditor *m_sql = nullptr;
    QListWidget *m_sqlIssues = nullptr;
    QTableWidget *m_columns = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_revertButton = nullptr;
    QTimer *m_checkTimer = nullptr;
};

} // namespace wsc
