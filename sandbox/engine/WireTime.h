#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace wsc::sandbox {

// The sandbox's own reading and writing of API timestamps (spec §5.7), independent of the client's.
namespace WireTime {

// YYYY-MM-DDTHH:MM:SS[.f{1,9}][Z|±HH:MM|±HHMM]; zone-less input is UTC. nullopt for anything else.
std::optional<QDateTime> parse(const QString &text);
// A date (YYYY-MM-DD = 00:00Z) or a timestamp: the runs list's startDate/endDate (I-31).
std::optional<QDateTime> parseDateOrTimestamp(const QString &text);
// Server-generated times: yyyy-MM-ddTHH:mm:ss.zzzZ.
QString millis(const QDateTime &time);
// Echo of schedule and sync-mode times: yyyy-MM-ddTHH:mm:ssZ.
QString seconds(const QDateTime &time);
// What SQLite's date functions understand: YYYY-MM-DD HH:MM:SS.SSS (UTC).
QString sqlite(const QDateTime &time);

} // namespace WireTime

} // namespace wsc::sandbox
