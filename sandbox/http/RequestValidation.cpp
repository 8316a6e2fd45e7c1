#include "sandbox/http/RequestValidation.h"

#include "sandbox/engine/WireTime.h"
#include "sandbox/warehouse/SqlRules.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace wsc::sandbox::RequestValidation {

using namespace Qt::StringLiterals;

namespace {

// Reads fields of one JSON object, collecting a message per problem. It holds its own (implicitly shared)
// copy of the object: callers pass temporaries such as `value.toObject()`, and a reference member bound to
// one dangles (the Release build refused every data model for it).
class Reader {
public:
    Reader(QJsonObject object, QString prefix, QStringList &errors)
        : m_object(std::move(object))
        , m_prefix(std::move(prefix))
        , m_errors(errors)
    {}

    QString name(const QString &key) const { return m_prefix + key; }
    bool present(const QString &key) const { return m_object.contains(key) && !m_object.value(key).isNull(); }
    void error(const QString &message) { m_errors << message; }

    // A string, or a number given where the docs print strings; nullopt if absent/null (or wrong type,
    // reported).
    std::optional<QString> string(const QString &key, bool required);
    // One of `allowed` (case-insensitive, '-' = '_'), returned in canonical spelling.
    std::optional<QString> enumeration(const QString &key, const QStringList &allowed, bool required,
                                       const QHash<QString, QString> &aliases = {});
    std::optional<QDateTime> timestamp(const QString &key, bool required);
    std::optional<qint64> integer(const QString &key);
    // A nested object, which is always required.
    std::optional<QJsonObject> object(const QString &key);

private:
    const QJsonObject m_object;
    QString m_prefix;
    QStringList &m_errors;
};

std::optional<QString> Reader::string(const QString &key, bool required)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            error(name(key) + u" is required."_s);
        return std::nullopt;
    }
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == std::floor(d) && std::abs(d) < 9.0e15 ? QString::number(qint64(d))
                                                          : QString::number(d, 'g', 17);
    }
    if (!v.isString()) {
        error(name(key) + u" must be a string."_s);
        return std::nullopt;
    }
    if (required && v.toString().trimmed().isEmpty()) {
        error(name(key) + u" must not be empty."_s);
        return std::nullopt;
    }
    return v.toString();
}

std::optional<QString> Reader::enumeration(const QString &key, const QStringList &allowed, bool required,
                                           const QHash<QString, QString> &aliases)
{
    const auto text = string(key, required);
    if (!text)
        return std::nullopt;
    QString folded = text->toLower();
    folded.replace(u'-', u'_');
    if (aliases.contains(folded))
        folded = aliases.value(folded);
    for (const QString &value : allowed) {
        QString candidate = value.toLower();
        if (candidate == folded)
            return value;
    }
    error(name(key) + u" has an invalid value \""_s + *text + u"\"; allowed: "_s + allowed.join(u", "_s) +
          u'.');
    return std::nullopt;
}

std::optional<QDateTime> Reader::timestamp(const QString &key, bool required)
{
    const auto text = string(key, required);
    if (!text)
        return std::nullopt;
    const auto time = WireTime::parse(*text);
    if (!time)
        error(u"Invalid timestamp format for "_s + name(key) + u": \""_s + *text + u"\"."_s);
    return time;
}

std::optional<qint64> Reader::integer(const QString &key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d == std::floor(d) && std::abs(d) < 9.0e15)
            return qint64(d);
    } else if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().trimmed().toLongLong(&ok);
        if (ok)
            return n;
    }
    error(name(key) + u" must be an integer."_s);
    return std::nullopt;
}

std::optional<QJsonObject> Reader::object(const QString &key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isObject())
        return v.toObject();
    error(name(key) + (v.isUndefined() || v.isNull() ? u" is required."_s : u" must be an object."_s));
    return std::nullopt;
}

void requireIdAndName(Reader &r, QJsonObject &out)
{
    if (const auto id = r.string(u"id"_s, true)) {
        if (!isSlug(*id))
            r.error(u"id must be 1 to 255 letters, digits, '_' or '-'."_s);
        out[u"id"_s] = *id;
    }
    if (const auto name = r.string(u"name"_s, true))
        out[u"name"_s] = *name;
}

