#pragma once

#include "models/domain/Connection.h"
#include "ui/editors/TypedEditor.h"

#include <initializer_list>
#include <utility>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QStackedWidget;

namespace wsc {

class SecretField;

// Edits a copy of one connection: the provider and its form (spec §6.7). Secrets are hidden inputs with
// show/hide; a secret the server returned masked shows as "unchanged" and is asked for again at Save,
// because the API needs it on every save and the console never sends the mask.
class ConnectionEditor : public TypedEditor<Connection> {
    Q_OBJECT

public:
    ConnectionEditor(WorkspaceActions &actions, const Connection *existing,
                     QWidget *parent = nullptr);

    Connection value() const override;
    Connection connection() const { return value(); }

protected:
    ValidationIssues validate() const override;
    bool isBlank() const override;
    QString displayName() const override;
    QString newTitle() const override { return tr("New connection"); }
    void setInputsEnabled(bool enabled) override;
    bool completeBeforeSave() override;

private:
    // The field path and label of each text input on a provider page.
    using PageFields = std::initializer_list<std::pair<const char16_t *, QString>>;

    // The id, name, state and provider rows; one page per provider below them. The inputs are
    // connected once the first value is loaded.
    void buildGeneral();
    void buildProviderPages();
    // A provider's page with its text inputs; `serverFields` are read-only, filled in by the server.
    QFormLayout *addProviderPage(ServiceProvider provider, PageFields fields, PageFields serverFields = {});
    void connectInputs();
    QLineEdit *text(ServiceProvider provider, const QString &path) const;
    void fill(const Connection &connection) override;
    Connection outgoing() const override;
    void sent() override;
    void withoutSecrets(Connection &c) const override;
    void keepSecrets(Connection &draft, const Connection &original) const override;
    void showProviderPage();

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
