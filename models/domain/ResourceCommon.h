#pragma once

#include "models/domain/Result.h"
#include "models/domain/Timestamp.h"

#include <QString>

#include <vector>

namespace wsc {

// The fields of a resource the decoder could not read, each with its path and why ("data_plan_version:
// expected a whole number, got \"2.1\""). Such a field is kept raw (UnknownFields) and sent back as it came;
// the resource itself is kept and shown, with these marks.
using RawFields = std::vector<DecodeError>;

// One entry of an `errors` array: {"message": …} (and the optional Platform v1 "code").
struct ApiMessage {
    QString message;
    QString code;
    friend bool operator==(const ApiMessage &, const ApiMessage &) = default;
};
using ApiMessages = std::vector<ApiMessage>;

// The messages of an errors array on one line, "; " between them.
inline QString joinMessages(const ApiMessages &messages)
{
    QString out;
    for (const ApiMessage &m : messages)
        out += (out.isEmpty() ? QString() : QStringLiteral("; ")) + m.message;
    return out;
}

// The read-only audit fields of connections, data models, pipelines and field transformations (§5.5).
struct AuditInfo {
    Timestamp createdOn;
    QString createdBy;
    Timestamp lastModifiedOn; // null: never modified
    QString lastModifiedBy;
    friend bool operator==(const AuditInfo &, const AuditInfo &) = default;
};

} // namespace wsc
