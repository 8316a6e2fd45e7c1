#pragma once

#include <QByteArray>
#include <QStringList>

namespace wsc {

// Keeps secrets out of the request log: JSON members named like secrets are replaced, and a body that
// cannot be parsed but mentions a secret is dropped whole.
class Redaction {
public:
    static QByteArray redactBody(const QByteArray &body);
    // Replaces these values (the secrets a request carried) wherever they appear: a server that echoes
    // them in a message must not put them into the log.
    static QByteArray redactValues(QByteArray body, const QStringList &values);
    // How a text reads inside a JSON string ("a\"b" for a"b), without the quotes.
    static QString jsonEscaped(const QString &text);
    static constexpr const char *kRedacted = "[redacted]";
};

} // namespace wsc
