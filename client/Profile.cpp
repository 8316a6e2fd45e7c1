#include "client/Profile.h"

#include "client/ApiEndpoints.h"
#include "client/SettingsKeys.h"

#include <QSettings>

#include <algorithm>

namespace wsc {

using namespace Qt::StringLiterals;

namespace {
} // namespace

QString ProfileStore::sandboxProfileName()
{
    return tr("Local sandbox");
}

Profile ProfileStore::sandboxProfile()
{
    Profile p;
    p.name = sandboxProfileName();
    p.workspaceId = u"1"_s;
    p.clientId = u"sandbox"_s;
    p.pod = u"local"_s;
    p.embeddedSandbox = true;
    return p;
}

std::vector<Profile> ProfileStore::profiles() const
{
    std::vector<Profile> out{sandboxProfile()};
    QSettings settings;
    settings.beginGroup(SettingsKeys::kProfiles);
    const QStringList names = settings.childGroups();
    for (const QString &key : names) {
        settings.beginGroup(key);
        Profile p;
        p.name = settings.value(u"name"_s).toString();
        p.apiRoot = QUrl(settings.value(u"apiRoot"_s).toString());
        p.tokenUrl = QUrl(settings.value(u"tokenUrl"_s).toString());
        p.workspaceId = settings.value(u"workspaceId"_s).toString();
        p.clientId = settings.value(u"clientId"_s).toString();
        p.pod = settings.value(u"pod"_s).toString();
        settings.endGroup();
        if (!p.name.isEmpty())
            out.push_back(p);
    }
    std::sort(out.begin() + 1, out.end(),
              [](const Profile &a, const Profile &b) { return a.name.localeAwareCompare(b.name) < 0; });
    return out;
}

std::optional<Profile> ProfileStore::profile(const QString &name) const
{
    for (const Profile &p : profiles()) {
        if (p.name == name)
            return p;
    }
    return std::nullopt;
}

QString ProfileStore::save(const Profile &p, const QString &previousName)
{
    if (p.name.trimmed().isEmpty())
        return tr("A profile needs a name.");
    if (p.name == sandboxProfileName())
        return tr("\"%1\" is the built-in profile; choose another name.").arg(p.name);
    if (!p.apiRoot.isValid() || p.apiRoot.host().isEmpty())
        return tr("The API base URL is not a valid URL.");
    if (!ApiEndpoints::isAllowedTransport(p.apiRoot) || !ApiEndpoints::isAllowedTransport(p.tokenUrl))
        return tr("The URLs must use https (plain http is allowed only for this computer).");
    if (p.workspaceId.trimmed().isEmpty())
        return tr("A profile needs the workspace id.");
    if (p.clientId.trimmed().isEmpty())
        return tr("A profile needs the client id.");
    if (p.name != previousName && profile(p.name))
        return tr("A profile named \"%1\" exists already.").arg(p.name);
    if (!previousName.isEmpty() && previousName != p.name)
        remove(previousName);
    QSettings settings;
    // Group keys are the names percent-encoded, so that any name is a valid key.
    settings.beginGroup(SettingsKeys::kProfiles + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(p.name)));
    settings.setValue(u"name"_s, p.name);
    settings.setValue(u"apiRoot"_s, p.apiRoot.toString());
    settings.setValue(u"tokenUrl"_s, p.tokenUrl.toString());
    settings.setValue(u"workspaceId"_s, p.workspaceId.trimmed());
    settings.setValue(u"clientId"_s, p.clientId.trimmed());
    settings.setValue(u"pod"_s, p.pod);
    settings.endGroup();
    return {};
}

void ProfileStore::remove(const QString &name)
{
    QSettings settings;
    settings.remove(SettingsKeys::kProfiles + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(name)));
}

QString ProfileStore::lastUsed() const
{
    return QSettings().value(SettingsKeys::kLastProfile).toString();
}

void ProfileStore::setLastUsed(const QString &name)
{
    QSettings().setValue(SettingsKeys::kLastProfile, name);
}

} // namespace wsc
