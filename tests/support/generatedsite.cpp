// SPDX-License-Identifier: GPL-3.0-or-later
#include "generatedsite.h"

#include <QJsonObject>

namespace twintest {

twin::ProjectContent generatedSite(int twinCount)
{
    twin::ProjectContent c;
    const QString ctx = QStringLiteral("dtmi:dtdl:context;3");
    const QString space = QStringLiteral("dtmi:example:Space;1");
    const QString room = QStringLiteral("dtmi:example:Room;1");
    const QString sensor = QStringLiteral("dtmi:example:Sensor;1");
    for (const QString &id : {space, room, sensor}) {
        QJsonObject iface{{QStringLiteral("@context"), ctx}, {QStringLiteral("@id"), id},
                          {QStringLiteral("@type"), QStringLiteral("Interface")}};
        if (id == room)
            iface.insert(QStringLiteral("extends"), space);
        c.models.append(iface);
    }
    c.twins.reserve(twinCount);
    c.relationships.reserve(2 * qsizetype(twinCount));
    for (int i = 0; i < twinCount; ++i) {
        twin::Twin t;
        t.id = QStringLiteral("twin-%1").arg(i);
        const bool isSensor = i % 4 == 3;
        t.model = i == 0 ? space : (isSensor ? sensor : room);
        t.properties.insert(QStringLiteral("name"), QStringLiteral("Twin %1").arg(i));
        if (isSensor) {
            t.properties.insert(QStringLiteral("unit"), QStringLiteral("degC"));
            t.geometry.position = QPointF(i % 100 * 0.5, i / 100 * 0.25);
        } else {
            t.properties.insert(QStringLiteral("temperatureSetpoint"), 20.0 + (i % 7) * 0.5);
            t.geometry.outline = QPolygonF({{0, 0}, {4, 0}, {4, 3}, {0, 3}});
        }
        c.twins.append(t);
    }
    // Exactly two relationships per twin: its containment (the root gets a peer link)
    // and a link to the next twin.
    for (int i = 0; i < twinCount; ++i) {
        const QString id = QStringLiteral("twin-%1").arg(i);
        if (i > 0)
            c.relationships.append({QStringLiteral("contains-%1").arg(i), QStringLiteral("twin-%1").arg((i - 1) / 8),
                                    QStringLiteral("contains"), id, {}});
        else
            c.relationships.append({QStringLiteral("adjacent-0"), id, QStringLiteral("adjacentTo"),
                                    QStringLiteral("twin-%1").arg(1 % twinCount), {}});
        c.relationships.append({QStringLiteral("feeds-%1").arg(i), id, QStringLiteral("feeds"),
                                QStringLiteral("twin-%1").arg((i + 1) % twinCount),
                                QJsonObject{{QStringLiteral("weight"), i % 10}}});
    }
    return c;
}

} // namespace twintest
