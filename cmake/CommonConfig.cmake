# One INTERFACE target carries the compile options every target of ours shares.
add_library(wsc_build_options INTERFACE)
add_library(wsc::build_options ALIAS wsc_build_options)

target_compile_features(wsc_build_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(wsc_build_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    # Keeps source paths out of release binaries' logs while still naming the category.
    $<$<CONFIG:Release>:QT_NO_DEBUG_OUTPUT>
    # Debug builds check what the standard library can: an empty optional dereferenced, an index out of
    # range. Tests then fail where a Release build would read garbage.
    $<$<CONFIG:Debug>:_GLIBCXX_ASSERTIONS>)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(wsc_build_options INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor -Woverloaded-virtual
        -Wcast-align -Wnull-dereference -Wimplicit-fallthrough)
    if(WSC_WERROR)
        target_compile_options(wsc_build_options INTERFACE -Werror)
        # GCC 12's -Wnull-dereference fires on a QPointer/shared_ptr checked just before its use once the
        # optimizer inlines them (a known false positive); the unoptimized CI pass still fails on it.
        if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
            target_compile_options(wsc_build_options INTERFACE
                $<$<NOT:$<CONFIG:Debug>>:-Wno-error=null-dereference>)
        endif()
    endif()
endif()

# AddressSanitizer and UndefinedBehaviorSanitizer for every target of ours (scripts/test --sanitize).
if(WSC_SANITIZE)
    set(wsc_sanitizers -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_compile_options(wsc_build_options INTERFACE ${wsc_sanitizers})
    target_link_options(wsc_build_options INTERFACE ${wsc_sanitizers})
endif()

# Coverage for libFuzzer, with ASan + UBSan, for the fuzz targets (scripts/fuzz; clang only).
if(WSC_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "WSC_FUZZ needs clang (CXX=clang++): libFuzzer is part of clang")
    endif()
    set(wsc_fuzz_flags -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
                       -fno-omit-frame-pointer)
    target_compile_options(wsc_build_options INTERFACE ${wsc_fuzz_flags})
    target_link_options(wsc_build_options INTERFACE -fsanitize=address,undefined)
endif()

# Every include is path-qualified from the repository root: #include "models/domain/Pipeline.h".
target_include_directories(wsc_build_options INTERFACE "${PROJECT_SOURCE_DIR}")
