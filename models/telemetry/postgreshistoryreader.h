// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "historyqueries.h"
#include "postgresconnection.h"

#include <QList>
#include <QMutex>
#include <QString>

namespace twin {

/**
 * Reads a shared history on PostgreSQL (PostgresHistorySchema's layout): the same
 * queries, with the same results, as HistoryReader on an SQLite file (both keep one
 * sample per point and time).
 *
 * Thread-safe: queries take turns on one connection (opened on first need, opened again
 * after the server went away). Buckets are computed by the server.
 */
class PostgresHistoryReader : public HistoryQueries
{
public:
    explicit PostgresHistoryReader(const QString &url);
    PostgresHistoryReader(const PostgresHistoryReader &) = delete;
    PostgresHistoryReader &operator=(const PostgresHistoryReader &) = delete;

    QString url() const { return PostgresConnection::shownUrl(m_url); }
    QString location() const override { return url(); }

    /// See HistoryQueries::latest().
    bool latest(const QString &twinId, const QString &name, qint64 fromMs, qint64 toMs, int limit,
        QList<HistoryValue> *values, QString *dataType, bool *truncated, QString *error) const override;
    /// See HistoryQueries::range().
    bool range(const QString &twinId, const QString &name, qint64 fromMs, qint64 toMs,
        QList<HistorySample> *samples, int limit, QString *error) const override;
    /// See HistoryQueries::downsample(); every bucket is computed from the samples.
    bool downsample(const QString &twinId, const QString &name, qint64 fromMs, qint64 toMs,
        int buckets, QList<HistoryBucket> *result, QString *error) const override;
    /// Number of stored samples, texts included; -1 on failure.
    qint64 sampleCount(QString *error = nullptr) const override;
    /// See HistoryQueries::snapshot(); PostgresHistorySnapshotQuery.
    bool snapshot(qint64 atMs, QList<HistoryPointValue> *values, QString *error) const override;
    /// See HistoryQueries::span().
    bool span(qint64 *fromMs, qint64 *toMs, QString *error) const override;
    /// See HistoryQueries::series().
    bool series(const QString &twinId, QList<Series> *result, QString *error) const override;
    void close() override;

private:
    bool connection(QString *error) const;
    /// Runs \a work(point id as text) on the connection, under the lock, when the history
    /// knows (twin, name); *\a dataType receives the point's type.
    template<typename Work>
    bool withPoint(const QString &twinId, const QString &name, QString *dataType, QString *error,
        Work work) const;

    const QString m_url;
    mutable QMutex m_mutex;
    mutable PostgresConnection m_db;
};

} // namespace twin
