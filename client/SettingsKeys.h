#pragma once

#include <QString>

// Every QSettings key of the console, in one table: what it holds and who writes it. Values are text a
// person can read (wire names, never enum integers). Secrets never go here (SecretStore).
namespace wsc::SettingsKeys {

// Group: one subgroup per profile (its name, percent-encoded) with name, apiRoot, tokenUrl, workspaceId,
// clientId, pod. ProfileStore.
inline const QString kProfiles = QStringLiteral("profiles");
// The profile the console opened last. ProfileStore.
inline const QString kLastProfile = QStringLiteral("profiles/lastUsed");
// "de", "en"; absent: the system's language. Preferences.
inline const QString kLanguage = QStringLiteral("ui/language");
// "system", "light" or "dark" (Appearance::settingOf). Preferences.
inline const QString kTheme = QStringLiteral("ui/theme");
// Desktop notifications of failed runs and faulted pipelines; default true. Preferences.
inline const QString kNotifications = QStringLiteral("notifications/enabled");
// QMainWindow::saveGeometry() and saveState(). MainWindow.
inline const QString kWindowGeometry = QStringLiteral("mainWindow/geometry");
inline const QString kWindowState = QStringLiteral("mainWindow/state");
inline const QString kInspectorHidePolling = QStringLiteral("inspector/hidePolling");
// Group: one subgroup per profile (the hex of its name) holding kSessionTabs. MainWindow.
inline const QString kSessions = QStringLiteral("sessions");
// The open tabs, in order: "overview", "view:<pipeline id>", "<kind>:<id>" with the kind's wire name
// (resourceKindName; a digit there is the older form and is still read).
inline const QString kSessionTabs = QStringLiteral("tabs");

} // namespace wsc::SettingsKeys
