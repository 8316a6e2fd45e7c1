// The commands: what each resource verb sends, a body from a file decoded, validated and re-encoded first.
#include "app/Wsctl.h"

#include "models/domain/Validator.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace wsc {

using namespace Qt::StringLiterals;

namespace {

// Decodes, validates and re-encodes a body of `resource` from a file: only the canonical form is sent.
Result<QByteArray, QString> prepareBody(const QString &resource, const QByteArray &json,
                                        const QString &pathId, Validator::Mode mode)
{
    auto check = [&](auto decoded, auto validate) -> Result<QByteArray, QString> {
        if (!decoded)
            return QCoreApplication::translate("wsc::Wsctl", "The input is not a valid %1: %2")
                .arg(resource, decoded.error().toString());
        auto value = std::move(decoded).value();
        if (!pathId.isEmpty()) {
            if (!value.id.isEmpty() && value.id != pathId)
                return QCoreApplication::translate("wsc::Wsctl", "The id in the input (%1) is not %2.")
                    .arg(value.id, pathId);
            value.id = pathId;
        }
        QStringList problems;
        for (const ValidationIssue &issue : validate(value)) {
            if (issue.isError())
                problems << issue.field + u": " + issue.message;
        }
        if (!problems.isEmpty())
            return problems.join(u'\n');
        return JsonCodec::encode(value);
    };
    if (resource == u"connections")
        return check(JsonCodec::decodeConnection(json),
                     [mode](const Connection &c) { return Validator::validate(c, mode); });
    if (resource == u"data-models")
        return check(JsonCodec::decodeDataModel(json),
                     [](const DataModel &m) { return Validator::validate(m); });
    if (resource == u"field-transformations")
        return check(JsonCodec::decodeFieldTransformation(json),
                     [](const FieldTransformation &t) { return Validator::validate(t); });
    return check(JsonCodec::decodePipeline(json), [](const Pipeline &p) { return Validator::validate(p); });
}

} // namespace

QByteArray Wsctl::readInput(const QString &file, QString *error)
{
    QFile in;
    const bool ok = file == u"-" ? in.open(stdin, QIODevice::ReadOnly)
                                 : (in.setFileName(file), in.open(QIODevice::ReadOnly));
    if (!ok) {
        *error = tr("Cannot read %1: %2").arg(file, in.errorString());
        return {};
    }
    return in.readAll();
}

void Wsctl::execute()
{
    const ApiEndpoints &e = m_client.endpoints();
    auto collection = [&]() -> QUrl {
        if (m_resource == u"connections")
            return e.connections();
        if (m_resource == u"data-models")
            return e.dataModels();
        if (m_resource == u"field-transformations")
            return e.fieldTransformations();
        return e.pipelines();
    };
    auto item = [&](const QString &id) -> QUrl {
        if (m_resource == u"connections")
            return e.connection(id);
        if (m_resource == u"data-models")
            return e.dataModel(id);
        if (m_resource == u"field-transformations")
            return e.fieldTransformation(id);
        return e.pipeline(id);
    };

    if (m_verb == u"preview")
        return preview();
    if (m_verb == u"list")
        return printReply(m_client.send("GET", collection()), m_resource, true);
    if (m_verb == u"get")
        return printReply(m_client.send("GET", item(m_args[0])), m_resource, false);
    if (m_verb == u"delete")
        return printReply(m_client.send("DELETE", item(m_args[0])), m_resource, false);
    if (m_verb == u"create" || m_verb == u"update") {
        const bool create = m_verb == u"create";
        QString error;
        const QByteArray input = readInput(m_args.last(), &error);
        if (!error.isEmpty())
            return finishWith(UsageError, error);
        const auto body = prepareBody(m_resource, input, create ? QString() : m_args[0],
                                      create ? Validator::Mode::Create : Validator::Mode::Replace);
        if (!body)
            return finishWith(UsageError, body.error());
        if (create) {
            // A create refused because an earlier attempt already made it (its answer lost) succeeds.
            const QString id = QJsonDocument::fromJson(*body).object().value(u"id"_s).toString();
            return printReply(m_client.sendCreate(collection(), item(id), *body), m_resource, false);
        }
        return printReply(m_client.send("PUT", item(m_args[0]), *body), m_resource, false);
    }
    if (m_verb == u"trigger")
        return printReply(m_client.send("POST", e.trigger(), JsonCodec::encodeTriggerRequest(m_args[0])),
                          u"trigger"_s, false);
    if (m_verb == u"report")
        return printReply(m_client.send("GET", e.report(m_args[0])), u"report"_s, false);
    if (m_verb == u"queries")
        return fetchQueries();
    if (m_verb == u"runs")
        return printReply(m_client.runs(m_args[0], m_runQuery).reply(), u"runs"_s, true); // with its fallback
    printReply(m_client.send("GET", e.run(m_args[0], m_args[1])), u"run"_s, false);
}

} // namespace wsc
