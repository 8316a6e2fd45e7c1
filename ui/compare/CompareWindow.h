#pragma once

#include "models/domain/bundle/BundleCompare.h"

#include <QDialog>
#include <QSet>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace wsc {

class OtherWorkspace;
class SecretStore;
class WorkspaceActions;

// "Compare Workspaces": two sides, each this workspace, another profile's or a folder; a tree of their
// resources with a badge each (only left, only right, differs, same), the field diff of the one selected
// (its SQL as a line diff; secrets as references only), a check box per resource, and "Apply to the
// Right", which shows the plan first and then the progress of each step. A folder on the right is written
// (an export of the chosen resources).
class CompareWindow : public QDialog {
    Q_OBJECT

public:
    CompareWindow(WorkspaceActions &actions, QString currentProfile, QWidget *parent = nullptr);
    ~CompareWindow() override;

    enum class Side { Left, Right };
    void setFolder(Side side, const QString &directory);
    void setProfile(Side side, const QString &profileName); // the current profile's name: this workspace
    // Only these resources ("kind/id"), with what they depend on on the left side.
    void limitTo(const QSet<QString> &keys);
    // Reads both sides again and compares them.
    void compare();

    QTreeWidget *tree() const { return m_tree; }
    QPlainTextEdit *diffView() const { return m_diff; }
    QPushButton *applyButton() const { return m_apply; }
    QLabel *statusLabel() const { return m_status; }
    SecretStore &secretStore() { return *m_secrets; }
    // The rows that are checked, as "kind/id".
    QSet<QString> chosen() const;

signals:
    // Changes reached the console's own workspace: its lists should be read again.
    void workspaceChanged();
    // Both sides were read and compared (or one failed: statusLabel() says why).
    void compared();
    // The apply dialog of the last "Apply to the Right" is open (tests drive it).
    void applyDialogOpened(QDialog *dialog);

private:
    struct SideState;
    SideState &side(Side which);
    QWidget *createSidePicker(Side which);
    void chooseFolder(Side which);
    void load(Side which, int generation);
    void sideLoaded(Side which, int generation, const Result<Bundle, QString> &result);
    void rebuild();
    void showDiff();
    void applyToRight();
    void resolveSecrets(const QStringList &names, std::function<void(const QHash<QString, QString> &)> then);
    void askSecrets(const QStringList &names, QHash<QString, QString> found,
                    std::function<void(const QHash<QString, QString> &)> then);
    void openApplyDialog(const Plan &plan, const Bundle &desired, const QHash<QString, QString> &secrets = {});
    void addSideItems(QComboBox *combo);
    // The right side's profile name: what remembered secrets are kept under.
    QString targetKey() const;

    WorkspaceActions &m_actions;
    QString m_currentProfile;
    std::unique_ptr<SideState> m_left;
    std::unique_ptr<SideState> m_right;
    std::optional<BundleCompare> m_compare;
    QSet<QString> m_limit;
    int m_generation = 0;
    SecretStore *m_secrets;
    QTreeWidget *m_tree = nullptr;
    QPlainTextEdit *m_diff = nullptr;
    QLabel *m_status = nullptr;
    QCheckBox *m_prune = nullptr;
    QCheckBox *m_createPaused = nullptr;
    QPushButton *m_apply = nullptr;
};

} // namespace wsc
