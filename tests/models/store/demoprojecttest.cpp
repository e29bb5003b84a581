// SPDX-License-Identifier: GPL-3.0-or-later
#include "functions/demoproject.h"
#include "document/project.h"
#include "store/projectstore.h"

#include <QHash>
#include <QLineF>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace twin;

namespace {

QString core(const char *name)
{
    return QStringLiteral("dtmi:twinstudio:core:") + QLatin1StringView(name) + QStringLiteral(";1");
}

} // namespace

TEST(DemoProject, IsAConsistentGraphOfCoreTwins)
{
    const ProjectContent c = demoProjectContent();
    EXPECT_TRUE(c.models.isEmpty()); // the core ontology is built in
    QHash<QString, const Twin *> twins;
    for (const Twin &t : c.twins) {
        EXPECT_TRUE(isValidTwinId(t.id)) << t.id.toStdString();
        EXPECT_FALSE(twins.contains(t.id)) << t.id.toStdString();
        EXPECT_TRUE(t.model.startsWith(QStringLiteral("dtmi:twinstudio:core:"))) << t.model.toStdString();
        twins.insert(t.id, &t);
    }
    QSet<QPair<QString, QString>> relIds;
    for (const Relationship &r : c.relationships) {
        EXPECT_TRUE(twins.contains(r.source)) << r.source.toStdString();
        EXPECT_TRUE(twins.contains(r.target)) << r.target.toStdString();
        EXPECT_FALSE(relIds.contains({r.source, r.id})) << r.id.toStdString();
        relIds.insert({r.source, r.id});
        EXPECT_TRUE(r.name == QStringLiteral("contains") || r.name == QStringLiteral("hasSensor"));
    }

    Project project;
    Diagnostics diagnostics;
    ASSERT_TRUE(project.setContent(c, &diagnostics));
    EXPECT_TRUE(diagnostics.isEmpty());
    const TwinGraph *g = project.graph();
    EXPECT_EQ(g->roots(), QList<int>{g->indexOfTwin(QStringLiteral("site"))});

    QHash<QString, int> byModel;
    for (const Twin &t : c.twins)
        ++byModel[t.model];
    EXPECT_EQ(byModel.value(core("Site")), 1);
    EXPECT_EQ(byModel.value(core("Building")), 1);
    EXPECT_EQ(byModel.value(core("Floor")), 2);
    EXPECT_GE(byModel.value(core("Room")), 12);
    EXPECT_GE(byModel.value(core("Multisensor")), 10);
    EXPECT_GE(byModel.value(core("Thermostat")), 2);
    EXPECT_EQ(byModel.value(core("Meter")), 2);
    EXPECT_GE(byModel.value(core("Person")), 1);
    for (const char *sensor : {"TemperatureSensor", "HumiditySensor", "CarbonDioxideSensor", "MotionSensor",
                               "PowerSensor", "EnergySensor"})
        EXPECT_GE(byModel.value(core(sensor)), 1) << sensor;
}

TEST(DemoProject, FloorsHavePlansAndLevels)
{
    const ProjectContent c = demoProjectContent();
    int floors = 0;
    for (const Twin &t : c.twins) {
        if (t.model != core("Floor"))
            continue;
        ++floors;
        ASSERT_TRUE(t.geometry.floor) << t.id.toStdString();
        const FloorLayout &f = *t.geometry.floor;
        EXPECT_EQ(t.properties.value(QStringLiteral("elevation")).toDouble(), f.elevation);
        EXPECT_EQ(t.properties.value(QStringLiteral("height")).toDouble(), f.height);
        EXPECT_GT(f.height, 2.0);
        EXPECT_GE(f.walls.size(), 4);
        EXPECT_FALSE(f.openings.isEmpty());
        for (const Wall &w : f.walls) {
            EXPECT_GE(w.path.size(), 2);
            EXPECT_GT(w.thickness, 0.0);
        }
        for (const Opening &o : f.openings) {
            ASSERT_GE(o.wall, 0);
            ASSERT_LT(o.wall, f.walls.size());
            // The opening fits on its wall.
            double length = 0;
            const QPolygonF &p = f.walls.at(o.wall).path;
            for (int i = 1; i < p.size(); ++i)
                length += QLineF(p.at(i - 1), p.at(i)).length();
            EXPECT_LE(o.offset + o.width, length);
        }
    }
    EXPECT_EQ(floors, 2);
}

TEST(DemoProject, DevicesStandInsideTheirRoomsAndSensorsAreDescribed)
{
    const ProjectContent c = demoProjectContent();
    QHash<QString, const Twin *> twins;
    for (const Twin &t : c.twins)
        twins.insert(t.id, &t);
    int sensors = 0;
    int devices = 0;
    for (const Relationship &r : c.relationships) {
        const Twin *source = twins.value(r.source);
        const Twin *target = twins.value(r.target);
        if (r.name == QStringLiteral("hasSensor")) {
            ++sensors;
            EXPECT_TRUE(target->model.endsWith(QStringLiteral("Sensor;1"))) << target->id.toStdString();
            for (const char *p : {"name", "dataType", "unit"})
                EXPECT_TRUE(target->properties.value(QLatin1StringView(p)).isString()) << target->id.toStdString() << p;
            continue;
        }
        if (!target->geometry.position || source->model != core("Room"))
            continue;
        ++devices;
        EXPECT_TRUE(source->geometry.outline.containsPoint(*target->geometry.position, Qt::OddEvenFill))
            << target->id.toStdString() << " outside " << source->id.toStdString();
    }
    EXPECT_GE(sensors, 40);
    EXPECT_GE(devices, 20);
    const Twin *temp = twins.value(QStringLiteral("ms-101-temp"));
    ASSERT_TRUE(temp);
    EXPECT_EQ(temp->properties.value(QStringLiteral("dataType")).toString(), QStringLiteral("Temperature"));
    const Twin *person = twins.value(QStringLiteral("person-alice"));
    ASSERT_TRUE(person);
    EXPECT_TRUE(person->properties.value(QStringLiteral("email")).toString().contains(u'@'));
}

TEST(DemoProject, RoundTripsThroughTheProjectFile)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("demo.twinproj"));
    const ProjectContent c = demoProjectContent();
    QString error;
    ASSERT_TRUE(ProjectStore::writeContent(c, file, &error)) << error.toStdString();
    ProjectContent read;
    ASSERT_TRUE(ProjectStore::readContent(file, &read, nullptr));
    EXPECT_EQ(read.twins, c.twins);
    EXPECT_EQ(read.relationships, c.relationships);
    EXPECT_EQ(read.viewState, c.viewState);
}
