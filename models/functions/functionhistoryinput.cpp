// SPDX-License-Identifier: GPL-3.0-or-later
#include "functionhistoryinput.h"

#include "document/project.h"
#include "functions/functiontopology.h"
#include "telemetry/historyqueries.h"

#include <QJsonDocument>

#include <algorithm>

namespace twin {

bool FunctionHistoryInput::messages(const Project &project, const QString &history, const QString &twinId,
                                    qint64 fromMs, qint64 toMs, int limit, QList<QJsonObject> *messages,
                                    QString *error)
{
    const TwinGraph *g = project.graph();
    QList<int> scope;
    if (twinId.isEmpty()) {
        scope = g->twinIndices();
    } else {
        const int root = g->indexOfTwin(twinId);
        if (root < 0) {
            *error = QStringLiteral("there is no twin '%1'").arg(twinId);
            return false;
        }
        scope = g->subtreeOf(root);
    }
    const auto topology = FunctionTopology::build(project, {});
    const std::shared_ptr<const HistoryQueries> reader = HistoryQueries::open(history);
    QList<QPair<qint64, QJsonObject>> found;
    for (int i : std::as_const(scope)) {
        const QString id = g->twin(i).id;
        if (!topology->isSensor(id))
            continue;
        const QString type = topology->sensorDataType(id);
        QList<HistoryValue> values;
        QString dataType;
        bool truncated = false;
        if (!reader->latest(id, type.isEmpty() ? QStringLiteral("value") : type, fromMs, toMs, limit, &values,
                           &dataType, &truncated, error))
            return false;
        for (const HistoryValue &v : std::as_const(values)) {
            const QJsonValue value = v.isText ? QJsonValue(v.text) : QJsonValue(v.number);
            const QJsonObject payload{{QStringLiteral("SensorValue"), value}};
            found.append({v.timestampMs,
                          QJsonObject{{QStringLiteral("SensorId"), id},
                                      {QStringLiteral("Message"),
                                       QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact))},
                                      {QStringLiteral("Timestamp"), double(v.timestampMs)}}});
        }
    }
    std::stable_sort(found.begin(), found.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    messages->clear();
    for (const auto &f : std::as_const(found))
        messages->append(f.second);
    return true;
}

} // namespace twin
