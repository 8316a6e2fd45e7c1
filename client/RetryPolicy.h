#pragma once

#include "client/ApiError.h"

#include <QByteArray>
#include <QDateTime>

#include <optional>

class QNetworkReply;

namespace wsc {

// How failed requests are retried and how long a call may take (spec §4.4, §13.4): one policy for the API
// and for the token endpoint.
//   - Each attempt is bounded as a whole by the timeout (not only while idle: a body trickled a byte a
//     second ends with it).
//   - At most maxAttempts on 429, 500, 502, 503, 504 and network errors, for GET, PUT and DELETE and for
//     the token request; a POST to the API is never replayed.
//   - A Retry-After (seconds or an HTTP-date) up to maxRetryAfterSeconds is waited; a longer one ends the
//     call at once.
// So a call with timeout T gives up within about maxAttempts × T plus the waits between attempts.
struct RetryPolicy {
    int maxAttempts = 5;
    int baseDelayMs = 500; // doubles per attempt, with up to 50 % random jitter
    int maxDelayMs = 30000;
    int maxRetryAfterSeconds = 120;

    // What to do after a failed attempt.
    struct Decision {
        bool retry = false;
        int delayMs = 0;
        std::optional<ApiError> error; // set when the call ends: `failure`, or why it stopped early
    };
    Decision decide(const ApiError &failure, int attempt, bool replayable) const;
    int backoffMs(int attempt) const;

    // Retry-After in whole seconds from its delta-seconds or HTTP-date form (RFC 9110 §10.2.3); nullopt when
    // absent or unreadable. A date in the past is 0.
    static std::optional<int> parseRetryAfter(const QByteArray &value,
                                              const QDateTime &now = QDateTime::currentDateTimeUtc());
    // The statuses worth another attempt (network errors and timeouts are too).
    static bool isTransientStatus(int status);
};

// Reads Retry-After from a reply into the error.
void readRetryAfter(const QNetworkReply &reply, ApiError &error);

} // namespace wsc
