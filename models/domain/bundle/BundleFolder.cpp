#include "models/domain/bundle/BundleFolder.h"

#include "models/domain/SecretFields.h"
#include "models/domain/Validator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QSaveFile>

namespace wsc {

using namespace Qt::StringLiterals;

namespace {

const QString kManifest = u"manifest.json"_s;
const QString kFormat = u"warehouse-sync-console-bundle"_s;

QString entryPath(ResourceKind kind, const QString &id, const char *suffix)
{
    return BundleCodec::folderName(kind) + u'/' + id + QLatin1String(suffix);
}

QString refKey(ResourceKind kind, const QString &id, const QString &path)
{
    return resourceKindName(kind) + u'/' + id + u'#' + path;
}

// {"secret": "NAME"}: the one shape of a reference.
std::optional<QString> referenceName(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    if (object.size() != 1 || !object.value(u"secret"_s).isString())
        return std::nullopt;
    return object.value(u"secret"_s).toString();
}

// Takes the references out of `object` (recursively through objects), listing them; a secret field that
// holds a value instead is a problem: a bundle never holds a secret.
void takeReferences(QJsonObject &object, const QString &prefix, std::vector<SecretRef> &refs,
                    QStringList &problems)
{
    for (const QString &key : object.keys()) {
        const QString path = prefix.isEmpty() ? key : prefix + u'.' + key;
        const QJsonValue value = object.value(key);
        if (auto name = referenceName(value)) {
            // Only where a secret belongs: a value resolved elsewhere would go out unredacted.
            if (!SecretFields::isSecret(key))
                problems << BundleFolder::tr("%1 is not a secret field: a {\"secret\": …} reference belongs only "
                                             "in one (%2)")
                                .arg(path, SecretFields::names().join(u", "_s));
            if (!BundleCodec::isValidSecretName(*name))
                problems << BundleFolder::tr("%1: the secret name \"%2\" is not upper-case letters, digits "
                                             "and underscores, starting with a letter or underscore")
                                .arg(path, *name);
            refs.push_back({path, *name});
            object.remove(key);
        } else if (SecretFields::isSecret(key) && !value.isNull() &&
                   !(value.isString() && value.toString().isEmpty())) {
            problems << BundleFolder::tr("%1 holds a secret in clear text: write {\"secret\": \"NAME\"} "
                                         "and give NAME when applying")
                            .arg(path);
            object.remove(key);
        } else if (value.isObject()) {
            QJsonObject inner = value.toObject();
            takeReferences(inner, path, refs, problems);
            object.insert(key, inner);
        }
    }
}

QStringList prefixed(const QString &file, const QStringList &problems)
{
    QStringList out;
    for (const QString &p : problems)
        out << file + u": "_s + p;
    return out;
}

Result<QByteArray, QString> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return BundleFolder::tr("%1: cannot be read: %2").arg(path, file.errorString());
    return file.readAll();
}

// The secret names a folder gives today, by resource and field, read from whatever files can be parsed.
QHash<QString, QString> namesInFolder(const QString &directory)
{
    QHash<QString, QString> names;
    for (ResourceKind kind : kBundleKinds) {
        QDir dir(directory + u'/' + BundleCodec::folderName(kind));
        for (const QFileInfo &info : dir.entryInfoList({u"*.json"_s}, QDir::Files)) {
            auto bytes = readFile(info.filePath());
            QJsonObject body = bytes ? QJsonDocument::fromJson(*bytes).object() : QJsonObject();
            std::vector<SecretRef> refs;
            QStringList ignored;
            takeReferences(body, {}, refs, ignored);
            for (const SecretRef &ref : refs)
                names.insert(refKey(kind, info.completeBaseName(), ref.path), ref.name);
        }
    }
    return names;
}

// `reserved`: names a default may not take (the other files' of a folder that keeps them).
QMap<QString, QByteArray> filesWithNames(const Bundle &bundle, const QHash<QString, QString> &previous,
                                         QSet<QString> reserved = {})
{
    QMap<QString, QByteArray> out;
    QSet<QString> used = std::move(reserved);
    // The names the folder has keep their field; a new field gets a default name not yet taken.
    QHash<QString, QString> chosen;
    for (const BundleEntry &e : bundle.entries) {
        for (const SecretRef &ref : e.secrets) {
            const QString key = refKey(e.kind, e.id, ref.path);
            if (previous.contains(key)) { // the folder's name, shared with another field if the user chose so
                chosen.insert(key, previous.value(key));
                used.insert(previous.value(key));
            }
        }
    }
    for (const BundleEntry &e : bundle.entries) {
        QJsonObject body = e.body;
        for (const SecretRef &ref : e.secrets) {
            const QString key = refKey(e.kind, e.id, ref.path);
            QString name = chosen.value(key);
            if (name.isEmpty()) {
                const QString base = BundleCodec::defaultSecretName(e.id, ref.path);
                name = base;
                for (int n = 2; used.contains(name); ++n)
                    name = base + u'_' + QString::number(n);
                used.insert(name);
            }
            BundleCodec::putAt(body, ref.path, QJsonObject{{u"secret"_s, name}});
        }
        if (e.kind == ResourceKind::DataModel) {
            // One final newline, as editors keep it; reading takes it off again.
            out.insert(entryPath(e.kind, e.id, ".sql"),
                       BundleCodec::valueAt(body, u"config.sql_query"_s).toString().toUtf8() + '\n');
            BundleCodec::removeAt(body, u"config.sql_query"_s);
        }
        out.insert(entryPath(e.kind, e.id, ".json"), canonicalJson(body));
    }
    QJsonObject manifest{{u"format"_s, kFormat},
                         {u"format_version"_s, BundleFolder::kFormatVersion},
                         {u"source_profile"_s, bundle.sourceProfile}};
    out.insert(kManifest, canonicalJson(manifest));
    return out;
}

QStringList readManifest(const QString &directory, Bundle &bundle)
{
    auto bytes = readFile(directory + u'/' + kManifest);
    if (!bytes)
        return {BundleFolder::tr("%1 is not a workspace folder: it has no readable %2 (%3)")
                    .arg(directory, kManifest, bytes.error())};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &error);
    const QJsonObject manifest = doc.object();
    if (!doc.isObject() || manifest.value(u"format"_s).toString() != kFormat)
        return {BundleFolder::tr("%1: not the manifest of a workspace folder").arg(kManifest)};
    const int version = manifest.value(u"format_version"_s).toInt(0);
    if (version < 1 || version > BundleFolder::kFormatVersion)
        return {BundleFolder::tr("%1: format version %2 is not one this version reads (1 to %3); a newer "
                                 "version of the console wrote it")
                    .arg(kManifest, manifest.value(u"format_version"_s).toVariant().toString())
                    .arg(BundleFolder::kFormatVersion)};
    bundle.sourceProfile = manifest.value(u"source_profile"_s).toString();
    return {};
}

} // namespace

