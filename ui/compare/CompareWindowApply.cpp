// The compare window's "Apply to the Right": the secrets a plan sends (from the keychain, else asked for),
// the plan, and its progress.
#include "ui/compare/CompareWindow.h"
#include "ui/compare/CompareWindow_p.h"

#include "client/SecretStore.h"
#include "client/WorkspaceActions.h"
#include "client/bundle/OtherWorkspace.h"
#include "models/domain/bundle/BundleFolder.h"
#include "ui/compare/ApplyDialog.h"
#include "ui/compare/SecretsDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QTimer>

#include <memory>

namespace wsc {

using namespace Qt::StringLiterals;

QString CompareWindow::targetKey() const
{
    const QString what = m_right->what();
    return what == kCurrent ? m_currentProfile : what.mid(kProfilePrefix.size());
}

// Every name the keychain has is taken from it; the rest are asked for, once, together.
void CompareWindow::resolveSecrets(const QStringList &names,
                                   std::function<void(const QHash<QString, QString> &)> then)
{
    auto found = std::make_shared<QHash<QString, QString>>();
    auto pending = std::make_shared<int>(int(names.size()));
    if (names.isEmpty())
        return then({});
    for (const QString &name : names) {
        m_secrets->read(SecretsDialog::keychainKey(targetKey(), name), this,
                        [this, name, names, found, pending, then](const QString &value, const QString &) {
                            if (!value.isEmpty())
                                found->insert(name, value);
                            if (--*pending > 0)
                                return;
                            QStringList missing;
                            for (const QString &n : names) {
                                if (!found->contains(n))
                                    missing << n;
                            }
                            // Out of the keychain's callback before a dialog opens.
                            QTimer::singleShot(0, this, [this, missing, found, then] {
                                askSecrets(missing, *found, then);
                            });
                        });
    }
}

void CompareWindow::askSecrets(const QStringList &names, QHash<QString, QString> found,
                               std::function<void(const QHash<QString, QString> &)> then)
{
    if (names.isEmpty())
        return then(found);
    auto *dialog = new SecretsDialog(names, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, found, then]() mutable {
        const QHash<QString, QString> typed = dialog->values();
        for (auto it = typed.begin(); it != typed.end(); ++it) {
            found.insert(it.key(), it.value());
            if (dialog->remember())
                m_secrets->write(SecretsDialog::keychainKey(targetKey(), it.key()), it.value(), this,
                                [](bool, const QString &) {});
        }
        then(found);
    });
    connect(dialog, &QDialog::rejected, this, [this, names] {
        m_status->setText(tr("Nothing was applied: the plan needs %1.").arg(names.join(u", "_s)));
    });
    dialog->open();
}

void CompareWindow::openApplyDialog(const Plan &plan, const Bundle &desired, const QHash<QString, QString> &secrets)
{
    const bool toFolder = m_right->isFolder();
    const QString target = m_right->combo->currentText();
    ApplyDialog::ApplierFactory factory;
    std::function<QString()> write;
    if (toFolder) {
        write = [directory = m_right->what().mid(kFolderPrefix.size()), desired] {
            return BundleFolder::write(directory, desired, true);
        };
    } else if (m_right->other) {
        OtherWorkspace *other = m_right->other.get();
        factory = [other, plan, secrets](QObject *parent) { return other->newApplier(plan, secrets, parent); };
    } else {
        factory = [this, plan, secrets](QObject *parent) { return m_actions.newApplier(plan, secrets, parent); };
    }
    auto *dialog = new ApplyDialog(plan, target, factory, write, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const bool current = !toFolder && !m_right->other;
    connect(dialog, &ApplyDialog::finishedApplying, this, [this, dialog, current] {
        if (current && dialog->changedTarget())
            emit workspaceChanged();
        // What is left, if anything: from the event loop, out of the applier's last answer.
        QTimer::singleShot(0, this, &CompareWindow::compare);
    });
    dialog->open();
    emit applyDialogOpened(dialog);
}

} // namespace wsc
