#include "models/domain/Delay.h"

namespace wsc {

namespace {

constexpr qint64 kSecondsPerUnit[] = {1, 60, 3600, 86400, 604800, 0};
// Longer delays are refused: nothing sensible waits a century, and it keeps the arithmetic in range.
constexpr qint64 kMaxSeconds = 100LL * 366 * 86400;
constexpr qint64 kMaxYears = 100;

} // namespace

QChar Delay::unitLetter(Unit unit)
{
    static constexpr char16_t letters[] = u"smhdwy";
    return QChar(letters[int(unit)]);
}

Result<Delay, QString> Delay::parse(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return Delay();
    const QChar last = t.back();
    Unit unit;
    switch (last.unicode()) {
    case u's': unit = Unit::Seconds; break;
    case u'm': unit = Unit::Minutes; break;
    case u'h': unit = Unit::Hours; break;
    case u'd': unit = Unit::Days; break;
    case u'w': unit = Unit::Weeks; break;
    case u'y': unit = Unit::Years; break;
    default:
        return tr("A delay is a whole number followed by one unit: s, m (minutes), h, d, w or y, e.g. 15m.");
    }
    const QStringView digits = t.chopped(1);
    if (digits.isEmpty())
        return tr("A delay is a whole number followed by one unit: s, m (minutes), h, d, w or y, e.g. 15m.");
    qint64 count = 0;
    for (QChar c : digits) {
        if (c < u'0' || c > u'9')
            return tr(
                "A delay is a whole number followed by one unit: s, m (minutes), h, d, w or y, e.g. 15m.");
        count = count * 10 + (c.unicode() - u'0');
        if (count > kMaxSeconds)
            return tr("The delay is too long: at most 100 years.");
    }
    const bool tooLong =
        unit == Unit::Years ? count > kMaxYears : count * kSecondsPerUnit[int(unit)] > kMaxSeconds;
    if (tooLong)
        return tr("The delay is too long: at most 100 years.");
    return Delay(count, unit);
}

Timestamp Delay::addTo(const Timestamp &time) const
{
    if (!time.isValid() || m_count == 0)
        return time;
    if (m_unit == Unit::Years)
        return Timestamp(time.toUtc().addYears(int(m_count)));
    return Timestamp::fromMSecsSinceEpoch(time.toMSecsSinceEpoch() +
                                          m_count * kSecondsPerUnit[int(m_unit)] * 1000);
}

QString Delay::toWire() const
{
    if (m_count == 0)
        return {};
    return QString::number(m_count) + unitLetter(m_unit);
}

QString Delay::toDisplayString() const
{
    const int n = int(m_count);
    switch (m_unit) {
    case Unit::Seconds: return tr("%n second(s)", nullptr, n);
    case Unit::Minutes: return tr("%n minute(s)", nullptr, n);
    case Unit::Hours: return tr("%n hour(s)", nullptr, n);
    case Unit::Days: return tr("%n day(s)", nullptr, n);
    case Unit::Weeks: return tr("%n week(s)", nullptr, n);
    case Unit::Years: return tr("%n year(s)", nullptr, n);
    }
    return {};
}

QString Delay::unitName(Unit unit)
{
    switch (unit) {
    case Unit::Seconds: return tr("seconds");
    case Unit::Minutes: return tr("minutes");
    case Unit::Hours: return tr("hours");
    case Unit::Days: return tr("days");
    case Unit::Weeks: return tr("weeks");
    case Unit::Years: return tr("years");
    }
    return {};
}

} // namespace wsc
