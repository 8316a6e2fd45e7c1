#pragma once

#include <QDialog>
#include <QHash>

class QCheckBox;
class QLineEdit;
class QPushButton;

namespace wsc {

// Asks for the values of the secret references a plan has to send (warehouse passwords, service-account
// keys, feed keys), one password field each. Nothing is shown again or kept unless "Remember" is ticked,
// which puts them in the system keychain (never in the settings).
class SecretsDialog : public QDialog {
    Q_OBJECT

public:
    SecretsDialog(const QStringList &names, QWidget *parent = nullptr);

    QHash<QString, QString> values() const;
    bool remember() const;
    // The keychain entry of a secret reference for one target workspace (a development password is never
    // taken for production).
    static QString keychainKey(const QString &target, const QString &name)
    {
        return QStringLiteral("bundle-secret:") + target + u'/' + name;
    }

private:
    void updateOk();

    QHash<QString, QLineEdit *> m_fields;
    QCheckBox *m_remember = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace wsc
