// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "historywriter.h"

#include <QFile>
#include <QString>

#include <atomic>
#include <memory>

namespace twin {

/**
 * A HistoryWriter that keeps what its history cannot take right now (a database that is
 * away, restarting or refusing) in a file on disk, and hands it over once the history
 * takes batches again — oldest first, before anything newer. The file survives the
 * process: a recorder restarted after a crash drains what the previous run spooled.
 *
 * Records name their point by twin and name (pipeline point ids are not stable across
 * runs), and they are written again to a writer of their own, opened on the same location.
 * The spool is bounded: once it holds \a maxBytes, further samples are dropped and counted
 * (dropped()), never the process's memory.
 */
class HistorySpool : public HistoryWriter
{
public:
    /// Spools for \a inner (opened on \a location) into \a spoolPath.
    HistorySpool(std::unique_ptr<HistoryWriter> inner, const QString &location,
        const QString &spoolPath, qint64 maxBytes);
    ~HistorySpool() override;

    QString location() const override { return m_inner->location(); }
    bool append(const HistorySample *samples, std::size_t count, InfoFunction info,
        const void *context, QString *error) override;
    bool appendTexts(const HistoryText *texts, std::size_t count, InfoFunction info,
        const void *context, QString *error) override;
    bool flush(QString *error) override;
    bool loadSession(const QString &clientId, SessionMarks::Seen *seen, QString *error) override;
    bool newestTimes(InfoFunction info, const void *context, int count, std::vector<qint64> *newest,
                     QString *error) override
    {
        return m_inner->newestTimes(info, context, count, newest, error);
    }
    bool applyRetention(qint64 beforeMs, qint64 *deleted, QString *error) override;
    /// Hands the spool over when a retry is due.
    void idle() override;
    qint64 duplicates() const override { return m_inner->duplicates() + m_drainDuplicates; }

    /// Bytes waiting in the spool file (any thread).
    qint64 spoolBytes() const { return m_size.load(std::memory_order_relaxed); }
    /// Samples written to the spool so far, and handed over from it.
    qint64 spooled() const { return m_spooled; }
    qint64 drained() const { return m_drained; }
    /// Samples lost because the spool was full.
    qint64 dropped() const { return m_dropped; }
    /// Hands what is spooled over now; false (with the reason) when the history still refuses.
    bool drain(QString *error);

private:
    template<typename Row>
    bool write(
        const Row *rows, std::size_t count, InfoFunction info, const void *context, QString *error);
    /// Appends \a marks after the batch just spooled.
    bool spoolMarks(const std::vector<SessionMarks> &marks);
    template<typename Row>
    bool spool(const Row *rows, std::size_t count, InfoFunction info, const void *context);

    std::unique_ptr<HistoryWriter> m_inner;
    QString m_location;
    QFile m_file;
    qint64 m_maxBytes;
    qint64 m_spooled = 0;
    qint64 m_drained = 0;
    qint64 m_dropped = 0;
    qint64 m_drainDuplicates = 0;
    qint64 m_nextDrainMs = 0;
    std::atomic<qint64> m_size { 0 };
    bool m_warned = false;
};

} // namespace twin
