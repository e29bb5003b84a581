// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sessionmarks.h"

#include <QString>

#include <algorithm>
#include <cstddef>
#include <limits>
#include <memory>
#include <utility>
#include <vector>

namespace twin {

struct HistorySample;
struct HistoryText;
struct PointInfo;

/**
 * Where the pipeline's history thread writes: an SQLite file beside the project
 * (HistoryStore) or a shared PostgreSQL database (PostgresHistoryStore), chosen by the
 * history location (a path, or a `postgresql://` URL). Belongs to one thread.
 */
class HistoryWriter
{
public:
    /// A point's identity, the first time it is written.
    using InfoFunction = const PointInfo &(*)(const void *context, int point);

    virtual ~HistoryWriter() = default;

    /// Opens the history at \a location: a PostgreSQL URL or a file path.
    static std::unique_ptr<HistoryWriter> open(const QString &location, QString *error);

    /// The file's path, or the URL without a password: for messages.
    virtual QString location() const = 0;
    /// Appends \a count samples in one transaction.
    virtual bool append(const HistorySample *samples, std::size_t count, InfoFunction info,
        const void *context, QString *error)
        = 0;
    /// Appends \a count text samples in one transaction.
    virtual bool appendTexts(const HistoryText *texts, std::size_t count, InfoFunction info,
        const void *context, QString *error)
        = 0;
    /// Makes everything appended durable where the writer holds some back.
    virtual bool flush(QString *error) = 0;
    /// Deletes samples older than \a beforeMs; *deleted receives how many.
    virtual bool applyRetention(qint64 beforeMs, qint64 *deleted, QString *error) = 0;
    /// Called by the history thread when no batch came for a while (a few times a second):
    /// time for work that waits for the history, such as handing over a spool.
    virtual void idle() {}
    /// Samples that were already stored and were skipped (a batch delivered twice).
    virtual qint64 duplicates() const { return 0; }

    /// The newest time stored of each point below \a count, in \a newest, where it is not
    /// in the past (std::numeric_limits<qint64>::min() otherwise, or for none): a reading
    /// stamped with its receive time must come after it.
    virtual bool newestTimes(InfoFunction info, const void *context, int count, std::vector<qint64> *newest,
                             QString *error)
    {
        Q_UNUSED(info);
        Q_UNUSED(context);
        Q_UNUSED(error);
        newest->assign(std::size_t(std::max(count, 0)), std::numeric_limits<qint64>::min());
        return true;
    }

    /// The marks of kept MQTT sessions (SessionMarks) that the next append() stores in its
    /// transaction, with its samples, even none.
    void setSessionMarks(std::vector<SessionMarks> marks) { m_sessionMarks = std::move(marks); }
    /// Appends to \a seen the (packet id, digest) pairs kept for \a clientId, oldest first.
    virtual bool loadSession(const QString &clientId, SessionMarks::Seen *seen, QString *error)
    {
        Q_UNUSED(clientId);
        Q_UNUSED(seen);
        Q_UNUSED(error);
        return true;
    }

protected:
    std::vector<SessionMarks> m_sessionMarks;
};

} // namespace twin