QMap<QString, QByteArray> BundleFolder::files(const Bundle &bundle, const Bundle *previous)
{
    QHash<QString, QString> names;
    if (previous) {
        for (const BundleEntry &e : previous->entries) {
            for (const SecretRef &ref : e.secrets)
                names.insert(refKey(e.kind, e.id, ref.path), ref.name);
        }
    }
    return filesWithNames(bundle, names);
}

bool BundleFolder::isBundle(const QString &directory)
{
    return QFileInfo(directory + u'/' + kManifest).isFile();
}

Result<BundleEntry, QStringList> BundleFolder::readEntry(ResourceKind kind, const QString &file,
                                                         const QByteArray &json,
                                                         const std::optional<QByteArray> &sql)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return QStringList{tr("%1: not JSON (%2 at byte %3)")
                               .arg(file, parseError.errorString())
                               .arg(parseError.offset)};
    if (!doc.isObject())
        return QStringList{tr("%1: not a JSON object").arg(file)};
    QJsonObject body = doc.object();
    QStringList problems;
    const QString id = QFileInfo(file).completeBaseName();
    if (!Validator::isSlug(id))
        problems << tr("the file name is not a resource id (letters, digits, _ and -)");
    if (!body.contains(u"id"_s))
        body.insert(u"id"_s, id);
    else if (body.value(u"id"_s).toString() != id)
        problems << tr("its id \"%1\" is not the file's name").arg(body.value(u"id"_s).toVariant().toString());
    std::vector<SecretRef> refs;
    takeReferences(body, {}, refs, problems);
    if (kind == ResourceKind::DataModel) {
        const bool inline_ = !BundleCodec::valueAt(body, u"config.sql_query"_s).isUndefined();
        if (sql && inline_)
            problems << tr("the SQL is both in config.sql_query and in %1.sql: keep one").arg(id);
        else if (sql)
            BundleCodec::putAt(body, u"config.sql_query"_s,
                               QString::fromUtf8(sql->endsWith('\n') ? sql->chopped(1) : *sql));
        else if (!inline_)
            problems << tr("no SQL: %1.sql is missing").arg(id);
    }
    if (!problems.isEmpty())
        return prefixed(file, problems);
    auto entry = BundleCodec::canonical(kind, body, std::move(refs));
    if (!entry)
        return prefixed(file, entry.error());
    return std::move(entry).value();
}

