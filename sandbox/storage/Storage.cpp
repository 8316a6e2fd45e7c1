#include "sandbox/storage/Storage.h"

#include <QJsonDocument>
#include <QLoggingCategory>

#include <limits>
#include <sqlite3.h>

namespace wsc::sandbox {

Q_LOGGING_CATEGORY(lcStorage, "wsc.sandbox.storage")

namespace {

// Finalizes a statement on every path out of a scope; a failed write marks the transaction failed.
struct Statement {
    sqlite3_stmt *stmt;
    bool *failed = nullptr;
    ~Statement() { sqlite3_finalize(stmt); }
    Statement &bind(int index, const QString &text)
    {
        const QByteArray utf8 = text.toUtf8();
        sqlite3_bind_text(stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        return *this;
    }
    Statement &bind(int index, qint64 value)
    {
        sqlite3_bind_int64(stmt, index, value);
        return *this;
    }
    Statement &bind(int index, const QJsonObject &json)
    {
        const QByteArray utf8 = QJsonDocument(json).toJson(QJsonDocument::Compact);
        sqlite3_bind_text(stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        return *this;
    }
    bool step() { return sqlite3_step(stmt) == SQLITE_ROW; }
    QString text(int column) const
    {
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, column)),
                                 sqlite3_column_bytes(stmt, column));
    }
    qint64 integer(int column) const { return sqlite3_column_int64(stmt, column); }
    QJsonObject json(int column) const
    {
        return QJsonDocument::fromJson(
                   QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(stmt, column)),
                              sqlite3_column_bytes(stmt, column)))
            .object();
    }
    void run()
    {
        const int rc = stmt ? sqlite3_step(stmt) : SQLITE_ERROR;
        if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
            if (stmt)
                qCCritical(lcStorage) << "write failed:" << sqlite3_errmsg(sqlite3_db_handle(stmt));
            if (failed)
                *failed = true;
        }
    }
};

} // namespace

Storage::~Storage()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

bool Storage::open(const QString &path, QString *error)
{
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX,
                        nullptr) != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(m_db));
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        return false;
    }
    sqlite3_busy_timeout(m_db, 5000);
    // WAL with synchronous=NORMAL: a commit survives the process being killed (not a power cut).
    exec("PRAGMA journal_mode=WAL");
    exec("PRAGMA synchronous=NORMAL");
    exec("PRAGMA foreign_keys=OFF");
    exec("CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)");
    exec("CREATE TABLE IF NOT EXISTS resources(kind TEXT NOT NULL, id TEXT NOT NULL, seq INTEGER NOT NULL,"
         " body TEXT NOT NULL, PRIMARY KEY(kind, id))");
    exec("CREATE TABLE IF NOT EXISTS pipeline_state(pipeline_id TEXT PRIMARY KEY, body TEXT NOT NULL)");
    exec("CREATE TABLE IF NOT EXISTS runs(id INTEGER PRIMARY KEY, pipeline_id TEXT NOT NULL,"
         " logical_ms INTEGER NOT NULL, status TEXT NOT NULL, body TEXT NOT NULL)");
    exec("CREATE INDEX IF NOT EXISTS runs_by_pipeline ON runs(pipeline_id, logical_ms, id)");
    exec("CREATE INDEX IF NOT EXISTS runs_by_status ON runs(status) WHERE status IN "
         "('queued','running','retrying')");
    return true;
}

sqlite3_stmt *Storage::prepare(const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
        qCCritical(lcStorage) << "prepare failed:" << sqlite3_errmsg(m_db) << sql;
        m_failed = true;
    }
    return stmt;
}

bool Storage::exec(const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        qCCritical(lcStorage) << "statement failed:" << message << sql;
        sqlite3_free(message);
        m_failed = true;
        return false;
    }
    return true;
}

bool Storage::transaction(const std::function<void()> &work)
{
    if (m_transactionDepth++ == 0) {
        m_failed = false;
        exec("BEGIN IMMEDIATE");
    }
    work();
    if (--m_transactionDepth > 0)
        return !m_failed;
    if (!m_failed && exec("COMMIT"))
        return true;
    sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    return false;
}

std::vector<Storage::StoredResource> Storage::loadResources(const QString &kind)
{
    std::vector<StoredResource> out;
    Statement s{prepare("SELECT id, seq, body FROM resources WHERE kind = ? ORDER BY seq")};
    s.bind(1, kind);
    while (s.step())
        out.push_back({s.text(0), s.integer(1), s.json(2)});
    return out;
}

void Storage::putResource(const QString &kind, const QString &id, qint64 seq, const QJsonObject &body)
{
    Statement s{prepare("INSERT OR REPLACE INTO resources(kind, id, seq, body) VALUES (?, ?, ?, ?)"),
                &m_failed};
    s.bind(1, kind).bind(2, id).bind(3, seq).bind(4, body).run();
}

