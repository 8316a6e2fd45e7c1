#pragma once

#include <QString>

namespace wsc::sandbox {

// Fault injection, all off by default; set by options or the admin endpoint /_sandbox/faults.
struct FaultConfig {
    int latencyMs = 0;          // added before every API answer
    double errorRate = 0.0;     // share of API requests answered with 500, 502 or 503
    double rateLimitRate = 0.0; // share answered with 429 and Retry-After
    int retryAfterSeconds = 1;
    double dropRate = 0.0;            // share whose connection is closed without an answer
    double truncateRate = 0.0;        // share whose body is cut short
    bool failConnectionSaves = false; // POST/PUT of a connection answers 505
    int dropNextPosts = 0; // the next POSTs to the API are carried out, and their answers dropped
};

// Everything the sandbox can be told at start (wsconsole-sandbox --help documents each option).
struct SandboxConfig {
    quint16 port = 0;
    QString dataDir;
    QString workspaceId = QStringLiteral("1");
    QString clientId = QStringLiteral("sandbox");
    QString clientSecret = QStringLiteral("sandbox");
    QString audience = QStringLiteral("https://api.mparticle.com");
    QString principal; // created_by / last_modified_by; the client id when empty
    int tokenLifetimeSeconds = 28800;
    double timeScale = 1.0;
    bool demo = true;
    int maxActivePipelines = 5;
    int maxAttempts = 3;
    int runDurationSeconds = 3;     // emulated time a run spends "running"
    int retryBackoffSeconds = 5;    // emulated time between attempts
    int queryTimeLimitSeconds = 60; // a data model query running longer is stopped (real time)
    bool halfOpenWindows = false;   // `>= lo AND < hi` instead of the published inclusive BETWEEN
    bool referenceVariants = false; // answer in the published docs' variant shapes (ReferenceVariants)
    qint64 maxBodyBytes = 8 * 1024 * 1024;
    qint64 recordLimitOverride =
        0; // one record limit for every kind of run; 0 = the published limits (spec §14)
    int schedulerIntervalMs = 250; // real time between scheduler passes; 0 = only when asked
    int generatePipelines = 0;     // into an empty workspace, instead of the demo (benchmarks)
    int generateRuns = 0;
    FaultConfig faults;

    QString effectivePrincipal() const { return principal.isEmpty() ? clientId : principal; }
};

} // namespace wsc::sandbox
