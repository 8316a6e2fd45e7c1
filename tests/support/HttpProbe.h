#pragma once

// Test support: synchronous JSON requests over real loopback HTTP, for tests that drive a sandbox.

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrl>

namespace wsc::test {

struct HttpResult {
    int status = 0; // 0: no HTTP answer (see networkError)
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QByteArray body;
    QJsonDocument json;
    QList<QNetworkReply::RawHeaderPair> headers;

    QJsonObject object() const { return json.object(); }
    QJsonArray array() const { return json.array(); }
    // The messages of an error body {"statusCode", "errors":[{"message"}]}, joined by newlines.
    QString errors() const
    {
        QStringList messages;
        for (const QJsonValue &e : object().value(QStringLiteral("errors")).toArray())
            messages << e.toObject().value(QStringLiteral("message")).toString();
        return messages.join(u'\n');
    }
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

class HttpProbe {
public:
    explicit HttpProbe(QUrl base = {})
        : m_base(std::move(base))
    {}

    void setBase(const QUrl &base) { m_base = base; }
    void setToken(const QString &token) { m_token = token; }
    const QUrl &base() const { return m_base; }

    HttpResult request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                       const QByteArray &contentType = "application/json", int timeoutMs = 15000)
    {
        QNetworkRequest request(m_base.resolved(QUrl(path)));
        if (!m_token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
        if (!body.isEmpty() || method == "POST" || method == "PUT")
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        request.setTransferTimeout(timeoutMs);
        QNetworkReply *reply =
            method == "HEAD" ? m_network.head(request) : m_network.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs + 1000, &loop, &QEventLoop::quit);
        loop.exec();
        HttpResult result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.networkError = reply->error();
        result.body = reply->readAll();
        result.json = QJsonDocument::fromJson(result.body);
        result.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return result;
    }
    HttpResult get(const QString &path) { return request("GET", path); }
    HttpResult post(const QString &path, const QJsonObject &body)
    {
        return request("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    HttpResult put(const QString &path, const QJsonObject &body)
    {
        return request("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    HttpResult del(const QString &path) { return request("DELETE", path); }

    // Client-credentials token from the sandbox's /oauth/token; empty on failure.
    QString fetchToken(const QString &clientId = QStringLiteral("sandbox"),
                       const QString &secret = QStringLiteral("sandbox"))
    {
        const QString saved = m_token;
        m_token.clear();
        const HttpResult r = post(QStringLiteral("/oauth/token"),
                                  {{QStringLiteral("client_id"), clientId},
                                   {QStringLiteral("client_secret"), secret},
                                   {QStringLiteral("audience"), QStringLiteral("https://api.mparticle.com")},
                                   {QStringLiteral("grant_type"), QStringLiteral("client_credentials")}});
        m_token = saved;
        return r.object().value(QStringLiteral("access_token")).toString();
    }

private:
    QNetworkAccessManager m_network;
    QUrl m_base;
    QString m_token;
};

} // namespace wsc::test
