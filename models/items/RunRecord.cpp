// RunId and RunRecord: the compact form of a run that the history views hold.
#include "models/items/RunRecord.h"

#include <QHashFunctions>

#include <algorithm>

namespace wsc {

namespace {

// 18 digits fit in the 63 bits left beside the tag; a leading zero would not survive the round trip.
constexpr qsizetype kMaxDigits = 18;

bool isCanonicalNumber(QStringView text)
{
    if (text.isEmpty() || text.size() > kMaxDigits || (text.size() > 1 && text.front() == u'0'))
        return false;
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

qint64 msOf(const Timestamp &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : RunRecord::kNone;
}

} // namespace

RunId::RunId(QStringView text)
{
    if (text.isEmpty())
        return;
    if (isCanonicalNumber(text))
        m_bits = (quintptr(text.toULongLong()) << 1) | 1;
    else
        m_bits = reinterpret_cast<quintptr>(new QString(text.toString()));
}

RunId::RunId(const RunId &other)
    : m_bits(other.m_bits)
{
    if (m_bits != 0 && !isNumber())
        m_bits = reinterpret_cast<quintptr>(new QString(other.text()));
}

RunId &RunId::operator=(const RunId &other)
{
    if (this != &other)
        *this = RunId(other);
    return *this;
}

RunId &RunId::operator=(RunId &&other) noexcept
{
    std::swap(m_bits, other.m_bits);
    return *this;
}

RunId::~RunId()
{
    if (m_bits != 0 && !isNumber())
        delete reinterpret_cast<QString *>(m_bits);
}

QString RunId::toString() const
{
    if (m_bits == 0)
        return {};
    return isNumber() ? QString::number(quint64(m_bits >> 1)) : text();
}

std::size_t RunId::heapBytes() const
{
    if (m_bits == 0 || isNumber())
        return 0;
    return sizeof(QString) + 16 + std::size_t(text().capacity() + 1) * 2;
}

bool operator==(const RunId &a, const RunId &b)
{
    if (a.m_bits == b.m_bits)
        return true;
    if (a.m_bits == 0 || b.m_bits == 0 || a.isNumber() || b.isNumber())
        return false; // a number is only ever kept as one: text is never equal to it
    return a.text() == b.text();
}

int compare(const RunId &a, const RunId &b)
{
    if (a.isNumber() && b.isNumber())
        return a.m_bits < b.m_bits ? -1 : (a.m_bits > b.m_bits ? 1 : 0);
    return compareRunIds(a.toString(), b.toString());
}

size_t qHash(const RunId &id, size_t seed)
{
    return id.m_bits == 0 || id.isNumber() ? ::qHash(quint64(id.m_bits), seed) : ::qHash(id.text(), seed);
}

RunRecord RunRecord::from(const PipelineRun &run)
{
    RunRecord r;
    r.id = RunId(run.id);
    r.logicalDate = msOf(run.logicalDate);
    r.startedOn = msOf(run.startedOn);
    r.endedOn = msOf(run.endedOn);
    r.rangeStart = msOf(run.rangeStart);
    r.rangeEnd = msOf(run.rangeEnd);
    r.successfulRecords = run.successfulRecords;
    r.failedRecords = run.failedRecords;
    r.status = run.status.value();
    r.type = run.type.value();
    r.hasDetails = !run.errors.empty() || run.status.isUnknownValue() || run.type.isUnknownValue();
    return r;
}

qint64 RunRecord::durationMs(qint64 nowMs) const
{
    if (startedOn == kNone)
        return -1;
    const qint64 end = endedOn != kNone ? endedOn : (isActive() ? nowMs : kNone);
    return end == kNone ? -1 : std::max<qint64>(0, end - startedOn);
}

} // namespace wsc
