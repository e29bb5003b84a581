// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoproject.h"

#include "functions/functiondefinition.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRectF>

namespace twin {

namespace {

QString core(const char *name)
{
    return QStringLiteral("dtmi:twinstudio:core:") + QLatin1StringView(name) + QStringLiteral(";1");
}

QPolygonF rectangle(double x, double y, double w, double h)
{
    return QPolygonF{QPointF(x, y), QPointF(x + w, y), QPointF(x + w, y + h), QPointF(x, y + h)};
}

struct RoomPlan
{
    const char *suffix;  ///< room number without the floor digit, e.g. "01"
    const char *name;
    QRectF area;         ///< metres
    bool thermostat;
};

// One floor plate, 32 m × 15 m: a 3 m corridor along the middle (y 6..9), rooms on
// both sides, doors from every room onto the corridor.
constexpr double kWidth = 32.0;
constexpr double kDepth = 15.0;
constexpr double kCorridorSouth = 6.0;
constexpr double kCorridorNorth = 9.0;

const RoomPlan kRooms[] = {
    {"01", "Office", QRectF(0, 9, 8, 6), true},
    {"02", "Meeting Room", QRectF(8, 9, 8, 6), true},
    {"03", "Open Office", QRectF(16, 9, 10, 6), true},
    {"04", "Kitchen", QRectF(26, 9, 6, 6), false},
    {"05", "Office", QRectF(0, 0, 6, 6), true},
    {"06", "Office", QRectF(6, 0, 6, 6), false},
    {"07", "Server Room", QRectF(12, 0, 6, 6), false},
    {"08", "Restrooms", QRectF(18, 0, 6, 6), false},
    {"09", "Lobby", QRectF(24, 0, 8, 6), false},
};

class DemoBuilder
{
public:
    ProjectContent content;

    void addTwin(const QString &id, const char *model, const QJsonObject &properties,
                 const Geometry &geometry = Geometry())
    {
        content.twins.append(Twin{id, core(model), properties, geometry});
    }

    void relate(const QString &source, const char *name, const QString &target)
    {
        const QString rel = QLatin1StringView(name);
        content.relationships.append(Relationship{rel + u'-' + target, source, rel, target, {}});
    }

    void addSensor(const QString &device, const QString &suffix, const char *model, const char *name,
                   const char *dataType, const char *unit, QPointF position)
    {
        const QString id = device + u'-' + suffix;
        Geometry g;
        g.position = position;
        addTwin(id, model,
                {{QStringLiteral("name"), QLatin1StringView(name)},
                 {QStringLiteral("dataType"), QLatin1StringView(dataType)},
                 {QStringLiteral("unit"), QLatin1StringView(unit)}},
                g);
        relate(device, "hasSensor", id);
    }

    void addMultisensor(const QString &room, const QString &number, QPointF position)
    {
        const QString id = QStringLiteral("ms-") + number;
        Geometry g;
        g.position = position;
        addTwin(id, "Multisensor",
                {{QStringLiteral("name"), QString(QStringLiteral("Multisensor ") + number)}}, g);
        relate(room, "contains", id);
        addSensor(id, QStringLiteral("temp"), "TemperatureSensor", "Temperature", "Temperature", "degreeCelsius", position);
        addSensor(id, QStringLiteral("hum"), "HumiditySensor", "Humidity", "Humidity", "percent", position);
        addSensor(id, QStringLiteral("co2"), "CarbonDioxideSensor", "CO2", "CarbonDioxide", "partsPerMillion", position);
        addSensor(id, QStringLiteral("motion"), "MotionSensor", "Motion", "Motion", "unity", position);
    }

    void addThermostat(const QString &room, const QString &number, QPointF position)
    {
        const QString id = QStringLiteral("th-") + number;
        Geometry g;
        g.position = position;
        addTwin(id, "Thermostat", {{QStringLiteral("name"), QString(QStringLiteral("Thermostat ") + number)}}, g);
        relate(room, "contains", id);
        addSensor(id, QStringLiteral("temp"), "TemperatureSensor", "Temperature", "Temperature", "degreeCelsius", position);
    }

