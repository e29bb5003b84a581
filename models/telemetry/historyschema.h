// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace twin {

class SqliteDatabase;

/**
 * The layout of a history file (`NAME.twinproj.history`), the layout version in
 * `PRAGMA user_version` (4):
 *
 * - `points(id, twin, name, dataType, unit)`: one row per stream.
 * - `chunks(id, point, start, last, count, data)`, indexed on (point, start): runs of up to
 *   HistoryStore::ChunkCapacity samples of one point spanning less than
 *   HistoryStore::ChunkSpanMs, the samples in a compact blob (historystorecodec.h).
 * - `journal(id, count, minTs, maxTs, data)`: batches not yet in chunks.
 * - `rollups(point, bucket, min, max, sum, count)`: per RollupMs bucket of what is in
 *   chunks, read by HistoryReader::downsample() for wide buckets.
 * - `texts(point, ts, value)`, indexed on (point, ts): text samples, one row each. The
 *   table came after layout 2 was first released; it is created on open and a reader
 *   treats a file without it as having no texts, so the layout version stays 2.
 * - `alerts(id, raised, twin, type, payload, function, severity, rule, state, ackBy,
 *   ackAt, comment, cleared)`, indexed on raised (layout 3): the alerts panel's alerts
 *   and their acknowledgements (AlertLog). A file of layout 2 gets the table and layout 3
 *   when a writer opens it.
 * - `mqttSessions(client, seq, seen)`, keyed by (client, seq) (layout 4): per MQTT client
 *   id of a recorder, the packet ids and digests of the QoS 1 messages of its last
 *   SessionMarks::KeptBatches batches, written with the batch (SessionMarks). A file of
 *   layout 3 gets the table and layout 4 when a writer opens it.
 *
 * Layout 1 kept one row per sample in `samples(point, ts, seq, value)`; the writer
 * converts such a file on open.
 */
class HistorySchema
{
public:
    static constexpr int LayoutVersion = 4;
    /// The oldest layout a reader reads as it is (layouts 3 and 4 only added tables).
    static constexpr int OldestReadableVersion = 2;
    static constexpr qint64 RollupMs = 10000;

    /// Checks the layout version of \a db (a newer one is refused) and creates what is
    /// missing. *\a oldLayout: the file is of layout 1 and needs converting (its version
    /// is set by the conversion).
    static bool create(SqliteDatabase &db, bool *oldLayout, QString *error);

    /// "PRAGMA user_version = <LayoutVersion>".
    static QByteArray versionPragma();

    /// The rollup bucket of \a ts (rounding down, also below zero).
    static qint64 rollupBucket(qint64 ts);
    /// Where \a bucket starts, clamped to the range of timestamps.
    static qint64 rollupStart(qint64 bucket);
};

} // namespace twin
