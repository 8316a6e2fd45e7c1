#pragma once

#include "client/warehouse/WarehouseDriver.h"
#include "models/domain/Connection.h"
#include "models/domain/WrappedQueries.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace wsc {

class ApiClient;
class SecretStore;

// The console's way into the warehouses behind a workspace's connections (the SQL preview, the schema
// browser): picks the driver for each connection, checks and wraps what it sends, keeps catalogs. When the
// API is a sandbox (the built-in profile, or any loopback service whose /_sandbox/ endpoints answer), the
// sandbox's local warehouses serve every connection; otherwise the driver of the connection's provider.
class WarehouseAccess : public QObject {
    Q_OBJECT

public:
    static constexpr int kDefaultRowLimit = 100;
    static constexpr int kMaxRowLimit = 100000;
    static constexpr int kDefaultTimeoutMs = 60000;

    explicit WarehouseAccess(ApiClient &client, QObject *parent = nullptr);
    ~WarehouseAccess() override;

    // Where Redshift passwords are kept (the API returns them masked); none: asked each session.
    void setSecretStore(SecretStore *store);

    // Empty when queries can run for `connection` now or once the service is known; else why not, in words.
    QString unavailableReason(const Connection &connection) const;
    // The SQL dialect that runs statements of our own making (the count of a run's window) on
    // `connection`'s warehouse; nullopt until the service is known (serviceKnown() then).
    std::optional<WrappedQueries::Dialect> dialectFor(const Connection &connection) const;
    // Whether the driver of `connection` needs a password the console does not have yet.
    bool needsPassword(const Connection &connection) const;
    // A password for a connection's warehouse; kept in the keychain when `remember`.
    void setPassword(const Connection &connection, const QString &password, bool remember);

    // Runs `sql` (a model, or part of one) as the service would embed it, `SELECT * FROM (<sql>) …
    // LIMIT n`, after our SQL checker found no error in it; at most `rowLimit` rows.
    WarehouseJob *preview(const Connection &connection, const QString &sql, int rowLimit,
                          int timeoutMs = kDefaultTimeoutMs);
    // Runs a statement of our own making (the count of a run's window) as it is, after the checker.
    WarehouseJob *run(const Connection &connection, const QString &statement, int rowLimit,
                      int timeoutMs = kDefaultTimeoutMs);
    // What the connection's warehouse holds: the cached catalog unless `refresh`.
    WarehouseJob *catalog(const Connection &connection, bool refresh = false);
    // The catalog read last for a connection, or null.
    const WarehouseCatalog *cachedCatalog(const QString &connectionId) const;

signals:
    // The service behind the API client is known to be a sandbox or not (after each configure()).
    void serviceKnown();
    // A catalog was read (or read again) for this connection.
    void catalogRead(const QString &connectionId);

private:
    enum class Service { Unknown, Probing, Sandbox, Other };
    using Start = std::function<WarehouseJob *(WarehouseDriver &)>;
    // A job that starts once the service is known and the driver is there.
    WarehouseJob *withDriver(const Connection &connection, Start start);
    void probeService();
    WarehouseJob *checkerError(const QString &sql);
    WarehouseDriver *driverFor(const Connection &connection, QString *problem);
    QString secretKey(const Connection &connection) const;
    void reset();

    ApiClient &m_client;
    QPointer<SecretStore> m_secrets;
    Service m_service = Service::Unknown;
    quint64 m_generation = 0;                    // of the probe: a new service makes older answers stale
    QList<std::function<void()>> m_waiting;      // jobs waiting for the probe
    QHash<QString, WarehouseDriver *> m_drivers; // by connection id and settings
    QHash<QString, WarehouseCatalog> m_catalogs;
    QHash<QString, QString> m_passwords; // by secretKey, for this session
};

} // namespace wsc
