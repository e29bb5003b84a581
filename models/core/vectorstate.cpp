// SPDX-License-Identifier: GPL-3.0-or-later
#include "vectorstate.h"

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#endif

namespace twin {

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))

namespace {

/// vzeroupper is an AVX instruction; without AVX there is no upper half to clear.
const bool hasAvx = [] {
    __builtin_cpu_init(); // may run before libgcc's own constructor
    return __builtin_cpu_supports("avx") != 0;
}();

__attribute__((target("avx"))) void zeroUpper() noexcept
{
    _mm256_zeroupper();
}

} // namespace

void clearUpperVectorState() noexcept
{
    if (hasAvx)
        zeroUpper();
}

#else

void clearUpperVectorState() noexcept
{
}

#endif

} // namespace twin
