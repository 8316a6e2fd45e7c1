#include "sandbox/engine/WireTime.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace wsc::sandbox::WireTime {

using namespace Qt::StringLiterals;

std::optional<QDateTime> parse(const QString &text)
{
    static const QRegularExpression pattern(
        uR"(^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:?\d{2})?$)"_s);
    const auto m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const int hour = m.captured(4).toInt(), minute = m.captured(5).toInt(), second = m.captured(6).toInt();
    if (!date.isValid() || hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    const int msec = m.captured(7).isEmpty() ? 0 : QString(m.captured(7) + u"00"_s).left(3).toInt();
    QDateTime utc(date, QTime(hour, minute, second, msec), QTimeZone::utc());
    const QString zone = m.captured(8);
    if (!zone.isEmpty() && zone != u"Z") {
        const QString digits = QString(zone).remove(u':');
        const int oh = digits.mid(1, 2).toInt(), om = digits.mid(3, 2).toInt();
        if (oh > 23 || om > 59)
            return std::nullopt;
        const int offset = (oh * 3600 + om * 60) * (zone.startsWith(u'-') ? -1 : 1);
        utc = utc.addSecs(-offset);
    }
    return utc.toUTC();
}

std::optional<QDateTime> parseDateOrTimestamp(const QString &text)
{
    static const QRegularExpression dateOnly(uR"(^\d{4}-\d{2}-\d{2}$)"_s);
    if (dateOnly.match(text).hasMatch()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        return QDateTime(date, QTime(0, 0), QTimeZone::utc()).toUTC();
    }
    return parse(text);
}

QString millis(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzz'Z'"_s);
}

QString seconds(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss'Z'"_s);
}

QString sqlite(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s);
}

} // namespace wsc::sandbox::WireTime
