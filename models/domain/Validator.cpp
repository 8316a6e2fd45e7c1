#include "models/domain/Validator.h"

#include "models/domain/Delay.h"
#include "models/domain/SqlChecker.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace wsc {

using namespace Qt::StringLiterals;

namespace {

using Severity = ValidationIssue::Severity;
using Code = ValidationIssue::Code;

class Issues {
public:
    void error(QString field, QString message, Code code = Code::Invalid)
    {
        m_issues.push_back({std::move(field), std::move(message), Severity::Error, code});
    }
    void warning(QString field, QString message)
    {
        m_issues.push_back({std::move(field), std::move(message), Severity::Warning, Code::Invalid});
    }
    void add(ValidationIssue issue) { m_issues.push_back(std::move(issue)); }

    bool requireText(const QString &field, const QString &value, const QString &label)
    {
        if (!value.trimmed().isEmpty())
            return true;
        error(field, Validator::tr("%1 is required.").arg(label), Code::Required);
        return false;
    }

    template <typename E>
    void requireEnum(const QString &field, const EnumValue<E> &value, const QString &label)
    {
        if (!value.isSet())
            error(field, Validator::tr("%1 is required.").arg(label), Code::Required);
        else if (!value.isKnown())
            error(field, Validator::tr("\"%1\" is not a valid value for %2.").arg(value.wire(), label));
    }

    // "Unique identifier in slug format. Valid characters include numbers, letters, _, and -" (v2
    // reference, every resource). No maximum length is published, so none is enforced.
    void requireSlug(const QString &field, const QString &value, const QString &label)
    {
        if (!requireText(field, value, label))
            return;
        if (!Validator::isSlug(value))
            error(field, Validator::tr("%1 may contain only letters, digits, '_' and '-'.").arg(label));
    }

    void requireSecret(const QString &field, const Secret &secret, const QString &label, Validator::Mode mode)
    {
        if (secret.hasValue() && !secret.value().isEmpty())
            return;
        if (secret.isMasked() && mode == Validator::Mode::Replace) {
            error(field,
                  Validator::tr("Enter the %1 again: the server never returns it, and it is needed to save.")
                      .arg(label),
                  Code::SecretReentry);
            return;
        }
        error(field, Validator::tr("%1 is required.").arg(label), Code::Required);
    }

    void checkTimestamp(const QString &field, const Timestamp &value)
    {
        if (value.isInvalid())
            error(field,
                  Validator::tr("\"%1\" is not a valid UTC timestamp; use the form 2024-01-31T12:00:00Z.")
                      .arg(value.invalidText()));
    }

    ValidationIssues take() { return std::move(m_issues); }

private:
    ValidationIssues m_issues;
};

void validateResourceBasics(Issues &issues, const QString &id, const QString &name)
{
    issues.requireSlug(u"id"_s, id, Validator::tr("The id"));
    issues.requireText(u"name"_s, name, Validator::tr("The name"));
}

} // namespace

bool Validator::isSlug(QStringView id)
{
    if (id.isEmpty())
        return false;
    for (QChar c : id) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
                        c == u'_' || c == u'-';
        if (!ok)
            return false;
    }
    return true;
}

bool Validator::hasErrors(const ValidationIssues &issues)
{
    return std::any_of(issues.begin(), issues.end(), [](const ValidationIssue &i) { return i.isError(); });
}

ValidationIssues Validator::forField(const ValidationIssues &issues, QStringView field)
{
    ValidationIssues matching;
    for (const ValidationIssue &issue : issues) {
        if (issue.field == field)
            matching.push_back(issue);
    }
    return matching;
}

