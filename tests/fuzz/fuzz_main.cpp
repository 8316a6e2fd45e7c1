// The libFuzzer entry point of one target (WSC_FUZZ_TARGET, an index into wsc::fuzz::Target).
#include "tests/fuzz/FuzzTargets.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    wsc::fuzz::run(wsc::fuzz::Target(WSC_FUZZ_TARGET),
                   QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    return 0;
}
