#pragma once

#include "models/domain/Enums.h"
#include "models/domain/PipelineRun.h"

#include <QString>
#include <QtGlobal>

#include <limits>
#include <utility>

namespace wsc {

// A run id in 8 bytes. The reference types it "string"; every published example and the sandbox send a
// decimal number, which is kept as its value (no allocation); any other text is kept in a QString the id
// owns. Ordered like compareRunIds.
class RunId {
public:
    RunId() = default;
    explicit RunId(QStringView text);
    RunId(const RunId &other);
    RunId(RunId &&other) noexcept
        : m_bits(std::exchange(other.m_bits, 0))
    {}
    RunId &operator=(const RunId &other);
    RunId &operator=(RunId &&other) noexcept; // swaps: the moved-from id holds this one's old value
    ~RunId();

    QString toString() const;
    bool isEmpty() const { return m_bits == 0; }
    // What the id holds on the heap: nothing for a number; a text's QString, header and characters.
    std::size_t heapBytes() const;

    friend bool operator==(const RunId &a, const RunId &b);
    friend int compare(const RunId &a, const RunId &b);
    friend size_t qHash(const RunId &id, size_t seed);

private:
    bool isNumber() const { return m_bits & 1; }
    const QString &text() const { return *reinterpret_cast<const QString *>(m_bits); }

    quintptr m_bits = 0; // 0: empty; odd: (value << 1) | 1; otherwise a QString * owned by the id
};
static_assert(sizeof(RunId) == 8);
size_t qHash(const RunId &id, size_t seed = 0);

// One run as the history views hold it: its id and numbers
// instead of a PipelineRun's strings, so that a pipeline's whole history (100,000 runs and more) fits in
// memory. Errors and wire values the console does not know are kept aside by RunTableModel for the few
// runs that have them.
struct RunRecord {
    static constexpr qint64 kNone = std::numeric_limits<qint64>::min(); // a null or unreadable time

    RunId id;                   // as the server sent it
    qint64 logicalDate = kNone; // milliseconds since the epoch, UTC
    qint64 startedOn = kNone;
    qint64 endedOn = kNone;
    qint64 rangeStart = kNone; // kNone: the window had no lower bound
    qint64 rangeEnd = kNone;
    qint64 successfulRecords = 0;
    qint64 failedRecords = 0;
    RunStatus status = RunStatus::Unknown; // one byte each (Enums.h), so that a record takes 72 bytes
    RunType type = RunType::Unknown;
    bool hasDetails = false; // errors, or a status or type the console does not know

    static RunRecord from(const PipelineRun &run);
    // How long it ran (to `now` while still running); -1 when it has not started.
    qint64 durationMs(qint64 nowMs) const;
    bool isActive() const
    {
        return status == RunStatus::Queued || status == RunStatus::Running || status == RunStatus::Retrying;
    }
    friend bool operator==(const RunRecord &, const RunRecord &) = default;
};

// Runs are ordered like the API lists them: by logical date, then id.
inline bool runRecordBefore(const RunRecord &a, const RunRecord &b)
{
    return a.logicalDate != b.logicalDate ? a.logicalDate < b.logicalDate : compare(a.id, b.id) < 0;
}

} // namespace wsc
