#pragma once

// Test support: typed resources the client tests send, matching the warehouse SandboxFixture::snowflake()
// provisions.

#include "models/domain/Connection.h"

namespace wsc::test {

inline Connection snowflakeConnection(const QString &password, const QString &id = QStringLiteral("sf"))
{
    Connection c;
    c.id = id;
    c.name = QStringLiteral("Snowflake");
    c.state = ResourceState::Active;
    c.serviceProvider = ServiceProvider::Snowflake;
    c.snowflake.accountIdentifier = QStringLiteral("acct");
    c.snowflake.region = QStringLiteral("us-east-1");
    c.snowflake.warehouse = QStringLiteral("wh");
    c.snowflake.database = QStringLiteral("my_db");
    c.snowflake.role = QStringLiteral("role");
    c.snowflake.user = QStringLiteral("user");
    c.snowflake.password = Secret::fromValue(password);
    c.snowflake.storageIntegration = QStringLiteral("mp_us1_1_1_s3");
    return c;
}

} // namespace wsc::test
