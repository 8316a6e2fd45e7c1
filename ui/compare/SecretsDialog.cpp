#include "ui/compare/SecretsDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wsc {

using namespace Qt::StringLiterals;

SecretsDialog::SecretsDialog(const QStringList &names, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Secrets to Send"));
    setObjectName(u"SecretsDialog"_s);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The plan sends these secrets, which the API never returns (it masks them). "
                                "Enter their values for the target workspace:"),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    for (const QString &name : names) {
        auto *field = new QLineEdit(this);
        field->setObjectName(name);
        field->setEchoMode(QLineEdit::Password);
        field->setMinimumWidth(280);
        connect(field, &QLineEdit::textChanged, this, &SecretsDialog::updateOk);
        form->addRow(name + u':', field);
        m_fields.insert(name, field);
    }
    layout->addLayout(form);
    m_remember = new QCheckBox(tr("&Remember them in the system keychain"), this);
    m_remember->setObjectName(u"RememberSecrets"_s);
    layout->addWidget(m_remember);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    updateOk();
}

void SecretsDialog::updateOk()
{
    bool all = true;
    for (QLineEdit *field : std::as_const(m_fields))
        all = all && !field->text().isEmpty();
    m_ok->setEnabled(all);
}

QHash<QString, QString> SecretsDialog::values() const
{
    QHash<QString, QString> out;
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it)
        out.insert(it.key(), it.value()->text());
    return out;
}

bool SecretsDialog::remember() const
{
    return m_remember->isChecked();
}

} // namespace wsc
