#pragma once

// Test support: an in-process sandbox on a loopback port with a manual clock, in a temporary directory.

#include "sandbox/engine/Clock.h"
#include "sandbox/Sandbox.h"
#include "sandbox/engine/WireTime.h"
#include "tests/support/HttpProbe.h"

#include <QTemporaryDir>

#include <memory>

namespace wsc::test {

inline QDateTime utc(const char *text)
{
    return *sandbox::WireTime::parse(QString::fromLatin1(text));
}

struct SandboxFixture {
    explicit SandboxFixture(sandbox::SandboxConfig config = defaults(),
                            const QDateTime &start = utc("2024-03-01T12:00:00Z"))
        : clock(std::make_shared<sandbox::ManualClock>(start))
    {
        config.dataDir = dir.path();
        this->config = config;
        startSandbox();
    }

    static sandbox::SandboxConfig defaults()
    {
        sandbox::SandboxConfig c;
        c.demo = false;
        c.schedulerIntervalMs = 0; // passes only when a test asks
        c.runDurationSeconds = 0;
        c.maxAttempts = 1;
        return c;
    }

    bool startSandbox()
    {
        server = std::make_unique<sandbox::Sandbox>(config, clock);
        QString error;
        if (!server->start(&error)) {
            startError = error;
            return false;
        }
        http.setBase(QUrl(server->baseUrl()));
        http.setToken(http.fetchToken());
        return true;
    }
    void stopSandbox() { server.reset(); }

    // Moves the clock and lets the scheduler catch up.
    int advance(qint64 seconds)
    {
        clock->advance(seconds * 1000);
        return server->runScheduler();
    }
    int setNow(const QDateTime &time)
    {
        clock->set(time);
        return server->runScheduler();
    }

    static QString api(const QString &path) { return QStringLiteral("/platform/v2/workspaces/1") + path; }

    // An active on-demand user-attributes pipeline, incremental on updated_at; tests change what they need.
    static QJsonObject onDemandPipeline(const QString &id, const QString &connection = QStringLiteral("sf"),
                                        const QString &model = QStringLiteral("users"))
    {
        return {{u"id"_qs, id},
                {u"name"_qs, u"On demand users"_qs},
                {u"pipeline_type"_qs, u"user_attributes"_qs},
                {u"connection_id"_qs, connection},
                {u"data_model_id"_qs, model},
                {u"state"_qs, u"active"_qs},
                {u"environment"_qs, u"development"_qs},
                {u"sync_mode"_qs, QJsonObject{{u"type"_qs, u"incremental"_qs},
                                              {u"iterator_field"_qs, u"updated_at"_qs},
                                              {u"iterator_data_type"_qs, u"timestamp"_qs}}},
                {u"schedule"_qs, QJsonObject{{u"type"_qs, u"on_demand"_qs}}}};
    }

    // A Snowflake connection whose warehouse holds the demo tables (users, orders, tickets).
    QJsonObject snowflake(const QString &id = QStringLiteral("sf"),
                          const QString &database = QStringLiteral("my_db"))
    {
        const QJsonObject c{{u"id"_qs, id},
                            {u"name"_qs, u"Snowflake connection"_qs},
                            {u"state"_qs, u"active"_qs},
                            {u"service_provider"_qs, u"Snowflake"_qs},
                            {u"config"_qs, QJsonObject{{u"account_identifier"_qs, u"acct"_qs},
                                                       {u"region"_qs, u"us-east-1"_qs},
                                                       {u"warehouse"_qs, u"wh"_qs},
                                                       {u"database"_qs, database},
                                                       {u"role"_qs, u"role"_qs},
                                                       {u"user"_qs, u"user"_qs},
                                                       {u"password"_qs, u"secret-pw"_qs},
                                                       {u"storage_integration"_qs, u"mp_us1_1_1_s3"_qs}}}};
        http.post(QStringLiteral("/_sandbox/warehouses"), c);
        return c;
    }

    QTemporaryDir dir;
    std::shared_ptr<sandbox::ManualClock> clock;
    sandbox::SandboxConfig config;
    std::unique_ptr<sandbox::Sandbox> server;
    HttpProbe http;
    QString startError;
};

} // namespace wsc::test
