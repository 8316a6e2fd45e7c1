#include "client/RetryPolicy.h"

#include <QLocale>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimeZone>

namespace wsc {

bool RetryPolicy::isTransientStatus(int status)
{
    return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
}

int RetryPolicy::backoffMs(int attempt) const
{
    int delay = std::min(maxDelayMs, baseDelayMs << std::min(std::max(attempt - 1, 0), 16));
    delay += int(QRandomGenerator::global()->bounded(delay / 2 + 1));
    return delay;
}

RetryPolicy::Decision RetryPolicy::decide(const ApiError &failure, int attempt, bool replayable) const
{
    Decision decision;
    const int status = failure.httpStatus();
    const bool transient =
        isTransientStatus(status) ||
        (status == 0 && (failure.kind() == ApiError::Kind::Network || failure.kind() == ApiError::Kind::Timeout));
    if (transient && failure.retryAfterSeconds() > maxRetryAfterSeconds) {
        decision.error = ApiError::withMessage(
            failure, ApiError::tr("The server asked to wait %n second(s) before trying again, longer than the "
                                  "console waits (%1 s). Try again later.",
                                  nullptr, failure.retryAfterSeconds())
                         .arg(maxRetryAfterSeconds));
        return decision;
    }
    if (!replayable || !transient || attempt >= maxAttempts) {
        decision.error = failure;
        return decision;
    }
    decision.retry = true;
    decision.delayMs = backoffMs(attempt);
    if (failure.retryAfterSeconds() >= 0)
        decision.delayMs = std::max(decision.delayMs, failure.retryAfterSeconds() * 1000);
    return decision;
}

std::optional<int> RetryPolicy::parseRetryAfter(const QByteArray &raw, const QDateTime &now)
{
    const QByteArray value = raw.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qlonglong seconds = value.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt : std::optional<int>(int(std::min<qlonglong>(seconds, 1'000'000'000)));
    // IMF-fixdate (Sun, 06 Nov 1994 08:49:37 GMT), and the obsolete RFC 850 and asctime forms.
    const QString text = QString::fromLatin1(value);
    const QLocale c = QLocale::c();
    for (const QString &format : {QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"),
                                  QStringLiteral("dddd, dd-MMM-yy HH:mm:ss 'GMT'"),
                                  QStringLiteral("ddd MMM d HH:mm:ss yyyy")}) {
        const QDateTime read = c.toDateTime(text.simplified(), format);
        if (!read.isValid())
            continue;
        // Read as local time by QLocale: taken apart and put together in UTC (no DST shift).
        QDateTime at(read.date(), read.time(), QTimeZone::utc());
        if (format.contains(u"yy HH") && at.date().year() < 1970)
            at = at.addYears(100);
        const qint64 wait = now.secsTo(at);
        return int(std::clamp<qint64>(wait, 0, 1'000'000'000));
    }
    return std::nullopt;
}

void readRetryAfter(const QNetworkReply &reply, ApiError &error)
{
    if (const auto seconds = RetryPolicy::parseRetryAfter(reply.rawHeader("Retry-After")))
        error.setRetryAfterSeconds(*seconds);
}

} // namespace wsc
