// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntheticsites.h"

#include <QJsonObject>
#include <cmath>

namespace twintest {

using namespace twin;

namespace {

/// A model of the built-in core ontology.
QString core(const char *name)
{
    return QStringLiteral("dtmi:twinstudio:core:") + QLatin1StringView(name) + QStringLiteral(";1");
}

} // namespace

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

namespace {

/// The demo-shaped site, built floor by floor until the budgets are spent.
class Generator
{
public:
    Generator(int twins, int relationships) : m_twinBudget(twins), m_relBudget(relationships) {}

    ProjectContent run()
    {
        m_c.twins.reserve(m_twinBudget);
        m_c.relationships.reserve(m_relBudget);
        add(QStringLiteral("site"), m_site, {{QStringLiteral("name"), QStringLiteral("Synthetic Site")}});
        for (int b = 0; full() == false; ++b) {
            const QString building = QStringLiteral("b%1").arg(b);
            if (!add(building, m_building, {{QStringLiteral("name"), QStringLiteral("Building %1").arg(b)}}, {},
                     QStringLiteral("site")))
                break;
            for (int f = 0; f < 10 && !full(); ++f)
                addFloor(building, f);
        }
        addExtraRelationships();
        return std::move(m_c);
    }

private:
    bool full() const { return m_c.twins.size() >= m_twinBudget; }

    bool add(const QString &id, const QString &model, const QJsonObject &properties, const Geometry &geometry = {},
             const QString &parent = QString(), const QString &relName = QStringLiteral("contains"))
    {
        if (full())
            return false;
        m_c.twins.append(Twin{id, model, properties, geometry});
        if (!parent.isEmpty())
            m_c.relationships.append(Relationship{relName + u'-' + id, parent, relName, id, {}});
        return true;
    }

    void addFloor(const QString &building, int f)
    {
        const QString floor = building + QStringLiteral("-f%1").arg(f);
        Geometry g;
        FloorLayout layout;
        layout.elevation = f * 3.5;
        layout.height = 3.5;
        layout.walls.append(Wall{QPolygonF{QPointF(0, 0), QPointF(50, 0), QPointF(50, 20), QPointF(0, 20), QPointF(0, 0)}, 0.3});
        layout.walls.append(Wall{QPolygonF{QPointF(0, 9), QPointF(50, 9)}, 0.15});
        layout.walls.append(Wall{QPolygonF{QPointF(0, 11), QPointF(50, 11)}, 0.15});
        layout.openings.append(Opening{0, 25.0, 1.8, 2.4, QStringLiteral("door")});
        g.floor = layout;
        if (!add(floor, m_floor,
                 {{QStringLiteral("name"), QStringLiteral("Floor %1").arg(f)},
                  {QStringLiteral("elevation"), layout.elevation},
                  {QStringLiteral("height"), layout.height}},
                 g, building))
            return;
        for (int r = 0; r < 20 && !full(); ++r)
            addRoom(floor, r);
    }

    void addRoom(const QString &floor, int r)
    {
        const QString room = floor + QStringLiteral("-r%1").arg(r);
        const double x = (r % 10) * 5.0;
        const double y = r < 10 ? 0.0 : 11.0;
        Geometry g;
        g.outline = QPolygonF{QPointF(x, y), QPointF(x + 5, y), QPointF(x + 5, y + 9), QPointF(x, y + 9)};
        if (!add(room, m_room,
                 {{QStringLiteral("name"), QStringLiteral("Room %1").arg(r)}, {QStringLiteral("area"), 45.0}}, g, floor))
            return;
        m_rooms.append(room);
        for (int d = 0; d < 2 && !full(); ++d) {
            const QString device = room + QStringLiteral("-d%1").arg(d);
            Geometry dg;
            dg.position = QPointF(x + 1.5 + d * 2.0, y + 4.5);
            if (!add(device, d == 0 ? m_multisensor : m_thermostat,
                     {{QStringLiteral("name"), QStringLiteral("Device %1").arg(device)}}, dg, room))
                return;
            m_located.append({device, room});
            static const char *kinds[][3] = {{"TemperatureSensor", "Temperature", "degreeCelsius"},
                                             {"HumiditySensor", "Humidity", "percent"},
                                             {"CarbonDioxideSensor", "CarbonDioxide", "partsPerMillion"}};
            for (int s = 0; s < 3; ++s) {
                const QString sensor = device + QStringLiteral("-s%1").arg(s);
                if (!add(sensor, m_sensors[s],
                         {{QStringLiteral("name"), QLatin1StringView(kinds[s][1])},
                          {QStringLiteral("dataType"), QLatin1StringView(kinds[s][1])},
                          {QStringLiteral("unit"), QLatin1StringView(kinds[s][2])}},
                         dg, device, QStringLiteral("hasSensor")))
                    return;
                m_located.append({sensor, room});
            }
        }
    }

