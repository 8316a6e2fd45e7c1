#pragma once

#include "client/warehouse/WarehouseDriver.h"

#include <QPointer>

namespace wsc {

class ApiClient;

// The local sandbox's warehouses (SQLite, one per connection), reached through the sandbox's loopback-only
// endpoints with the API client: the sandbox opens them read-only behind its authorizer, with
// `query_only` and a deadline, as for its runs. It serves every connection of a sandbox, whatever its
// provider.
class SandboxDriver final : public WarehouseDriver {
    Q_OBJECT

public:
    SandboxDriver(ApiClient &client, QString connectionId, QObject *parent = nullptr);

    QString description() const override;
    WarehouseJob *catalog() override;
    WarehouseJob *query(const QString &statement, int maxRows, int timeoutMs) override;

    // Reads the sandbox's answers (exposed for tests of hostile bodies).
    static std::optional<QueryResult> decodeResult(const QByteArray &body, QString *problem);
    static std::optional<WarehouseCatalog> decodeCatalog(const QByteArray &body, QString *problem);

private:
    WarehouseJob *start(const QByteArray &method, const QString &endpoint, const QByteArray &body,
                        int timeoutMs, std::optional<QString> statement);

    QPointer<ApiClient> m_client;
    QString m_connectionId;
};

} // namespace wsc
