// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "historystore.h"
#include "historywriter.h"
#include "postgresconnection.h"
#include "postgreshistoryschema.h"

#include "historystorecodec.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <cstddef>
#include <vector>

namespace twin {

class PostgresCopyBuffer;
struct PointInfo;

/**
 * The writer of a shared history on PostgreSQL (layout: PostgresHistorySchema), the
 * counterpart of HistoryStore's SQLite file for a recorder service and several desktops.
 *
 * Like the file, it keeps samples in per-point chunks, because PostgreSQL's cost is per
 * row and per index entry, not per sample. Each batch is one row of the journal (the
 * batch's points as an array, its times and values packed in one bytea, one binary
 * `COPY`), committed when append() returns, and is kept in memory per point. Every
 * CheckpointSamples samples or CheckpointRows batches, on flush() and a while after the
 * last batch (idle()), a merge writes the pending samples as sorted chunks with their
 * rollups and deletes the writer's journal rows, in one transaction. Merges are taken one at a time across writers and drop what the chunks
 * already hold for the same (point, time), and a time met twice in the pending samples:
 * a batch sent again after a reconnection, by this writer or another, is stored once;
 * duplicates() counts what was dropped.
 *
 * Each connection is a writer with an id of its own, held as an advisory lock: the journal
 * rows of a writer whose lock is free (it died, or this one lost its connection) are taken
 * over and merged by the next writer that connects. Readers read the chunks and every
 * journal row. Points are registered once per connection.
 *
 * Belongs to one thread (the pipeline's). Reading is PostgresHistoryReader's.
 */
class PostgresHistoryStore : public HistoryWriter
{
public:
    static constexpr qint64 CheckpointSamples = 1 << 18; ///< pending samples before a merge
    static constexpr int CheckpointRows = 512;           ///< batches before a merge
    static constexpr qint64 CheckpointAfterMs = 10000;   ///< idle merge after the first pending
    /// Samples per chunk at most.
    static constexpr int ChunkCapacity = 480;
    /// Bytes of samples (16 each) and rollups (36 each) per chunk at most: a chunk row then
    /// stays within toast_tuple_target.
    static constexpr int ChunkBytes = 7800;
    /// Samples per journal row at most, for the same reason.
    static constexpr std::size_t JournalRowSamples = 384;

    PostgresHistoryStore() = default;
    ~PostgresHistoryStore() override { close(); }
    PostgresHistoryStore(const PostgresHistoryStore &) = delete;
    PostgresHistoryStore &operator=(const PostgresHistoryStore &) = delete;

    /// Connects to \a url (postgresql://user@host:port/db) and creates the layout (a new
    /// one on \a preferred storage where the server allows).
    bool open(const QString &url, QString *error,
        PostgresHistorySchema::Storage preferred = PostgresHistorySchema::Storage::Hypertable);
    /// How the samples are kept: a TimescaleDB hypertable or day partitions.
    PostgresHistorySchema::Storage storage() const { return m_storage; }
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    QString url() const { return m_db.url(); }
    QString location() const override { return m_db.url(); }

    bool append(const HistorySample *samples, std::size_t count, InfoFunction info,
        const void *context, QString *error) override;
    bool appendTexts(const HistoryText *texts, std::size_t count, InfoFunction info,
        const void *context, QString *error) override;
    /// Merges the pending samples into chunks (each append is durable when it returns).
    bool flush(QString *error) override;
    bool loadSession(const QString &clientId, SessionMarks::Seen *seen, QString *error) override;
    bool newestTimes(InfoFunction info, const void *context, int count, std::vector<qint64> *newest,
                     QString *error) override;
    /// Merges when samples have been pending for CheckpointAfterMs.
    void idle() override;
    /// Deletes samples and texts older than \a beforeMs (merging first).
    bool applyRetention(qint64 beforeMs, qint64 *deleted, QString *error) override;
    /// Samples and texts that were already stored and were skipped.
    qint64 duplicates() const override { return m_duplicates; }

private:
    /// The points of \a rows whose database id is not known yet.
    template<typename Row> QSet<int> newPoints(const Row *rows, std::size_t count) const;
    /// Registers \a points (pipeline ids) and learns their database ids.
    bool resolve(const QSet<int> &points, InfoFunction info, const void *context, QString *error);
    /// Sets up a new connection: its staging tables and writer id; takes over orphaned
    /// journal rows (this writer's of a lost connection among them) and merges them.
    bool connected(QString *error);
    bool claimOrphans(QString *error);
    /// Forgets the points, days and pending samples of the connection.
    void forget();
    /// The index of the series of twin_points.id \a id, made on first use.
    int seriesOf(qint32 id);
    /// Connected (after a reconnection: set up again).
    bool ready(QString *error);
    /// One transaction: the pending samples, less what is stored already, into chunks; this
    /// writer's journal rows deleted.
    bool checkpoint(QString *error);
    /// Writes m_sessionMarks (twin_mqtt_sessions) in the open transaction and empties it.
    bool writeSessionMarks(QString *error);
    /// The chunk rows of one point's sorted samples, with their rollups, to m_buffer (COPY
    /// binary).
    void appendChunks(PostgresCopyBuffer &copy, qint32 id, const TimedValue *values, std::size_t n);

    PostgresConnection m_db;
    QHash<int, qint64> m_ids; ///< pipeline point id -> twin_points.id
    QSet<qint64> m_days;
    PostgresHistorySchema::Storage m_storage = PostgresHistorySchema::Storage::DayPartitions;
    qint64 m_duplicates = 0;
    QByteArray m_buffer;
    QByteArray m_writer; ///< this connection's writer id (twin_writers)
    /// One point's samples in this writer's journal, not merged yet, in arrival order.
    struct Series
    {
        qint32 id; ///< twin_points.id
        std::vector<TimedValue> pending;
    };
    std::vector<Series> m_series;
    QHash<qint32, int> m_seriesOfId;  ///< twin_points.id -> index in m_series
    std::vector<int> m_seriesOfPoint; ///< pipeline point id -> index in m_series, -1: none yet
    qint64 m_pendingSamples = 0;
    qint64 m_dropped = 0; ///< copies dropped from the pending samples, counted once merged
    int m_journalRows = 0;
    qint64 m_pendingSince = 0; ///< when the first pending sample came (ms), 0: none
};

} // namespace twin
