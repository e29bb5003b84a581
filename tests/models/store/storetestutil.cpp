// SPDX-License-Identifier: GPL-3.0-or-later
#include "storetestutil.h"

#include "store/sqlitedatabase.h"

#include <QFile>
#include <QJsonArray>

namespace twintest {

twin::ProjectContent sampleContent()
{
    using namespace twin;
    ProjectContent c;
    c.models.append(QJsonObject{{QStringLiteral("@id"), QStringLiteral("dtmi:example:Lab;1")},
                                {QStringLiteral("@type"), QStringLiteral("Interface")},
                                {QStringLiteral("@context"), QStringLiteral("dtmi:dtdl:context;3")},
                                {QStringLiteral("extends"), QStringLiteral("dtmi:twinstudio:core:Room;1")}});
    Twin floor{QStringLiteral("floor-1"), QStringLiteral("dtmi:twinstudio:core:Floor;1"),
               {{QStringLiteral("name"), QStringLiteral("Ground floor — Erdgeschoß")},
                {QStringLiteral("elevation"), 0.0},
                {QStringLiteral("height"), 3.25}},
               {}};
    FloorLayout layout;
    layout.elevation = 0.0;
    layout.height = 3.25;
    layout.walls.append(Wall{QPolygonF{QPointF(0, 0), QPointF(10.5, 0), QPointF(10.5, 8)}, 0.3});
    layout.openings.append(Opening{0, 2.0, 0.9, 2.1, QStringLiteral("door")});
    layout.dimensions.append(DimensionLine{QPointF(0, -1), QPointF(10.5, -1)});
    layout.background = BackgroundImage{QStringLiteral("embedded:plan"), 0.02, QPointF(-1, -2), 0.4};
    floor.geometry.floor = layout;
    Twin room{QStringLiteral("lab-1"), QStringLiteral("dtmi:example:Lab;1"),
              {{QStringLiteral("name"), QStringLiteral("Lab")},
               {QStringLiteral("tags"), QJsonArray{QStringLiteral("a"), 2, true}},
               {QStringLiteral("nested"), QJsonObject{{QStringLiteral("x"), 1.5}}}},
              {}};
    room.geometry.outline = QPolygonF{QPointF(0, 0), QPointF(5, 0), QPointF(5, 4), QPointF(0, 4)};
    Twin sensor{QStringLiteral("lab-1-temp"), QStringLiteral("dtmi:twinstudio:core:TemperatureSensor;1"), {}, {}};
    sensor.geometry.position = QPointF(2.5, 1.25);
    c.twins = {floor, room, sensor};
    c.relationships = {
        Relationship{QStringLiteral("c1"), QStringLiteral("floor-1"), QStringLiteral("contains"), QStringLiteral("lab-1"), {}},
        Relationship{QStringLiteral("c2"), QStringLiteral("lab-1"), QStringLiteral("contains"), QStringLiteral("lab-1-temp"),
                     {{QStringLiteral("since"), QStringLiteral("2024-01-01")}}},
    };
    c.functions.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("comfort")},
                                   {QStringLiteral("source"), QStringLiteral("function process(t, c) {}\n")}});
    c.bindings.append(QJsonObject{{QStringLiteral("twin"), QStringLiteral("lab-1-temp")},
                                  {QStringLiteral("topic"), QStringLiteral("twins/lab-1-temp/telemetry")}});
    c.connections.append(QJsonObject{{QStringLiteral("url"), QStringLiteral("mqtt://localhost:1883")}});
    c.viewState = {{QStringLiteral("selectedFloor"), QStringLiteral("floor-1")},
                   {QStringLiteral("zoom"), 1.5},
                   {QStringLiteral("camera"), QJsonObject{{QStringLiteral("yaw"), 30}}},
                   {QStringLiteral("tabs"), QJsonArray{QStringLiteral("plan"), QStringLiteral("3d")}},
                   {QStringLiteral("nothing"), QJsonValue::Null}};
    c.categoryRoots = {{QStringLiteral("dtmi:example:Lab;1"), Category::Space}};
    c.containmentRules = {ContainmentRule{QStringLiteral("contains"), ContainmentRule::Direction::ParentToChild},
                          ContainmentRule{QStringLiteral("isPartOf"), ContainmentRule::Direction::ChildToParent}};
    return c;
}

QByteArray readBytes(const QString &fileName)
{
    QFile f(fileName);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeBytes(const QString &fileName, const QByteArray &bytes)
{
    QFile f(fileName);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

bool execOn(const QString &fileName, const char *sql)
{
    twin::SqliteDatabase db;
    return db.open(fileName, twin::SqliteDatabase::Mode::ReadWrite, nullptr) && db.exec(sql, nullptr);
}

} // namespace twintest
