#include "client/SecretStore.h"

#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace wsc {

using namespace Qt::StringLiterals;

namespace {
const auto kService = u"Warehouse Sync Console"_s;
} // namespace

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{}

void SecretStore::markUnavailable(const QString &reason)
{
    m_keychainWorks = false;
    if (!m_warned) {
        m_warned = true;
        emit keychainUnavailable(
            tr("The system keychain is not available (%1): client secrets are kept in memory "
               "for this session only and must be entered again next time.")
                .arg(reason));
    }
}

void SecretStore::read(const QString &profile, QObject *context, ReadCallback callback)
{
    if (!m_keychainWorks || m_memory.contains(profile)) {
        QTimer::singleShot(0, context,
                           [callback, secret = m_memory.value(profile)] { callback(secret, {}); });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(kService, this);
    job->setKey(profile);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [this, job, guard, callback, profile] {
        QString secret;
        QString error;
        switch (job->error()) {
        case QKeychain::NoError: secret = job->textData(); break;
        case QKeychain::EntryNotFound: break;
        case QKeychain::AccessDenied:
        case QKeychain::AccessDeniedByUser: error = job->errorString(); break;
        default:
            // No secret service (error 7 at once on a headless machine): remember nothing is persisted.
            markUnavailable(job->errorString());
            secret = m_memory.value(profile);
            break;
        }
        if (guard)
            callback(secret, error);
    });
    job->start();
}

void SecretStore::write(const QString &profile, const QString &secret, QObject *context,
                        WriteCallback callback)
{
    m_memory.insert(profile, secret);
    if (!m_keychainWorks) {
        QTimer::singleShot(0, context, [callback] { callback(false, {}); });
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(kService, this);
    job->setKey(profile);
    job->setTextData(secret);
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this, [this, job, guard, callback, profile] {
        const bool ok = job->error() == QKeychain::NoError;
        if (ok) {
            m_memory.remove(profile); // the keychain has it now
        } else if (job->error() != QKeychain::AccessDenied && job->error() != QKeychain::AccessDeniedByUser) {
            markUnavailable(job->errorString());
        }
        if (guard)
            callback(ok, ok ? QString() : job->errorString());
    });
    job->start();
}

void SecretStore::remove(const QString &profile)
{
    m_memory.remove(profile);
    if (!m_keychainWorks)
        return;
    auto *job = new QKeychain::DeletePasswordJob(kService, this);
    job->setKey(profile);
    job->start();
}

} // namespace wsc