    void addMeter(const QString &room, int floor, QPointF position)
    {
        const QString id = QStringLiteral("meter-") + QString::number(floor);
        Geometry g;
        g.position = position;
        addTwin(id, "Meter", {{QStringLiteral("name"), QStringLiteral("Electricity Meter, Floor %1").arg(floor)}}, g);
        relate(room, "contains", id);
        addSensor(id, QStringLiteral("power"), "PowerSensor", "Power", "Power", "watt", position);
        addSensor(id, QStringLiteral("energy"), "EnergySensor", "Energy", "Energy", "kilowattHour", position);
    }

    static FloorLayout floorLayout(double elevation, double height, bool entrance)
    {
        FloorLayout layout;
        layout.elevation = elevation;
        layout.height = height;
        // Walls 0: the envelope, a closed polyline; 1 and 2: the corridor's sides.
        QPolygonF envelope = rectangle(0, 0, kWidth, kDepth);
        envelope.append(envelope.first());
        layout.walls.append(Wall{envelope, 0.3});
        layout.walls.append(Wall{QPolygonF{QPointF(0, kCorridorSouth), QPointF(kWidth, kCorridorSouth)}, 0.15});
        layout.walls.append(Wall{QPolygonF{QPointF(0, kCorridorNorth), QPointF(kWidth, kCorridorNorth)}, 0.15});
        // Partitions between neighbouring rooms.
        for (const RoomPlan &r : kRooms) {
            if (r.area.left() <= 0.0)
                continue;
            const double y0 = r.area.top() < kCorridorSouth ? 0.0 : kCorridorNorth;
            const double y1 = r.area.top() < kCorridorSouth ? kCorridorSouth : kDepth;
            layout.walls.append(Wall{QPolygonF{QPointF(r.area.left(), y0), QPointF(r.area.left(), y1)}, 0.12});
        }
        // A door from every room onto the corridor, 1 m from the room's west side.
        for (const RoomPlan &r : kRooms) {
            const int wall = r.area.top() < kCorridorSouth ? 1 : 2;
            layout.openings.append(Opening{wall, r.area.left() + 1.0, 0.9, 2.1, QStringLiteral("door")});
        }
        if (entrance) {
            // Main entrance in the south facade, into the lobby: the envelope runs
            // (0,0) → (32,0) first, so the offset is the distance along that side.
            layout.openings.append(Opening{0, 27.0, 1.8, 2.4, QStringLiteral("door")});
        }
        layout.dimensions.append(DimensionLine{QPointF(0, -1), QPointF(kWidth, -1)});
        layout.dimensions.append(DimensionLine{QPointF(-1, 0), QPointF(-1, kDepth)});
        return layout;
    }

    void addFloor(int level, double elevation, double height)
    {
        const QString floorId = QStringLiteral("floor-") + QString::number(level);
        Geometry g;
        g.floor = floorLayout(elevation, height, level == 1);
        addTwin(floorId, "Floor",
                {{QStringLiteral("name"), QStringLiteral("Floor %1").arg(level)},
                 {QStringLiteral("elevation"), elevation},
                 {QStringLiteral("height"), height}},
                g);
        relate(QStringLiteral("building-a"), "contains", floorId);

        const QString corridorId = QStringLiteral("corridor-") + QString::number(level);
        Geometry cg;
        cg.outline = rectangle(0, kCorridorSouth, kWidth, kCorridorNorth - kCorridorSouth);
        addTwin(corridorId, "Room", {{QStringLiteral("name"), QStringLiteral("Corridor %1").arg(level)}}, cg);
        relate(floorId, "contains", corridorId);

        for (const RoomPlan &r : kRooms) {
            const QString number = QString::number(level) + QLatin1StringView(r.suffix);
            const QString roomId = QStringLiteral("room-") + number;
            Geometry rg;
            rg.outline = rectangle(r.area.x(), r.area.y(), r.area.width(), r.area.height());
            addTwin(roomId, "Room",
                    {{QStringLiteral("name"), QStringLiteral("%1 %2").arg(QLatin1StringView(r.name), number)}}, rg);
            relate(floorId, "contains", roomId);

            const QPointF centre = r.area.center();
            if (QLatin1StringView(r.suffix) == QLatin1StringView("07")) {
                addMeter(roomId, level, QPointF(r.area.left() + 0.5, r.area.top() + 0.5));
                continue;
            }
            addMultisensor(roomId, number, centre);
            if (r.thermostat)
                addThermostat(roomId, number, QPointF(r.area.left() + 0.4, r.area.center().y()));
        }
    }

