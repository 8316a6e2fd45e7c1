#include "sandbox/http/HttpFrontEnd.h"

#include "sandbox/engine/Clock.h"
#include "sandbox/engine/Service.h"
#include "sandbox/engine/WireTime.h"
#include "sandbox/http/ReferenceVariants.h"
#include "sandbox/http/WarehouseEndpoints.h"
#include "sandbox/warehouse/Warehouse.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace wsc::sandbox {

using namespace Qt::StringLiterals;
using Method = QHttpServerRequest::Method;

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 413: return "Payload Too Large";
    case 422: return "Unprocessable Content";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    case 505: return "HTTP Version Not Supported";
    default: return "Status";
    }
}

QString methodName(Method method)
{
    switch (method) {
    case Method::Get: return u"GET"_s;
    case Method::Put: return u"PUT"_s;
    case Method::Delete: return u"DELETE"_s;
    case Method::Post: return u"POST"_s;
    case Method::Head: return u"HEAD"_s;
    case Method::Options: return u"OPTIONS"_s;
    case Method::Patch: return u"PATCH"_s;
    default: return u"OTHER"_s;
    }
}

HttpResponse methodNotAllowed(const QHttpServerRequest &request, const QByteArray &allow)
{
    HttpResponse r = HttpResponse::error(
        405, u"Method %1 is not supported on %2."_s.arg(methodName(request.method()), request.url().path()));
    r.headers.append({"Allow", allow});
    return r;
}

// The path split into decoded segments; empty segments (double or trailing slashes) are dropped.
QStringList segmentsOf(const QUrl &url)
{
    QStringList out;
    for (const QString &raw : url.path(QUrl::FullyEncoded).split(u'/', Qt::SkipEmptyParts))
        out << QUrl::fromPercentEncoding(raw.toUtf8());
    return out;
}

std::optional<Service::Kind> kindOf(const QStringList &s, int &consumed)
{
    if (s.isEmpty())
        return std::nullopt;
    if (s[0] == u"connections") {
        consumed = 1;
        return Service::Kind::Connection;
    }
    if (s[0] == u"data-models") {
        consumed = 1;
        return Service::Kind::DataModel;
    }
    if (s[0] == u"field-transformations") {
        consumed = 1;
        return Service::Kind::FieldTransformation;
    }
    if (s.size() >= 2 && s[0] == u"inputs" && s[1] == u"data-pipelines") {
        consumed = 2;
        return Service::Kind::Pipeline;
    }
    return std::nullopt;
}

} // namespace

HttpFrontEnd::HttpFrontEnd(Service &service, const Warehouse &warehouse, const Clock &clock,
                           ManualClock *manualClock, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_service(service)
    , m_warehouse(warehouse)
    , m_clock(clock)
    , m_manualClock(manualClock)
    , m_random(QRandomGenerator::securelySeeded())
    , m_warehouseEndpoints(std::make_unique<WarehouseEndpoints>(
          service, warehouse,
          [this](QTcpSocket *socket, const HttpResponse &response) { send(socket, response); }))
{}

HttpFrontEnd::~HttpFrontEnd() = default;

void HttpFrontEnd::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    send(socket, HttpResponse::error(404, u"No such endpoint."_s));
}

