#include "sandbox/http/ReferenceVariants.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace wsc::sandbox {

using namespace Qt::StringLiterals;

namespace {

QJsonValue asText(const QJsonValue &v)
{
    return v.isDouble() ? QJsonValue(QString::number(v.toInteger())) : v;
}

QJsonValue rewriteValue(const QJsonValue &value);

QJsonObject rewriteObject(const QJsonObject &in)
{
    static const QSet<QString> numbersAsText = {u"id"_s,           u"pipeline_run_id"_s, u"successful_records"_s,
                                                u"failed_records"_s, u"current_page"_s,  u"page_size"_s,
                                                u"total_pages"_s,  u"total_items"_s};
    QJsonObject out;
    for (auto it = in.begin(); it != in.end(); ++it) {
        const QString &key = it.key();
        const QJsonValue v = it.value();
        if (key == u"latest_successful_pipeline_run_id") {
            out[key] = v.isNull() || v.isUndefined() ? QJsonValue(0) : asText(v); // the published "none"
        } else if (numbersAsText.contains(key)) {
            out[key] = asText(v);
        } else if (key == u"type" && v.toString() == u"on_demand") {
            out[key] = u"on-demand"_s;
        } else if (key == u"type" && v.toString() == u"full") {
            out[key] = u"full_sync"_s;
        } else if (key == u"account_identifier") {
            out[u"source_account_id"_s] = v; // the v1 name in a v2 example (I-3)
        } else {
            out[key] = rewriteValue(v);
        }
    }
    out[u"x_reference_variant"_s] = QJsonObject{{u"note"_s, u"a member no client knows"_s}};
    return out;
}

QJsonValue rewriteValue(const QJsonValue &value)
{
    if (value.isObject())
        return rewriteObject(value.toObject());
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(rewriteValue(item));
        return out;
    }
    return value;
}

} // namespace

QByteArray ReferenceVariants::rewrite(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || document.isNull())
        return body;
    if (document.isArray())
        return QJsonDocument(rewriteValue(document.array()).toArray()).toJson(QJsonDocument::Compact);
    return QJsonDocument(rewriteObject(document.object())).toJson(QJsonDocument::Compact);
}

} // namespace wsc::sandbox
