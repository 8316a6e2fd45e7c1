#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>
#include <vector>

namespace wsc {

// Where a workspace lives and who signs in; the secret is not part of it (SecretStore keeps it).
struct Profile {
    QString name;
    QUrl apiRoot;  // https://api.mparticle.com: the client appends /platform/v2/workspaces/{id}/…
    QUrl tokenUrl; // https://sso.auth.mparticle.com/oauth/token
    QString workspaceId;
    QString clientId;
    QString pod;                  // a label such as US1; informative
    bool embeddedSandbox = false; // the built-in "Local sandbox": started in-process on a loopback port

    friend bool operator==(const Profile &, const Profile &) = default;
};

// The profiles in QSettings (never a secret), plus the built-in Local sandbox profile.
class ProfileStore {
    Q_DECLARE_TR_FUNCTIONS(wsc::ProfileStore)

public:
    static QString sandboxProfileName();
    static Profile sandboxProfile();
    static QUrl defaultApiRoot() { return QUrl(QStringLiteral("https://api.mparticle.com")); }
    static QUrl defaultTokenUrl()
    {
        return QUrl(QStringLiteral("https://sso.auth.mparticle.com/oauth/token"));
    }

    // The built-in profile first, then the saved ones by name.
    std::vector<Profile> profiles() const;
    std::optional<Profile> profile(const QString &name) const;
    // Returns an error sentence, or an empty string when saved.
    QString save(const Profile &profile, const QString &previousName = {});
    void remove(const QString &name);
    QString lastUsed() const;
    void setLastUsed(const QString &name);
};

} // namespace wsc
