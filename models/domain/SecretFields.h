#pragma once

#include <QString>
#include <QStringList>

namespace wsc {

// The one list of secret field names of the whole client (spec §5.6, Appendix B; the OAuth request's
// client_secret and the tokens). The request log's redaction, the save confirmation's diff, drafts and any
// export decide by it, so a secret added to the API is added here once.
class SecretFields {
public:
    static const QStringList &names();
    // A member name (`password`) or a JSON path ending in one (`config.password`, `[2].partner_feed_key`).
    static bool isSecret(QStringView keyOrPath);
};

} // namespace wsc
