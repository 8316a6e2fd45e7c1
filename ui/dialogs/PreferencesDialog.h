#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;

namespace wsc {

// Edit > Preferences: the interface language (used from the next start) and the appearance (light,
// dark or the system's, applied at once), kept under ui/, and whether desktop notifications show.
class PreferencesDialog : public QDialog {
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // Stores the choices and applies the appearance; true when the language changed (it applies at the
    // next start).
    bool applyChoices();


private:
    QComboBox *m_language = nullptr;
    QComboBox *m_theme = nullptr;
    QCheckBox *m_notifications = nullptr;
    QLabel *m_restartNote = nullptr;
    QString m_initialLanguage;
};

} // namespace wsc
