#pragma once

#include <QString>

#include <vector>

namespace wsc {

// One line of a line-by-line comparison of two texts.
struct DiffLine {
    enum class Kind { Same, Removed, Added };
    Kind kind = Kind::Same;
    QString text;
    friend bool operator==(const DiffLine &, const DiffLine &) = default;
};

// The lines that turn `before` into `after` (a longest common subsequence of lines; the removed lines of a
// change come before the added ones). Texts too long for that (over ~4 million line pairs) are shown as
// all removed, then all added.
std::vector<DiffLine> lineDiff(const QString &before, const QString &after);

// The diff as text: "  same", "- removed", "+ added", one line each.
QString lineDiffText(const std::vector<DiffLine> &diff);

} // namespace wsc
