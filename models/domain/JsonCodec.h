#pragma once

#include "models/domain/ApiErrorBody.h"
#include "models/domain/Connection.h"
#include "models/domain/DataModel.h"
#include "models/domain/FieldTransformation.h"
#include "models/domain/Pipeline.h"
#include "models/domain/PipelineReport.h"
#include "models/domain/PipelineRun.h"
#include "models/domain/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>

#include <vector>

namespace wsc {

// The items of a list response that could be read, and what was wrong with the others: one bad
// pipeline among thousands must not hide the rest.
template <typename T>
struct DecodedList {
    std::vector<T> items;
    std::vector<DecodeError> problems; // paths start with the item index, e.g. "[3].schedule.start"
};

// JSON <-> value types for every resource of the API. Decoders are tolerant (spec §0.2, §16): documented
// aliases, numbers sent as strings, null treated as absent, unknown fields and enum values kept. On input
// that cannot be read they return a DecodeError naming the field; no exception ever escapes.
// Encoders send the canonical form of the writable fields only: never status, errors or audit fields,
// never a masked secret.
class JsonCodec {
    Q_DECLARE_TR_FUNCTIONS(wsc::JsonCodec)

public:
    // Bodies nested deeper than this are refused before parsing.
    static constexpr int kMaxNestingDepth = 64;

    static Result<Connection> decodeConnection(QByteArrayView json);
    static Result<DecodedList<Connection>> decodeConnections(QByteArrayView json);
    static Result<DataModel> decodeDataModel(QByteArrayView json);
    static Result<DecodedList<DataModel>> decodeDataModels(QByteArrayView json);
    static Result<FieldTransformation> decodeFieldTransformation(QByteArrayView json);
    static Result<DecodedList<FieldTransformation>> decodeFieldTransformations(QByteArrayView json);
    static Result<Pipeline> decodePipeline(QByteArrayView json);
    static Result<DecodedList<Pipeline>> decodePipelines(QByteArrayView json);
    static Result<PipelineRun> decodeRun(QByteArrayView json);
    static Result<RunPage> decodeRunPage(QByteArrayView json);
    static Result<PipelineReport> decodeReport(QByteArrayView json);
    static Result<TriggerResult> decodeTriggerResult(QByteArrayView json);
    static Result<AccessToken> decodeAccessToken(QByteArrayView json);
    // Never fails: a body that is not JSON, or JSON of another shape, gives an empty ApiErrorBody.
    static ApiErrorBody decodeApiErrorBody(QByteArrayView json);

    static QByteArray encode(const Connection &connection);
    static QByteArray encode(const DataModel &model);
    static QByteArray encode(const FieldTransformation &transformation);
    static QByteArray encode(const Pipeline &pipeline);
    static QByteArray encodeTriggerRequest(const QString &pipelineId);
    static QByteArray encodeTokenRequest(const QString &clientId, const QString &clientSecret,
                                         const QString &audience);
};

} // namespace wsc
