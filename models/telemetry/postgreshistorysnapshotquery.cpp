// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgreshistorysnapshotquery.h"

#include "postgresconnection.h"
#include "postgreshistoryschema.h"

namespace twin {

bool PostgresHistorySnapshotQuery::read(PostgresConnection &db, qint64 atMs, QList<HistoryPointValue> *out,
                                        QString *error)
{
    out->clear();
    PostgresConnection::Result rows;
    // Per point, the newest sample at or before $1 is in the chunk that starts last by
    // then or in one that starts less than a chunk's span ($2) before it, or in the journal.
    // A journal sample's value is unpacked for the newest of each point only.
    if (!db.query("WITH jt AS (SELECT DISTINCT ON (x.p) x.p, x.t, x.id, x.i FROM ("
                  "  SELECT u.p, twin_sample_ts(jj.samples, u.i) AS t, jj.id, u.i FROM twin_journal jj,"
                  "  unnest(jj.point_id) WITH ORDINALITY u(p, i) WHERE jj.lo <= $1::bigint) x"
                  "  WHERE x.t <= $1::bigint ORDER BY x.p, x.t DESC),"
                  " j AS (SELECT jt.p, jt.t, twin_sample_value(jj.samples, jt.i) AS v"
                  "  FROM jt JOIN twin_journal jj ON jj.id = jt.id)"
                  " SELECT p.twin_id, p.name, p.data_type, p.unit, s.ts, s.value, t.ts, t.text"
                  " FROM twin_points p"
                  " LEFT JOIN LATERAL (SELECT x.ts, x.value FROM ("
                  "  SELECT u.ts, u.value, 0 AS o FROM twin_chunks c, unnest(c.ts, c.value) u(ts, value)"
                  "   WHERE c.point_id = p.id AND c.start <= $1::bigint AND c.start > (SELECT max(start)"
                  "   FROM twin_chunks WHERE point_id = p.id AND start <= $1::bigint) - $2::bigint"
                  "   AND u.ts <= $1::bigint"
                  "  UNION ALL SELECT j.t, j.v, 1 FROM j WHERE j.p = p.id) x"
                  "  ORDER BY x.ts DESC, x.o LIMIT 1) s ON true"
                  " LEFT JOIN LATERAL (SELECT ts, text FROM twin_texts WHERE point_id = p.id AND ts <= $1"
                  "  ORDER BY ts DESC LIMIT 1) t ON true"
                  " WHERE s.ts IS NOT NULL OR t.ts IS NOT NULL ORDER BY p.id",
                  {QByteArray::number(atMs), QByteArray::number(PostgresHistorySchema::ChunkSpanMs)}, &rows, error))
        return false;
    out->reserve(rows.rows());
    for (int i = 0; i < rows.rows(); ++i) {
        HistoryValue value;
        const bool text = !rows.isNull(i, 6) && (rows.isNull(i, 4) || rows.toInt(i, 6) >= rows.toInt(i, 4));
        if (text)
            value = HistoryValue{rows.toInt(i, 6), 0.0, rows.text(i, 7), true};
        else
            value = HistoryValue{rows.toInt(i, 4), rows.toDouble(i, 5), QString(), false};
        out->append(HistoryPointValue{rows.text(i, 0), rows.text(i, 1), rows.text(i, 2), rows.text(i, 3), value});
    }
    return true;
}

bool PostgresHistorySnapshotQuery::span(PostgresConnection &db, qint64 *fromMs, qint64 *toMs, QString *error)
{
    *fromMs = *toMs = 0;
    // min() and max() per point are one seek each in the chunks' indexes.
    PostgresConnection::Result row;
    if (!db.query("SELECT min(a), max(b) FROM (SELECT x.a, x.b FROM twin_points p, LATERAL ("
                  " SELECT (SELECT min(start) FROM twin_chunks WHERE point_id = p.id),"
                  "  (SELECT max(last) FROM twin_chunks WHERE point_id = p.id)"
                  " UNION ALL SELECT (SELECT min(ts) FROM twin_texts WHERE point_id = p.id),"
                  "  (SELECT max(ts) FROM twin_texts WHERE point_id = p.id)) AS x(a, b)"
                  " UNION ALL SELECT min(lo), max(hi) FROM twin_journal) y",
                  {}, &row, error))
        return false;
    if (row.rows() == 0 || row.isNull(0, 0))
        return true;
    *fromMs = row.toInt(0, 0);
    *toMs = row.toInt(0, 1);
    return true;
}

} // namespace twin
