#pragma once

// Test support: waits for one ApiCall's result, and fails the test run if it reports other than once.

#include "client/ApiCall.h"

#include <QPointer>
#include <QTest>

#include <optional>

namespace wsc::test {

template <typename T>
ApiResult<T> await(const ApiCall<T> &call, int timeoutMs = 30000)
{
    std::optional<ApiResult<T>> result;
    int reports = 0;
    QObject context;
    const QPointer<ApiReply> reply = call.reply();
    call.then(&context, [&](const ApiResult<T> &r) {
        ++reports;
        result.emplace(r);
    });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs))
        qFatal("a call did not report within %d ms", timeoutMs);
    // A second report could only come from the reply, or from what was queued to the context before
    // this: once the reply is gone (it deletes itself after reporting) and an event queued now has
    // arrived, nothing more can.
    bool drained = false;
    QMetaObject::invokeMethod(
        &context, [&drained] { drained = true; }, Qt::QueuedConnection);
    if (!QTest::qWaitFor([&] { return reply.isNull() && drained; }, timeoutMs))
        qFatal("a call's reply was still there %d ms after it reported", timeoutMs);
    if (reports != 1)
        qFatal("a call reported %d times", reports);
    return *result;
}

} // namespace wsc::test
