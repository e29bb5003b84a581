// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "historyqueries.h"

namespace twin {

class PostgresConnection;

/**
 * The queries behind PostgresHistoryReader::snapshot() and span(), run on the reader's
 * connection: per point, the newest sample and the newest text at or before the moment
 * (one seek each in the (point, time) key), and the first and last time of every point.
 * Both are bounded by the number of points, not by the number of samples.
 */
class PostgresHistorySnapshotQuery
{
public:
    /// The newest value at or before \a atMs of every point that has one, by point id;
    /// at equal times a text wins over a number, as in a file.
    static bool read(PostgresConnection &db, qint64 atMs, QList<HistoryPointValue> *out, QString *error);
    /// The first and last sample or text time; both 0 when the history is empty.
    static bool span(PostgresConnection &db, qint64 *fromMs, qint64 *toMs, QString *error);
};

} // namespace twin
