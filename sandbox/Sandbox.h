#pragma once

#include "sandbox/SandboxConfig.h"

#include <QLockFile>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>

namespace wsc::sandbox {

class Clock;
class HttpFrontEnd;
class ManualClock;
class Service;
class Storage;
class Warehouse;

// The whole local server: storage, warehouse, API service, scheduler timer and HTTP front end. Embedded in
// the console and the tests, and run on its own by wsconsole-sandbox.
class Sandbox : public QObject {
    Q_OBJECT

public:
    // Real time (scaled by config.timeScale).
    explicit Sandbox(SandboxConfig config, QObject *parent = nullptr);
    // A clock the caller moves (tests); the admin endpoint /_sandbox/clock moves it too.
    Sandbox(SandboxConfig config, std::shared_ptr<ManualClock> clock, QObject *parent = nullptr);
    ~Sandbox() override;

    // Locks the data directory, opens the database, seeds the demo workspace on first start and listens on
    // 127.0.0.1. The error is a sentence for the user.
    bool start(QString *error);
    quint16 port() const { return m_port; }
    QString baseUrl() const;

    // The steps of start(), for a progress display.
    enum class StartStage { Opening, Seeding, Listening };
    std::function<void(StartStage)> onStage;
    // Set from any thread: a running data model query stops at its next check (an embedded sandbox closing).
    void setStopFlag(std::shared_ptr<const std::atomic_bool> flag) { m_stopFlag = std::move(flag); }

    Service &service();
    // One scheduler pass now (tests with a manual clock call this after moving it).
    int runScheduler();

private:
    SandboxConfig m_config;
    std::shared_ptr<Clock> m_clock;
    ManualClock *m_manualClock = nullptr;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<Storage> m_storage;
    std::unique_ptr<Warehouse> m_warehouse;
    std::unique_ptr<Service> m_service;
    std::unique_ptr<HttpFrontEnd> m_http;
    QTimer m_schedulerTimer;
    quint16 m_port = 0;
    std::shared_ptr<const std::atomic_bool> m_stopFlag;
};

} // namespace wsc::sandbox
