#include "models/domain/SecretFields.h"

namespace wsc {

using namespace Qt::StringLiterals;

const QStringList &SecretFields::names()
{
    static const QStringList keys = {
        u"password"_s,      // Snowflake and Redshift connections
        u"service_account_key"_s, // BigQuery connections
        u"partner_feed_key"_s,    // pipelines
        u"client_secret"_s,       // the token request
        u"access_token"_s,  u"refresh_token"_s,
    };
    return keys;
}

bool SecretFields::isSecret(QStringView keyOrPath)
{
    qsizetype start = keyOrPath.lastIndexOf(u'.');
    QStringView key = start < 0 ? keyOrPath : keyOrPath.mid(start + 1);
    if (key.endsWith(u']')) // "mappings[0]" names an item, not a member
        return false;
    for (const QString &name : names()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace wsc
