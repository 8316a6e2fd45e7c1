#pragma once

#include "models/domain/Result.h"
#include "models/domain/Timestamp.h"

#include <QCoreApplication>
#include <QString>

namespace wsc {

// schedule.delay: a whole number and one unit letter, `^[0-9]+[smhdwy]$` (spec §10.3). `m` is minutes;
// `y` is calendar years. An empty text is no delay; white space around the value is ignored.
class Delay {
    Q_DECLARE_TR_FUNCTIONS(wsc::Delay)

public:
    enum class Unit { Seconds, Minutes, Hours, Days, Weeks, Years };

    Delay() = default;
    Delay(qint64 count, Unit unit)
        : m_count(count)
        , m_unit(unit)
    {}

    // The error is a translated sentence for the form.
    static Result<Delay, QString> parse(QStringView text);

    qint64 count() const { return m_count; }
    Unit unit() const { return m_unit; }
    bool isZero() const { return m_count == 0; }

    // `time` + this delay (calendar years for `y`).
    Timestamp addTo(const Timestamp &time) const;
    // "15m"; empty for no delay.
    QString toWire() const;
    // "15 minutes", translated.
    QString toDisplayString() const;

    static QChar unitLetter(Unit unit);
    // "minutes": the unit as a form offers it, translated.
    static QString unitName(Unit unit);
    static constexpr Unit kUnits[] = {Unit::Seconds, Unit::Minutes, Unit::Hours,
                                      Unit::Days,    Unit::Weeks,   Unit::Years};

    friend bool operator==(const Delay &, const Delay &) = default;

private:
    qint64 m_count = 0;
    Unit m_unit = Unit::Seconds;
};

} // namespace wsc
