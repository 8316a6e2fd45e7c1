#pragma once

// Test support: waits for one ApiCall's result, and fails the test run if it reports other than once.

#include "client/ApiCall.h"

#include <QElapsedTimer>
#include <QTest>

#include <optional>

namespace wsc::test {

template <typename T>
ApiResult<T> await(const ApiCall<T> &call, int timeoutMs = 30000)
{
    std::optional<ApiResult<T>> result;
    int reports = 0;
    QObject context;
    call.then(&context, [&](const ApiResult<T> &r) {
        ++reports;
        result.emplace(r);
    });
    QElapsedTimer timer;
    timer.start();
    while (!result && timer.elapsed() < timeoutMs)
        QTest::qWait(5);
    if (!result)
        qFatal("a call did not report within %d ms", timeoutMs);
    QTest::qWait(20); // a second report would arrive now
    if (reports != 1)
        qFatal("a call reported %d times", reports);
    return *result;
}

} // namespace wsc::test
