#include "ui/editors/SecretField.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QToolButton>

namespace wsc {

using namespace Qt::StringLiterals;

SecretField::SecretField(bool multiline, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (multiline) {
        m_text = new QPlainTextEdit(this);
        m_text->setMaximumHeight(90);
        layout->addWidget(m_text);
        connect(m_text, &QPlainTextEdit::textChanged, this, &SecretField::edited);
        return;
    }
    m_line = new QLineEdit(this);
    m_line->setEchoMode(QLineEdit::Password);
    layout->addWidget(m_line);
    // A text button rather than an icon: icon themes differ between desktops and may have none.
    auto *toggle = new QToolButton(this);
    toggle->setObjectName(u"ShowSecret"_s);
    toggle->setCheckable(true);
    toggle->setText(tr("Show"));
    toggle->setToolTip(tr("Show or hide the secret"));
    connect(toggle, &QToolButton::toggled, this, [this, toggle](bool shown) {
        m_line->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        toggle->setText(shown ? tr("Hide") : tr("Show"));
    });
    layout->addWidget(toggle);
    connect(m_line, &QLineEdit::textEdited, this, &SecretField::edited);
}

QWidget *SecretField::input() const
{
    return m_line ? static_cast<QWidget *>(m_line) : m_text;
}

void SecretField::setSecret(const Secret &secret)
{
    m_maskedOriginal = secret.isMasked();
    const QString placeholder = m_maskedOriginal ? tr("Unchanged (stored on the server)") : QString();
    if (m_line) {
        m_line->setText(secret.value());
        m_line->setPlaceholderText(placeholder);
    } else {
        const QSignalBlocker blocker(m_text);
        m_text->setPlainText(secret.value());
        m_text->setPlaceholderText(m_maskedOriginal ? placeholder : tr("Paste the JSON key file here"));
    }
}

Secret SecretField::secret() const
{
    const QString text = m_line ? m_line->text() : m_text->toPlainText();
    if (text.isEmpty())
        return m_maskedOriginal ? Secret::masked() : Secret();
    return Secret::fromValue(text);
}

void SecretField::setReadOnly(bool readOnly)
{
    if (m_line)
        m_line->setReadOnly(readOnly);
    else
        m_text->setReadOnly(readOnly);
}

} // namespace wsc
