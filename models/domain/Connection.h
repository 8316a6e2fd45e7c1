#pragma once

#include "models/domain/Enums.h"
#include "models/domain/ResourceCommon.h"
#include "models/domain/Secret.h"
#include "models/domain/UnknownFields.h"

namespace wsc {

struct SnowflakeConfig {
    QString accountIdentifier; // read from v1's source_account_id as well (I-3)
    QString region;
    QString warehouse;
    QString database;
    QString role;
    QString user;
    Secret password;
    QString storageIntegration;
    QString awsIamUserArn; // filled in by the server
    QString awsExternalId; // filled in by the server
    friend bool operator==(const SnowflakeConfig &, const SnowflakeConfig &) = default;
};

struct BigQueryConfig {
    QString region;
    QString projectId;
    QString datasetId;
    QString serviceAccountId;
    Secret serviceAccountKey; // the key file's JSON as one string
    friend bool operator==(const BigQueryConfig &, const BigQueryConfig &) = default;
};

struct RedshiftConfig {
    QString database;
    QString host;
    QString port; // a string on the wire (I-25); empty = server default 5439
    QString user;
    Secret password;
    QString awsIamRoleArn;
    friend bool operator==(const RedshiftConfig &, const RedshiftConfig &) = default;
};

struct DatabricksConfig {
    QString provider;
    QString schema;
    friend bool operator==(const DatabricksConfig &, const DatabricksConfig &) = default;
};

// Where a warehouse is and how to log in (spec §6). The config of `serviceProvider` is the one that is
// sent; the others keep what the user typed when switching providers in a form. For a provider the
// console does not know, the whole config lives in `configUnknown`.
struct Connection {
    QString id;
    QString name;
    EnumValue<ResourceState> state;
    EnumValue<ServiceProvider> serviceProvider;
    SnowflakeConfig snowflake;
    BigQueryConfig bigQuery;
    RedshiftConfig redshift;
    DatabricksConfig databricks;
    UnknownFields configUnknown;

    // read-only
    EnumValue<ConnectionStatus> status;
    ApiMessages errors;
    AuditInfo audit;
    UnknownFields unknown;
    RawFields rawFields;

    friend bool operator==(const Connection &, const Connection &) = default;
};

} // namespace wsc
