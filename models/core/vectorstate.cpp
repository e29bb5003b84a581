// SPDX-License-Identifier: GPL-3.0-or-later
#include "vectorstate.h"

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#endif

namespace twin {

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))

namespace {

/// vzeroupper is an AVX instruction; without AVX there is no upper half to clear. A
/// function-local static: qHash runs from other libraries' static constructors, before
/// this file's globals would be initialised.
bool hasAvx() noexcept
{
    static const bool avx = [] {
        __builtin_cpu_init(); // may run before libgcc's own constructor
        return __builtin_cpu_supports("avx") != 0;
    }();
    return avx;
}

__attribute__((target("avx"))) void zeroUpper() noexcept
{
    _mm256_zeroupper();
}

} // namespace

void clearUpperVectorState() noexcept
{
    if (hasAvx())
        zeroUpper();
}

#else

void clearUpperVectorState() noexcept
{
}

#endif

} // namespace twin
