#include "tests/fuzz/FuzzTargets.h"

#include "models/domain/ApiErrorBody.h"
#include "models/domain/Delay.h"
#include "models/domain/JsonCodec.h"
#include "models/domain/SqlChecker.h"
#include "models/domain/Timestamp.h"
#include "models/domain/Validator.h"

#include <array>
#include <type_traits>
#include <utility>

namespace wsc::fuzz {

namespace {

using namespace Qt::StringLiterals;

const std::array<std::pair<Target, const char16_t *>, 16> kNames{{
    {Target::Connection, u"connection"},
    {Target::Connections, u"connections"},
    {Target::DataModel, u"data_model"},
    {Target::DataModels, u"data_models"},
    {Target::FieldTransformation, u"field_transformation"},
    {Target::FieldTransformations, u"field_transformations"},
    {Target::Pipeline, u"pipeline"},
    {Target::Pipelines, u"pipelines"},
    {Target::Run, u"run"},
    {Target::RunPage, u"run_page"},
    {Target::Report, u"report"},
    {Target::Trigger, u"trigger"},
    {Target::Token, u"token"},
    {Target::ErrorBody, u"error_body"},
    {Target::Sql, u"sql"},
    {Target::TimeAndDelay, u"time_and_delay"},
}};

// What decodes must come back the same after an encode and a second decode: nothing is lost or
// invented on the way to the server (secrets aside: a masked one is never encoded, so it is left out).
template <typename T, typename Decode>
void roundTrip(const Result<T> &first, Decode decode)
{
    if (!first)
        return;
    T value = first.value();
    // Validation must not crash on anything that decoded.
    if constexpr (std::is_same_v<T, Connection>)
        (void)Validator::validate(value, Validator::Mode::Replace);
    else
        (void)Validator::validate(value);
    const QByteArray encoded = JsonCodec::encode(value);
    const Result<T> second = decode(QByteArrayView(encoded));
    if (!second)
        qFatal("re-decoding the encoded value failed: %s\n%s", qPrintable(second.error().toString()),
               encoded.constData());
    const QByteArray again = JsonCodec::encode(second.value());
    if (again != encoded)
        qFatal("encode(decode(encode(x))) differs from encode(x):\n%s\n%s", encoded.constData(),
               again.constData());
}

template <typename T>
void decodeList(const Result<DecodedList<T>> &list)
{
    if (!list)
        return;
    for (const T &item : list.value().items)
        (void)JsonCodec::encode(item);
}

} // namespace

QStringList targetNames()
{
    QStringList names;
    for (const auto &[target, name] : kNames)
        names << QString::fromUtf16(name);
    return names;
}

bool targetFromName(const QString &name, Target *target)
{
    for (const auto &[t, n] : kNames) {
        if (name == QStringView(n)) {
            *target = t;
            return true;
        }
    }
    return false;
}

void run(Target target, QByteArrayView data)
{
    switch (target) {
    case Target::Connection:
        roundTrip(JsonCodec::decodeConnection(data), &JsonCodec::decodeConnection);
        break;
    case Target::Connections: decodeList(JsonCodec::decodeConnections(data)); break;
    case Target::DataModel: roundTrip(JsonCodec::decodeDataModel(data), &JsonCodec::decodeDataModel); break;
    case Target::DataModels: decodeList(JsonCodec::decodeDataModels(data)); break;
    case Target::FieldTransformation:
        roundTrip(JsonCodec::decodeFieldTransformation(data), &JsonCodec::decodeFieldTransformation);
        break;
    case Target::FieldTransformations: decodeList(JsonCodec::decodeFieldTransformations(data)); break;
    case Target::Pipeline: roundTrip(JsonCodec::decodePipeline(data), &JsonCodec::decodePipeline); break;
    case Target::Pipelines: decodeList(JsonCodec::decodePipelines(data)); break;
    case Target::Run: (void)JsonCodec::decodeRun(data); break;
    case Target::RunPage: (void)JsonCodec::decodeRunPage(data); break;
    case Target::Report: (void)JsonCodec::decodeReport(data); break;
    case Target::Trigger: (void)JsonCodec::decodeTriggerResult(data); break;
    case Target::Token: (void)JsonCodec::decodeAccessToken(data); break;
    case Target::ErrorBody: (void)JsonCodec::decodeApiErrorBody(data); break;
    case Target::Sql: {
        const QString sql = QString::fromUtf8(data.data(), data.size());
        const SqlCheckResult result = SqlChecker::check(sql);
        for (const SqlIssue &issue : result.issues) {
            if (issue.line < 1 || issue.column < 1)
                qFatal("an SQL issue without a place: line %d, column %d", issue.line, issue.column);
            if (issue.offset < 0 || issue.length < 0 || issue.offset + issue.length > sql.size())
                qFatal("an SQL issue outside the text: %lld+%lld of %lld", qlonglong(issue.offset),
                       qlonglong(issue.length), qlonglong(sql.size()));
        }
        break;
    }
    case Target::TimeAndDelay: {
        const QString text = QString::fromUtf8(data.data(), data.size());
        const Timestamp t = Timestamp::parse(text);
        if (t.isValid() && !(Timestamp::parse(t.toWireMillis()) == t))
            qFatal("a timestamp does not survive its wire form: %s", qPrintable(t.toWireMillis()));
        (void)t.toDisplayString();
        if (const auto delay = Delay::parse(text))
            (void)delay->addTo(Timestamp::fromMSecsSinceEpoch(0));
        break;
    }
    }
}

} // namespace wsc::fuzz
