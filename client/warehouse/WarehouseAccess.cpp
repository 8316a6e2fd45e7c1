#include "client/warehouse/WarehouseAccess.h"

#include "client/ApiClient.h"
#include "client/SecretStore.h"
#include "client/warehouse/PostgresDriver.h"
#include "client/warehouse/SandboxDriver.h"
#include "models/domain/QueryErrorPosition.h"
#include "models/domain/SqlChecker.h"
#include "models/domain/WrappedQueries.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace wsc {

using namespace Qt::StringLiterals;

namespace {

// Passes what `inner` reports on to `outer` (its error through `mapError`), and a cancel of `outer` on to
// `inner`.
void forward(WarehouseJob *inner, WarehouseJob *outer,
             std::function<WarehouseError(WarehouseError)> mapError = {})
{
    QObject::connect(outer, &WarehouseJob::cancelRequested, inner, &WarehouseJob::cancel);
    // Its driver went (another service, another password) before it reported.
    QObject::connect(inner, &QObject::destroyed, outer, [outer] {
        outer->fail({WarehouseError::Kind::Connection,
                     WarehouseAccess::tr("The console connected to another service or login meanwhile.")});
    });
    QObject::connect(inner, &WarehouseJob::finished, outer, [inner, outer, mapError] {
        if (inner->error() && mapError)
            outer->fail(mapError(*inner->error()));
        else
            outer->settleLike(*inner);
    });
}

} // namespace

WarehouseAccess::WarehouseAccess(ApiClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    connect(&client, &ApiClient::configured, this, [this] {
        reset();
        probeService(); // early: the first preview, and the view that needs a dialect, need not wait
    });
}

WarehouseAccess::~WarehouseAccess() = default;

void WarehouseAccess::setSecretStore(SecretStore *store)
{
    m_secrets = store;
}

void WarehouseAccess::reset()
{
    qDeleteAll(m_drivers);
    m_drivers.clear();
    m_catalogs.clear();
    m_passwords.clear();
    m_service = Service::Unknown;
    ++m_generation;
    // Jobs waiting for the probe of the previous service fail with it: their connection is gone.
    for (const auto &resume : std::exchange(m_waiting, {}))
        resume();
}

QString WarehouseAccess::unavailableReason(const Connection &connection) const
{
    if (connection.id.isEmpty())
        return tr("Save the connection first.");
    if (m_service == Service::Sandbox || m_service == Service::Unknown || m_service == Service::Probing)
        return {};
    if (connection.serviceProvider == ServiceProvider::Redshift)
        return {};
    return tr("Previewing queries is not available for %1 connections yet; it is for Redshift connections "
              "and for every connection of the local sandbox.")
        .arg(connection.serviceProvider.wire());
}

std::optional<WrappedQueries::Dialect> WarehouseAccess::dialectFor(const Connection &connection) const
{
    if (m_service == Service::Sandbox)
        return WrappedQueries::Dialect::Sqlite;
    if (m_service == Service::Other && connection.serviceProvider == ServiceProvider::Redshift)
        return WrappedQueries::Dialect::Postgres;
    return std::nullopt;
}

bool WarehouseAccess::needsPassword(const Connection &connection) const
{
    return m_service == Service::Other && connection.serviceProvider == ServiceProvider::Redshift &&
           !m_passwords.contains(secretKey(connection));
}

void WarehouseAccess::setPassword(const Connection &connection, const QString &password, bool remember)
{
    const QString key = secretKey(connection);
    m_passwords.insert(key, password);
    // A driver logged in with the previous password goes.
    for (auto it = m_drivers.begin(); it != m_drivers.end();) {
        if (it.key().startsWith(u"redshift:"_s + key + u'|')) {
            delete it.value();
            it = m_drivers.erase(it);
        } else {
            ++it;
        }
    }
    if (remember && m_secrets)
        m_secrets->write(secretKey(connection), password, this, [](bool, const QString &) {});
}

