#include "sandbox/Sandbox.h"

#include "sandbox/engine/Clock.h"
#include "sandbox/seed/DemoWorkspace.h"
#include "sandbox/http/HttpFrontEnd.h"
#include "sandbox/seed/ScaleGenerator.h"
#include "sandbox/engine/Service.h"
#include "sandbox/storage/Storage.h"
#include "sandbox/warehouse/Warehouse.h"

#include <QDir>
#include <QStandardPaths>
#include <QTcpServer>

namespace wsc::sandbox {

using namespace Qt::StringLiterals;

Sandbox::Sandbox(SandboxConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clock(std::make_shared<SystemClock>(m_config.timeScale))
{}

Sandbox::Sandbox(SandboxConfig config, std::shared_ptr<ManualClock> clock, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clock(clock)
    , m_manualClock(clock.get())
{}

Sandbox::~Sandbox() = default;

Service &Sandbox::service()
{
    return *m_service;
}

QString Sandbox::baseUrl() const
{
    return u"http://127.0.0.1:"_s + QString::number(m_port);
}

int Sandbox::runScheduler()
{
    return m_service ? m_service->runScheduler() : 0;
}

bool Sandbox::start(QString *error)
{
    if (m_config.dataDir.isEmpty())
        m_config.dataDir =
            QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/wsconsole-sandbox"_s;
    if (!QDir().mkpath(m_config.dataDir)) {
        *error = u"Cannot create the data directory %1."_s.arg(m_config.dataDir);
        return false;
    }
    m_lock = std::make_unique<QLockFile>(m_config.dataDir + u"/sandbox.lock"_s);
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        m_lock->getLockInfo(&pid, &host, &app);
        *error = u"Another sandbox (process %1) is already using the data directory %2."_s.arg(pid).arg(
            m_config.dataDir);
        return false;
    }
    auto stage = [this](StartStage s) {
        if (onStage)
            onStage(s);
    };
    stage(StartStage::Opening);
    m_storage = std::make_unique<Storage>();
    QString dbError;
    if (!m_storage->open(m_config.dataDir + u"/sandbox.db"_s, &dbError)) {
        *error = u"Cannot open the sandbox database: %1"_s.arg(dbError);
        return false;
    }
    m_warehouse = std::make_unique<Warehouse>(m_config.dataDir + u"/warehouse"_s);
    m_warehouse->setStopFlag(m_stopFlag);
    m_service = std::make_unique<Service>(m_config, *m_clock, *m_storage, *m_warehouse);
    m_service->load();
    if (m_service->isEmpty() && (m_config.generatePipelines > 0 ||
                                 (m_config.demo && m_storage->meta(u"seeded"_s).isEmpty())))
        stage(StartStage::Seeding);
    if (m_config.generatePipelines > 0 && m_service->isEmpty()) {
        ScaleGenerator::generate(*m_service, *m_storage, m_config.generatePipelines, m_config.generateRuns,
                                 m_clock->now());
        m_storage->setMeta(u"seeded"_s, u"generated"_s);
    } else if (m_config.demo && m_service->isEmpty() && m_storage->meta(u"seeded"_s).isEmpty()) {
        DemoWorkspace::seed(*m_service, *m_warehouse, m_clock->now());
        m_storage->setMeta(u"seeded"_s, u"demo"_s);
    }

    stage(StartStage::Listening);
    m_http = std::make_unique<HttpFrontEnd>(*m_service, *m_warehouse, *m_clock, m_manualClock);
    m_http->runScheduler = [this] { return runScheduler(); };
    auto *tcp = new QTcpServer(m_http.get());
    if (!tcp->listen(QHostAddress::LocalHost, m_config.port)) {
        *error = u"Cannot listen on 127.0.0.1:%1: %2"_s.arg(m_config.port).arg(tcp->errorString());
        return false;
    }
    m_http->bind(tcp);
    m_port = tcp->serverPort();

    if (m_config.schedulerIntervalMs > 0) {
        connect(&m_schedulerTimer, &QTimer::timeout, this, [this] { m_service->runScheduler(); });
        m_schedulerTimer.start(m_config.schedulerIntervalMs);
    }
    return true;
}

} // namespace wsc::sandbox
