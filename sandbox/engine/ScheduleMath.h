#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace wsc::sandbox {

// The server side of the schedule arithmetic (spec §10.2, §10.3, §10.6.5): written for the scheduler,
// independent of the console's planner.
class ScheduleMath {
public:
    // `frequency` hourly|daily|weekly|monthly; `delay` as validated (`^[0-9]+[smhdwy]$` or empty).
    ScheduleMath(QDateTime start, QString frequency, QString delay);

    QDateTime tick(qint64 k) const;
    QDateTime due(qint64 k) const { return addDelay(tick(k)); }
    QDateTime addDelay(const QDateTime &time) const;
    // First k with tick(k) >= time, and first k with due(k) > time.
    qint64 firstTickAtOrAfter(const QDateTime &time) const;
    qint64 firstDueAfter(const QDateTime &time) const;
    // now − published catch-up limit of the frequency.
    QDateTime catchUpHorizon(const QDateTime &now) const;

private:
    template <typename Pred>
    static qint64 lowerBound(Pred pred);

    QDateTime m_start;
    QString m_frequency;
    qint64 m_delayCount = 0;
    QChar m_delayUnit;
};

} // namespace wsc::sandbox
