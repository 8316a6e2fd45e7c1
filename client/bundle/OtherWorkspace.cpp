#include "client/bundle/OtherWorkspace.h"

#include "client/ApiClient.h"
#include "client/SecretStore.h"
#include "client/bundle/BundleApplier.h"

#include <QPointer>

namespace wsc {

OtherWorkspace::OtherWorkspace(std::unique_ptr<ApiClient> client, Profile profile, SecretStore *secrets,
                               QObject *parent)
    : QObject(parent)
    , m_client(std::move(client))
    , m_profile(std::move(profile))
    , m_secrets(secrets ? secrets : new SecretStore(this))
{}

OtherWorkspace::~OtherWorkspace() = default;

void OtherWorkspace::open(QObject *context, std::function<void(const QString &error)> done)
{
    // Delivered to this object (the caller may replace it before the keychain answers), then to the caller
    // if it is still there.
    QPointer<QObject> caller(context);
    m_secrets->read(m_profile.name, this, [this, caller, done](const QString &secret, const QString &error) {
        if (!caller)
            return;
        if (secret.isEmpty()) {
            done(error.isEmpty() ? tr("No client secret is stored for %1: enter it in the profile.").arg(m_profile.name)
                                 : error);
            return;
        }
        m_client->configure(m_profile.apiRoot, m_profile.tokenUrl, m_profile.workspaceId, m_profile.clientId,
                            secret);
        done({});
    });
}

void OtherWorkspace::snapshot(QObject *context, WorkspaceSnapshot::Handler done)
{
    WorkspaceSnapshot::fetch(*m_client, m_profile.name, context, std::move(done));
}

BundleApplier *OtherWorkspace::newApplier(Plan plan, QHash<QString, QString> secrets, QObject *parent)
{
    return new BundleApplier(*m_client, std::move(plan), std::move(secrets), parent);
}

} // namespace wsc
