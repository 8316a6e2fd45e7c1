#pragma once

#include <QDateTime>
#include <QElapsedTimer>

namespace wsc::sandbox {

// The sandbox's notion of "now": real time, real time sped up for demos, or a clock tests move by hand.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

// Real time, optionally scaled: with a scale of 60 one real minute is one emulated hour, counted from
// the moment the clock was made.
class SystemClock final : public Clock {
public:
    explicit SystemClock(double timeScale = 1.0)
        : m_scale(timeScale)
        , m_origin(QDateTime::currentDateTimeUtc())
    {
        m_elapsed.start();
    }
    QDateTime now() const override
    {
        if (m_scale == 1.0)
            return QDateTime::currentDateTimeUtc();
        return m_origin.addMSecs(qint64(double(m_elapsed.elapsed()) * m_scale));
    }

private:
    double m_scale;
    QDateTime m_origin;
    QElapsedTimer m_elapsed;
};

// A clock that only moves when told to (tests, and the admin endpoint /_sandbox/clock).
class ManualClock final : public Clock {
public:
    explicit ManualClock(QDateTime start = QDateTime::currentDateTimeUtc())
        : m_now(start.toUTC())
    {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &time) { m_now = time.toUTC(); }
    void advance(qint64 msecs) { m_now = m_now.addMSecs(msecs); }

private:
    QDateTime m_now;
};

} // namespace wsc::sandbox
