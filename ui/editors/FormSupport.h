#pragma once

#include "models/domain/Enums.h"

#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QSplitter>

#include <initializer_list>

namespace wsc {

// Small helpers the editors share for their forms.
namespace FormSupport {

// A form label whose mnemonic focuses its field (a row given as a container gets no buddy by itself).
inline QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

// Fills a combo with enum values (translated labels, the value as item data).
template <typename E>
void fillEnum(QComboBox *combo, std::initializer_list<E> values)
{
    for (E value : values)
        combo->addItem(EnumTraits<E>::displayName(value), QVariant::fromValue(int(value)));
}

// Selects a value; an unknown wire value is added as an item of its own so it is shown, not lost.
template <typename E>
void selectEnum(QComboBox *combo, const EnumValue<E> &value)
{
    if (value.isUnknownValue()) {
        const int existing = combo->findData(value.wire(), Qt::UserRole + 1);
        if (existing < 0) {
            combo->addItem(wsc::displayName(value), QVariant::fromValue(int(E::Unknown)));
            combo->setItemData(combo->count() - 1, value.wire(), Qt::UserRole + 1);
        }
        combo->setCurrentIndex(combo->findData(value.wire(), Qt::UserRole + 1));
        return;
    }
    const int row = combo->findData(QVariant::fromValue(int(value.value())));
    combo->setCurrentIndex(row);
}

template <typename E>
EnumValue<E> selectedEnum(const QComboBox *combo)
{
    const QVariant data = combo->currentData();
    if (!data.isValid())
        return {};
    const auto value = E(data.toInt());
    if (value == E::Unknown)
        return EnumValue<E>::fromWire(combo->currentData(Qt::UserRole + 1).toString());
    return value;
}

// Restores a splitter's sizes from QSettings and keeps them there whenever the user drags it.
inline void rememberSplitter(QSplitter *splitter, const QString &key)
{
    const QString settingsKey = QStringLiteral("splitters/") + key;
    splitter->setObjectName(key);
    const QByteArray state = QSettings().value(settingsKey).toByteArray();
    if (!state.isEmpty())
        splitter->restoreState(state);
    QObject::connect(splitter, &QSplitter::splitterMoved, splitter,
                     [splitter, settingsKey] { QSettings().setValue(settingsKey, splitter->saveState()); });
}

} // namespace FormSupport

} // namespace wsc
