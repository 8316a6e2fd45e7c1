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
// An id that cannot be a resource id gives an invalid QUrl, which ApiClient refuses before sending: `..`
// would otherwise delete the workspace's collection or its parent, an empty id would hit the collection.
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
    QUrl run(const QString &pipelineId, const QString &runId) const;

    // Connections, data models, field transformations and pipelines: "Unique identifier in slug format.
    // Valid characters include numbers, letters, _, and -" (the v2 reference, every resource table). No
    // length limit is published, so none is applied.
    static bool isValidResourceId(QStringView id);
    // Run ids are typed "string" by the reference (its examples send numbers): printable text without
    // slashes or spaces, not a dot segment, percent-encoded as one segment.
    static bool isValidRunId(QStringView id);
    // Why `id` cannot be used, for a message; empty when it can.
    static QString idProblem(QStringView id);

    // Plain http is allowed only to loopback hosts (the local sandbox); secrets never travel in clear text.
    static bool isAllowedTransport(const QUrl &url);
    static bool isLoopbackHost(const QString &host);

private:
    QUrl workspaceUrl(std::initializer_list<QString> segments) const;

    QUrl m_root;
    QString m_workspaceId;
};

} // namespace wsc
