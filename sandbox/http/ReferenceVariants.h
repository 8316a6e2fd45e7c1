#pragma once

#include <QByteArray>

namespace wsc::sandbox {

// --reference-variants: answers in the shapes the published v2 reference shows and the normal mode smooths
// over, so that clients are tested against them: run ids and counters as strings (typed "string" in the
// reference), `on-demand` and `full_sync` spellings, Snowflake's `source_account_id`, an unknown member in
// every object, `latest_successful_pipeline_run_id: 0` for "none". (The field-transformations endpoint is
// answered 404 in this mode by the front end: it is not in the published reference.)
class ReferenceVariants {
public:
    // A 2xx JSON body rewritten; anything that is not JSON comes back unchanged.
    static QByteArray rewrite(const QByteArray &body);
};

} // namespace wsc::sandbox
