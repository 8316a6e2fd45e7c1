#include "client/ApiEndpoints.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrlQuery>

namespace wsc {

using namespace Qt::StringLiterals;

ApiEndpoints::ApiEndpoints(QUrl apiRoot, QString workspaceId)
    : m_root(std::move(apiRoot))
    , m_workspaceId(std::move(workspaceId))
{}

namespace {

bool isDotSegment(QStringView segment)
{
    return segment == u"." || segment == u"..";
}

} // namespace

bool ApiEndpoints::isValidResourceId(QStringView id)
{
    if (id.isEmpty())
        return false;
    for (QChar c : id) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
                        u == u'_' || u == u'-';
        if (!ok)
            return false;
    }
    return true;
}

bool ApiEndpoints::isValidRunId(QStringView id)
{
    if (id.trimmed().isEmpty() || isDotSegment(id))
        return false;
    // Percent-encoding keeps any character inside its segment, but a proxy that decodes %2F would not:
    // slashes, backslashes, spaces and control characters are refused.
    return std::none_of(id.begin(), id.end(), [](QChar c) {
        return c == u'/' || c == u'\\' || c.isSpace() || c.category() == QChar::Other_Control;
    });
}

QString ApiEndpoints::idProblem(QStringView id)
{
    if (id.isEmpty())
        return QCoreApplication::translate("wsc::ApiEndpoints", "The id is empty.");
    if (isValidResourceId(id))
        return {};
    return QCoreApplication::translate("wsc::ApiEndpoints",
                                       "\"%1\" is not a valid id: ids are letters, digits, _ and -.")
        .arg(id.left(80));
}

QUrl ApiEndpoints::workspaceUrl(std::initializer_list<QString> segments) const
{
    if (m_workspaceId.trimmed().isEmpty() || isDotSegment(m_workspaceId) || m_workspaceId.contains(u'/'))
        return {};
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
    return isValidResourceId(id) ? workspaceUrl({u"connections"_s, id}) : QUrl();
}

QUrl ApiEndpoints::dataModels() const
{
    return workspaceUrl({u"data-models"_s});
}

QUrl ApiEndpoints::dataModel(const QString &id) const
{
    return isValidResourceId(id) ? workspaceUrl({u"data-models"_s, id}) : QUrl();
}

QUrl ApiEndpoints::fieldTransformations() const
{
    return workspaceUrl({u"field-transformations"_s});
}

QUrl ApiEndpoints::fieldTransformation(const QString &id) const
{
    return isValidResourceId(id) ? workspaceUrl({u"field-transformations"_s, id}) : QUrl();
}

QUrl ApiEndpoints::pipelines() const
{
    return workspaceUrl({u"inputs"_s, u"data-pipelines"_s});
}

QUrl ApiEndpoints::pipeline(const QString &id) const
{
    return isValidResourceId(id) ? workspaceUrl({u"inputs"_s, u"data-pipelines"_s, id}) : QUrl();
}

QUrl ApiEndpoints::trigger() const
{
    return workspaceUrl({u"inputs"_s, u"data-pipelines"_s, u"trigger"_s});
}

QUrl ApiEndpoints::report(const QString &pipelineId) const
{
    if (!isValidResourceId(pipelineId))
        return {};
    return workspaceUrl({u"inputs"_s, u"data-pipelines"_s, pipelineId, u"report"_s});
}

QUrl ApiEndpoints::runs(const QString &pipelineId, const RunQuery &query) const
{
    if (!isValidResourceId(pipelineId))
        return {};
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

QUrl ApiEndpoints::run(const QString &pipelineId, const QString &runId) const
{
    if (!isValidResourceId(pipelineId) || !isValidRunId(runId))
        return {};
    return workspaceUrl({u"inputs"_s, u"data-pipelines"_s, pipelineId, u"runs"_s, runId});
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
