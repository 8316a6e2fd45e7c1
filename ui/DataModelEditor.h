#pragma once

#include "models/domain/DataModel.h"
#include "ui/ResourceEditor.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;
class QTimer;

namespace wsc {

class SqlEditor;

// Edits a copy of one data model: its id, name and state, and its SQL in a real SQL editor that is checked
// while you type, with the columns the query returns and how a user-attributes pipeline maps them.
class DataModelEditor : public ResourceEditor {
    Q_OBJECT

public:
    // `existing` null: a new data model.
    DataModelEditor(ApiClient &client, WorkspaceStore &store, const DataModel *existing,
                    QWidget *parent = nullptr);

    QByteArray draftJson() const override;
    bool restoreDraft(QByteArrayView json) override;
    QString resourceId() const override { return m_original.id; }
    // The form as a value: what Save sends.
    DataModel dataModel() const;
    SqlEditor *sqlEditor() const { return m_sql; }

protected:
    ValidationIssues validate() const override;
    bool differsFromOriginal() const override { return !(dataModel() == m_original); }
    bool isBlank() const override;
    QString displayName() const override;
    QString newTitle() const override { return tr("New data model"); }
    Timestamp loadedModified() const override { return m_original.audit.lastModifiedOn; }
    std::optional<Timestamp> storeModified() const override;
    void reloadFromStore() override;
    void send(std::function<void(const ApiError *error)> done) override;
    void setInputsEnabled(bool enabled) override;
    QByteArray serverJson() const override;
    QByteArray outgoingJson() const override;
    bool loadCopy(const QString &id, const QString &newId, const QString &newName) override;

private:
    void load(const DataModel &model);
    void recheck();

    DataModel m_original;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_state = nullptr;
    QLabel *m_status = nullptr;
    SqlEditor *m_sql = nullptr;
    QListWidget *m_sqlIssues = nullptr;
    QTableWidget *m_columns = nullptr;
    QTimer *m_checkTimer = nullptr;
};

} // namespace wsc
