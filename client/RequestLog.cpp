#include "client/RequestLog.h"

#include "client/Redaction.h"

#include <QUrl>

namespace wsc {

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype kMaxBodyKept = 256 * 1024;

QByteArray keep(const QByteArray &body)
{
    // A large body is not kept: cut JSON cannot be redacted member by member, and parsing megabytes of
    // list answers for the inspector would slow every workspace load.
    if (body.size() > kMaxBodyKept)
        return "[" + QByteArray::number(body.size()) + " bytes: bodies over 256 KiB are not kept]";
    return Redaction::redactBody(body);
}
} // namespace

RequestLog::RequestLog(QObject *parent, int capacity)
    : QAbstractTableModel(parent)
    , m_capacity(std::max(1, capacity))
{}

quint64 RequestLog::begin(const QString &method, const QUrl &url, const QByteArray &body, bool polling)
{
    if (int(m_entries.size()) >= m_capacity) {
        beginRemoveRows({}, 0, 0);
        m_entries.pop_front();
        endRemoveRows();
    }
    Entry e;
    e.id = m_nextId++;
    e.started = QDateTime::currentDateTime();
    e.method = method;
    // User info never goes into the log, even if a URL carried it.
    e.url = url.toString(QUrl::RemoveUserInfo);
    e.requestSize = body.size();
    e.requestBody = keep(body);
    e.polling = polling;
    e.timer.start();
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.push_back(std::move(e));
    endInsertRows();
    return m_entries.back().id;
}

int RequestLog::rowOf(quint64 id) const
{
    if (m_entries.empty() || id < m_entries.front().id)
        return -1;
    const quint64 row = id - m_entries.front().id;
    return row < m_entries.size() ? int(row) : -1;
}

void RequestLog::end(quint64 id, int status, const QByteArray &body, const QString &error)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    Entry &e = m_entries[std::size_t(row)];
    e.status = status;
    e.durationMs = e.timer.elapsed();
    e.responseSize = body.size();
    e.responseBody = keep(body);
    e.error = error;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void RequestLog::addProblem(quint64 id, const QString &problem)
{
    const int row = rowOf(id);
    if (row < 0 || problem.isEmpty())
        return;
    Entry &e = m_entries[std::size_t(row)];
    if (e.error.contains(problem))
        return;
    e.error = e.error.isEmpty() ? problem : e.error + u'\n' + problem;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QString RequestLog::curlCommand(const Entry &entry)
{
    const auto quote = [](const QString &text) -> QString { return u'\'' + QString(text).replace(u'\'', u"'\\''"_s) + u'\''; };
    QStringList parts{u"curl"_s, u"-X"_s, entry.method, quote(entry.url), u"-H"_s, quote(u"Accept: application/json"_s)};
    // The token endpoint is called without one; every API call carries the bearer token.
    if (!entry.url.endsWith(u"/oauth/token"_s))
        parts << u"-H"_s << u"\"Authorization: Bearer $WSC_TOKEN\""_s;
    if (!entry.requestBody.isEmpty()) {
        parts << u"-H"_s << quote(u"Content-Type: application/json"_s) << u"--data-raw"_s
              << quote(QString::fromUtf8(entry.requestBody));
    }
    return parts.join(u' ');
}

const RequestLog::Entry *RequestLog::entry(int row) const
{
    return row >= 0 && row < int(m_entries.size()) ? &m_entries[std::size_t(row)] : nullptr;
}

void RequestLog::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

int RequestLog::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RequestLog::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestLog::data(const QModelIndex &index, int role) const
{
    const Entry *e = entry(index.row());
    if (!e || !index.isValid() || index.column() >= ColumnCount)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: return e->started.toString(QStringLiteral("HH:mm:ss.zzz"));
        case MethodColumn: return e->method;
        case UrlColumn: return e->url;
        case StatusColumn:
            if (e->status)
                return e->status;
            return e->durationMs < 0 ? tr("…") : tr("failed");
        case DurationColumn: return e->durationMs < 0 ? QVariant() : QVariant(tr("%1 ms").arg(e->durationMs));
        case SizeColumn: return QLocale().formattedDataSize(e->responseSize);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case TimeColumn: return e->started;
        case StatusColumn: return e->status;
        case DurationColumn: return e->durationMs;
        case SizeColumn: return e->responseSize;
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole:
        if (index.column() == UrlColumn)
            return e->error.isEmpty() ? e->url : e->url + u'\n' + e->error;
        return e->error.isEmpty() ? QVariant() : QVariant(e->error);
    case PollingRole: return e->polling;
    case MethodRole: return e->method;
    case StatusRole: return e->status;
    case RequestBodyRole: return e->requestBody;
    case ResponseBodyRole: return e->responseBody;
    case ErrorRole: return e->error;
    default: break;
    }
    return {};
}

QVariant RequestLog::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case MethodColumn: return tr("Method");
    case UrlColumn: return tr("URL");
    case StatusColumn: return tr("Status");
    case DurationColumn: return tr("Duration");
    case SizeColumn: return tr("Size");
    default: return {};
    }
}

} // namespace wsc
