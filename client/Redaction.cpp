#include "client/Redaction.h"

#include "models/domain/SecretFields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wsc {

using namespace Qt::StringLiterals;


namespace {

QJsonValue redact(const QJsonValue &value)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (SecretFields::isSecret(it.key()) && !it.value().isNull())
                it.value() = QString::fromLatin1(Redaction::kRedacted);
            else
                it.value() = redact(it.value());
        }
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (auto it = array.begin(); it != array.end(); ++it)
            *it = redact(*it);
        return array;
    }
    return value;
}

} // namespace

QString Redaction::jsonEscaped(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact); // ["…"]
    return QString::fromUtf8(array.mid(2, array.size() - 4));
}

QByteArray Redaction::redactValues(QByteArray body, const QStringList &values)
{
    for (const QString &value : values) {
        if (value.size() < 4) // shorter is no real secret and would garble ordinary text
            continue;
        body.replace(value.toUtf8(), kRedacted);
        body.replace(jsonEscaped(value).toUtf8(), kRedacted);
    }
    return body;
}

QByteArray Redaction::redactBody(const QByteArray &body)
{
    if (body.isEmpty())
        return body;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError) {
        const QJsonValue redacted =
            redact(document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array()));
        return redacted.isObject() ? QJsonDocument(redacted.toObject()).toJson(QJsonDocument::Indented)
                                   : QJsonDocument(redacted.toArray()).toJson(QJsonDocument::Indented);
    }
    for (const QString &key : SecretFields::names()) {
        if (body.contains(key.toLatin1()))
            return QByteArray("[a body that could not be parsed and may hold a secret was not kept]");
    }
    return body;
}

} // namespace wsc