// The allowed values of the enumerated fields, in canonical spelling.
const QStringList kProviders = {u"Snowflake"_s, u"BigQuery"_s, u"Redshift"_s, u"Databricks"_s};
const QStringList kResourceStates = {u"new"_s, u"active"_s, u"inactive"_s};
const QStringList kMappingTypes = {u"column"_s, u"static"_s, u"ignore"_s};
const QStringList kPipelineTypes = {u"user_attributes"_s, u"events"_s};
const QStringList kPipelineStates = {u"new"_s, u"active"_s, u"paused"_s};
const QStringList kEnvironments = {u"development"_s, u"production"_s};
const QStringList kSyncModes = {u"incremental"_s, u"full"_s};
const QHash<QString, QString> kSyncModeAliases = {{u"full_sync"_s, u"full"_s}};
const QStringList kIteratorTypes = {
    u"timestamp"_s,   u"timestamp_ltz"_s, u"timestamp_ntz"_s,         u"timestamp_tz"_s,        u"datetime"_s,
    u"datetime_tz"_s, u"date"_s,          u"timestamp_unixtime_ms"_s, u"timestamp_unixtime_s"_s};
const QStringList kScheduleTypes = {u"interval"_s, u"once"_s, u"on_demand"_s};
const QStringList kFrequencies = {u"hourly"_s, u"daily"_s, u"weekly"_s, u"monthly"_s};

struct ConfigField {
    const char16_t *key;
    bool required;
};

QList<ConfigField> configFields(const QString &provider)
{
    if (provider == u"Snowflake")
        return {{u"account_identifier", true},
                {u"region", true},
                {u"warehouse", true},
                {u"database", true},
                {u"role", true},
                {u"user", true},
                {u"password", true},
                {u"storage_integration", true},
                {u"aws_iam_user_arn", false},
                {u"aws_external_id", false}};
    if (provider == u"BigQuery")
        return {{u"region", true},
                {u"project_id", true},
                {u"dataset_id", true},
                {u"service_account_id", true},
                {u"service_account_key", true}};
    if (provider == u"Redshift")
        return {{u"database", true}, {u"host", true},     {u"port", false},
                {u"user", true},     {u"password", true}, {u"aws_iam_role_arn", true}};
    if (provider == u"Databricks")
        return {{u"provider", true}, {u"schema", true}};
    return {};
}

// The pipeline's own fields, without its sync_mode and schedule.
void readPipelineFields(Reader &r, QJsonObject &out)
{
    requireIdAndName(r, out);
    if (out.value(u"id"_s).toString() == u"trigger")
        r.error(u"id \"trigger\" is reserved: …/data-pipelines/trigger is the trigger endpoint."_s);
    const auto type = r.enumeration(u"pipeline_type"_s, kPipelineTypes, true);
    if (type)
        out[u"pipeline_type"_s] = *type;
    for (const QString &key : {u"connection_id"_s, u"data_model_id"_s}) {
        if (const auto id = r.string(key, true))
            out[key] = *id;
    }
    const auto transformation = r.string(u"field_transformation_id"_s, false);
    if (transformation && !transformation->isEmpty())
        out[u"field_transformation_id"_s] = *transformation; // stored, ignored for user pipelines (I-35)
    else if (type == u"events")
        r.error(u"field_transformation_id is required for events pipelines."_s);
    if (const auto feed = r.integer(u"partner_feed_id"_s))
        out[u"partner_feed_id"_s] = *feed;
    if (const auto key = r.string(u"partner_feed_key"_s, false))
        out[u"partner_feed_key"_s] = *key;
    if (const auto state = r.enumeration(u"state"_s, kPipelineStates, true))
        out[u"state"_s] = *state;
    if (const auto env = r.enumeration(u"environment"_s, kEnvironments, true))
        out[u"environment"_s] = *env;
    if (const auto plan = r.string(u"data_plan_id"_s, false); plan && !plan->isEmpty())
        out[u"data_plan_id"_s] = *plan;
    // Typed "string" by the reference, a number in its examples: either is taken, a whole number stays one.
    if (const auto version = r.string(u"data_plan_version"_s, false)) {
        bool whole = false;
        const qint64 number = version->trimmed().toLongLong(&whole);
        out[u"data_plan_version"_s] = whole ? QJsonValue(number) : QJsonValue(version->trimmed());
    }
}

QJsonObject syncMode(Reader &s)
{
    QJsonObject out;
    const auto mode = s.enumeration(u"type"_s, kSyncModes, true, kSyncModeAliases);
    if (mode)
        out[u"type"_s] = *mode;
    const bool incremental = mode == u"incremental";
    const auto iterator = s.string(u"iterator_field"_s, incremental);
    const bool hasIterator = iterator && !iterator->isEmpty();
    if (hasIterator)
        out[u"iterator_field"_s] = *iterator;
    if (const auto iteratorType = s.enumeration(u"iterator_data_type"_s, kIteratorTypes, incremental))
        out[u"iterator_data_type"_s] = *iteratorType;
    const auto from = s.timestamp(u"from"_s, false);
    const auto until = s.timestamp(u"until"_s, false);
    // Whole seconds are echoed as sent; a fraction is kept, not truncated.
    auto echo = [](const QDateTime &t) {
        return t.time().msec() ? WireTime::millis(t) : WireTime::seconds(t);
    };
    if (from)
        out[u"from"_s] = echo(*from);
    if (until)
        out[u"until"_s] = echo(*until);
    if (from && until && *until <= *from)
        s.error(u"sync_mode.until must be later than sync_mode.from."_s);
    if (mode == u"full" && (s.present(u"from"_s) || s.present(u"until"_s)) && !hasIterator)
        s.error(u"sync_mode.from and sync_mode.until need sync_mode.iterator_field."_s);
    return out;
}

