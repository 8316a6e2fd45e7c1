#include "client/ApiError.h"

#include "client/Redaction.h"

#include "models/domain/JsonCodec.h"

namespace wsc {

ApiError::ApiError(Kind kind, QString message, QString details)
    : m_kind(kind)
    , m_message(std::move(message))
    , m_details(std::move(details))
{
    switch (kind) {
    case Kind::Network:
    case Kind::Insecure: m_action = Action::CheckConnection; break;
    case Kind::Timeout: m_action = Action::WaitAndRetry; break;
    case Kind::Cancelled:
    case Kind::Decode:
    case Kind::Http: m_action = Action::None; break;
    case Kind::Invalid: m_action = Action::FixInput; break;
    }
}

ApiError ApiError::withMessage(ApiError error, QString message)
{
    error.m_message = std::move(message);
    return error;
}

void ApiError::markOutcomeUnknown()
{
    m_outcomeUnknown = true;
    m_action = Action::Refresh;
    m_message = tr("No answer came (%1), so the outcome is unknown: refresh to see whether it happened. "
                   "It was not sent again.")
                    .arg(m_message.endsWith(u'.') ? m_message.chopped(1) : m_message);
}

void ApiError::redact(const QStringList &secretValues)
{
    for (const QString &secret : secretValues) {
        if (secret.size() < 4) // too short to tell from ordinary text; never a real secret
            continue;
        // As sent, and as it reads inside a JSON string (a key file's quotes and line breaks escaped).
        for (const QString &value : {secret, Redaction::jsonEscaped(secret)}) {
            for (QString *text : {&m_details, &m_body.message, &m_body.oauthError, &m_body.oauthErrorDescription})
                text->replace(value, QStringLiteral("[redacted]"));
            for (ApiMessage &m : m_body.errors) {
                m.message.replace(value, QStringLiteral("[redacted]"));
                m.code.replace(value, QStringLiteral("[redacted]"));
            }
        }
    }
}

ApiError ApiError::decodeFailure(const QString &what)
{
    return ApiError(Kind::Decode, tr("The server's answer could not be read."), what);
}

ApiError ApiError::fromResponse(QNetworkReply::NetworkError networkError, int httpStatus,
                                const QByteArray &body, const QString &networkErrorString)
{
    if (httpStatus == 0)
        return fromNetworkError(networkError, networkErrorString);

    ApiError error(Kind::Http, {}, {});
    error.m_httpStatus = httpStatus;
    error.m_body = JsonCodec::decodeApiErrorBody(body);
    QString said = error.m_body.summary();
    if (said.isEmpty())
        said = QString::fromUtf8(body.left(500)).trimmed();
    error.m_details = said.isEmpty() ? networkErrorString : said;

    error.describeHttpStatus();
    return error;
}

ApiError ApiError::fromNetworkError(QNetworkReply::NetworkError networkError,
                                    const QString &networkErrorString)
{
    switch (networkError) {
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        // setTransferTimeout() aborts with OperationCanceledError; a cancel by the caller is reported
        // by ApiReply before it gets here.
        return ApiError(Kind::Timeout, tr("The server did not answer in time."), networkErrorString);
    case QNetworkReply::ConnectionRefusedError:
        return ApiError(Kind::Network, tr("The server refused the connection. Is it running?"),
                        networkErrorString);
    case QNetworkReply::HostNotFoundError:
        return ApiError(Kind::Network, tr("The server's host name could not be found."), networkErrorString);
    case QNetworkReply::RemoteHostClosedError:
        return ApiError(Kind::Network, tr("The server closed the connection before answering."),
                        networkErrorString);
    case QNetworkReply::SslHandshakeFailedError:
        return ApiError(Kind::Network, tr("A secure connection to the server could not be established."),
                        networkErrorString);
    default: return ApiError(Kind::Network, tr("The server could not be reached."), networkErrorString);
    }
}

void ApiError::describeHttpStatus()
{
    switch (m_httpStatus) {
    case 400:
        m_message = tr("The server refused the request.");
        m_action = Action::FixInput;
        break;
    case 401:
        m_message = tr("Sign-in failed: the client id or secret is wrong, or the token has expired.");
        m_action = Action::SignInAgain;
        break;
    case 403:
        m_message = tr("The credential lacks Admin permission for this workspace.");
        m_action = Action::NeedsPermission;
        break;
    case 404:
        m_message = tr("Not found: it may have been deleted, or it is still being provisioned.");
        m_action = Action::Refresh;
        break;
    case 405:
        m_message = tr("The server does not support this operation.");
        m_action = Action::Unsupported;
        break;
    case 413:
        m_message = tr("The request is too large for the server.");
        m_action = Action::FixInput;
        break;
    case 429:
        m_message = tr("Too many requests: the server asked to slow down.");
        m_action = Action::WaitAndRetry;
        break;
    case 505:
        // Warehouse Sync's own meaning of 505 (I-7).
        m_message = tr("The server could not connect to the warehouse. Check the user name and password, "
                       "the account id, region, warehouse and database.");
        m_action = Action::CheckWarehouse;
        break;
    default:
        if (m_httpStatus >= 500) {
            m_message = tr("The server had a problem (HTTP %1).").arg(m_httpStatus);
            m_action = Action::WaitAndRetry;
        } else {
            m_message = tr("The server answered with HTTP %1.").arg(m_httpStatus);
            m_action = Action::None;
        }
        break;
    }
}

QString ApiError::toString() const
{
    if (m_details.isEmpty() || m_details == m_message)
        return m_message;
    return m_message + u" (" + m_details + u')';
}

} // namespace wsc
