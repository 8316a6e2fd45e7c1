#include "client/ApiEndpoints.h"

#include <QHostAddress>
#include <QUrlQuery>

namespace wsc {

using namespace Qt::StringLiterals;

ApiEndpoints::ApiEndpoints(QUrl apiRoot, QString workspaceId)
    : m_root(std::move(apiRoot))
    , m_workspaceId(std::move(workspaceId))
{}

QUrl ApiEndpoints::workspaceUrl(std::initializer_list<QString> segments) const
{
    QString path = m_root.path(QUrl::FullyEncoded);
    while (path.endsWith(u'/'))
        path.chop(1);
    path += u"/platform/v2/workspaces/" + QString::fromLatin1(QUrl::toPercentEncoding(m_workspaceId));
    for (const QString &segment : segments)
        path += u'/' + QString::fromLatin1(QUrl::toPercentEncoding(segment));
    QUrl url = m_root;
    url.setPath(path, QUrl::StrictMode);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QUrl ApiEndpoints::connections() const
{
    return workspaceUrl({u"connections"_s});
}

QUrl ApiEndpoints::connection(const QString &id) const
{
    return workspaceUrl({u"connections"_s, id});
}

QUrl ApiEndpoints::dataModels() const
{
    return workspaceUrl({u"data-models"_s});
}

QUrl ApiEndpoints::dataModel(const QString &id) const
{
    return workspaceUrl({u"data-models"_s, id});
}

QUrl ApiEndpoints::fieldTransformations() const
{
    return workspaceUrl({u"field-transformations"_s});
}

QUrl ApiEndpoints::fieldTransformation(const QString &id) const
{
    return workspaceUrl({u"field-transformations"_s, id});
}

QUrl ApiEndpoints::pipelines() const
{
    return workspaceUrl({u"inputs"_s, u"data-pipelines"_s});
}

QUrl ApiEndpoints::pipeline(const QString &id) const
{
    return workspaceUrl({u"inputs"_s, u"data-pipelines"_s, id});
}

QUrl ApiEndpoints::trigger() const
{
    return workspaceUrl({u"inputs"_s, u"data-pipelines"_s, u"trigger"_s});
}

QUrl ApiEndpoints::report(const QString &pipelineId) const
{
    return workspaceUrl({u"inputs"_s, u"data-pipelines"_s, pipelineId, u"report"_s});
}

QUrl ApiEndpoints::runs(const QString &pipelineId, const RunQuery &query) const
{
    QUrl url = workspaceUrl({u"inputs"_s, u"data-pipelines"_s, pipelineId, u"runs"_s});
    QUrlQuery q;
    q.addQueryItem(u"currentPage"_s, QString::number(std::max(1, query.page)));
    q.addQueryItem(u"pageSize"_s, QString::number(std::max(1, query.pageSize)));
    if (query.startDate.isValid())
        q.addQueryItem(u"startDate"_s, query.startDate.toWireSeconds());
    if (query.endDate.isValid())
        q.addQueryItem(u"endDate"_s, query.endDate.toWireSeconds());
    url.setQuery(q);
    return url;
}

QUrl ApiEndpoints::run(const QString &pipelineId, qint64 runId) const
{
    return workspaceUrl({u"inputs"_s, u"data-pipelines"_s, pipelineId, u"runs"_s, QString::number(runId)});
}

bool ApiEndpoints::isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool ApiEndpoints::isAllowedTransport(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https")
        return true;
    return scheme == u"http" && isLoopbackHost(url.host());
}

} // namespace wsc
