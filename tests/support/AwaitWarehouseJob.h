#pragma once

// Test support: waits for a warehouse job's report, and fails the test run if it reports other than once or
// outlives its report.

#include "client/warehouse/WarehouseDriver.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTest>

#include <optional>

namespace wsc::test {

// What a job reported, checked to be exactly once.
struct Report {
    std::optional<WarehouseError> error;
    QueryResult result;
    WarehouseCatalog catalog;
    qint64 elapsedMs = 0;
};

// Records what a job reports from the moment it is created (a job reports from the event loop, so one
// watched later may be gone already).
class JobWatch {
public:
    explicit JobWatch(WarehouseJob *job)
        : m_job(job)
    {
        m_timer.start();
        QObject::connect(job, &WarehouseJob::finished, job, [this, job] {
            ++m_reports;
            m_report.error = job->error();
            m_report.result = job->result();
            m_report.catalog = job->catalog();
            m_report.elapsedMs = m_timer.elapsed();
        });
    }

    Report wait(int timeoutMs = 20000)
    {
        if (!QTest::qWaitFor([&] { return m_reports > 0; }, timeoutMs))
            qFatal("a warehouse job did not report within %d ms", timeoutMs);
        if (!QTest::qWaitFor([&] { return m_job.isNull(); }, 5000))
            qFatal("a warehouse job was still there after it reported");
        if (m_reports != 1)
            qFatal("a warehouse job reported %d times", m_reports);
        return m_report;
    }

private:
    QPointer<WarehouseJob> m_job;
    QElapsedTimer m_timer;
    Report m_report;
    int m_reports = 0;
};

inline Report await(WarehouseJob *job, int timeoutMs = 20000)
{
    return JobWatch(job).wait(timeoutMs);
}

} // namespace wsc::test
