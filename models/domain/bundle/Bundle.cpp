#include "models/domain/bundle/Bundle.h"

#include "models/domain/JsonCodec.h"
#include "models/domain/SecretFields.h"
#include "models/domain/Validator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace wsc {

using namespace Qt::StringLiterals;

const BundleEntry *Bundle::find(ResourceKind kind, const QString &id) const
{
    for (const BundleEntry &e : entries) {
        if (e.kind == kind && e.id == id)
            return &e;
    }
    return nullptr;
}

void Bundle::sort()
{
    std::stable_sort(entries.begin(), entries.end(), [](const BundleEntry &a, const BundleEntry &b) {
        if (a.kind != b.kind)
            return int(a.kind) < int(b.kind);
        return a.id < b.id;
    });
}

namespace {

QJsonObject objectOf(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

bool isSet(const Secret &secret)
{
    return secret.isMasked() || secret.hasValue();
}

// The fields the server fills in: never part of a bundle, never compared.
const QStringList &serverFilled(ResourceKind kind)
{
    static const QStringList connection = {u"config.aws_iam_user_arn"_s, u"config.aws_external_id"_s};
    static const QStringList none;
    return kind == ResourceKind::Connection ? connection : none;
}

// Drops what a bundle does not hold, and lists the secret fields by reference instead.
BundleEntry makeEntry(ResourceKind kind, const QString &id, QJsonObject body, const QStringList &secretPaths)
{
    BundleEntry e;
    e.kind = kind;
    e.id = id;
    for (const QString &path : serverFilled(kind))
        BundleCodec::removeAt(body, path);
    for (const QString &path : secretPaths) {
        BundleCodec::removeAt(body, path);
        e.secrets.push_back({path, BundleCodec::defaultSecretName(id, path)});
    }
    // Any other secret-named member (of a provider the codec does not know): never kept.
    for (const QString &name : SecretFields::names()) {
        for (const QString &path : QStringList{name, u"config."_s + name}) {
            if (!BundleCodec::valueAt(body, path).isUndefined()) {
                BundleCodec::removeAt(body, path);
                e.secrets.push_back({path, BundleCodec::defaultSecretName(id, path)});
            }
        }
    }
    e.body = std::move(body);
    return e;
}

QStringList secretPaths(const Connection &c)
{
    switch (c.serviceProvider.value()) {
    case ServiceProvider::Snowflake:
        return isSet(c.snowflake.password) ? QStringList{u"config.password"_s} : QStringList{};
    case ServiceProvider::BigQuery:
        return isSet(c.bigQuery.serviceAccountKey) ? QStringList{u"config.service_account_key"_s}
                                                   : QStringList{};
    case ServiceProvider::Redshift:
        return isSet(c.redshift.password) ? QStringList{u"config.password"_s} : QStringList{};
    default: break;
    }
    return {};
}

QByteArray bytesOf(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A body with a placeholder in each secret field: what validation needs to see that one will be sent.
QByteArray withPlaceholders(const BundleEntry &entry)
{
    QJsonObject body = entry.body;
    for (const SecretRef &ref : entry.secrets)
        BundleCodec::putAt(body, ref.path, u"secret"_s);
    return bytesOf(body);
}

QStringList decodeProblems(const DecodeError &error)
{
    return {error.toString()};
}

// The secrets are placeholders here (their values come when applying, and the server judges them).
void appendIssues(BundleCodec::Findings &out, const ValidationIssues &issues, const BundleEntry &entry)
{
    for (const ValidationIssue &issue : issues) {
        if (std::any_of(entry.secrets.begin(), entry.secrets.end(),
                        [&](const SecretRef &ref) { return ref.path == issue.field; }))
            continue;
        const QString text = issue.field.isEmpty() ? issue.message : issue.field + u": "_s + issue.message;
        (issue.isError() ? out.errors : out.warnings) << text;
    }
}

} // namespace

BundleEntry BundleCodec::entryOf(const Connection &c)
{
    return makeEntry(ResourceKind::Connection, c.id, objectOf(JsonCodec::encode(c)), secretPaths(c));
}

BundleEntry BundleCodec::entryOf(const DataModel &m)
{
    return makeEntry(ResourceKind::DataModel, m.id, objectOf(JsonCodec::encode(m)), {});
}

BundleEntry BundleCodec::entryOf(const FieldTransformation &t)
{
    return makeEntry(ResourceKind::FieldTransformation, t.id, objectOf(JsonCodec::encode(t)), {});
}

BundleEntry BundleCodec::entryOf(const Pipeline &p)
{
    return makeEntry(ResourceKind::Pipeline, p.id, objectOf(JsonCodec::encode(p)),
                     isSet(p.partnerFeedKey) ? QStringList{u"partner_feed_key"_s} : QStringList{});
}

Result<BundleEntry, QStringList> BundleCodec::canonical(ResourceKind kind, const QJsonObject &body,
                                                        std::vector<SecretRef> secrets)
{
    const QByteArray bytes = bytesOf(body);
    auto finish = [&](const auto &decoded) -> Result<BundleEntry, QStringList> {
        if (!decoded)
            return decodeProblems(decoded.error());
        // A field the codec cannot read is kept as it came (and sent so), as from the server: the service
        // judges it, and an export of such a resource reads back.
        BundleEntry entry = entryOf(*decoded);
        entry.secrets = std::move(secrets);
        return entry;
    };
    switch (kind) {
    case ResourceKind::Connection: return finish(JsonCodec::decodeConnection(bytes));
    case ResourceKind::DataModel: return finish(JsonCodec::decodeDataModel(bytes));
    case ResourceKind::FieldTransformation: return finish(JsonCodec::decodeFieldTransformation(bytes));
    case ResourceKind::Pipeline: return finish(JsonCodec::decodePipeline(bytes));
    }
    return QStringList{tr("Unknown kind of resource.")};
}

BundleCodec::Findings BundleCodec::validate(const BundleEntry &entry, bool create)
{
    Findings out;
    const QByteArray bytes = withPlaceholders(entry);
    switch (entry.kind) {
    case ResourceKind::Connection:
        if (auto c = JsonCodec::decodeConnection(bytes))
            appendIssues(out, Validator::validate(*c, create ? Validator::Mode::Create : Validator::Mode::Replace),
                         entry);
        break;
    case ResourceKind::DataModel:
        if (auto m = JsonCodec::decodeDataModel(bytes))
            appendIssues(out, Validator::validate(*m), entry);
        break;
    case ResourceKind::FieldTransformation:
        if (auto t = JsonCodec::decodeFieldTransformation(bytes))
            appendIssues(out, Validator::validate(*t), entry);
        break;
    case ResourceKind::Pipeline:
        if (auto p = JsonCodec::decodePipeline(bytes))
            appendIssues(out, Validator::validate(*p), entry);
        break;
    }
    return out;
}

namespace {

// The known fields of a resource only: what its unknown members hold is set aside.
void dropUnknown(Connection &c)
{
    c.unknown = {};
    c.configUnknown = {};
    c.rawFields.clear();
}
void dropUnknown(DataModel &m)
{
    m.unknown = {};
    m.configUnknown = {};
    m.rawFields.clear();
}
void dropUnknown(FieldTransformation &t)
{
    t.unknown = {};
    for (FieldMapping &m : t.mappings)
        m.unknown = {};
    t.rawFields.clear();
}
void dropUnknown(Pipeline &p)
{
    p.unknown = {};
    p.syncMode.unknown = {};
    p.schedule.unknown = {};
    p.rawFields.clear();
}

template <typename T>
bool sameKnown(Result<T> a, Result<T> b)
{
    if (!a || !b)
        return false;
    dropUnknown(*a);
    dropUnknown(*b);
    return *a == *b;
}

} // namespace

bool BundleCodec::differsInUnknownOnly(ResourceKind kind, const QJsonObject &without, const QJsonObject &with)
{
    const QByteArray a = bytesOf(without);
    const QByteArray b = bytesOf(with);
    switch (kind) {
    case ResourceKind::Connection: return sameKnown(JsonCodec::decodeConnection(a), JsonCodec::decodeConnection(b));
    case ResourceKind::DataModel: return sameKnown(JsonCodec::decodeDataModel(a), JsonCodec::decodeDataModel(b));
    case ResourceKind::FieldTransformation:
        return sameKnown(JsonCodec::decodeFieldTransformation(a), JsonCodec::decodeFieldTransformation(b));
    case ResourceKind::Pipeline: return sameKnown(JsonCodec::decodePipeline(a), JsonCodec::decodePipeline(b));
    }
    return false;
}

std::optional<Pipeline> BundleCodec::pipelineOf(const BundleEntry &entry)
{
    if (entry.kind != ResourceKind::Pipeline)
        return std::nullopt;
    auto p = JsonCodec::decodePipeline(bytesOf(entry.body));
    if (!p)
        return std::nullopt;
    return *p;
}

QString BundleCodec::defaultSecretName(const QString &id, const QString &path)
{
    const QString field = path.mid(path.lastIndexOf(u'.') + 1);
    QString name = (id + u'_' + field).toUpper();
    for (QChar &ch : name) {
        if (!((ch >= u'A' && ch <= u'Z') || (ch >= u'0' && ch <= u'9')))
            ch = u'_';
    }
    if (name.isEmpty() || name.front().isDigit())
        name.prepend(u'_');
    return name;
}

bool BundleCodec::isValidSecretName(QStringView name)
{
    static const QRegularExpression pattern(u"^[A-Z_][A-Z0-9_]*$"_s);
    return pattern.match(name.toString()).hasMatch();
}

QJsonValue BundleCodec::valueAt(const QJsonObject &object, const QString &path)
{
    const QStringList parts = path.split(u'.');
    QJsonValue at = object;
    for (const QString &part : parts) {
        if (!at.isObject())
            return QJsonValue::Undefined;
        at = at.toObject().value(part);
    }
    return at;
}

void BundleCodec::putAt(QJsonObject &object, const QString &path, const QJsonValue &value)
{
    const qsizetype dot = path.indexOf(u'.');
    if (dot < 0) {
        object.insert(path, value);
        return;
    }
    const QString head = path.left(dot);
    QJsonObject inner = object.value(head).toObject();
    putAt(inner, path.mid(dot + 1), value);
    object.insert(head, inner);
}

void BundleCodec::removeAt(QJsonObject &object, const QString &path)
{
    const qsizetype dot = path.indexOf(u'.');
    if (dot < 0) {
        object.remove(path);
        return;
    }
    const QString head = path.left(dot);
    if (!object.value(head).isObject())
        return;
    QJsonObject inner = object.value(head).toObject();
    removeAt(inner, path.mid(dot + 1));
    object.insert(head, inner);
}

QString BundleCodec::folderName(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::Connection: return u"connections"_s;
    case ResourceKind::DataModel: return u"data-models"_s;
    case ResourceKind::FieldTransformation: return u"field-transformations"_s;
    case ResourceKind::Pipeline: return u"pipelines"_s;
    }
    return {};
}

QString BundleCodec::displayName(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::Connection: return tr("connection");
    case ResourceKind::DataModel: return tr("data model");
    case ResourceKind::FieldTransformation: return tr("field transformation");
    case ResourceKind::Pipeline: return tr("pipeline");
    }
    return {};
}