bool HttpFrontEnd::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QStringList segments = segmentsOf(request.url());
    const bool isApi = !segments.isEmpty() && segments[0] != u"_sandbox";
    if (!isApi && !segments.isEmpty() && WarehouseEndpoints::handles(segments.mid(1))) {
        // Answered when the query ends, off this thread.
        if (!request.remoteAddress().isLoopback())
            send(socket, HttpResponse::error(403, u"The admin endpoints answer loopback clients only."_s));
        else
            m_warehouseEndpoints->handle(request, segments.mid(1), socket);
        return true;
    }
    const FaultConfig faults = m_service.config().faults;
    // 5xx and 429 come "from a gateway": the request is not executed. Dropped and truncated answers come
    // after it was: the client cannot tell whether a write happened, as with a real network.
    std::optional<HttpResponse> injected;
    bool drop = false;
    bool truncate = false;
    if (isApi) {
        const double roll = m_random.generateDouble();
        double edge = faults.errorRate;
        if (roll < edge) {
            static const int statuses[] = {500, 502, 503};
            injected = HttpResponse::error(statuses[m_random.bounded(3)], u"Injected server error."_s);
        } else if (roll < (edge += faults.rateLimitRate)) {
            injected = HttpResponse::error(429, u"Rate limit exceeded."_s);
            injected->headers.append(
                qMakePair(QByteArray("Retry-After"), QByteArray::number(faults.retryAfterSeconds)));
            injected->headers.append(
                qMakePair(QByteArray("X-mp-rate-limit-exceeded"), QByteArray("workspace")));
        } else if (roll < (edge += faults.dropRate)) {
            drop = true;
        } else if (roll < (edge += faults.truncateRate)) {
            truncate = true;
        }
    }
    // A create whose answer is lost, on purpose: the client cannot tell it from a network failure.
    if (isApi && !injected && !drop && segments[0] == u"platform" && request.method() == Method::Post &&
        m_service.faults().dropNextPosts > 0) {
        --m_service.faults().dropNextPosts;
        drop = true;
    }
    const HttpResponse response = injected ? *injected : dispatch(request);
    const bool headOnly = request.method() == Method::Head;
    const bool close = request.value("Connection").compare("close", Qt::CaseInsensitive) == 0;
    auto answer = [this, drop, truncate, headOnly, close, response](QTcpSocket *target) {
        if (drop) {
            target->abort(); // the connection goes away without an answer
            return;
        }
        send(target, response, truncate, headOnly);
        // QtHttpServer 6.4 keeps connections open regardless: honour "Connection: close" here.
        if (close)
            target->disconnectFromHost();
    };
    if (isApi && faults.latencyMs > 0) {
        // The socket may be gone by the time the answer is due: guard it (QtHttpServer 6.4 keeps raw
        // pointers).
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(faults.latencyMs, this, [guard, answer] {
            if (guard && guard->state() == QAbstractSocket::ConnectedState)
                answer(guard);
        });
        return true;
    }
    answer(socket);
    return true;
}

void HttpFrontEnd::send(QTcpSocket *socket, const HttpResponse &response, bool truncate, bool headOnly)
{
    QByteArray out =
        "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    if (response.status != 204) {
        out += "Content-Type: " + response.contentType + "\r\n";
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    }
    for (const auto &[key, value] : response.headers)
        out += key + ": " + value + "\r\n";
    out += "\r\n";
    if (truncate) {
        socket->write(out + response.body.left(response.body.size() / 2));
        socket->flush();
        socket->disconnectFromHost(); // fewer bytes than Content-Length promised
        return;
    }
    if (response.status != 204 && !headOnly)
        out += response.body;
    socket->write(out);
}

