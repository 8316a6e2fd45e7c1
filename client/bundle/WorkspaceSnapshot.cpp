#include "client/bundle/WorkspaceSnapshot.h"

#include "client/ApiClient.h"

#include <memory>

namespace wsc {

using namespace Qt::StringLiterals;

namespace {

struct Gathering {
    Bundle bundle;
    QStringList problems;
    int pending = 4;
    WorkspaceSnapshot::Handler done;

    template <typename T>
    void take(ResourceKind kind, const ApiResult<DecodedList<T>> &result)
    {
        const QString what = BundleCodec::folderName(kind);
        const int status = result ? 0 : result.error().httpStatus();
        if (!result && kind == ResourceKind::FieldTransformation && (status == 404 || status == 405)) {
            // Not in the published v2 reference (§11.3): a service without it has none to read.
            bundle.fieldTransformationsListed = false;
            bundle.notes << WorkspaceSnapshot::tr("This service has no field-transformations endpoint (HTTP %1): "
                                                  "the workspace's field transformations are not included.")
                                .arg(status);
        } else if (!result) {
            problems << WorkspaceSnapshot::tr("The %1 could not be listed: %2").arg(what, result.error().toString());
        } else {
            for (const T &item : result->items)
                bundle.entries.push_back(BundleCodec::entryOf(item));
            for (const DecodeError &problem : result->problems)
                problems << WorkspaceSnapshot::tr("One of the %1 could not be read (%2): without it, a plan "
                                                  "would create or delete what exists")
                                .arg(what, problem.toString());
        }
        if (--pending > 0)
            return;
        if (!problems.isEmpty())
            return done(problems.join(u'\n'));
        bundle.sort();
        done(bundle);
    }
};

} // namespace

void WorkspaceSnapshot::fetch(ApiClient &client, const QString &profileName, QObject *context, Handler done)
{
    auto state = std::make_shared<Gathering>();
    state->bundle.sourceProfile = profileName;
    state->done = std::move(done);
    client.listConnections().then(context, [state](const auto &r) { state->take(ResourceKind::Connection, r); });
    client.listDataModels().then(context, [state](const auto &r) { state->take(ResourceKind::DataModel, r); });
    client.listFieldTransformations().then(
        context, [state](const auto &r) { state->take(ResourceKind::FieldTransformation, r); });
    client.listPipelines().then(context, [state](const auto &r) { state->take(ResourceKind::Pipeline, r); });
}

} // namespace wsc
