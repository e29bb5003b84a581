// SPDX-License-Identifier: GPL-3.0-or-later
#include "historysnapshotquery.h"

#include "historystorecodec.h"

#include "store/sqlitestatement.h"

#include <QHash>

#include <algorithm>
#include <limits>

namespace twin {

namespace {

bool failed(const QString &path, const QString &why, QString *error)
{
    if (error)
        *error = QStringLiteral("history %1: %2").arg(path, why);
    return false;
}

/// The newest value so far of one point while the query runs.
struct Newest
{
    qint64 ts = std::numeric_limits<qint64>::min();
    double number = 0.0;
    QString text;
    bool isText = false;
    bool found = false;

    /// Later or equal times win: equal ones arrived later (journal after chunks).
    void offer(qint64 at, double value)
    {
        if (found && at < ts)
            return;
        *this = Newest{at, value, QString(), false, true};
    }
    void offer(qint64 at, const QString &value)
    {
        if (found && at < ts)
            return;
        *this = Newest{at, 0.0, value, true, true};
    }
};

} // namespace

bool HistorySnapshotQuery::read(sqlite3 *db, const QString &path, bool hasTexts, qint64 atMs,
                                QList<HistoryPointValue> *out, QString *error)
{
    out->clear();
    SqliteStatement points;
    QString why;
    if (!points.prepare(db, "SELECT id, twin, name, dataType, unit FROM points ORDER BY id", &why))
        return failed(path, why, error);
    QList<HistoryPointValue> all;
    QHash<qint64, qsizetype> rowOf;
    SqliteStatement::Step step;
    while ((step = points.step()) == SqliteStatement::Step::Row) {
        rowOf.insert(points.columnInt(0), all.size());
        all.append(HistoryPointValue{points.columnText(1), points.columnText(2), points.columnText(3),
                                     points.columnText(4), HistoryValue()});
    }
    if (step != SqliteStatement::Step::Done)
        return failed(path, points.lastError(), error);
    std::vector<Newest> newest(std::size_t(all.size()));

    // Kind 0: the chunk starting last at or before the moment; kind 1: the newest text.
    const char *sql = hasTexts
        ? "SELECT p.id, 0, c.start, c.last, c.count, c.data FROM points p JOIN chunks c ON c.id ="
          " (SELECT id FROM chunks WHERE point = p.id AND start <= ?1 ORDER BY start DESC, id DESC LIMIT 1)"
          " UNION ALL"
          " SELECT p.id, 1, t.ts, t.ts, 1, t.value FROM points p JOIN texts t ON t.rowid ="
          " (SELECT rowid FROM texts WHERE point = p.id AND ts <= ?1 ORDER BY ts DESC, rowid DESC LIMIT 1)"
        : "SELECT p.id, 0, c.start, c.last, c.count, c.data FROM points p JOIN chunks c ON c.id ="
          " (SELECT id FROM chunks WHERE point = p.id AND start <= ?1 ORDER BY start DESC, id DESC LIMIT 1)";
    SqliteStatement rows;
    if (!rows.prepare(db, sql, &why))
        return failed(path, why, error);
    rows.bindInt(1, atMs);
    while ((step = rows.step()) == SqliteStatement::Step::Row) {
        const auto row = rowOf.constFind(rows.columnInt(0));
        if (row == rowOf.cend())
            continue;
        Newest &n = newest[std::size_t(*row)];
        if (rows.columnInt(1) == 1) {
            n.offer(rows.columnInt(2), rows.columnText(5));
            continue;
        }
        const QByteArray data = rows.columnBytes(5);
        TimedValue v;
        bool found = false;
        if (!historycodec::latestInChunk(data.constData(), std::size_t(data.size()), rows.columnInt(2),
                                         rows.columnInt(3), rows.columnInt(4), atMs, &v, &found))
            return failed(path, QStringLiteral("a chunk of point %1 is corrupt").arg(rows.columnInt(0)), error);
        if (found)
            n.offer(v.ts, v.value);
    }
    if (step != SqliteStatement::Step::Done)
        return failed(path, rows.lastError(), error);

    SqliteStatement journal;
    if (!journal.prepare(db, "SELECT id, count, data FROM journal WHERE minTs <= ?1 ORDER BY id", &why))
        return failed(path, why, error);
    journal.bindInt(1, atMs);
    std::vector<historycodec::JournalGroup> groups;
    while ((step = journal.step()) == SqliteStatement::Step::Row) {
        const QByteArray data = journal.columnBytes(2);
        qint64 total = 0;
        if (!historycodec::readJournal(data.constData(), std::size_t(data.size()), &groups, &total)
            || total != journal.columnInt(1))
            return failed(path, QStringLiteral("journal entry %1 is corrupt").arg(journal.columnInt(0)), error);
        for (const historycodec::JournalGroup &g : groups) {
            const auto row = rowOf.constFind(g.point);
            if (row == rowOf.cend())
                continue;
            Newest &n = newest[std::size_t(*row)];
            for (std::size_t i = 0; i < g.count; ++i) {
                const TimedValue v = g.at(i);
                if (v.ts <= atMs)
                    n.offer(v.ts, v.value);
            }
        }
    }
    if (step != SqliteStatement::Step::Done)
        return failed(path, journal.lastError(), error);

    for (qsizetype i = 0; i < all.size(); ++i) {
        const Newest &n = newest[std::size_t(i)];
        if (!n.found)
            continue;
        HistoryPointValue value = std::move(all[i]);
        value.value = HistoryValue{n.ts, n.number, n.text, n.isText};
        out->append(std::move(value));
    }
    return true;
}

bool HistorySnapshotQuery::span(sqlite3 *db, const QString &path, bool hasTexts, qint64 *fromMs, qint64 *toMs,
                                QString *error)
{
    *fromMs = *toMs = 0;
    const char *sql = hasTexts
        ? "SELECT min(a), max(b) FROM (SELECT min(start) AS a, max(last) AS b FROM chunks"
          " UNION ALL SELECT min(minTs), max(maxTs) FROM journal UNION ALL SELECT min(ts), max(ts) FROM texts)"
        : "SELECT min(a), max(b) FROM (SELECT min(start) AS a, max(last) AS b FROM chunks"
          " UNION ALL SELECT min(minTs), max(maxTs) FROM journal)";
    SqliteStatement stmt;
    QString why;
    if (!stmt.prepare(db, sql, &why))
        return failed(path, why, error);
    if (stmt.step() != SqliteStatement::Step::Row)
        return failed(path, stmt.lastError(), error);
    *fromMs = stmt.columnInt(0);
    *toMs = stmt.columnInt(1);
    return true;
}

} // namespace twin
