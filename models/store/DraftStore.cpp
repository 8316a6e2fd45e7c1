#include "models/store/DraftStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace wsc {

using namespace Qt::StringLiterals;

namespace {
const QString kSuffix = u".draft.json"_s;
}

DraftStore::DraftStore(QString directory)
    : m_directory(std::move(directory))
{}

QString DraftStore::directoryFor(const QString &profile)
{
    // A hash, not the name: profile names may hold characters a file name cannot.
    const QByteArray hash =
        QCryptographicHash::hash(profile.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/drafts/"_s +
           QString::fromLatin1(hash);
}

QString DraftStore::pathOf(const QString &key) const
{
    return m_directory + u'/' + key + kSuffix;
}

bool DraftStore::write(const QString &key, const Draft &draft) const
{
    if (m_directory.isEmpty() || !QDir().mkpath(m_directory))
        return false;
    const QJsonDocument resource = QJsonDocument::fromJson(draft.resource);
    const QJsonObject object{{u"kind"_s, resourceKindName(draft.kind)},
                             {u"id"_s, draft.id},
                             {u"new"_s, draft.isNew},
                             {u"resource"_s, resource.object()}};
    QSaveFile file(pathOf(key)); // all or nothing: a crash while writing keeps the previous draft
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(object).toJson(QJsonDocument::Compact));
    return file.commit();
}

void DraftStore::remove(const QString &key) const
{
    if (!m_directory.isEmpty())
        QFile::remove(pathOf(key));
}

std::vector<DraftStore::Draft> DraftStore::all() const
{
    std::vector<Draft> drafts;
    if (m_directory.isEmpty())
        return drafts;
    const QDir dir(m_directory);
    for (const QString &name : dir.entryList({u"*"_s + kSuffix}, QDir::Files, QDir::Time | QDir::Reversed)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
        // The kind by name; an older draft has the enum's integer (read once, written by name again).
        const QJsonValue kindValue = object.value(u"kind"_s);
        const auto kind = resourceKindFromName(
            kindValue.isDouble() ? QString::number(kindValue.toInt(-1)) : kindValue.toString());
        if (!kind || !object.value(u"resource"_s).isObject())
            continue;
        drafts.push_back(
            {*kind, object.value(u"id"_s).toString(), object.value(u"new"_s).toBool(),
             QJsonDocument(object.value(u"resource"_s).toObject()).toJson(QJsonDocument::Compact),
             name.chopped(kSuffix.size())});
    }
    return drafts;
}

void DraftStore::clear() const
{
    if (m_directory.isEmpty())
        return;
    const QDir dir(m_directory);
    for (const QString &name : dir.entryList({u"*"_s + kSuffix}, QDir::Files))
        QFile::remove(dir.filePath(name));
}

} // namespace wsc
