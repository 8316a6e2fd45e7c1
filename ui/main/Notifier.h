#pragma once

#include "models/domain/Enums.h"

#include <QHash>
#include <QObject>

class QSystemTrayIcon;

namespace wsc {

class WorkspaceStore;

// Desktop notifications about the watched pipelines: one faults, a run fails, a run the user triggered
// ends. Learns each pipeline's state from its first report and tells only about changes after that, so
// that opening a workspace full of old faults is quiet. Shown through the system tray where there is one;
// notified() lets the window show it too. Can be turned off in the preferences.
class Notifier : public QObject {
    Q_OBJECT

public:
    explicit Notifier(const WorkspaceStore &store, QObject *parent = nullptr);
    ~Notifier() override;

    // From the preferences (on unless turned off).
    static bool enabledInSettings();
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    // Tells when this run, started with Trigger Now, ends.
    void expectRun(const QString &pipelineId, const QString &runId);
    // Forgets what it learnt (another workspace).
    void reset();

signals:
    void notified(const QString &title, const QString &message, const QString &pipelineId);
    // The user clicked a notification.
    void pipelineOpenRequested(const QString &pipelineId);

private:
    struct Seen {
        PipelineStatus status = PipelineStatus::Unknown;
        QString latestRunId;
        RunStatus latestRunStatus = RunStatus::Unknown;
    };
    void handleReport(const QString &pipelineId);
    void checkExpected(const QString &pipelineId);
    void show(const QString &title, const QString &message, const QString &pipelineId);

    const WorkspaceStore &m_store;
    QHash<QString, Seen> m_seen;
    QMultiHash<QString, QString> m_expected;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_lastPipeline; // of the message shown last, for a click on it
    bool m_enabled = true;
};

} // namespace wsc