HttpResponse HttpFrontEnd::dispatch(const QHttpServerRequest &request)
{
    if (request.body().size() > m_service.config().maxBodyBytes)
        return HttpResponse::error(
            413, u"The request body is larger than %1 bytes."_s.arg(m_service.config().maxBodyBytes));
    const QStringList s = segmentsOf(request.url());
    if (s.size() == 2 && s[0] == u"oauth" && s[1] == u"token") {
        if (request.method() != Method::Post)
            return methodNotAllowed(request, "POST");
        return issueToken(request);
    }
    if (!s.isEmpty() && s[0] == u"_sandbox") {
        if (!request.remoteAddress().isLoopback())
            return HttpResponse::error(403, u"The admin endpoints answer loopback clients only."_s);
        return admin(request, s.mid(1));
    }
    if (s.size() >= 4 && s[0] == u"platform" && s[1] == u"v2" && s[2] == u"workspaces") {
        if (!authorized(request)) {
            HttpResponse r =
                HttpResponse::error(401, u"Authentication failed: a valid bearer token is required."_s);
            r.headers.append(qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Bearer")));
            return r;
        }
        if (s[3] != m_service.config().workspaceId)
            return HttpResponse::error(404, u"Workspace %1 was not found."_s.arg(s[3]));
        if (!m_service.config().referenceVariants)
            return api(request, s.mid(4));
        // The published reference has no field-transformations endpoint: answered as a service without it.
        if (s.size() >= 5 && s[4] == u"field-transformations")
            return HttpResponse::error(404, u"No such endpoint."_s);
        HttpResponse response = api(request, s.mid(4));
        if (response.status >= 200 && response.status < 300 && !response.body.isEmpty())
            response.body = ReferenceVariants::rewrite(response.body);
        return response;
    }
    return HttpResponse::error(404, u"No such endpoint."_s);
}

HttpResponse HttpFrontEnd::issueToken(const QHttpServerRequest &request)
{
    // JSON is canonical; a form body is accepted too (spec §3.5). OAuth-style error bodies here.
    QJsonObject fields;
    const QByteArray contentType = request.value("Content-Type").toLower();
    if (contentType.startsWith("application/x-www-form-urlencoded")) {
        const QUrlQuery form(QString::fromUtf8(request.body()));
        for (const auto &[key, value] : form.queryItems(QUrl::FullyDecoded))
            fields[key] = value;
    } else {
        fields = QJsonDocument::fromJson(request.body()).object();
    }
    auto oauthError = [](int status, const QString &error, const QString &description) {
        return HttpResponse::json(status,
                                  QJsonObject{{u"error"_s, error}, {u"error_description"_s, description}});
    };
    const SandboxConfig &config = m_service.config();
    if (fields.value(u"grant_type"_s).toString() != u"client_credentials")
        return oauthError(400, u"unsupported_grant_type"_s, u"grant_type must be client_credentials."_s);
    if (fields.value(u"audience"_s).toString() != config.audience)
        return oauthError(403, u"access_denied"_s, u"Unknown audience."_s);
    if (fields.value(u"client_id"_s).toString() != config.clientId ||
        fields.value(u"client_secret"_s).toString() != config.clientSecret)
        return oauthError(401, u"access_denied"_s, u"Unauthorized"_s);
    QByteArray raw(32, Qt::Uninitialized);
    for (char &c : raw)
        c = char(m_random.bounded(256));
    const QString token =
        QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    m_tokens.removeIf([](const auto &entry) { return entry.value().hasExpired(); }); // tokens only expire
    m_tokens.insert(token, QDeadlineTimer(qint64(config.tokenLifetimeSeconds) * 1000));
    return HttpResponse::json(200, QJsonObject{{u"access_token"_s, token},
                                               {u"expires_in"_s, config.tokenLifetimeSeconds},
                                               {u"token_type"_s, u"Bearer"_s}});
}

bool HttpFrontEnd::authorized(const QHttpServerRequest &request)
{
    const QByteArray header = request.value("Authorization");
    if (!header.startsWith("Bearer "))
        return false;
    const QString token = QString::fromLatin1(header.mid(7).trimmed());
    const auto it = m_tokens.find(token);
    if (it == m_tokens.end())
        return false;
    if (it->hasExpired()) {
        m_tokens.erase(it);
        return false;
    }
    return true;
}

HttpResponse HttpFrontEnd::api(const QHttpServerRequest &request, const QStringList &s)
{
    int consumed = 0;
    const auto kind = kindOf(s, consumed);
    if (!kind)
        return HttpResponse::error(404, u"No such endpoint."_s);
    const QStringList rest = s.mid(consumed);
    // HEAD is answered like GET, without the body (QtHttpServer 6.4 does not route it).
    const Method method = request.method() == Method::Head ? Method::Get : request.method();
    const QUrlQuery query(request.url());

    if (rest.isEmpty()) {
        if (method == Method::Get)
            return m_service.list(*kind, query);
        if (method == Method::Post)
            return m_service.create(*kind, request.body());
        return methodNotAllowed(request, "GET, POST");
    }
    if (*kind == Service::Kind::Pipeline) {
        if (rest.size() == 1 && rest[0] == u"trigger") {
            if (method != Method::Post)
                return methodNotAllowed(request, "POST");
            return m_service.trigger(request.body());
        }
        if (rest.size() == 2 && rest[1] == u"trigger") {
            if (method != Method::Post)
                return methodNotAllowed(request, "POST");
            return m_service.trigger(request.body(), rest[0]);
        }
        if (rest.size() == 2 && rest[1] == u"report") {
            if (method != Method::Get)
                return methodNotAllowed(request, "GET");
            return m_service.report(rest[0]);
        }
        if (rest.size() == 2 && rest[1] == u"runs") {
            if (method != Method::Get)
                return methodNotAllowed(request, "GET");
            return m_service.runs(rest[0], query);
        }
        if (rest.size() == 3 && rest[1] == u"runs") {
            if (method != Method::Get)
                return methodNotAllowed(request, "GET");
            return m_service.run(rest[0], rest[2]);
        }
    }
    if (rest.size() != 1)
        return HttpResponse::error(404, u"No such endpoint."_s);
    switch (method) {
    case Method::Get: return m_service.get(*kind, rest[0]);
    case Method::Put: return m_service.replace(*kind, rest[0], request.body());
    case Method::Delete: return m_service.remove(*kind, rest[0]);
    default: return methodNotAllowed(request, "GET, PUT, DELETE");
    }
}

HttpResponse HttpFrontEnd::admin(const QHttpServerRequest &request, const QStringList &s)
{
    const Method method = request.method();
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    if (s == QStringList{u"clock"_s})
        return adminClock(request, body);
    if (s == QStringList{u"scheduler"_s, u"run"_s}) {
        if (method != Method::Post)
            return methodNotAllowed(request, "POST");
        return HttpResponse::json(200, QJsonObject{{u"transitions"_s, runScheduler ? runScheduler() : 0}});
    }
    if (s == QStringList{u"faults"_s})
        return adminFaults(request, body);
    if (s.size() == 2 && s[0] == u"data-plans") {
        if (method != Method::Put)
            return methodNotAllowed(request, "PUT");
        QList<qint64> versions;
        for (const QJsonValue &v : body.value(u"versions"_s).toArray())
            versions << v.toInteger();
        m_service.setDataPlan(s[1], body.value(u"active"_s).toBool(true), versions);
        return HttpResponse::noContent();
    }
    if (s == QStringList{u"warehouses"_s}) {
        if (method != Method::Post)
            return methodNotAllowed(request, "POST");
        QString error;
        if (!m_warehouse.provision(body, m_clock.now(), &error))
            return HttpResponse::error(400, error);
        return HttpResponse::json(200, QJsonObject{{u"directory"_s, m_warehouse.directoryFor(body)}});
    }
    if (s == QStringList{u"tokens"_s}) {
        // Not in the real API (tokens cannot be revoked there): lets tests exercise the 401 replay.
        if (method != Method::Delete)
            return methodNotAllowed(request, "DELETE");
        m_tokens.clear();
        return HttpResponse::noContent();
    }
    if (s.size() == 3 && s[0] == u"connections" && s[2] == u"fault") {
        if (method != Method::Post)
            return methodNotAllowed(request, "POST");
        return m_service.forceConnectionFault(s[1], body.value(u"message"_s).toString());
    }
    return HttpResponse::error(404, u"No such admin endpoint."_s);
}

// GET /_sandbox/clock, and POST to set or advance a manual clock (then the scheduler catches up).
HttpResponse HttpFrontEnd::adminClock(const QHttpServerRequest &request, const QJsonObject &body)
{
    const Method method = request.method();
    if (method == Method::Post) {
        if (!m_manualClock)
            return HttpResponse::error(400,
                                       u"The clock is real time; start with --manual-clock to move it."_s);
        if (body.contains(u"now"_s)) {
            const auto time = WireTime::parse(body.value(u"now"_s).toString());
            if (!time)
                return HttpResponse::error(400, u"now must be an ISO-8601 timestamp."_s);
            m_manualClock->set(*time);
        }
        m_manualClock->advance(qint64(body.value(u"advance_seconds"_s).toDouble() * 1000));
        if (runScheduler)
            runScheduler();
    } else if (method != Method::Get) {
        return methodNotAllowed(request, "GET, POST");
    }
    return HttpResponse::json(200, QJsonObject{{u"now"_s, WireTime::millis(m_clock.now())},
                                               {u"manual"_s, m_manualClock != nullptr}});
}

// GET /_sandbox/faults, and PUT to change any of them (absent members keep their value).
HttpResponse HttpFrontEnd::adminFaults(const QHttpServerRequest &request, const QJsonObject &body)
{
    FaultConfig &f = m_service.faults();
    if (request.method() == Method::Put) {
        f.latencyMs = body.value(u"latency_ms"_s).toInt(f.latencyMs);
        f.errorRate = body.value(u"error_rate"_s).toDouble(f.errorRate);
        f.rateLimitRate = body.value(u"rate_limit_rate"_s).toDouble(f.rateLimitRate);
        f.retryAfterSeconds = body.value(u"retry_after_seconds"_s).toInt(f.retryAfterSeconds);
        f.dropRate = body.value(u"drop_rate"_s).toDouble(f.dropRate);
        f.truncateRate = body.value(u"truncate_rate"_s).toDouble(f.truncateRate);
        f.failConnectionSaves = body.value(u"fail_connection_saves"_s).toBool(f.failConnectionSaves);
        f.dropNextPosts = body.value(u"drop_next_posts"_s).toInt(f.dropNextPosts);
    } else if (request.method() != Method::Get) {
        return methodNotAllowed(request, "GET, PUT");
    }
    return HttpResponse::json(200, QJsonObject{{u"latency_ms"_s, f.latencyMs},
                                               {u"error_rate"_s, f.errorRate},
                                               {u"rate_limit_rate"_s, f.rateLimitRate},
                                               {u"retry_after_seconds"_s, f.retryAfterSeconds},
                                               {u"drop_rate"_s, f.dropRate},
                                               {u"truncate_rate"_s, f.truncateRate},
                                               {u"fail_connection_saves"_s, f.failConnectionSaves},
                                               {u"drop_next_posts"_s, f.dropNextPosts}});
}

} // namespace wsc::sandbox