    void addExtraRelationships()
    {
        // Twins placed in a room first, then neighbouring rooms, until the budget is met.
        for (const auto &[twinId, room] : std::as_const(m_located)) {
            if (m_c.relationships.size() >= m_relBudget)
                return;
            m_c.relationships.append(Relationship{QStringLiteral("isLocatedIn-") + room, twinId,
                                                  QStringLiteral("isLocatedIn"), room, {}});
        }
        for (int round = 1; m_c.relationships.size() < m_relBudget && round < m_rooms.size(); ++round) {
            for (int i = 0; i < m_rooms.size() && m_c.relationships.size() < m_relBudget; ++i) {
                const QString &other = m_rooms.at((i + round) % m_rooms.size());
                m_c.relationships.append(Relationship{QStringLiteral("adjacentTo-") + other, m_rooms.at(i),
                                                      QStringLiteral("adjacentTo"), other,
                                                      {{QStringLiteral("distance"), round * 5.0}}});
            }
        }
    }

    const int m_twinBudget;
    const int m_relBudget;
    ProjectContent m_c;
    QStringList m_rooms;
    QList<QPair<QString, QString>> m_located;
    const QString m_site = core("Site");
    const QString m_building = core("Building");
    const QString m_floor = core("Floor");
    const QString m_room = core("Room");
    const QString m_multisensor = core("Multisensor");
    const QString m_thermostat = core("Thermostat");
    const QString m_sensors[3] = {core("TemperatureSensor"), core("HumiditySensor"), core("CarbonDioxideSensor")};
};

} // namespace

ProjectContent syntheticSite(int twins, int relationships)
{
    return Generator(twins, relationships).run();
}

namespace {

constexpr double kRoomWidth = 5.0;
constexpr double kRoomDepth = 4.0;
} // namespace

twin::ProjectContent syntheticBuilding(int floors, int roomsPerFloor, int devicesPerRoom)
{
    using namespace twin;
    ProjectContent content;
    auto add = [&](const QString &id, const char *model, const Geometry &g = Geometry()) {
        content.twins.append(Twin{id, core(model), QJsonObject{{QStringLiteral("name"), id}}, g});
    };
    auto contain = [&](const QString &parent, const QString &child) {
        content.relationships.append(
            Relationship{QStringLiteral("contains-") + child, parent, QStringLiteral("contains"), child, {}});
    };
    add(QStringLiteral("site"), "Site");
    add(QStringLiteral("building"), "Building");
    contain(QStringLiteral("site"), QStringLiteral("building"));

    const int columns = int(std::ceil(std::sqrt(roomsPerFloor * 1.25)));
    const int rows = (roomsPerFloor + columns - 1) / columns;
    const double width = columns * kRoomWidth, depth = rows * kRoomDepth;
    for (int f = 0; f < floors; ++f) {
        const QString floorId = QStringLiteral("floor-%1").arg(f);
        Geometry fg;
        FloorLayout layout;
        layout.elevation = f * 3.2;
        layout.height = 3.2;
        for (int c = 0; c <= columns; ++c)
            layout.walls.append(Wall{QPolygonF{{c * kRoomWidth, 0}, {c * kRoomWidth, depth}}, 0.15});
        for (int r = 0; r <= rows; ++r) {
            layout.walls.append(Wall{QPolygonF{{0, r * kRoomDepth}, {width, r * kRoomDepth}}, 0.15});
            if (r == rows)
                continue;
            // A door into each room of the row below this wall.
            for (int c = 0; c < columns && r * columns + c < roomsPerFloor; ++c)
                layout.openings.append(Opening{int(layout.walls.size()) - 1, c * kRoomWidth + 1.0, 0.9, 2.1});
        }
        fg.floor = layout;
        add(floorId, "Floor", fg);
        contain(QStringLiteral("building"), floorId);
        for (int i = 0; i < roomsPerFloor; ++i) {
            const double x = (i % columns) * kRoomWidth, y = (i / columns) * kRoomDepth;
            const QString roomId = QStringLiteral("room-%1-%2").arg(f).arg(i);
            Geometry rg;
            rg.outline = QPolygonF{{x, y}, {x + kRoomWidth, y}, {x + kRoomWidth, y + kRoomDepth}, {x, y + kRoomDepth}};
            add(roomId, "Room", rg);
            contain(floorId, roomId);
            for (int d = 0; d < devicesPerRoom; ++d) {
                const QString deviceId = roomId + QStringLiteral("-d%1").arg(d);
                Geometry dg;
                dg.position = QPointF(x + 0.6 + (d % 3) * 1.8, y + 0.8 + (d / 3) * 2.2);
                add(deviceId, "Device", dg);
                contain(roomId, deviceId);
            }
        }
    }
    return content;
}

} // namespace twintest
