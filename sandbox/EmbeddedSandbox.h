#pragma once

#include "sandbox/SandboxConfig.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace wsc::sandbox {

// The local sandbox inside a client process (wsconsole, wsctl): the whole server on a QThread of its own,
// with its own event loop, so that seeding, the scheduler and data model queries never hold up the caller.
// The caller talks to it over loopback HTTP like to any server, once `ready` said where.
class EmbeddedSandbox : public QObject {
    Q_OBJECT

public:
    // What start() is doing, for a progress display.
    enum class Stage { Opening, Seeding, Listening };
    Q_ENUM(Stage)

    explicit EmbeddedSandbox(SandboxConfig config, QObject *parent = nullptr);
    // Interrupts a running query, stops the server on its thread and waits for the thread.
    ~EmbeddedSandbox() override;

    // Starts the server on its thread and returns at once: `stage` reports the steps, then exactly one of
    // `ready` or `failed`. Calling it again after `ready` or while starting does nothing.
    void start();
    bool isReady() const { return !m_baseUrl.isEmpty(); }
    bool isStarting() const { return m_starting; }
    // http://127.0.0.1:PORT once ready.
    QString baseUrl() const { return m_baseUrl; }
    QString tokenUrl() const;
    const SandboxConfig &config() const { return m_config; }

signals:
    void stage(wsc::sandbox::EmbeddedSandbox::Stage stage);
    void ready(const QString &baseUrl);
    // The reason, a sentence (the data directory is locked, the database cannot be opened, …).
    void failed(const QString &error);

private:
    void stop();

    const SandboxConfig m_config;
    std::unique_ptr<QThread> m_thread;
    QObject *m_anchor = nullptr; // lives on m_thread; the server is its child
    std::shared_ptr<std::atomic_bool> m_stopping = std::make_shared<std::atomic_bool>(false);
    QString m_baseUrl;
    bool m_starting = false;
};

} // namespace wsc::sandbox
