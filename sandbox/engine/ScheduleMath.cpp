#include "sandbox/engine/ScheduleMath.h"

namespace wsc::sandbox {

namespace {
constexpr qint64 kMaxTicks = 100'000'000;
}

ScheduleMath::ScheduleMath(QDateTime start, QString frequency, QString delay)
    : m_start(std::move(start))
    , m_frequency(std::move(frequency))
{
    if (!delay.isEmpty()) {
        m_delayUnit = delay.back();
        m_delayCount = delay.chopped(1).toLongLong();
    }
}

QDateTime ScheduleMath::tick(qint64 k) const
{
    if (m_frequency == u"monthly")
        return m_start.addMonths(int(k));
    const qint64 hours = m_frequency == u"daily" ? 24 : m_frequency == u"weekly" ? 168 : 1;
    return m_start.addSecs(k * hours * 3600);
}

QDateTime ScheduleMath::addDelay(const QDateTime &time) const
{
    switch (m_delayUnit.unicode()) {
    case u's': return time.addSecs(m_delayCount);
    case u'm': return time.addSecs(m_delayCount * 60);
    case u'h': return time.addSecs(m_delayCount * 3600);
    case u'd': return time.addSecs(m_delayCount * 86400);
    case u'w': return time.addSecs(m_delayCount * 604800);
    case u'y': return time.addYears(int(m_delayCount));
    default: return time;
    }
}

template <typename Pred>
qint64 ScheduleMath::lowerBound(Pred pred)
{
    if (pred(0))
        return 0;
    qint64 bad = 0, good = 1;
    while (good < kMaxTicks && !pred(good)) {
        bad = good;
        good *= 2;
    }
    if (!pred(good))
        return kMaxTicks;
    while (good - bad > 1) {
        const qint64 mid = bad + (good - bad) / 2;
        (pred(mid) ? good : bad) = mid;
    }
    return good;
}

qint64 ScheduleMath::firstTickAtOrAfter(const QDateTime &time) const
{
    return lowerBound([&](qint64 k) { return tick(k) >= time; });
}

qint64 ScheduleMath::firstDueAfter(const QDateTime &time) const
{
    return lowerBound([&](qint64 k) { return due(k) > time; });
}

QDateTime ScheduleMath::catchUpHorizon(const QDateTime &now) const
{
    if (m_frequency == u"hourly")
        return now.addDays(-7);
    if (m_frequency == u"daily")
        return now.addMonths(-6);
    if (m_frequency == u"weekly")
        return now.addYears(-3);
    return now.addYears(-5);
}

} // namespace wsc::sandbox