std::optional<ResourceKind> BundleCodec::kindFromFolder(QStringView folder)
{
    for (ResourceKind kind : kBundleKinds) {
        if (folder == folderName(kind))
            return kind;
    }
    return std::nullopt;
}

namespace {

void writeValue(QByteArray &out, const QJsonValue &value, int depth);

void indent(QByteArray &out, int depth)
{
    out.append('\n');
    out.append(QByteArray(depth * 2, ' '));
}

void writeScalar(QByteArray &out, const QJsonValue &value)
{
    const QByteArray doc = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    out.append(doc.mid(1, doc.size() - 2));
}

void writeValue(QByteArray &out, const QJsonValue &value, int depth)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        bool first = true;
        for (auto it = object.begin(); it != object.end(); ++it) { // QJsonObject iterates in key order
            out.append(first ? "" : ",");
            first = false;
            indent(out, depth + 1);
            writeScalar(out, it.key());
            out.append(": ");
            writeValue(out, it.value(), depth + 1);
        }
        indent(out, depth);
        out.append('}');
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (array.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        for (qsizetype i = 0; i < array.size(); ++i) {
            out.append(i ? "," : "");
            indent(out, depth + 1);
            writeValue(out, array.at(i), depth + 1);
        }
        indent(out, depth);
        out.append(']');
    } else {
        writeScalar(out, value);
    }
}

} // namespace

QByteArray canonicalJson(const QJsonObject &object)
{
    QByteArray out;
    writeValue(out, object, 0);
    out.append('\n');
    return out;
}

} // namespace wsc
