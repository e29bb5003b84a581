// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntheticbuilding.h"

#include <QJsonObject>

#include <cmath>

namespace twinbench {

namespace {

constexpr double kRoomWidth = 5.0;
constexpr double kRoomDepth = 4.0;

QString core(const char *name)
{
    return QStringLiteral("dtmi:twinstudio:core:") + QLatin1StringView(name) + QStringLiteral(";1");
}

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

} // namespace twinbench
