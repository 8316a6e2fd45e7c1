#pragma once

#include <QtGlobal>

namespace wsc {

// The published limits of Warehouse Sync (spec §14) that the console tells users about: one home, so that
// every message quotes the same figure.
namespace ServiceLimits {
// Records a run started on demand (the trigger API) may read; a larger count fails the run and faults
// the pipeline.
inline constexpr qint64 kOnDemandRecords = 24'000'000;
} // namespace ServiceLimits

} // namespace wsc
