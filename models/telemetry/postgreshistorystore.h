// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "historystore.h"
#include "historywriter.h"
#include "postgresconnection.h"
#include "postgreshistoryschema.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <cstddef>

namespace twin {

struct PointInfo;

/**
 * The writer of a shared history on PostgreSQL (layout: PostgresHistorySchema), the
 * counterpart of HistoryStore's SQLite file for a recorder service and several desktops.
 *
 * Each batch is one transaction: the samples, sorted by (point, time), go through a binary
 * `COPY` straight into the partitioned samples table. When the (point, time) key already
 * holds one of them (a batch sent again after a reconnection or a crash), that COPY fails
 * as a whole and the batch goes through a temporary table and `INSERT ... ON CONFLICT DO
 * NOTHING` instead — so it is stored once; duplicates() counts what was skipped. Points
 * are registered once per connection.
 *
 * Belongs to one thread (the pipeline's). Reading is PostgresHistoryReader's.
 */
class PostgresHistoryStore : public HistoryWriter
{
public:
    PostgresHistoryStore() = default;
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
    /// Nothing is held back: each append is committed when it returns.
    bool flush(QString *) override { return true; }
    /// Deletes samples and texts older than \a beforeMs.
    bool applyRetention(qint64 beforeMs, qint64 *deleted, QString *error) override;
    /// Samples and texts that were already stored and were skipped.
    qint64 duplicates() const override { return m_duplicates; }

private:
    /// The points of \a rows whose database id is not known yet.
    template<typename Row> QSet<int> newPoints(const Row *rows, std::size_t count) const;
    /// Registers \a points (pipeline ids) and learns their database ids.
    bool resolve(const QSet<int> &points, InfoFunction info, const void *context, QString *error);
    /// One transaction: m_buffer through \a copySql into a staging table, then \a insertSql
    /// from there; what the key already held is counted as duplicates.
    bool storeStaged(const char *copySql, const char *insertSql, QString *error);
    bool createStaging(QString *error);
    /// Connected, with the staging tables (after a reconnection: made again).
    bool ready(QString *error);

    PostgresConnection m_db;
    QHash<int, qint64> m_ids; ///< pipeline point id -> twin_points.id
    QSet<qint64> m_days;
    PostgresHistorySchema::Storage m_storage = PostgresHistorySchema::Storage::DayPartitions;
    qint64 m_duplicates = 0;
    QByteArray m_buffer;
};

} // namespace twin
