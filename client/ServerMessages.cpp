#include "client/ServerMessages.h"

namespace wsc {

ServerMessages::Refusal ServerMessages::classify(const ApiError &error)
{
    if (error.kind() != ApiError::Kind::Http)
        return Refusal::Other;
    QString said = error.body().summary();
    if (said.isEmpty())
        said = error.details();
    return classify(error.httpStatus(), said);
}

ServerMessages::Refusal ServerMessages::classify(int httpStatus, const QString &message)
{
    if (httpStatus != 400)
        return Refusal::Other;
    if (message.contains(u"in progress", Qt::CaseInsensitive))
        return Refusal::RunInProgress;
    if (message.contains(u"already exists", Qt::CaseInsensitive) ||
        message.contains(u"already in use", Qt::CaseInsensitive))
        return Refusal::IdTaken;
    if (message.contains(u"active pipeline", Qt::CaseInsensitive) &&
        (message.contains(u"maximum", Qt::CaseInsensitive) || message.contains(u"limit", Qt::CaseInsensitive)))
        return Refusal::ActiveLimit;
    return Refusal::Other;
}

} // namespace wsc
