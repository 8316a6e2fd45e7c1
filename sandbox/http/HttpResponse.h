#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QStringList>

namespace wsc::sandbox {

// An answer of the sandbox before it is written to the socket.
struct HttpResponse {
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;

    static HttpResponse json(int status, const QJsonObject &object)
    {
        return {status, QJsonDocument(object).toJson(QJsonDocument::Compact), "application/json", {}};
    }
    static HttpResponse json(int status, const QJsonArray &array)
    {
        return {status, QJsonDocument(array).toJson(QJsonDocument::Compact), "application/json", {}};
    }
    // Every non-2xx answer of the API: {"statusCode": N, "errors": [{"message": …}, …]} (spec §13.2).
    static HttpResponse error(int status, const QStringList &messages)
    {
        QJsonArray errors;
        for (const QString &message : messages)
            errors.append(QJsonObject{{QStringLiteral("message"), message}});
        return json(status,
                    QJsonObject{{QStringLiteral("statusCode"), status}, {QStringLiteral("errors"), errors}});
    }
    static HttpResponse error(int status, const QString &message)
    {
        return error(status, QStringList{message});
    }
    static HttpResponse noContent() { return {204, {}, {}, {}}; }
};

} // namespace wsc::sandbox