    void addPerson(const QString &id, const QString &name, const QString &email, const QString &room,
                   QPointF position)
    {
        Geometry g;
        g.position = position;
        addTwin(id, "Person", {{QStringLiteral("name"), name}, {QStringLiteral("email"), email}}, g);
        relate(room, "contains", id);
    }
};

/// A compiled-in file of the demo's functions, resources/demo/functions/NAME.
QByteArray demoFile(const QString &name)
{
    QFile file(QStringLiteral(":/demo/functions/") + name);
    [[maybe_unused]] const bool opened = file.open(QIODevice::ReadOnly);
    Q_ASSERT_X(opened, "demoFile", "the demo's function files are compiled into the library");
    return file.readAll();
}

/// A function of the demo: its source is resources/demo/functions/FILE.js, its test cases
/// FILE.tests.json (an array of FunctionTestCase objects), both compiled in.
QJsonObject demoFunction(const char *name, const char *file, const char *assignedTo,
                         std::initializer_list<const char *> dataTypes)
{
    FunctionDefinition f;
    f.name = QLatin1StringView(name);
    f.source = QString::fromUtf8(demoFile(QLatin1StringView(file) + QStringLiteral(".js")));
    f.tests = QJsonDocument::fromJson(demoFile(QLatin1StringView(file) + QStringLiteral(".tests.json"))).array();
    f.assignedTo = QLatin1StringView(assignedTo);
    // One matcher per data type: the function runs when any of them holds.
    for (const char *dataType : dataTypes) {
        MatcherCondition condition;
        condition.value = QLatin1StringView(dataType);
        f.matchers.append(Matcher{condition.value.toLower(), {condition}});
    }
    return f.toJson();
}

} // namespace

QJsonArray demoFunctions()
{
    const char *building = "building-a";
    return QJsonArray{
        demoFunction("availability", "availability", building, {"Motion", "CarbonDioxide"}),
        demoFunction("comfort", "comfort", building, {"Temperature", "Humidity"}),
        demoFunction("occupancy", "occupancy", building, {"Motion"}),
    };
}

ProjectContent demoProjectContent()
{
    DemoBuilder b;
    b.addTwin(QStringLiteral("site"), "Site", {{QStringLiteral("name"), QStringLiteral("Riverside Campus")}});
    b.addTwin(QStringLiteral("building-a"), "Building", {{QStringLiteral("name"), QStringLiteral("Building A")}});
    b.relate(QStringLiteral("site"), "contains", QStringLiteral("building-a"));
    b.addFloor(1, 0.0, 3.5);
    b.addFloor(2, 3.5, 3.2);
    b.addPerson(QStringLiteral("person-alice"), QStringLiteral("Alice Meyer"),
                QStringLiteral("alice.meyer@example.com"), QStringLiteral("room-101"), QPointF(2.5, 14.0));
    b.addPerson(QStringLiteral("person-bob"), QStringLiteral("Bob Okafor"),
                QStringLiteral("bob.okafor@example.com"), QStringLiteral("room-203"), QPointF(20.0, 14.0));
    b.content.viewState.insert(QStringLiteral("selectedFloor"), QStringLiteral("floor-1"));
    b.content.functions = demoFunctions();
    return b.content;
}

} // namespace twin
