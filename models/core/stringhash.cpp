// SPDX-License-Identifier: GPL-3.0-or-later
//
// qHash(QStringView, size_t), the hash of every QHash and QSet keyed by QString, as Qt's
// own with the upper halves of the vector registers cleared after it.
//
// Qt 6.4's qHash(QStringView) hashes with 256-bit AES instructions and returns with the
// upper halves of the YMM registers in use (no vzeroupper). The next legacy-SSE
// instruction pays for that: Qt's string comparison (compareStrings, SSE2), which every
// QHash lookup runs next, costs ~60 ns instead of ~5 on the machines this was measured on,
// so a QHash<QString, T> lookup took ~140 ns instead of ~13 (twin_bench, BM_HashThenCompare). QJSEngine
// hashes strings the same way. This definition in the executable takes the place of Qt's
// for the whole process (it is exported: calls from Qt's own libraries resolve to it), calls
// Qt's, and clears the upper halves before it returns: the same hash values, without the
// penalty. models/core/CMakeLists.txt links it into every executable on x86-64 Linux.
#if defined(__x86_64__) && defined(__linux__)

#include "core/vectorstate.h"

#include <QHashFunctions>
#include <QStringView>

#include <dlfcn.h>

#include <cstdio>
#include <cstdlib>

namespace {

using StringHash = size_t (*)(QStringView, size_t) noexcept;

/// Qt's definition: the next one after this executable's in the lookup order.
StringHash qtStringHash()
{
    static const StringHash next = [] {
        const auto f = reinterpret_cast<StringHash>(dlsym(RTLD_NEXT, "_Z5qHash11QStringViewm"));
        if (!f) {
            std::fprintf(stderr, "qHash(QStringView) of QtCore not found: %s\n", dlerror());
            std::abort();
        }
        return f;
    }();
    return next;
}

} // namespace

size_t qHash(QStringView key, size_t seed) noexcept
{
    const size_t hash = qtStringHash()(key, seed);
    twin::clearUpperVectorState();
    return hash;
}

#endif
