#pragma once

// Shared by the benchmarks: the median of repeated timings, and the figure lines scripts/bench reads.

#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace wsc::bench {

// Runs fn(i) `repeats` times and returns the median duration in milliseconds.
template <typename Fn>
double medianMs(int repeats, Fn fn)
{
    std::vector<double> samples;
    samples.reserve(std::size_t(repeats));
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        fn(i);
        samples.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

// One figure for scripts/bench, besides the text for people: "figure<TAB>name<TAB>value<TAB>unit".
inline void figure(const char *name, double value, const char *unit)
{
    std::printf("figure\t%s\t%.4f\t%s\n", name, value, unit);
    std::fflush(stdout);
}

} // namespace wsc::bench
