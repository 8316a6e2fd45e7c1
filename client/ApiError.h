#pragma once

#include "models/domain/ApiErrorBody.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QString>

namespace wsc {

// Why a call failed, with a translated sentence for the user, the raw details for the request inspector,
// and what the caller should do about it (spec §13.4).
class ApiError {
    Q_DECLARE_TR_FUNCTIONS(wsc::ApiError)

public:
    enum class Kind {
        Network,   // no HTTP answer: refused, reset, host not found, TLS…
        Timeout,   // no answer within the transfer timeout
        Cancelled, // the caller cancelled the call
        Insecure,  // plain http to a host that is not loopback was refused before sending
        Http,      // an HTTP error status
        Decode,    // a 2xx answer whose body could not be read
        Invalid,   // refused before sending: an id that cannot be part of a URL, a token unfit for a header
    };
    enum class Action {
        None,
        FixInput,        // 400: show the messages next to the form, do not retry
        SignInAgain,     // 401 after the one replay: credentials are wrong or revoked
        NeedsPermission, // 403: the credential lacks Admin permission for the workspace
        Refresh,         // 404: the resource is gone (or still provisioning): refresh the list
        Unsupported,     // 405: hide the action
        WaitAndRetry,    // 429, 5xx, network: transient
        CheckWarehouse,  // 505: the warehouse credentials or network settings are wrong
        CheckConnection, // network errors, TLS, insecure transport
    };

    ApiError() = default;
    ApiError(Kind kind, QString message, QString details = {});

    // The one mapping from what the network layer reports to an ApiError (spec §13.2 parsing order).
    static ApiError fromResponse(QNetworkReply::NetworkError networkError, int httpStatus,
                                 const QByteArray &body, const QString &networkErrorString = {});
    static ApiError decodeFailure(const QString &what);
    // The same error told in other words (the status, details and body stay).
    static ApiError withMessage(ApiError error, QString message);

    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    Action action() const { return m_action; }
    // Translated, for a message box or a status line.
    const QString &message() const { return m_message; }
    // The server's own words (errors[].message…), or the raw body/network error.
    const QString &details() const { return m_details; }
    const ApiErrorBody &body() const { return m_body; }
    // Retry-After in seconds when the server sent one, else -1.
    int retryAfterSeconds() const { return m_retryAfter; }
    void setRetryAfterSeconds(int seconds) { m_retryAfter = seconds; }

    // "message (details)" on one line, for logs and the command line.
    QString toString() const;
    bool isTransient() const { return m_action == Action::WaitAndRetry; }

    // A POST that may have been carried out although no answer came (the connection closed or timed out
    // after the request was sent): it is never sent again by itself, and the user is told to look.
    bool isOutcomeUnknown() const { return m_outcomeUnknown; }
    void markOutcomeUnknown();
    // Replaces every occurrence of these values (the secrets of the request) in what is shown: a server
    // whose error echoes the request must not put a password on screen.
    void redact(const QStringList &secretValues);

private:
    // No HTTP answer: what the network layer reported, in the user's words.
    static ApiError fromNetworkError(QNetworkReply::NetworkError networkError,
                                     const QString &networkErrorString);
    // The sentence for the user and what to do about it, from the HTTP status.
    void describeHttpStatus();

    Kind m_kind = Kind::Network;
    int m_httpStatus = 0;
    Action m_action = Action::None;
    QString m_message;
    QString m_details;
    ApiErrorBody m_body;
    int m_retryAfter = -1;
    bool m_outcomeUnknown = false;
};

} // namespace wsc