QString WarehouseAccess::secretKey(const Connection &connection) const
{
    // Per service, workspace and connection: the same id in another workspace is another warehouse.
    return u"warehouse:"_s + m_client.endpoints().apiRoot().host() + u'/' +
           m_client.endpoints().workspaceId() + u'/' + connection.id;
}

// Every statement goes through our checker before it is sent: a failed job for its first error, or null.
WarehouseJob *WarehouseAccess::checkerError(const QString &sql)
{
    const SqlCheckResult check = SqlChecker::check(sql);
    for (const SqlIssue &issue : check.issues) {
        if (!issue.isError())
            continue;
        auto *job = new WarehouseJob(this);
        job->fail(
            {WarehouseError::Kind::Refused, issue.message, issue.line, issue.column, int(issue.length)});
        return job;
    }
    return nullptr;
}

WarehouseJob *WarehouseAccess::preview(const Connection &connection, const QString &sql, int rowLimit,
                                       int timeoutMs)
{
    rowLimit = std::clamp(rowLimit, 1, kMaxRowLimit);
    if (WarehouseJob *refused = checkerError(sql))
        return refused;
    // One row more than is shown tells whether more exist.
    const QString statement = WrappedQueries::preview(sql, rowLimit + 1);
    // A warehouse message that names a place is marked in the SQL that was previewed.
    auto locate = [sql](WarehouseError error) {
        if (error.kind != WarehouseError::Kind::Query)
            return error;
        // A line the driver read off the warehouse counts in the statement.
        const auto line = error.line > 0 ? QueryErrorPosition::modelLine(sql, error.line) : std::nullopt;
        error.line = line.value_or(0);
        error.column = line ? std::max(error.column, 1) : 0;
        if (const auto at = QueryErrorPosition::locate(error.message, sql)) {
            error.line = at->line;
            error.column = at->column;
            error.length = at->length;
        }
        return error;
    };
    return withDriver(connection, [statement, rowLimit, timeoutMs, locate](WarehouseDriver &driver) {
        auto *job = new WarehouseJob(&driver);
        forward(driver.query(statement, rowLimit, timeoutMs), job, locate);
        return job;
    });
}

WarehouseJob *WarehouseAccess::run(const Connection &connection, const QString &statement, int rowLimit,
                                   int timeoutMs)
{
    rowLimit = std::clamp(rowLimit, 1, kMaxRowLimit);
    if (WarehouseJob *refused = checkerError(statement))
        return refused;
    return withDriver(connection, [statement, rowLimit, timeoutMs](WarehouseDriver &driver) {
        return driver.query(statement, rowLimit, timeoutMs);
    });
}

WarehouseJob *WarehouseAccess::catalog(const Connection &connection, bool refresh)
{
    if (!refresh) {
        if (const auto it = m_catalogs.constFind(connection.id); it != m_catalogs.cend()) {
            auto *job = new WarehouseJob(this);
            job->succeed(*it);
            return job;
        }
    }
    const QString id = connection.id;
    return withDriver(connection, [this, id](WarehouseDriver &driver) {
        WarehouseJob *inner = driver.catalog();
        connect(inner, &WarehouseJob::finished, this, [this, inner, id] {
            if (inner->error())
                return;
            m_catalogs.insert(id, inner->catalog());
            emit catalogRead(id);
        });
        return inner;
    });
}

const WarehouseCatalog *WarehouseAccess::cachedCatalog(const QString &connectionId) const
{
    const auto it = m_catalogs.constFind(connectionId);
    return it == m_catalogs.cend() ? nullptr : &*it;
}