// A count and a unit (15m), at most a century, so that tick arithmetic stays within the calendar.
void readDelay(Reader &s, QJsonObject &out)
{
    const auto delay = s.string(u"delay"_s, false);
    if (!delay)
        return;
    static const QRegularExpression grammar(u"^[0-9]+[smhdwy]$"_s);
    static const QHash<QChar, qint64> unitSeconds = {{u's', 1},     {u'm', 60},     {u'h', 3600},
                                                     {u'd', 86400}, {u'w', 604800}, {u'y', 366 * 86400}};
    if (!grammar.match(*delay).hasMatch()) {
        s.error(u"schedule.delay must be a number followed by one of s, m, h, d, w, y (e.g. 15m)."_s);
        return;
    }
    bool ok = false;
    const qint64 count = delay->chopped(1).toLongLong(&ok);
    if (!ok || count > 100LL * 366 * 86400 / unitSeconds.value(delay->back()))
        s.error(u"schedule.delay is too long (at most 100 years)."_s);
    else
        out[u"delay"_s] = *delay;
}

QJsonObject pipelineSchedule(Reader &s)
{
    QJsonObject out;
    const auto kind = s.enumeration(u"type"_s, kScheduleTypes, true);
    if (kind)
        out[u"type"_s] = *kind;
    const bool interval = kind == u"interval";
    if (const auto frequency = s.enumeration(u"frequency"_s, kFrequencies, interval))
        out[u"frequency"_s] = *frequency;
    readDelay(s, out);
    const auto start = s.timestamp(u"start"_s, interval);
    const auto end = s.timestamp(u"end"_s, false);
    if (start)
        out[u"start"_s] = WireTime::seconds(*start);
    if (end)
        out[u"end"_s] = WireTime::seconds(*end);
    if (start && end && *end < *start)
        s.error(u"schedule.end must not be before schedule.start."_s);
    return out;
}

} // namespace

bool isSlug(const QString &id)
{
    static const QRegularExpression slug(u"^[A-Za-z0-9_-]{1,255}$"_s);
    return slug.match(id).hasMatch();
}

QStringList secretFields(const QString &provider)
{
    if (provider == u"Snowflake" || provider == u"Redshift")
        return {u"password"_s};
    if (provider == u"BigQuery")
        return {u"service_account_key"_s};
    return {};
}

ValidationResult connection(const QJsonObject &body, const QJsonObject *stored)
{
    ValidationResult result;
    QJsonObject &out = result.canonical;
    Reader r(body, QString(), result.errors);
    requireIdAndName(r, out);
    if (const auto state = r.enumeration(u"state"_s, kResourceStates, true))
        out[u"state"_s] = *state;
    const auto provider = r.enumeration(u"service_provider"_s, kProviders, true);
    if (provider)
        out[u"service_provider"_s] = *provider;

    std::optional<QJsonObject> given = r.object(u"config"_s);
    if (!given || !provider)
        return result;
    QJsonObject config = std::move(*given);
    // I-3: the v1 name is accepted when the v2 one is absent.
    if (*provider == u"Snowflake" && config.contains(u"source_account_id"_s)) {
        const QJsonValue v1 = config.take(u"source_account_id"_s);
        if (!config.contains(u"account_identifier"_s))
            config[u"account_identifier"_s] = v1;
        else if (config.value(u"account_identifier"_s) != v1)
            result.errors << u"config.account_identifier and config.source_account_id disagree."_s;
    }
    const QStringList secrets = secretFields(*provider);
    const QJsonObject storedConfig = stored ? stored->value(u"config"_s).toObject() : QJsonObject();
    Reader c(config, u"config."_s, result.errors);
    QJsonObject outConfig;
    for (const ConfigField &field : configFields(*provider)) {
        const QString key = QString::fromUtf16(field.key);
        if (key == u"service_account_key" && config.value(key).isObject()) {
            result.errors
                << u"config.service_account_key must be the key file's JSON as a string, not an object."_s;
            continue;
        }
        const auto value = c.string(key, field.required);
        if (!value)
            continue;
        if (secrets.contains(key) && *value == kMask) {
            // A mask on PUT keeps the stored secret; on POST there is nothing to keep (spec §5.6).
            if (storedConfig.value(key).isString())
                outConfig[key] = storedConfig.value(key);
            else
                result.errors << u"config."_s + key + u" must be the real value, not the mask."_s;
            continue;
        }
        outConfig[key] = *value;
    }
    if (*provider == u"Redshift") {
        const QString port = outConfig.value(u"port"_s).toString(u"5439"_s);
        bool ok = false;
        const int n = port.toInt(&ok);
        if (!ok || n < 1 || n > 65535)
            result.errors << u"config.port must be a port number."_s;
        outConfig[u"port"_s] = port;
    }
    out[u"config"_s] = outConfig;
    return result;
}

