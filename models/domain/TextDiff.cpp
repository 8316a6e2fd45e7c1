#include "models/domain/TextDiff.h"

#include <QStringList>

namespace wsc {

std::vector<DiffLine> lineDiff(const QString &before, const QString &after)
{
    const QStringList a = before.isEmpty() ? QStringList() : before.split(u'\n');
    const QStringList b = after.isEmpty() ? QStringList() : after.split(u'\n');
    const size_t n = size_t(a.size());
    const size_t m = size_t(b.size());
    std::vector<DiffLine> out;
    if (n * m > 4'000'000) {
        for (const QString &line : a)
            out.push_back({DiffLine::Kind::Removed, line});
        for (const QString &line : b)
            out.push_back({DiffLine::Kind::Added, line});
        return out;
    }
    // lcs[i][j]: the longest common subsequence of a[i…] and b[j…].
    std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
    for (size_t i = n; i-- > 0;) {
        for (size_t j = m; j-- > 0;)
            lcs[i][j] = a[qsizetype(i)] == b[qsizetype(j)] ? lcs[i + 1][j + 1] + 1
                                                           : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    }
    size_t i = 0;
    size_t j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[qsizetype(i)] == b[qsizetype(j)]) {
            out.push_back({DiffLine::Kind::Same, a[qsizetype(i)]});
            ++i;
            ++j;
        } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
            out.push_back({DiffLine::Kind::Removed, a[qsizetype(i++)]});
        } else {
            out.push_back({DiffLine::Kind::Added, b[qsizetype(j++)]});
        }
    }
    return out;
}

QString lineDiffText(const std::vector<DiffLine> &diff)
{
    QString out;
    for (const DiffLine &line : diff) {
        switch (line.kind) {
        case DiffLine::Kind::Same: out += u"  "; break;
        case DiffLine::Kind::Removed: out += u"- "; break;
        case DiffLine::Kind::Added: out += u"+ "; break;
        }
        out += line.text + u'\n';
    }
    return out;
}

} // namespace wsc