void Storage::deleteResource(const QString &kind, const QString &id)
{
    Statement s{prepare("DELETE FROM resources WHERE kind = ? AND id = ?"), &m_failed};
    s.bind(1, kind).bind(2, id).run();
}

std::vector<std::pair<QString, QJsonObject>> Storage::loadPipelineStates()
{
    std::vector<std::pair<QString, QJsonObject>> out;
    Statement s{prepare("SELECT pipeline_id, body FROM pipeline_state")};
    while (s.step())
        out.emplace_back(s.text(0), s.json(1));
    return out;
}

void Storage::putPipelineState(const QString &pipelineId, const QJsonObject &state)
{
    Statement s{prepare("INSERT OR REPLACE INTO pipeline_state(pipeline_id, body) VALUES (?, ?)"), &m_failed};
    s.bind(1, pipelineId).bind(2, state).run();
}

void Storage::deletePipelineState(const QString &pipelineId)
{
    Statement s{prepare("DELETE FROM pipeline_state WHERE pipeline_id = ?"), &m_failed};
    s.bind(1, pipelineId).run();
}

void Storage::putRun(qint64 id, const QString &pipelineId, qint64 logicalMs, const QJsonObject &body)
{
    Statement s{
        prepare(
            "INSERT OR REPLACE INTO runs(id, pipeline_id, logical_ms, status, body) VALUES (?, ?, ?, ?, ?)"),
        &m_failed};
    s.bind(1, id)
        .bind(2, pipelineId)
        .bind(3, logicalMs)
        .bind(4, body.value(QStringLiteral("status")).toString());
    s.bind(5, body).run();
}

std::optional<QJsonObject> Storage::run(qint64 id)
{
    Statement s{prepare("SELECT body FROM runs WHERE id = ?")};
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    return s.json(0);
}

std::vector<QJsonObject> Storage::runs(const QString &pipelineId, qint64 fromMs, qint64 toMs, int limit,
                                       qint64 offset)
{
    std::vector<QJsonObject> out;
    Statement s{prepare("SELECT body FROM runs WHERE pipeline_id = ? AND logical_ms BETWEEN ? AND ?"
                        " ORDER BY logical_ms, id LIMIT ? OFFSET ?")};
    s.bind(1, pipelineId).bind(2, fromMs).bind(3, toMs).bind(4, qint64(limit)).bind(5, offset);
    while (s.step())
        out.push_back(s.json(0));
    return out;
}

qint64 Storage::countRuns(const QString &pipelineId, qint64 fromMs, qint64 toMs)
{
    Statement s{prepare("SELECT COUNT(*) FROM runs WHERE pipeline_id = ? AND logical_ms BETWEEN ? AND ?")};
    s.bind(1, pipelineId).bind(2, fromMs).bind(3, toMs);
    return s.step() ? s.integer(0) : 0;
}

std::optional<QJsonObject> Storage::latestRun(const QString &pipelineId, const QString &status)
{
    Statement s{
        prepare(status.isEmpty()
                    ? "SELECT body FROM runs WHERE pipeline_id = ? ORDER BY logical_ms DESC, id DESC LIMIT 1"
                    : "SELECT body FROM runs WHERE pipeline_id = ? AND status = ?"
                      " ORDER BY logical_ms DESC, id DESC LIMIT 1")};
    s.bind(1, pipelineId);
    if (!status.isEmpty())
        s.bind(2, status);
    if (!s.step())
        return std::nullopt;
    return s.json(0);
}

std::vector<QJsonObject> Storage::activeRuns()
{
    std::vector<QJsonObject> out;
    Statement s{prepare("SELECT body FROM runs WHERE status IN ('queued','running','retrying') ORDER BY id")};
    while (s.step())
        out.push_back(s.json(0));
    return out;
}

void Storage::deleteRuns(const QString &pipelineId)
{
    Statement s{prepare("DELETE FROM runs WHERE pipeline_id = ?"), &m_failed};
    s.bind(1, pipelineId).run();
}

qint64 Storage::maxRunId()
{
    Statement s{prepare("SELECT COALESCE(MAX(id), 0) FROM runs")};
    return s.step() ? s.integer(0) : 0;
}

QString Storage::meta(const QString &key)
{
    Statement s{prepare("SELECT value FROM meta WHERE key = ?")};
    s.bind(1, key);
    return s.step() ? s.text(0) : QString();
}

void Storage::setMeta(const QString &key, const QString &value)
{
    Statement s{prepare("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)"), &m_failed};
    s.bind(1, key).bind(2, value).run();
}

} // namespace wsc::sandbox
