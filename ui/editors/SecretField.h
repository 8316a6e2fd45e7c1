#pragma once

#include "models/domain/Secret.h"

#include <QWidget>

class QLineEdit;
class QPlainTextEdit;

namespace wsc {

// An input for a secret: hidden by default with a show/hide toggle. A secret the server returned masked
// shows as "unchanged" and stays masked (never sent) until the user types a new one.
class SecretField : public QWidget {
    Q_OBJECT

public:
    // `multiline` for a service-account key file.
    explicit SecretField(bool multiline, QWidget *parent = nullptr);

    void setSecret(const Secret &secret);
    Secret secret() const;
    void setReadOnly(bool readOnly);
    QWidget *input() const;

signals:
    void edited();

private:
    QLineEdit *m_line = nullptr;
    QPlainTextEdit *m_text = nullptr;
    bool m_maskedOriginal = false;
};

} // namespace wsc
