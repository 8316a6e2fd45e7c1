#include "app/WsctlText.h"

#include <cstdio>

namespace wsc::WsctlText {

using namespace Qt::StringLiterals;

void printOut(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
    if (!bytes.endsWith('\n'))
        std::fputc('\n', stdout);
    std::fflush(stdout);
}

// Control characters from a server (an escape sequence in a message or an id) never reach the terminal.
QString printable(QString text)
{
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control && c != u'\n')
            c = u'?';
    }
    return text;
}

void printErr(const QString &message)
{
    const QByteArray bytes = printable(message).toUtf8();
    std::fprintf(stderr, "wsctl: %s\n", bytes.constData());
}

QString cellText(const QString &text)
{
    // One line per row: whatever the server put in a field, it cannot break the table.
    QString out = printable(text.simplified());
    return out.isEmpty() ? u"-"_s : out;
}

QString formatTable(const QList<QStringList> &rows)
{
    if (rows.isEmpty())
        return {};
    QList<int> widths(rows.first().size(), 0);
    for (const QStringList &row : rows) {
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], int(row[i].size()));
    }
    QString out;
    for (const QStringList &row : rows) {
        QStringList padded;
        for (int i = 0; i < row.size(); ++i)
            padded << (i + 1 == row.size() ? row[i] : row[i].leftJustified(widths[i]));
        out += padded.join(u"  "_s) + u'\n';
    }
    return out;
}

} // namespace wsc::WsctlText
