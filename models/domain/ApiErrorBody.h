#pragma once

#include "models/domain/ResourceCommon.h"

#include <optional>

namespace wsc {

// What an error response says, from every shape seen: the mParticle body {"statusCode", "errors":[…]},
// a top-level "message", or the OAuth {"error", "error_description"} (spec §13.2).
struct ApiErrorBody {
    std::optional<int> statusCode;
    ApiMessages errors;
    QString message;
    QString oauthError;
    QString oauthErrorDescription;

    bool isEmpty() const
    {
        return errors.empty() && message.isEmpty() && oauthError.isEmpty() && oauthErrorDescription.isEmpty();
    }
    // The text to show, in the parsing order of §13.2: errors[].message joined by newlines, then
    // message, then the OAuth fields; empty when the body said nothing.
    QString summary() const;

    friend bool operator==(const ApiErrorBody &, const ApiErrorBody &) = default;
};

// The token endpoint's answer (spec §3.2).
struct AccessToken {
    QString accessToken;
    qint64 expiresInSeconds = 0;
    QString tokenType;
};

} // namespace wsc
