#pragma once

#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace wsc::sandbox {

// The sandbox's persistence: one SQLite file in WAL mode. Every write is committed before the answer that
// reports it is sent, so a `kill -9` loses nothing that was acknowledged.
class Storage {
public:
    Storage() = default;
    ~Storage();
    Storage(const Storage &) = delete;
    Storage &operator=(const Storage &) = delete;

    // Opens (creating) `path`; the error is a sentence for the command line.
    bool open(const QString &path, QString *error);
    bool isOpen() const { return m_db != nullptr; }

    // Resources of one kind ("connection", "data-model", "field-transformation", "pipeline") in insertion
    // order.
    struct StoredResource {
        QString id;
        qint64 seq;
        QJsonObject body;
    };
    std::vector<StoredResource> loadResources(const QString &kind);
    void putResource(const QString &kind, const QString &id, qint64 seq, const QJsonObject &body);
    void deleteResource(const QString &kind, const QString &id);

    std::vector<std::pair<QString, QJsonObject>> loadPipelineStates();
    void putPipelineState(const QString &pipelineId, const QJsonObject &state);
    void deletePipelineState(const QString &pipelineId);

    // Runs: the body is the run object plus internal fields; `logicalMs` orders and filters them.
    void putRun(qint64 id, const QString &pipelineId, qint64 logicalMs, const QJsonObject &body);
    std::optional<QJsonObject> run(qint64 id);
    // The page of a pipeline's runs with logical dates in [fromMs, toMs], ascending by logical date and id.
    std::vector<QJsonObject> runs(const QString &pipelineId, qint64 fromMs, qint64 toMs, int limit,
                                  qint64 offset);
    qint64 countRuns(const QString &pipelineId, qint64 fromMs, qint64 toMs);
    // The latest run by logical date (ties: larger id), and the latest with the given status.
    std::optional<QJsonObject> latestRun(const QString &pipelineId, const QString &status = QString());
    std::vector<QJsonObject> activeRuns(); // queued, running, retrying
    void deleteRuns(const QString &pipelineId);
    qint64 maxRunId();

    QString meta(const QString &key);
    void setMeta(const QString &key, const QString &value);

    // Groups writes into one transaction. False when any write or the commit failed: then nothing of it
    // is on disk (rolled back), and the caller must not acknowledge it.
    bool transaction(const std::function<void()> &work);

private:
    sqlite3_stmt *prepare(const char *sql);
    bool exec(const char *sql);

    sqlite3 *m_db = nullptr;
    int m_transactionDepth = 0;
    bool m_failed = false; // a write inside the current transaction failed
};

} // namespace wsc::sandbox
