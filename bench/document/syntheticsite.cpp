// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntheticsite.h"

namespace twinbench {

using namespace twin;

namespace {

QString core(const char *name)
{
    return QStringLiteral("dtmi:twinstudio:core:") + QLatin1StringView(name) + QStringLiteral(";1");
}

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

} // namespace twinbench