ValidationIssues Validator::validate(const Connection &c, Mode mode)
{
    Issues issues;
    validateResourceBasics(issues, c.id, c.name);
    issues.requireEnum(u"state"_s, c.state, tr("The state"));
    issues.requireEnum(u"service_provider"_s, c.serviceProvider, tr("The warehouse provider"));

    switch (c.serviceProvider.value()) {
    case ServiceProvider::Snowflake: {
        const auto &s = c.snowflake;
        issues.requireText(u"config.account_identifier"_s, s.accountIdentifier, tr("The account identifier"));
        issues.requireText(u"config.region"_s, s.region, tr("The region"));
        issues.requireText(u"config.warehouse"_s, s.warehouse, tr("The warehouse"));
        issues.requireText(u"config.database"_s, s.database, tr("The database"));
        issues.requireText(u"config.role"_s, s.role, tr("The role"));
        issues.requireText(u"config.user"_s, s.user, tr("The user"));
        issues.requireSecret(u"config.password"_s, s.password, tr("password"), mode);
        issues.requireText(u"config.storage_integration"_s, s.storageIntegration,
                           tr("The storage integration"));
        break;
    }
    case ServiceProvider::BigQuery: {
        const auto &b = c.bigQuery;
        issues.requireText(u"config.region"_s, b.region, tr("The region"));
        issues.requireText(u"config.project_id"_s, b.projectId, tr("The project id"));
        issues.requireText(u"config.dataset_id"_s, b.datasetId, tr("The dataset id"));
        issues.requireText(u"config.service_account_id"_s, b.serviceAccountId, tr("The service account"));
        issues.requireSecret(u"config.service_account_key"_s, b.serviceAccountKey, tr("service account key"),
                             mode);
        if (b.serviceAccountKey.hasValue() && !b.serviceAccountKey.value().isEmpty()) {
            QJsonParseError parseError;
            const QJsonDocument key =
                QJsonDocument::fromJson(b.serviceAccountKey.value().toUtf8(), &parseError);
            if (!key.isObject()) {
                issues.error(u"config.service_account_key"_s,
                             tr("The service account key must be the contents of the JSON key file."));
            } else if (!key.object().contains(u"private_key"_s) ||
                       !key.object().contains(u"client_email"_s)) {
                issues.warning(
                    u"config.service_account_key"_s,
                    tr("The key file has no private_key or client_email: is it a service account key?"));
            }
        }
        break;
    }
    case ServiceProvider::Redshift: {
        const auto &r = c.redshift;
        issues.requireText(u"config.database"_s, r.database, tr("The database"));
        issues.requireText(u"config.host"_s, r.host, tr("The host"));
        issues.requireText(u"config.user"_s, r.user, tr("The user"));
        issues.requireSecret(u"config.password"_s, r.password, tr("password"), mode);
        issues.requireText(u"config.aws_iam_role_arn"_s, r.awsIamRoleArn, tr("The IAM role ARN"));
        if (!r.port.trimmed().isEmpty()) {
            bool ok = false;
            const int port = r.port.trimmed().toInt(&ok);
            if (!ok || port < 1 || port > 65535)
                issues.error(u"config.port"_s, tr("The port must be a number from 1 to 65535."));
        }
        break;
    }
    case ServiceProvider::Databricks:
        issues.requireText(u"config.provider"_s, c.databricks.provider, tr("The provider"));
        issues.requireText(u"config.schema"_s, c.databricks.schema, tr("The schema"));
        break;
    case ServiceProvider::Unknown: break;
    }
    return issues.take();
}

ValidationIssues Validator::validate(const DataModel &m)
{
    Issues issues;
    validateResourceBasics(issues, m.id, m.name);
    // The reference's data model table marks only `type` as required; `state` is optional.
    if (m.state.isUnknownValue())
        issues.warning(u"state"_s, tr("\"%1\" is not a state the console knows; the server may refuse it.")
                                      .arg(m.state.wire()));
    issues.requireEnum(u"type"_s, m.type, tr("The type"));
    if (issues.requireText(u"config.sql_query"_s, m.sqlQuery, tr("The SQL query"))) {
        const SqlCheckResult check = SqlChecker::check(m.sqlQuery);
        for (const SqlIssue &sqlIssue : check.issues) {
            ValidationIssue issue{
                u"config.sql_query"_s,
                tr("Line %1, column %2: %3").arg(sqlIssue.line).arg(sqlIssue.column).arg(sqlIssue.message)};
            issue.line = sqlIssue.line;
            issue.column = sqlIssue.column;
            if (!sqlIssue.isError())
                issue.severity = ValidationIssue::Severity::Warning; // our reading: it never blocks a save
            issues.add(std::move(issue));
        }
    }
    return issues.take();
}

