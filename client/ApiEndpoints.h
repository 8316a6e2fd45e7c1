#pragma once

#include "models/domain/Timestamp.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace wsc {

// Filters and paging of the runs list (spec §9.3).
struct RunQuery {
    int page = 1; // 1-based
    int pageSize = 50;
    Timestamp startDate; // inclusive bounds on logical_date; null = open
    Timestamp endDate;
};

// Builds the URL of every endpoint by joining percent-encoded path segments to the API root
// (`https://api.mparticle.com` → …/platform/v2/workspaces/{id}/…), never by gluing strings (spec §4.4, I-5).
class ApiEndpoints {
public:
    ApiEndpoints() = default;
    ApiEndpoints(QUrl apiRoot, QString workspaceId);

    const QUrl &apiRoot() const { return m_root; }
    const QString &workspaceId() const { return m_workspaceId; }

    QUrl connections() const;
    QUrl connection(const QString &id) const;
    QUrl dataModels() const;
    QUrl dataModel(const QString &id) const;
    QUrl fieldTransformations() const;
    QUrl fieldTransformation(const QString &id) const;
    QUrl pipelines() const;
    QUrl pipeline(const QString &id) const;
    QUrl trigger() const;
    QUrl report(const QString &pipelineId) const;
    QUrl runs(const QString &pipelineId, const RunQuery &query) const;
    QUrl run(const QString &pipelineId, qint64 runId) const;

    // Plain http is allowed only to loopback hosts (the local sandbox); secrets never travel in clear text.
    static bool isAllowedTransport(const QUrl &url);
    static bool isLoopbackHost(const QString &host);

private:
    QUrl workspaceUrl(std::initializer_list<QString> segments) const;

    QUrl m_root;
    QString m_workspaceId;
};

} // namespace wsc
