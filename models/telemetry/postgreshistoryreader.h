// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "historyreader.h"
#include "postgresconnection.h"

#include <QList>
#include <QMutex>
#include <QString>

namespace twin {

/**
 * Reads a shared history on PostgreSQL (PostgresHistorySchema's layout): the same
 * queries, with the same results, as HistoryReader on an SQLite file — except that the
 * (point, time) key keeps one sample per point and millisecond where a file keeps every
 * one.
 *
 * Thread-safe: queries take turns on one connection (opened on first need, opened again
 * after the server went away). Buckets are computed by the server.
 */
class PostgresHistoryReader
{
public:
    explicit PostgresHistoryReader(const QString &url);
    PostgresHistoryReader(const PostgresHistoryReader &) = delete;
    PostgresHistoryReader &operator=(const PostgresHistoryReader &) = delete;

    QString url() const { return PostgresConnection::shownUrl(m_url); }

    /// See HistoryReader::latest().
    bool latest(const QString &twinId, const QString &name, qint64 fromMs, qint64 toMs, int limit,
        QList<HistoryValue> *values, QString *dataType, bool *truncated, QString *error) const;
    /// See HistoryReader::range().
    bool range(const QString &twinId, const QString &name, qint64 fromMs, qint64 toMs,
        QList<HistorySample> *samples, int limit, QString *error) const;
    /// See HistoryReader::downsample(); every bucket is computed from the samples.
    bool downsample(const QString &twinId, const QString &name, qint64 fromMs, qint64 toMs,
        int buckets, QList<HistoryBucket> *result, QString *error) const;
    /// Number of stored samples, texts included; -1 on failure.
    qint64 sampleCount(QString *error = nullptr) const;
    /// See HistoryReader::series().
    bool series(const QString &twinId, QList<HistoryReader::Series> *result, QString *error) const;
    void close();

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