WarehouseJob *WarehouseAccess::withDriver(const Connection &connection, Start start)
{
    auto *job = new WarehouseJob(this);
    // The steps until the driver runs: they wait for the probe of the service, or for the keychain.
    auto step = std::make_shared<std::function<void(bool)>>();
    *step = [this, job = QPointer<WarehouseJob>(job), connection, start,
             weak = std::weak_ptr<std::function<void(bool)>>(step)](bool triedKeychain) {
        if (!job || job->isFinished())
            return;
        if (m_service == Service::Unknown || m_service == Service::Probing) {
            job->fail({WarehouseError::Kind::Connection,
                       tr("The service did not say whether it has local warehouses (no answer), or another "
                          "service was chosen meanwhile. Try again.")});
            return;
        }
        if (needsPassword(connection) && m_secrets && !triedKeychain) {
            // A password kept from an earlier session, then the same steps again.
            const QString key = secretKey(connection);
            m_secrets->read(key, job,
                            [this, key, again = weak.lock()](const QString &secret, const QString &) {
                                if (!secret.isEmpty())
                                    m_passwords.insert(key, secret);
                                (*again)(true);
                            });
            return;
        }
        QString problem;
        WarehouseDriver *driver = driverFor(connection, &problem);
        if (!driver) {
            job->fail({needsPassword(connection) ? WarehouseError::Kind::NeedsPassword
                                                 : WarehouseError::Kind::Unsupported,
                       problem});
            return;
        }
        forward(start(*driver), job);
    };
    if (m_service == Service::Sandbox || m_service == Service::Other) {
        (*step)(false);
    } else {
        m_waiting.append([step] { (*step)(false); });
        probeService();
    }
    return job;
}

void WarehouseAccess::probeService()
{
    if (m_service == Service::Probing)
        return;
    m_service = Service::Probing;
    const quint64 generation = ++m_generation;
    ApiReply *reply = m_client.sendLocal("GET", u"/_sandbox/clock"_s, {}, 5000);
    connect(reply, &ApiReply::finished, this, [this, reply, generation] {
        if (generation != m_generation)
            return; // the client was pointed elsewhere meanwhile
        const QJsonObject answer = QJsonDocument::fromJson(reply->body()).object();
        const bool noAnswer = reply->hasError() && reply->error().kind() == ApiError::Kind::Timeout;
        // No answer in time says nothing (a busy service): ask again with the next job. A service that
        // answers (or refuses the connection), or a root that is not this computer, is a sandbox only with
        // its clock.
        m_service = noAnswer                                          ? Service::Unknown
                    : !reply->hasError() && answer.contains(u"now"_s) ? Service::Sandbox
                                                                      : Service::Other;
        for (const auto &resume : std::exchange(m_waiting, {}))
            resume();
        emit serviceKnown();
    });
}

WarehouseDriver *WarehouseAccess::driverFor(const Connection &connection, QString *problem)
{
    if (const QString reason = unavailableReason(connection); !reason.isEmpty()) {
        *problem = reason;
        return nullptr;
    }
    if (m_service == Service::Sandbox) {
        WarehouseDriver *&driver = m_drivers[u"sandbox:"_s + connection.id];
        if (!driver)
            driver = new SandboxDriver(m_client, connection.id, this);
        return driver;
    }
    // Redshift speaks PostgreSQL's protocol (unavailableReason() let only Redshift through).
    const QString key = secretKey(connection);
    const auto password = m_passwords.constFind(key);
    if (password == m_passwords.cend()) {
        *problem =
            tr("The warehouse login of %1 needs the password of user %2 (the API does not return it).")
                .arg(connection.name.isEmpty() ? connection.id : connection.name, connection.redshift.user);
        return nullptr;
    }
    PostgresSettings settings;
    settings.host = connection.redshift.host;
    bool ok = false;
    const int port = connection.redshift.port.toInt(&ok);
    settings.port = ok && port > 0 && port < 65536 ? port : 5439; // the server default (spec §6.1)
    settings.database = connection.redshift.database;
    settings.user = connection.redshift.user;
    settings.password = *password;
    // A driver per login: other settings (or another password) are another connection to the warehouse.
    const QString driverKey = u"redshift:"_s + key + u'|' + settings.host + u':' +
                              QString::number(settings.port) + u'/' + settings.database + u'|' +
                              settings.user;
    WarehouseDriver *&driver = m_drivers[driverKey];
    if (!driver)
        driver = new PostgresDriver(settings, this);
    return driver;
}

} // namespace wsc
