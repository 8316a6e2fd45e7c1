#include "models/domain/ApiErrorBody.h"

#include <QStringList>

namespace wsc {

QString ApiErrorBody::summary() const
{
    QStringList parts;
    for (const ApiMessage &m : errors) {
        if (!m.message.isEmpty())
            parts << m.message;
        else if (!m.code.isEmpty())
            parts << m.code;
    }
    if (!parts.isEmpty())
        return parts.join(u'\n');
    if (!message.isEmpty())
        return message;
    if (!oauthErrorDescription.isEmpty() && !oauthError.isEmpty())
        return oauthErrorDescription + u" (" + oauthError + u')';
    return oauthErrorDescription.isEmpty() ? oauthError : oauthErrorDescription;
}

} // namespace wsc
