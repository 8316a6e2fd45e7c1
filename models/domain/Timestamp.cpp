#include "models/domain/Timestamp.h"

#include <QTimeZone>

#include <optional>

namespace wsc {

namespace {

// Reads exactly `count` digits at `pos`; -1 if any is not a digit.
int readDigits(QStringView s, qsizetype pos, int count)
{
    if (pos + count > s.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const QChar c = s[pos + i];
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm): no time-zone machinery
// on the path that reads every timestamp of a large workspace.
qint64 daysFromCivil(qint64 y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

bool expect(QStringView s, qsizetype pos, QChar c)
{
    return pos < s.size() && s[pos] == c;
}

std::optional<qint64> parseMSecs(QStringView s)
{
    // YYYY-MM-DD
    const int year = readDigits(s, 0, 4);
    const int month = readDigits(s, 5, 2);
    const int day = readDigits(s, 8, 2);
    if (year < 0 || month < 0 || day < 0 || !expect(s, 4, u'-') || !expect(s, 7, u'-'))
        return std::nullopt;
    if (!QDate::isValid(year, month, day))
        return std::nullopt;
    // THH:MM:SS (a space instead of T is what SQL tools print)
    if (!(expect(s, 10, u'T') || expect(s, 10, u't') || expect(s, 10, u' ')))
        return std::nullopt;
    const int hour = readDigits(s, 11, 2);
    const int minute = readDigits(s, 14, 2);
    const int second = readDigits(s, 17, 2);
    if (hour < 0 || minute < 0 || second < 0 || !expect(s, 13, u':') || !expect(s, 16, u':'))
        return std::nullopt;
    if (hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    qsizetype pos = 19;
    int millis = 0;
    if (expect(s, pos, u'.')) {
        ++pos;
        int digits = 0;
        while (pos < s.size() && s[pos] >= u'0' && s[pos] <= u'9') {
            if (digits < 3)
                millis = millis * 10 + (s[pos].unicode() - u'0');
            ++digits;
            ++pos;
        }
        if (digits == 0 || digits > 9)
            return std::nullopt;
        for (int i = digits; i < 3; ++i)
            millis *= 10;
    }
    int offsetSeconds = 0;
    if (pos < s.size()) {
        const QChar z = s[pos];
        if (z == u'Z' || z == u'z') {
            ++pos;
        } else if (z == u'+' || z == u'-') {
            const int sign = z == u'+' ? 1 : -1;
            const int oh = readDigits(s, pos + 1, 2);
            int om = -1;
            if (expect(s, pos + 3, u':')) {
                om = readDigits(s, pos + 4, 2);
                pos += 6;
            } else {
                om = readDigits(s, pos + 3, 2);
                pos += 5;
            }
            if (oh < 0 || om < 0 || oh > 23 || om > 59)
                return std::nullopt;
            offsetSeconds = sign * (oh * 3600 + om * 60);
        } else {
            return std::nullopt;
        }
    }
    if (pos != s.size())
        return std::nullopt;
    const qint64 seconds =
        daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second - offsetSeconds;
    return seconds * 1000 + millis;
}

} // namespace

Timestamp::Timestamp(const QDateTime &utc)
    : m_msecs(utc.toMSecsSinceEpoch())
    , m_valid(utc.isValid())
{}

Timestamp Timestamp::parse(QStringView text)
{
    Timestamp t;
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return t;
    if (const auto msecs = parseMSecs(trimmed)) {
        t.m_msecs = *msecs;
        t.m_valid = true;
    } else {
        t.m_invalidText = text.toString();
    }
    return t;
}

Timestamp Timestamp::fromMSecsSinceEpoch(qint64 msecs)
{
    Timestamp t;
    t.m_msecs = msecs;
    t.m_valid = true;
    return t;
}

QDateTime Timestamp::toUtc() const
{
    if (!m_valid)
        return {};
    return QDateTime::fromMSecsSinceEpoch(m_msecs, Qt::UTC);
}

QString Timestamp::toWireSeconds() const
{
    if (!m_valid)
        return m_invalidText;
    // Whole seconds as the API documents them; a fraction the server once sent is kept, not truncated.
    if (m_msecs % 1000 != 0)
        return toWireMillis();
    return toUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
}

QString Timestamp::toWireMillis() const
{
    return m_valid ? toUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz'Z'")) : m_invalidText;
}

QString Timestamp::toDisplayString() const
{
    if (!m_valid)
        return m_invalidText;
    return toWireSeconds();
}

} // namespace wsc
