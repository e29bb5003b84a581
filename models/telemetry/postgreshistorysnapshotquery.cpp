// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgreshistorysnapshotquery.h"

#include "postgresconnection.h"

namespace twin {

bool PostgresHistorySnapshotQuery::read(PostgresConnection &db, qint64 atMs, QList<HistoryPointValue> *out,
                                        QString *error)
{
    out->clear();
    PostgresConnection::Result rows;
    if (!db.query("SELECT p.twin_id, p.name, p.data_type, p.unit, s.ts, s.value, t.ts, t.text"
                  " FROM twin_points p"
                  " LEFT JOIN LATERAL (SELECT ts, value FROM twin_samples WHERE point_id = p.id AND ts <= $1"
                  "  ORDER BY ts DESC LIMIT 1) s ON true"
                  " LEFT JOIN LATERAL (SELECT ts, text FROM twin_texts WHERE point_id = p.id AND ts <= $1"
                  "  ORDER BY ts DESC LIMIT 1) t ON true"
                  " WHERE s.ts IS NOT NULL OR t.ts IS NOT NULL ORDER BY p.id",
                  {QByteArray::number(atMs)}, &rows, error))
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
    // min() and max() per point are one seek each in the (point, time) key.
    PostgresConnection::Result row;
    if (!db.query("SELECT min(a), max(b) FROM twin_points p, LATERAL ("
                  " SELECT (SELECT min(ts) FROM twin_samples WHERE point_id = p.id),"
                  "  (SELECT max(ts) FROM twin_samples WHERE point_id = p.id)"
                  " UNION ALL SELECT (SELECT min(ts) FROM twin_texts WHERE point_id = p.id),"
                  "  (SELECT max(ts) FROM twin_texts WHERE point_id = p.id)) AS x(a, b)",
                  {}, &row, error))
        return false;
    if (row.rows() == 0 || row.isNull(0, 0))
        return true;
    *fromMs = row.toInt(0, 0);
    *toMs = row.toInt(0, 1);
    return true;
}

} // namespace twin
