// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "historyreader.h"

struct sqlite3;

namespace twin {

/**
 * The queries behind HistoryReader::snapshot() and HistoryReader::span(), run on a
 * connection the reader holds inside one read transaction.
 *
 * A snapshot is one indexed SQL query over every point: per point, the chunk that starts
 * last at or before the moment (a seek in the (point, start) index) and the newest text at
 * or before it (a seek in (point, ts)); only that chunk's blob is decoded, and only up to
 * the moment. Batches still in the journal are folded in afterwards (they arrived after
 * every chunk). Chunks that overlap in time (out-of-order arrivals) are read by the one
 * that starts last.
 */
class HistorySnapshotQuery
{
public:
    /// The newest value at or before \a atMs of every point that has one, by point id.
    static bool read(sqlite3 *db, const QString &path, bool hasTexts, qint64 atMs, QList<HistoryPointValue> *out,
                     QString *error);
    /// The first and last sample time of the file; both 0 when it is empty.
    static bool span(sqlite3 *db, const QString &path, bool hasTexts, qint64 *fromMs, qint64 *toMs, QString *error);
};

} // namespace twin
