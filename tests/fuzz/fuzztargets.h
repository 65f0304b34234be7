#pragma once

#include <cstddef>
#include <cstdint>

// Each fuzz target file defines LLVMFuzzerTestOneInput. Built two ways:
//  - with clang and -fsanitize=fuzzer (preset `fuzz`, `tools/dev fuzz [SECONDS]`), to search;
//  - as a plain replay program in every build (replaymain.cpp), which ctest runs over the seed
//    corpus and every input that once crashed (tests/fuzz/regressions/<target>/).
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
