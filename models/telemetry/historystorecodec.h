// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <cstddef>
#include <string>
#include <vector>

namespace twin {

/// One value of one point at one time, as the history file keeps it.
struct TimedValue
{
    qint64 ts = 0;
    double value = 0.0;
};

/**
 * The two blob formats of the history file (HistoryStore), both little-endian.
 *
 * A *chunk* holds samples of one point sorted by time: a format byte, the count as a
 * varint, then per sample the distance in ms from the previous sample as a varint (none
 * for the first, which sits at the row's `start`) and the value as an 8-byte IEEE 754
 * double. Decoding checks the blob against its row (start, last, count) and its own
 * length, so a damaged blob is reported instead of read past its end.
 *
 * A *journal* entry holds one batch grouped by point, each group in arrival order: a
 * format byte, then per group the point (8 bytes), the count (4 bytes) and count pairs of
 * (timestamp, value), 8 bytes each. It is written once per batch and read back only by
 * queries of data not yet in chunks and on recovery, so it favours writing speed.
 */
namespace historycodec {

constexpr unsigned char ChunkFormat = 1;
constexpr unsigned char JournalFormat = 1;

/// Appends the chunk blob of \a n samples (n >= 1, sorted by ts) to \a out.
void encodeChunk(const TimedValue *values, std::size_t n, std::string *out);

/// Decodes a chunk blob of a row (start, last, count), appending its samples in
/// [fromMs, toMs) to \a out. False when the blob does not match its row or is malformed.
bool decodeChunk(const char *data, std::size_t size, qint64 start, qint64 last, qint64 count, qint64 fromMs,
                 qint64 toMs, std::vector<TimedValue> *out);

/// The newest sample at or before \a atMs of a chunk blob of a row (start, last, count),
/// reading no further than that sample; *\a found is false when every sample is later.
/// False when the blob is malformed as far as it was read.
bool latestInChunk(const char *data, std::size_t size, qint64 start, qint64 last, qint64 count, qint64 atMs,
                   TimedValue *out, bool *found);

/// Starts a journal blob in \a out (cleared first).
void beginJournal(std::string *out);
/// Appends one point's group of \a n samples to a journal blob.
void appendJournalGroup(qint64 point, const TimedValue *values, std::size_t n, std::string *out);

/// One group of a journal blob, pointing into the blob.
struct JournalGroup
{
    qint64 point = 0;
    const char *data = nullptr;
    std::size_t count = 0;

    TimedValue at(std::size_t i) const;
};

/// Splits a journal blob into its groups. False when malformed; \a total receives the
/// number of samples.
bool readJournal(const char *data, std::size_t size, std::vector<JournalGroup> *groups, qint64 *total);

} // namespace historycodec

} // namespace twin