ValidationResult dataModel(const QJsonObject &body)
{
    ValidationResult result;
    QJsonObject &out = result.canonical;
    Reader r(body, QString(), result.errors);
    requireIdAndName(r, out);
    out[u"state"_s] = r.enumeration(u"state"_s, kResourceStates, false).value_or(u"active"_s);
    if (const auto type = r.enumeration(u"type"_s, {u"sql"_s}, true))
        out[u"type"_s] = *type;
    const auto config = r.object(u"config"_s);
    if (!config)
        return result;
    Reader c(*config, u"config."_s, result.errors);
    if (const auto sql = c.string(u"sql_query"_s, true)) {
        result.errors << SqlRules::check(*sql);
        out[u"config"_s] = QJsonObject{{u"sql_query"_s, *sql}};
    }
    return result;
}

ValidationResult fieldTransformation(const QJsonObject &body)
{
    ValidationResult result;
    QJsonObject &out = result.canonical;
    Reader r(body, QString(), result.errors);
    requireIdAndName(r, out);
    if (const auto type = r.enumeration(u"destination_type"_s, {u"event_batch"_s}, true))
        out[u"destination_type"_s] = *type;
    const QJsonValue mappings = body.value(u"mappings"_s);
    if (!mappings.isArray()) {
        result.errors << u"mappings must be an array."_s;
        return result;
    }
    QJsonArray outMappings;
    QSet<QString> destinations;
    const QJsonArray items = mappings.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString prefix = u"mappings["_s + QString::number(i) + u"]."_s;
        if (!items.at(i).isObject()) {
            result.errors << prefix.chopped(1) + u" must be an object."_s;
            continue;
        }
        const QJsonObject m = items.at(i).toObject();
        Reader mr(m, prefix, result.errors);
        const auto type = mr.enumeration(u"mapping_type"_s, kMappingTypes, true);
        if (!type)
            continue;
        QJsonObject outMapping{{u"mapping_type"_s, *type}};
        const bool needsSource = *type != u"static";
        const bool needsDestination = *type != u"ignore";
        if (needsSource) {
            if (const auto source = mr.string(u"source"_s, true))
                outMapping[u"source"_s] = *source;
        } else if (mr.present(u"source"_s)) {
            result.errors << prefix + u"source must be absent or null for a static mapping."_s;
        }
        if (needsDestination) {
            if (const auto destination = mr.string(u"destination"_s, true)) {
                outMapping[u"destination"_s] = *destination;
                if (destinations.contains(*destination))
                    result.errors << prefix + u"destination \""_s + *destination +
                                         u"\" is mapped more than once."_s;
                destinations.insert(*destination);
            }
        } else if (mr.present(u"destination"_s)) {
            result.errors << prefix + u"destination must be absent or null for an ignore mapping."_s;
        }
        if (*type == u"static") {
            if (const auto value = mr.string(u"value"_s, false))
                outMapping[u"value"_s] = *value;
            else if (!mr.present(u"value"_s))
                result.errors << prefix + u"value is required for a static mapping."_s;
        }
        outMappings.append(outMapping);
    }
    out[u"mappings"_s] = outMappings;
    return result;
}

ValidationResult pipeline(const QJsonObject &body)
{
    ValidationResult result;
    Reader r(body, QString(), result.errors);
    readPipelineFields(r, result.canonical);
    if (const auto sync = r.object(u"sync_mode"_s)) {
        Reader s(*sync, u"sync_mode."_s, result.errors);
        result.canonical[u"sync_mode"_s] = syncMode(s);
    }
    if (const auto schedule = r.object(u"schedule"_s)) {
        Reader s(*schedule, u"schedule."_s, result.errors);
        result.canonical[u"schedule"_s] = pipelineSchedule(s);
    }
    return result;
}

} // namespace wsc::sandbox::RequestValidation