ValidationIssues Validator::validate(const FieldTransformation &t)
{
    Issues issues;
    validateResourceBasics(issues, t.id, t.name);
    issues.requireEnum(u"destination_type"_s, t.destinationType, tr("The destination type"));
    if (t.mappings.empty())
        issues.warning(u"mappings"_s,
                       tr("There are no mappings: an events pipeline needs at least event_type."));

    QSet<QString> destinations;
    for (std::size_t i = 0; i < t.mappings.size(); ++i) {
        const FieldMapping &m = t.mappings[i];
        const QString path = u"mappings["_s + QString::number(i) + u']';
        const QString row = tr("Row %1").arg(i + 1);
        issues.requireEnum(path + u".mapping_type", m.mappingType, tr("%1: the mapping type").arg(row));
        const bool hasSource = m.source && !m.source->trimmed().isEmpty();
        const bool hasDestination = m.destination && !m.destination->trimmed().isEmpty();
        const bool hasValue = m.value.has_value();
        switch (m.mappingType.value()) {
        case MappingType::Column:
            if (!hasSource)
                issues.error(path + u".source", tr("%1: a column mapping needs a source column.").arg(row),
                             Code::Required);
            if (!hasDestination)
                issues.error(path + u".destination",
                             tr("%1: a column mapping needs a destination field.").arg(row), Code::Required);
            if (hasValue)
                issues.error(
                    path + u".value",
                    tr("%1: a column mapping takes its value from the column; remove the value.").arg(row));
            break;
        case MappingType::Static:
            if (m.source && !m.source->isEmpty())
                issues.error(path + u".source", tr("%1: a static mapping has no source column.").arg(row));
            if (!hasDestination)
                issues.error(path + u".destination",
                             tr("%1: a static mapping needs a destination field.").arg(row), Code::Required);
            if (!hasValue)
                issues.error(path + u".value", tr("%1: a static mapping needs a value.").arg(row),
                             Code::Required);
            break;
        case MappingType::Ignore:
            if (!hasSource)
                issues.error(path + u".source",
                             tr("%1: an ignore mapping needs the column to ignore.").arg(row),
                             Code::Required);
            if (m.destination && !m.destination->isEmpty())
                issues.error(path + u".destination",
                             tr("%1: an ignored column has no destination.").arg(row));
            if (hasValue)
                issues.error(path + u".value", tr("%1: an ignored column has no value.").arg(row));
            break;
        case MappingType::Unknown: break;
        }
        if (hasDestination && m.mappingType != MappingType::Ignore) {
            const QString destination = m.destination->trimmed();
            if (destinations.contains(destination))
                issues.error(
                    path + u".destination",
                    tr("%1: \"%2\" is already the destination of another mapping.").arg(row, destination));
            destinations.insert(destination);
        }
    }
    return issues.take();
}

