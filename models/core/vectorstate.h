// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace twin {

/**
 * Clears the upper halves of the YMM vector registers of the calling thread (vzeroupper),
 * where the processor has AVX; does nothing elsewhere.
 *
 * Why: Qt 6.4's string hash (qHash(QStringView), see stringhash.cpp) returns with them in
 * use, and QtCore calls it internally where stringhash.cpp cannot step in. The state then
 * stays until something clears it (the AVX-512 string functions glibc picks on such
 * processors never do), and every legacy-SSE instruction after it pays a transition:
 * ~60 ns for each string comparison in QtCore and for each call frame QJSEngine sets up.
 * Loops that run per message call this at the top of each item (about a nanosecond).
 */
void clearUpperVectorState() noexcept;

} // namespace twin
