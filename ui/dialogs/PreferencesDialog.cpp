#include "ui/dialogs/PreferencesDialog.h"

#include "client/SettingsKeys.h"
#include "ui/style/Appearance.h"
#include "ui/editors/FormSupport.h"
#include "ui/main/Notifier.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QVBoxLayout>

namespace wsc {

using namespace Qt::StringLiterals;

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    setObjectName(u"PreferencesDialog"_s);
    const QSettings settings;
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_language = new QComboBox(this);
    m_language->setObjectName(u"LanguageField"_s);
    const QString systemLanguage = QLocale::system().nativeLanguageName();
    m_language->addItem(systemLanguage.isEmpty() ? tr("System default")
                                                 : tr("System default (%1)").arg(systemLanguage),
                        QString());
    // Each language in its own name, so that whoever reads it can find theirs.
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Deutsch"_s, u"de"_s);
    m_initialLanguage = settings.value(SettingsKeys::kLanguage).toString();
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_initialLanguage)));
    form->addRow(FormSupport::buddyLabel(tr("&Language:"), m_language, this), m_language);

    m_theme = new QComboBox(this);
    m_theme->setObjectName(u"ThemeField"_s);
    m_theme->addItem(tr("Follow the system"), Appearance::settingOf(Appearance::Theme::System));
    m_theme->addItem(tr("Light"), Appearance::settingOf(Appearance::Theme::Light));
    m_theme->addItem(tr("Dark"), Appearance::settingOf(Appearance::Theme::Dark));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(Appearance::settingOf(Appearance::themeFromSetting(
                                             settings.value(SettingsKeys::kTheme).toString())))));
    form->addRow(FormSupport::buddyLabel(tr("&Appearance:"), m_theme, this), m_theme);
    m_notifications =
        new QCheckBox(tr("Show a desktop &notification when a pipeline faults, a run fails or a "
                         "triggered run ends"),
                      this);
    m_notifications->setObjectName(u"NotificationsField"_s);
    m_notifications->setChecked(Notifier::enabledInSettings());
    form->addRow(tr("Notifications:"), m_notifications);
    for (QComboBox *box : {m_language, m_theme})
        box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    layout->addLayout(form);

    m_restartNote = new QLabel(tr("The new language is used when the console starts next."), this);
    m_restartNote->setWordWrap(true);
    m_restartNote->setEnabled(false);
    m_restartNote->setVisible(false);
    layout->addWidget(m_restartNote);
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { m_restartNote->setVisible(m_language->currentData().toString() != m_initialLanguage); });
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

bool PreferencesDialog::applyChoices()
{
    QSettings settings;
    const QString language = m_language->currentData().toString();
    if (language.isEmpty())
        settings.remove(SettingsKeys::kLanguage);
    else
        settings.setValue(SettingsKeys::kLanguage, language);
    const QString theme = m_theme->currentData().toString();
    settings.setValue(SettingsKeys::kTheme, theme);
    Appearance::apply(Appearance::themeFromSetting(theme));
    settings.setValue(SettingsKeys::kNotifications, m_notifications->isChecked());
    return language != m_initialLanguage;
}

} // namespace wsc
