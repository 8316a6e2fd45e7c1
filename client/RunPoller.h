#pragma once

#include "client/ApiEndpoints.h"
#include "client/ApiError.h"
#include "models/domain/JsonCodec.h"

#include <QHash>
#include <QNetworkInformation>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <functional>

namespace wsc {

class ApiClient;
class WorkspaceStore;

// Keeps the reports and runs of the watched pipelines fresh in the store: every few seconds while a run is
// queued or running, every half minute or so while idle, backing off after errors, not at all while
// offline, and never faster than a request budget allows. Once a pipeline's status is known, the runs of
// its last day are fetched (the overview's records and trend), so that a large workspace gets every status
// first; after that only new runs.
class RunPoller : public QObject {
    Q_OBJECT

public:
    struct Intervals {
        int activeMs = 3000; // a run is queued, running or retrying
        int idleMs = 45000;
        int maxBackoffMs = 300000; // after repeated errors
        int maxConcurrent = 4;
        int maxPerMinute = 240; // request budget across all watched pipelines
        int tickMs = 500;       // how often due pipelines are looked for
        // Runs fetched the first time, by logical date: two days, so that every run that ended in the
        // last 24 hours is among them (a logical date lies an interval and a delay before the end).
        qint64 seedWindowMs = 48 * 3600 * 1000;
        // More watched pipelines than the budget can report on at the idle interval: the pipelines list,
        // which carries every status, is fetched this often; the store takes the listed pipelines that
        // changed, and the pipelines whose listed status differs from their report are reported on at
        // once (the others keep their routine turn).
        int listMs = 30000;
    };
    // Monotonic milliseconds; injectable so tests can move time by hand.
    using Clock = std::function<qint64()>;
    // The time of day, as ms since the epoch, the seed window is counted back from (tests: the sandbox's).
    using WallClock = std::function<qint64()>;

    RunPoller(ApiClient &client, WorkspaceStore &store, QObject *parent = nullptr);

    void setIntervals(const Intervals &intervals);
    void setClock(Clock clock);
    void setWallClock(WallClock clock);
    // Starts the internal timer; without it, tick() is called by hand (tests).
    void start();
    void stop();

    // Watches every pipeline the store has and will have, until unwatchAll().
    void watchEveryPipeline();
    void watch(const QString &pipelineId);
    void unwatch(const QString &pipelineId);
    void unwatchAll();
    bool isWatching(const QString &pipelineId) const { return m_watched.contains(pipelineId); }
    // Polls at once (after a trigger, or for a view just opened) instead of at the next due time, ahead
    // of the pipelines merely due.
    void pollSoon(const QString &pipelineId);
    // While offline nothing is polled; back online, every watched pipeline is polled at once.
    void setOnline(bool online);
    // Follows the system's reachability (QNetworkInformation, when the platform has a backend): offline
    // while the system says the network is disconnected. Never for a server on this computer.
    void followNetworkReachability();
    // Whether `server` can be polled while the system reports `reachability`: an unknown reachability
    // counts as online, and a loopback host is always reachable.
    static bool isReachable(QNetworkInformation::Reachability reachability, const QUrl &server);

    // Polls whatever is due now; called by the timer.
    void tick();
    // When the pipeline is due next, in ms from now (for the "refreshed … ago" indication and tests).
    qint64 dueIn(const QString &pipelineId) const;
    qint64 lastPolledAt(const QString &pipelineId) const;
    // How old the status the store shows for a pipeline is: since its last report, or since a pipelines
    // list confirmed it; -1 while it has none.
    qint64 statusAgeMs(const QString &pipelineId) const;
    // Whether the watched pipelines are too many for reports alone (the pipelines list keeps them fresh).
    bool coversByList() const;
    int requestsSent() const { return m_requestsSent; }

signals:
    void polled(const QString &pipelineId);
    void pollFailed(const QString &pipelineId, const wsc::ApiError &error);

private:
    struct Watch {
        qint64 dueAt = 0;
        qint64 lastPolled = -1;
        int failures = 0;
        bool inFlight = false;
        bool pollAgain = false; // pollSoon() while a poll was in flight
        bool urgent = false;    // someone waits for it (pollSoon): ahead of the routine polls
        bool seeded = false;    // the last day's runs were fetched
        qint64 confirmed = -1;  // when a pipelines list last showed the status the store has
    };
    void pollList();
    void handleList(const DecodedList<Pipeline> &list);
    void poll(const QString &pipelineId);
    Timestamp fetchFrom(const QString &pipelineId) const;
    void fetchRuns(const QString &pipelineId, RunQuery query);
    void settle(const QString &pipelineId, bool ok, bool active, const ApiError *error = nullptr);
    bool withinBudget();
    void followReachability();

    ApiClient &m_client;
    WorkspaceStore &m_store;
    Intervals m_intervals;
    Clock m_clock;
    WallClock m_wallClock;
    QTimer m_timer;
    QHash<QString, Watch> m_watched;
    std::deque<qint64> m_recentRequests;
    int m_inFlight = 0;
    int m_requestsSent = 0;
    bool m_online = true;
    qint64 m_listedAt = -1; // the last pipelines list (list mode)
    bool m_listInFlight = false;
    QPointer<QNetworkInformation> m_reachability; // set by followNetworkReachability()
    QMetaObject::Connection m_storeAdded;
    QMetaObject::Connection m_storeRemoved;
};

} // namespace wsc
