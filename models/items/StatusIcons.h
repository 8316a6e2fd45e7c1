#pragma once

#include <QIcon>
#include <QString>

namespace wsc {

// Small coloured dots for resource and run statuses, drawn rather than loaded (no image plugin needed):
// green for healthy/valid/idle/success, blue for running/queued, red for faulted/invalid/failed,
// amber for retrying/new, grey for stopped/paused/inactive and anything unknown.
class StatusIcons {
public:
    static QIcon icon(const QString &status);
    static QColor color(const QString &status);
};

} // namespace wsc
