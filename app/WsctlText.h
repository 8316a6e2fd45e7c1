#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// What wsctl writes: to stdout and stderr, safe for a terminal, and as aligned tables.
namespace wsc::WsctlText {

// The bytes and a newline (unless they end with one).
void printOut(const QByteArray &bytes);
// "wsctl: message" on stderr.
void printErr(const QString &message);
// Control characters from a server (an escape sequence in a message or an id) never reach the terminal.
QString printable(QString text);
// One line per cell, "-" when empty: whatever the server put in a field, it cannot break the table.
QString cellText(const QString &text);
// Columns padded to their widest cell, two spaces apart; the first row is the header.
QString formatTable(const QList<QStringList> &rows);

} // namespace wsc::WsctlText