ValidationIssues Validator::validate(const Pipeline &p)
{
    Issues issues;
    validateResourceBasics(issues, p.id, p.name);
    issues.requireEnum(u"pipeline_type"_s, p.pipelineType, tr("The pipeline type"));
    issues.requireSlug(u"connection_id"_s, p.connectionId, tr("The connection"));
    issues.requireSlug(u"data_model_id"_s, p.dataModelId, tr("The data model"));
    if (p.pipelineType == PipelineType::Events)
        issues.requireSlug(u"field_transformation_id"_s, p.fieldTransformationId.value_or(QString()),
                           tr("An events pipeline's field transformation"));
    issues.requireEnum(u"state"_s, p.state, tr("The state"));
    issues.requireEnum(u"environment"_s, p.environment, tr("The environment"));

    // Sync mode (§8.2, §8.6).
    const SyncMode &sync = p.syncMode;
    issues.requireEnum(u"sync_mode.type"_s, sync.type, tr("The sync mode"));
    if (sync.type == SyncModeType::Incremental) {
        issues.requireText(u"sync_mode.iterator_field"_s, sync.iteratorField,
                           tr("The iterator column of an incremental sync"));
        if (!sync.iteratorDataType.isSet())
            issues.error(u"sync_mode.iterator_data_type"_s,
                         tr("The iterator data type of an incremental sync is required."), Code::Required);
    } else if (sync.type == SyncModeType::Full && (!sync.from.isNull() || !sync.until.isNull()) &&
               sync.iteratorField.trimmed().isEmpty()) {
        // Our reading (§10.4), not a published rule: a warning.
        issues.warning(u"sync_mode.iterator_field"_s,
                       tr("\"From\" and \"until\" filter on the iterator column: without one they may have "
                          "no effect."));
    }
    if (sync.iteratorDataType.isUnknownValue())
        issues.warning(u"sync_mode.iterator_data_type"_s,
                       tr("\"%1\" is not a known iterator data type; the server may refuse it.")
                           .arg(sync.iteratorDataType.wire()));
    issues.checkTimestamp(u"sync_mode.from"_s, sync.from);
    issues.checkTimestamp(u"sync_mode.until"_s, sync.until);
    if (sync.from.isValid() && sync.until.isValid() && sync.until <= sync.from)
        issues.error(u"sync_mode.until"_s, tr("\"Until\" must be later than \"from\"."));

    // Schedule (§8.3, §8.6).
    const Schedule &s = p.schedule;
    issues.requireEnum(u"schedule.type"_s, s.type, tr("The schedule type"));
    if (s.type == ScheduleType::Interval) {
        issues.requireEnum(u"schedule.frequency"_s, s.frequency, tr("The frequency of an interval schedule"));
        if (s.start.isNull())
            issues.error(u"schedule.start"_s, tr("The start of an interval schedule is required."),
                         Code::Required);
    } else if (s.frequency.isUnknownValue()) {
        issues.error(u"schedule.frequency"_s, tr("\"%1\" is not a valid frequency.").arg(s.frequency.wire()));
    }
    if (const auto delay = Delay::parse(s.delay); !delay)
        issues.error(u"schedule.delay"_s, delay.error());
    issues.checkTimestamp(u"schedule.start"_s, s.start);
    issues.checkTimestamp(u"schedule.end"_s, s.end);
    if (s.start.isValid() && s.end.isValid() && s.end < s.start)
        issues.error(u"schedule.end"_s, tr("The end must not be before the start."));

    // Data plan (§8.5). Both fields are Optional in the reference and it states no rule between them or on
    // the version's value: these are warnings only.
    const bool hasPlan = p.dataPlanId && !p.dataPlanId->trimmed().isEmpty();
    const bool hasVersion = p.dataPlanVersion && !p.dataPlanVersion->trimmed().isEmpty();
    if (hasPlan && !hasVersion)
        issues.warning(u"data_plan_version"_s, tr("A data plan is usually given with its version."));
    if (!hasPlan && hasVersion)
        issues.warning(u"data_plan_id"_s, tr("A data plan version is set without a data plan."));
    // partner_feed_id: "integer, Optional" (reference); every published example sends 0.
    if (p.partnerFeedId && *p.partnerFeedId < 0)
        issues.warning(u"partner_feed_id"_s, tr("Feed ids are not negative; the server may refuse it."));
    return issues.take();
}

} // namespace wsc
