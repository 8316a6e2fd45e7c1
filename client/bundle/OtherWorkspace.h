#pragma once

#include "client/Profile.h"
#include "client/bundle/WorkspaceSnapshot.h"

#include <QObject>

#include <memory>

namespace wsc {

class ApiClient;
class BundleApplier;
class SecretStore;
struct Plan;

// A workspace other than the console's own, for comparing and promoting: a client of its own on the
// console's network access manager (its traffic shows in the request inspector), signed in with the
// profile's client secret from the keychain. Nothing of it reaches the console's store.
class OtherWorkspace : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OtherWorkspace)

public:
    // `secrets`: where the profile's client secret is read (the console's store); null: a store of its own.
    OtherWorkspace(std::unique_ptr<ApiClient> client, Profile profile, SecretStore *secrets = nullptr,
                   QObject *parent = nullptr);
    ~OtherWorkspace() override;

    const Profile &profile() const { return m_profile; }
    // Reads the profile's secret and configures the client; `done` gets an error sentence, or "".
    void open(QObject *context, std::function<void(const QString &error)> done);
    void snapshot(QObject *context, WorkspaceSnapshot::Handler done);
    BundleApplier *newApplier(Plan plan, QHash<QString, QString> secrets, QObject *parent);

private:
    std::unique_ptr<ApiClient> m_client;
    Profile m_profile;
    SecretStore *m_secrets; // the given one, or a child
};

} // namespace wsc
