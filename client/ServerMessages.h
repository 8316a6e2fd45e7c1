#pragma once

#include "client/ApiError.h"

namespace wsc {

// The only place where the console reads meaning into the server's prose, for the few cases where the API
// offers nothing else (no error code, only a 400 and a sentence). Each pattern names the message it comes
// from. Callers must behave sensibly when nothing matches: Refusal::Other shows the server's own words.
class ServerMessages {
public:
    enum class Refusal {
        Other,
        // The trigger endpoint's published error: "Pipeline example-pipeline is already in progress."
        // (v2 reference, POST …/trigger, "Returns an error 400 if the pipeline is not idle").
        RunInProgress,
        // A create whose id is taken. Not published; the sandbox says "<Kind> <id> already exists." Used
        // only to put the message next to the id field; whether a create happened is decided by reading
        // the resource (ApiClient::sendCreate), never by these words.
        IdTaken,
        // A pipeline that would pass the limit of active pipelines (published default 5, spec §14). The
        // message is not published; the sandbox says "The workspace already has the maximum of 5 active
        // pipelines." Used only to offer saving the pipeline paused instead.
        ActiveLimit,
    };
    static Refusal classify(const ApiError &error);
    static Refusal classify(int httpStatus, const QString &message);
};

} // namespace wsc
