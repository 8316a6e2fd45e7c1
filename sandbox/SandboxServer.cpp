#include "sandbox/SandboxServer.h"

#include <QHttpServer>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wsc::sandbox {

using namespace Qt::StringLiterals;

SandboxServer::SandboxServer(QObject *parent)
    : QObject(parent)
    , m_http(std::make_unique<QHttpServer>()) {
    m_http->setMissingHandler([](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        Q_UNUSED(request);
        errorResponse(404, {u"No such endpoint."_s}).write(std::move(responder));
    });
}

SandboxServer::~SandboxServer() = default;

quint16 SandboxServer::listen(quint16 port) {
    m_port = m_http->listen(QHostAddress::LocalHost, port);
    return m_port;
}

QHttpServerResponse SandboxServer::errorResponse(int status, const QStringList &messages) {
    QJsonArray errors;
    for (const QString &message : messages)
        errors.append(QJsonObject{{u"message"_s, message}});
    const QJsonObject body{{u"statusCode"_s, status}, {u"errors"_s, errors}};
    return QHttpServerResponse("application/json", QJsonDocument(body).toJson(QJsonDocument::Compact),
                               QHttpServerResponse::StatusCode(status));
}

} // namespace wsc::sandbox
