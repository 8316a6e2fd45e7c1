#include "sandbox/EmbeddedSandbox.h"

#include "sandbox/Sandbox.h"

#include <QThread>

namespace wsc::sandbox {

using namespace Qt::StringLiterals;

EmbeddedSandbox::EmbeddedSandbox(SandboxConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{}

EmbeddedSandbox::~EmbeddedSandbox()
{
    stop();
}

QString EmbeddedSandbox::tokenUrl() const
{
    return m_baseUrl.isEmpty() ? QString() : m_baseUrl + u"/oauth/token"_s;
}

void EmbeddedSandbox::start()
{
    if (m_starting || isReady())
        return;
    m_starting = true;
    if (!m_thread) {
        m_thread = std::make_unique<QThread>();
        m_thread->setObjectName(u"sandbox"_s);
        m_thread->start();
        m_anchor = new QObject;
        m_anchor->moveToThread(m_thread.get());
    }
    // Everything of the server is created, used and destroyed on its thread; results come back queued, to
    // this object, so that they are dropped if it is gone.
    QMetaObject::invokeMethod(m_anchor, [this, config = m_config, stopping = m_stopping] {
        auto report = [this](Stage s) {
            QMetaObject::invokeMethod(this, [this, s] { emit stage(s); }, Qt::QueuedConnection);
        };
        auto *server = new Sandbox(config, m_anchor);
        server->setStopFlag(stopping);
        server->onStage = [report](Sandbox::StartStage s) {
            report(s == Sandbox::StartStage::Opening   ? Stage::Opening
                   : s == Sandbox::StartStage::Seeding ? Stage::Seeding
                                                       : Stage::Listening);
        };
        QString error;
        if (!server->start(&error)) {
            delete server;
            QMetaObject::invokeMethod(
                this,
                [this, error] {
                    m_starting = false;
                    emit failed(error);
                },
                Qt::QueuedConnection);
            return;
        }
        QMetaObject::invokeMethod(
            this,
            [this, url = server->baseUrl()] {
                m_starting = false;
                m_baseUrl = url;
                emit ready(url);
            },
            Qt::QueuedConnection);
    });
}

void EmbeddedSandbox::stop()
{
    if (!m_thread)
        return;
    // A running query stops at its next check; the thread then finishes what it was doing, and the server
    // (the anchor's child) is destroyed on it as the thread ends.
    m_stopping->store(true);
    m_anchor->deleteLater();
    m_anchor = nullptr;
    m_thread->quit();
    m_thread->wait();
    m_thread.reset();
}

} // namespace wsc::sandbox