Result<Bundle, QStringList> BundleFolder::read(const QString &directory)
{
    Bundle bundle;
    QStringList problems = readManifest(directory, bundle);
    if (!problems.isEmpty())
        return problems;
    for (ResourceKind kind : kBundleKinds) {
        const QString folder = BundleCodec::folderName(kind);
        QDir dir(directory + u'/' + folder);
        std::set<QString> sqlFiles;
        for (const QString &name : dir.entryList({u"*.sql"_s}, QDir::Files))
            sqlFiles.insert(QFileInfo(name).completeBaseName());
        for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
            const QString id = QFileInfo(name).completeBaseName();
            const QString file = folder + u'/' + name;
            auto json = readFile(dir.filePath(name));
            std::optional<QByteArray> sql;
            if (kind == ResourceKind::DataModel && sqlFiles.erase(id)) {
                auto text = readFile(dir.filePath(id + u".sql"_s));
                if (!text) {
                    problems << text.error();
                    continue;
                }
                sql = *text;
            }
            if (!json) {
                problems << json.error();
                continue;
            }
            auto entry = readEntry(kind, file, *json, sql);
            if (entry)
                bundle.entries.push_back(std::move(entry).value());
            else
                problems << entry.error();
        }
        for (const QString &orphan : sqlFiles)
            problems << tr("%1/%2.sql: there is no %2.json beside it").arg(folder, orphan);
    }
    if (!problems.isEmpty())
        return problems;
    bundle.sort();
    return bundle;
}

QString BundleFolder::write(const QString &directory, const Bundle &bundle, bool mirror)
{
    QDir root(directory);
    // Never into a folder of something else (a home directory, a project): only an empty one or a bundle.
    if (root.exists() && !isBundle(directory) &&
        !root.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty())
        return tr("%1 is not empty and not a workspace folder (it has no %2): choose an empty folder or an "
                  "earlier export.")
            .arg(QDir::toNativeSeparators(directory), kManifest);
    const QHash<QString, QString> names = namesInFolder(directory);
    // A selection keeps the folder's other files, and so their names: a new default must not take one.
    const QMap<QString, QByteArray> out =
        filesWithNames(bundle, names, mirror ? QSet<QString>() : QSet<QString>(names.cbegin(), names.cend()));
    for (ResourceKind kind : kBundleKinds) {
        if (!root.mkpath(BundleCodec::folderName(kind)))
            return tr("Cannot create the folder %1.").arg(root.filePath(BundleCodec::folderName(kind)));
    }
    for (auto it = out.begin(); it != out.end(); ++it) {
        const QString path = root.filePath(it.key());
        auto current = QFileInfo::exists(path) ? readFile(path) : Result<QByteArray, QString>(QString());
        if (current && *current == it.value())
            continue; // unchanged: the file (and its time) stays as it is
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(it.value()) != it.value().size() || !file.commit())
            return tr("Cannot write %1: %2").arg(path, file.errorString());
    }
    if (!mirror)
        return {};
    for (ResourceKind kind : kBundleKinds) {
        const QString folder = BundleCodec::folderName(kind);
        QDir dir(root.filePath(folder));
        for (const QString &name : dir.entryList({u"*.json"_s, u"*.sql"_s}, QDir::Files)) {
            if (!out.contains(folder + u'/' + name) && !dir.remove(name))
                return tr("Cannot remove %1, which the workspace no longer has.").arg(dir.filePath(name));
        }
    }
    return {};
}

} // namespace wsc
