// JsonCodec: connections, data models and field transformations.
#include "models/domain/JsonCodec.h"
#include "models/domain/JsonReader_p.h"

#include <algorithm>

namespace wsc {

using namespace detail;

namespace {

Connection readConnection(const Json &json, const JsonPath &path, std::optional<DecodeError> &error)
{
    Connection c;
    ObjectReader r(json, path, error, &c.rawFields);
    c.id = r.string("id");
    c.name = r.string("name");
    c.state = r.enumValue<ResourceState>("state");
    c.status = r.enumValue<ConnectionStatus>("status");
    c.errors = r.messages("errors");
    c.serviceProvider = r.enumValue<ServiceProvider>("service_provider");
    c.audit = readAudit(r);

    if (const Json *config = r.object("config")) {
        ObjectReader cfg(*config, r.childPath("config"), error, r.raw());
        switch (c.serviceProvider.value()) {
        case ServiceProvider::Snowflake: {
            auto &s = c.snowflake;
            s.accountIdentifier = cfg.string("account_identifier");
            const QString v1Name = cfg.string("source_account_id"); // I-3: v1 spelling in a v2 example
            if (s.accountIdentifier.isEmpty())
                s.accountIdentifier = v1Name;
            s.region = cfg.string("region");
            s.warehouse = cfg.string("warehouse");
            s.database = cfg.string("database");
            s.role = cfg.string("role");
            s.user = cfg.string("user");
            if (auto pw = cfg.optionalString("password"))
                s.password = Secret::fromWire(*pw);
            s.storageIntegration = cfg.string("storage_integration");
            s.awsIamUserArn = cfg.string("aws_iam_user_arn");
            s.awsExternalId = cfg.string("aws_external_id");
            break;
        }
        case ServiceProvider::BigQuery: {
            auto &b = c.bigQuery;
            b.region = cfg.string("region");
            b.projectId = cfg.string("project_id");
            b.datasetId = cfg.string("dataset_id");
            b.serviceAccountId = cfg.string("service_account_id");
            // The key is the key file as one JSON string; an object is accepted and kept as its text.
            if (cfg.has("service_account_key") && config->at("service_account_key").is_object()) {
                cfg.skip("service_account_key");
                b.serviceAccountKey = Secret::fromValue(toQString(config->at("service_account_key").dump()));
            } else if (auto key = cfg.optionalString("service_account_key")) {
                b.serviceAccountKey = Secret::fromWire(*key);
            }
            break;
        }
        case ServiceProvider::Redshift: {
            auto &rs = c.redshift;
            rs.database = cfg.string("database");
            rs.host = cfg.string("host");
            rs.port = cfg.string("port"); // number or string (I-25)
            rs.user = cfg.string("user");
            if (auto pw = cfg.optionalString("password"))
                rs.password = Secret::fromWire(*pw);
            rs.awsIamRoleArn = cfg.string("aws_iam_role_arn");
            break;
        }
        case ServiceProvider::Databricks:
            c.databricks.provider = cfg.string("provider");
            c.databricks.schema = cfg.string("schema");
            break;
        case ServiceProvider::Unknown:
            break; // the whole config is kept as unknown fields, for a generic editor
        }
        c.configUnknown = cfg.unknownFields();
    }
    c.unknown = r.unknownFields();
    return c;
}

OrderedJson connectionConfig(const Connection &c)
{
    OrderedJson cfg = OrderedJson::object();
    switch (c.serviceProvider.value()) {
    case ServiceProvider::Snowflake: {
        const auto &s = c.snowflake;
        cfg["account_identifier"] = toStd(s.accountIdentifier);
        cfg["region"] = toStd(s.region);
        cfg["warehouse"] = toStd(s.warehouse);
        cfg["database"] = toStd(s.database);
        cfg["role"] = toStd(s.role);
        cfg["user"] = toStd(s.user);
        putSecret(cfg, "password", s.password);
        cfg["storage_integration"] = toStd(s.storageIntegration);
        putIfSet(cfg, "aws_iam_user_arn", s.awsIamUserArn);
        putIfSet(cfg, "aws_external_id", s.awsExternalId);
        break;
    }
    case ServiceProvider::BigQuery: {
        const auto &b = c.bigQuery;
        cfg["region"] = toStd(b.region);
        cfg["project_id"] = toStd(b.projectId);
        cfg["dataset_id"] = toStd(b.datasetId);
        cfg["service_account_id"] = toStd(b.serviceAccountId);
        putSecret(cfg, "service_account_key", b.serviceAccountKey);
        break;
    }
    case ServiceProvider::Redshift: {
        const auto &rs = c.redshift;
        cfg["database"] = toStd(rs.database);
        cfg["host"] = toStd(rs.host);
        putIfSet(cfg, "port", rs.port.trimmed());
        cfg["user"] = toStd(rs.user);
        putSecret(cfg, "password", rs.password);
        cfg["aws_iam_role_arn"] = toStd(rs.awsIamRoleArn);
        break;
    }
    case ServiceProvider::Databricks:
        cfg["provider"] = toStd(c.databricks.provider);
        cfg["schema"] = toStd(c.databricks.schema);
        break;
    case ServiceProvider::Unknown: break;
    }
    mergeUnknown(cfg, c.configUnknown);
    return cfg;
}

DataModel readDataModel(const Json &json, const JsonPath &path, std::optional<DecodeError> &error)
{
    DataModel m;
    ObjectReader r(json, path, error, &m.rawFields);
    m.id = r.string("id");
    m.name = r.string("name");
    m.state = r.enumValue<ResourceState>("state");
    m.status = r.enumValue<DataModelStatus>("status");
    m.errors = r.messages("errors");
    m.type = r.enumValue<DataModelType>("type");
    m.audit = readAudit(r);
    if (const Json *config = r.object("config")) {
        ObjectReader cfg(*config, r.childPath("config"), error, r.raw());
        m.sqlQuery = cfg.string("sql_query");
        m.configUnknown = cfg.unknownFields();
    } else if (r.has("sql_query")) {
        m.sqlQuery = r.string("sql_query"); // v1 put the query at the top level (§15.2)
    }
    m.unknown = r.unknownFields();
    return m;
}

FieldMapping readMapping(const Json &json, const JsonPath &path, std::optional<DecodeError> &error,
                         RawFields *raw)
{
    ObjectReader r(json, path, error, raw);
    FieldMapping m;
    m.mappingType = r.enumValue<MappingType>("mapping_type");
    m.source = r.optionalString("source");
    m.destination = r.optionalString("destination");
    m.value = r.optionalString("value");
    m.unknown = r.unknownFields();
    return m;
}

FieldTransformation readFieldTransformation(const Json &json, const JsonPath &path,
                                            std::optional<DecodeError> &error)
{
    FieldTransformation t;
    ObjectReader r(json, path, error, &t.rawFields);
    t.id = r.string("id");
    t.name = r.string("name");
    t.destinationType = r.enumValue<DestinationType>("destination_type");
    t.audit = readAudit(r);
    if (const Json *mappings = r.array("mappings")) {
        const JsonPath mappingsPath = r.childPath("mappings");
        t.mappings.reserve(mappings->size());
        const bool allObjects =
            std::all_of(mappings->begin(), mappings->end(), [](const Json &m) { return m.is_object(); });
        if (!allObjects) // kept whole as it came, like any field that cannot be read
            r.fail("mappings", JsonCodec::tr("every mapping must be an object"));
        for (std::size_t i = 0; allObjects && i < mappings->size() && !error; ++i)
            t.mappings.push_back(
                readMapping((*mappings)[i], JsonPath{&mappingsPath, {}, qsizetype(i)}, error, r.raw()));
    }
    t.unknown = r.unknownFields();
    return t;
}

} // namespace

Result<Connection> JsonCodec::decodeConnection(QByteArrayView json)
{
    return decodeObject<Connection>(json, kMaxNestingDepth, readConnection);
}

Result<DecodedList<Connection>> JsonCodec::decodeConnections(QByteArrayView json)
{
    return decodeArray<Connection>(json, kMaxNestingDepth, readConnection);
}

Result<DataModel> JsonCodec::decodeDataModel(QByteArrayView json)
{
    return decodeObject<DataModel>(json, kMaxNestingDepth, readDataModel);
}

Result<DecodedList<DataModel>> JsonCodec::decodeDataModels(QByteArrayView json)
{
    return decodeArray<DataModel>(json, kMaxNestingDepth, readDataModel);
}

Result<FieldTransformation> JsonCodec::decodeFieldTransformation(QByteArrayView json)
{
    return decodeObject<FieldTransformation>(json, kMaxNestingDepth, readFieldTransformation);
}

Result<DecodedList<FieldTransformation>> JsonCodec::decodeFieldTransformations(QByteArrayView json)
{
    return decodeArray<FieldTransformation>(json, kMaxNestingDepth, readFieldTransformation);
}

QByteArray JsonCodec::encode(const Connection &c)
{
    OrderedJson body = OrderedJson::object();
    body["id"] = toStd(c.id);
    body["name"] = toStd(c.name);
    putIfSet(body, "state", c.state);
    putIfSet(body, "service_provider", c.serviceProvider);
    body["config"] = connectionConfig(c);
    mergeUnknown(body, c.unknown);
    return toBytes(body);
}

QByteArray JsonCodec::encode(const DataModel &m)
{
    OrderedJson body = OrderedJson::object();
    body["id"] = toStd(m.id);
    body["name"] = toStd(m.name);
    putIfSet(body, "state", m.state);
    putIfSet(body, "type", m.type);
    OrderedJson config = OrderedJson::object();
    config["sql_query"] = toStd(m.sqlQuery);
    mergeUnknown(config, m.configUnknown);
    body["config"] = std::move(config);
    mergeUnknown(body, m.unknown);
    return toBytes(body);
}

QByteArray JsonCodec::encode(const FieldTransformation &t)
{
    OrderedJson body = OrderedJson::object();
    body["id"] = toStd(t.id);
    body["name"] = toStd(t.name);
    putIfSet(body, "destination_type", t.destinationType);
    OrderedJson mappings = OrderedJson::array();
    for (const FieldMapping &m : t.mappings) {
        OrderedJson item = OrderedJson::object();
        putIfSet(item, "mapping_type", m.mappingType);
        if (m.source)
            item["source"] = toStd(*m.source);
        if (m.destination)
            item["destination"] = toStd(*m.destination);
        if (m.value)
            item["value"] = toStd(*m.value);
        mergeUnknown(item, m.unknown);
        mappings.push_back(std::move(item));
    }
    body["mappings"] = std::move(mappings);
    mergeUnknown(body, t.unknown);
    return toBytes(body);
}

} // namespace wsc
