#pragma once

// The compare window's sides, shared by its two source files.

#include "client/bundle/OtherWorkspace.h"
#include "ui/compare/CompareWindow.h"

#include <QComboBox>

namespace wsc {

// What a side's picker holds: this workspace, "profile:NAME" or "folder:PATH".
inline const QString kCurrent = QStringLiteral("current");
inline const QString kProfilePrefix = QStringLiteral("profile:");
inline const QString kFolderPrefix = QStringLiteral("folder:");

// What one side is, and what was read of it.
struct CompareWindow::SideState {
    QComboBox *combo = nullptr;
    std::unique_ptr<OtherWorkspace> other;
    std::optional<Bundle> bundle;
    QString error;
    QString what() const { return combo->currentData().toString(); }
    bool isFolder() const { return what().startsWith(kFolderPrefix); }
};

} // namespace wsc
