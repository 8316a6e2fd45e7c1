#pragma once

#include <QString>
#include <QStringView>

#include <span>
#include <string_view>

namespace wsc {

// One row of an enum's wire table: the canonical spelling is the first row for a value; further rows with
// the same value are input aliases (read, never sent).
template <typename E>
struct EnumSpelling {
    E value;
    QStringView wire;
};

// Specialised per enum in Enums.h: `static std::span<const EnumSpelling<E>> spellings();`
template <typename E>
struct EnumTraits;

// Matches a wire value against an enum table the tolerant way: case-insensitive, '-' equal to '_'.
bool wireSpellingMatches(QStringView candidate, QStringView spelling);
// The same for UTF-8 bytes straight from a JSON document (no QString made for known values).
bool wireSpellingMatches(std::string_view candidate, QStringView spelling);

// An enum value as read from the wire. An unknown value is kept verbatim (and shown, and sent back as it
// came) instead of being rejected, so that a newer server never makes the console lose data.
template <typename E>
class EnumValue {
public:
    EnumValue() = default;
    EnumValue(E value)
        : m_value(value)
    {}

    static EnumValue fromWire(QStringView text)
    {
        for (const auto &row : EnumTraits<E>::spellings()) {
            if (wireSpellingMatches(text, row.wire))
                return EnumValue(row.value);
        }
        EnumValue unknown;
        unknown.m_value = E::Unknown;
        unknown.m_raw = text.toString();
        return unknown;
    }

    static EnumValue fromWire(std::string_view utf8)
    {
        for (const auto &row : EnumTraits<E>::spellings()) {
            if (wireSpellingMatches(utf8, row.wire))
                return EnumValue(row.value);
        }
        return fromWire(QString::fromUtf8(utf8.data(), qsizetype(utf8.size())));
    }

    E value() const { return m_value; }
    bool isSet() const { return m_value != E::Unknown || !m_raw.isEmpty(); }
    bool isKnown() const { return m_value != E::Unknown; }
    bool isUnknownValue() const { return m_value == E::Unknown && !m_raw.isEmpty(); }

    // The canonical spelling, or the verbatim text of an unknown value; empty when unset.
    QString wire() const
    {
        if (m_value == E::Unknown)
            return m_raw;
        return canonical(m_value).toString();
    }

    static QStringView canonical(E value)
    {
        for (const auto &row : EnumTraits<E>::spellings()) {
            if (row.value == value)
                return row.wire;
        }
        return {};
    }

    friend bool operator==(const EnumValue &a, const EnumValue &b)
    {
        return a.m_value == b.m_value && a.m_raw == b.m_raw;
    }
    friend bool operator==(const EnumValue &a, E b)
    {
        return a.m_value == b && (b != E::Unknown || a.m_raw.isEmpty());
    }

private:
    E m_value = E::Unknown;
    QString m_raw; // only for a value the tables do not know
};

} // namespace wsc
