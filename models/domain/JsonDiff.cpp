#include "models/domain/JsonDiff.h"

#include "models/domain/SecretFields.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace wsc {

using namespace Qt::StringLiterals;

namespace {

void diffInto(const QString &prefix, const QJsonObject &before, const QJsonObject &after,
              std::vector<JsonChange> &out)
{
    auto pathOf = [&prefix](const QString &key) { return prefix.isEmpty() ? key : prefix + u'.' + key; };
    // QJsonObject iterates in key order: stable and easy to read.
    for (auto it = before.begin(); it != before.end(); ++it) {
        const QString path = pathOf(it.key());
        if (!after.contains(it.key())) {
            out.push_back({path, JsonChange::Kind::Removed, it.value(), QJsonValue(QJsonValue::Undefined)});
            continue;
        }
        const QJsonValue next = after.value(it.key());
        if (it.value().isObject() && next.isObject())
            diffInto(path, it.value().toObject(), next.toObject(), out);
        else if (it.value() != next)
            out.push_back({path, JsonChange::Kind::Changed, it.value(), next});
    }
    for (auto it = after.begin(); it != after.end(); ++it)
        if (!before.contains(it.key()))
            out.push_back(
                {pathOf(it.key()), JsonChange::Kind::Added, QJsonValue(QJsonValue::Undefined), it.value()});
}

} // namespace

std::vector<JsonChange> jsonDiff(const QJsonObject &before, const QJsonObject &after)
{
    std::vector<JsonChange> changes;
    diffInto({}, before, after, changes);
    return changes;
}

QString jsonValueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: return value.toString();
    case QJsonValue::Undefined: return {};
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    default: {
        // A scalar: wrap it to let QJsonDocument print it exactly as JSON would.
        const QByteArray doc = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(doc.mid(1, doc.size() - 2));
    }
    }
}

} // namespace wsc

namespace wsc {

namespace {

QString folded(const QJsonValue &v)
{
    QString text = v.isDouble() ? QString::number(v.toDouble(), 'g', 17) : v.toString();
    text = text.trimmed().toLower();
    text.replace(u'-', u'_');
    return text;
}

bool sameValue(const QJsonValue &held, const QJsonValue &sent)
{
    if (held == sent)
        return true;
    if (held.isObject() && sent.isObject())
        return jsonHolds(held.toObject(), sent.toObject());
    if (held.isArray() && sent.isArray()) {
        const QJsonArray a = held.toArray();
        const QJsonArray b = sent.toArray();
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!sameValue(a.at(i), b.at(i)))
                return false;
        }
        return true;
    }
    const bool scalars = (held.isString() || held.isDouble()) && (sent.isString() || sent.isDouble());
    return scalars && folded(held) == folded(sent);
}

} // namespace

bool jsonHolds(const QJsonObject &held, const QJsonObject &sent)
{
    for (auto it = sent.begin(); it != sent.end(); ++it) {
        if (SecretFields::isSecret(it.key()))
            continue;
        const QJsonValue there = held.value(it.key());
        if (there.isUndefined()) {
            if (it.value().isNull())
                continue;
            return false;
        }
        if (!sameValue(there, it.value()))
            return false;
    }
    return true;
}

} // namespace wsc
