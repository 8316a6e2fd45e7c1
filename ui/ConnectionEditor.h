#pragma once

#include "models/domain/Connection.h"
#include "ui/ResourceEditor.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;

namespace wsc {

class SecretField;

// Edits a copy of one connection: the provider and its form (spec §6.7). Secrets are hidden inputs with
// show/hide; a secret the server returned masked shows as "unchanged" and is asked for again at Save,
// because the API needs it on every save and the console never sends the mask.
class ConnectionEditor : public ResourceEditor {
    Q_OBJECT

public:
    ConnectionEditor(ApiClient &client, WorkspaceStore &store, const Connection *existing,
                     QWidget *parent = nullptr);

    QByteArray draftJson() const override;
    bool restoreDraft(QByteArrayView json) override;
    QString resourceId() const override { return m_original.id; }
    Connection connection() const;

protected:
    ValidationIssues validate() const override;
    bool differsFromOriginal() const override { return !(connection() == m_original); }
    bool isBlank() const override;
    QString displayName() const override;
    QString newTitle() const override { return tr("New connection"); }
    Timestamp loadedModified() const override { return m_original.audit.lastModifiedOn; }
    std::optional<Timestamp> storeModified() const override;
    void reloadFromStore() override;
    void send(std::function<void(const ApiError *error)> done) override;
    void setInputsEnabled(bool enabled) override;
    QByteArray serverJson() const override;
    QByteArray outgoingJson() const override;
    bool loadCopy(const QString &id, const QString &newId, const QString &newName) override;
    bool completeBeforeSave() override;

private:
    QLineEdit *text(ServiceProvider provider, const QString &path) const;
    void load(const Connection &connection);
    void showProviderPage();

    Connection m_original;
    std::optional<Connection> m_completed; // the form plus secrets typed at Save
    QLineEdit *m_id = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_provider = nullptr;
    QLabel *m_status = nullptr;
    QStackedWidget *m_pages = nullptr;
    QHash<QString, QLineEdit *> m_texts; // "provider/path"
    SecretField *m_snowflakePassword = nullptr;
    SecretField *m_redshiftPassword = nullptr;
    SecretField *m_bigQueryKey = nullptr;
    QLabel *m_unknownProvider = nullptr;
};

} // namespace wsc
