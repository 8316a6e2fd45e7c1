#pragma once

#include <QDateTime>
#include <QString>

namespace wsc {

// A point in time as the API writes it. Reads the lenient grammar of spec §5.7
// (YYYY-MM-DDTHH:MM:SS[.f{1,9}][Z|±HH:MM|±HHMM], zone-less = UTC; a space instead of 'T' is accepted);
// an unparseable text is kept verbatim so that it can be shown and validated instead of being lost.
class Timestamp {
public:
    Timestamp() = default;
    explicit Timestamp(const QDateTime &utc);

    static Timestamp parse(QStringView text);
    static Timestamp fromMSecsSinceEpoch(qint64 msecs);

    bool isNull() const { return !m_valid && m_invalidText.isEmpty(); } // absent or null
    bool isValid() const { return m_valid; }
    bool isInvalid() const { return !m_valid && !m_invalidText.isEmpty(); }
    QString invalidText() const { return m_invalidText; }

    QDateTime toUtc() const;
    qint64 toMSecsSinceEpoch() const { return m_msecs; }

    // yyyy-MM-ddTHH:mm:ssZ: the form the API expects in requests (sync_mode and schedule fields);
    // with milliseconds only if the value has a fraction.
    QString toWireSeconds() const;
    // yyyy-MM-ddTHH:mm:ss.zzzZ: the form of server-generated times.
    QString toWireMillis() const;
    // What to show: the wire form in UTC, or the invalid text as received.
    QString toDisplayString() const;

    friend bool operator==(const Timestamp &a, const Timestamp &b)
    {
        return a.m_valid == b.m_valid && a.m_msecs == b.m_msecs && a.m_invalidText == b.m_invalidText;
    }
    friend bool operator<(const Timestamp &a, const Timestamp &b) { return a.m_msecs < b.m_msecs; }
    friend bool operator<=(const Timestamp &a, const Timestamp &b) { return a.m_msecs <= b.m_msecs; }

private:
    qint64 m_msecs = 0;
    bool m_valid = false;
    QString m_invalidText;
};

} // namespace wsc
