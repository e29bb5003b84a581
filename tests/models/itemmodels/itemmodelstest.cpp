// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/project.h"
#include "itemmodels/containmenttreemodel.h"
#include "itemmodels/twinlistmodel.h"
#include "itemmodels/palettemodel.h"
#include "document/twinfactory.h"

#include <QMimeData>

#include "support/projectfixtures.h"
#include "support/testsupport.h"
#include "support/twinfixtures.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

using twintest::makeTwin;
using namespace twin;

namespace {

/// A sequence of edits that exercises inserts, moves, removals, undo and resets.
void exercise(Project &p)
{
    ASSERT_TRUE(p.addTwin(makeTwin(QStringLiteral("site"), QStringLiteral("dtmi:twinstudio:core:Site;1"))));
    ASSERT_TRUE(p.addTwinUnder(makeTwin(QStringLiteral("b1")), QStringLiteral("site")));
    ASSERT_TRUE(p.addTwinUnder(makeTwin(QStringLiteral("f1")), QStringLiteral("b1")));
    ASSERT_TRUE(p.addTwinUnder(makeTwin(QStringLiteral("f2")), QStringLiteral("b1")));
    for (int i = 0; i < 5; ++i)
        ASSERT_TRUE(p.addTwinUnder(makeTwin(QStringLiteral("r%1").arg(i)), QStringLiteral("f1")));
    ASSERT_TRUE(p.reparent(QStringLiteral("r2"), QStringLiteral("f2")));
    ASSERT_TRUE(p.reparent(QStringLiteral("r3"), QString()));
    ASSERT_TRUE(p.setTwinProperty(QStringLiteral("r1"), QStringLiteral("name"), QStringLiteral("Kitchen")));
    ASSERT_TRUE(p.removeTwin(QStringLiteral("f1")));
    while (p.undoStack()->canUndo())
        p.undoStack()->undo();
    while (p.undoStack()->canRedo())
        p.undoStack()->redo();
    ProjectContent c;
    c.twins = {makeTwin(QStringLiteral("x1")), makeTwin(QStringLiteral("x2"))};
    c.relationships = {{QStringLiteral("c"), QStringLiteral("x1"), QStringLiteral("contains"), QStringLiteral("x2"), {}}};
    ASSERT_TRUE(p.importContent(c, nullptr));
    p.undoStack()->undo();
    p.clear();
}

} // namespace

TEST(ContainmentTreeModel, PassesModelTesterThroughEdits)
{
    Project p;
    ContainmentTreeModel model(&p);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    exercise(p);
}

TEST(ContainmentTreeModel, MirrorsTheGraph)
{
    Project p;
    ContainmentTreeModel model(&p);
    ASSERT_TRUE(p.addTwin(makeTwin(QStringLiteral("site"))));
    ASSERT_TRUE(p.addTwinUnder(makeTwin(QStringLiteral("b1")), QStringLiteral("site")));
    ASSERT_TRUE(p.addTwinUnder(makeTwin(QStringLiteral("b2")), QStringLiteral("site")));
    ASSERT_EQ(model.rowCount(), 1);
    const QModelIndex site = model.index(0, 0);
    EXPECT_EQ(model.data(site, ContainmentTreeModel::TwinIdRole).toString(), QStringLiteral("site"));
    ASSERT_EQ(model.rowCount(site), 2);
    EXPECT_EQ(model.data(model.index(1, 0, site), ContainmentTreeModel::TwinIdRole).toString(), QStringLiteral("b2"));
    EXPECT_EQ(model.parent(model.index(1, 0, site)), site);
    const QModelIndex b2 = model.indexOfTwin(p.graph()->indexOfTwin(QStringLiteral("b2")));
    EXPECT_EQ(b2.row(), 1);
}

TEST(TwinListModel, PassesModelTesterThroughEdits)
{
    Project p;
    TwinListModel model(&p);
    TwinFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    exercise(p);
}

TEST(TwinListModel, FiltersByTextAndCategory)
{
    Project p;
    TwinListModel model(&p);
    TwinFilterModel filter;
    filter.setSourceModel(&model);
    ASSERT_TRUE(p.addTwin(makeTwin(QStringLiteral("room-1"))));
    ASSERT_TRUE(p.addTwin(makeTwin(QStringLiteral("hall"))));
    ASSERT_TRUE(p.setTwinProperty(QStringLiteral("hall"), QStringLiteral("name"), QStringLiteral("Main hall")));
    EXPECT_EQ(filter.rowCount(), 2);
    filter.setText(QStringLiteral("MAIN"));
    ASSERT_EQ(filter.rowCount(), 1);
    EXPECT_EQ(filter.data(filter.index(0, TwinListModel::IdColumn)).toString(), QStringLiteral("hall"));
    filter.setText(QString());
    filter.setCategory(Category::Device);
    EXPECT_EQ(filter.rowCount(), 0);
    // Removing the middle row keeps the mapping in order.
    filter.setCategory(std::nullopt);
    ASSERT_TRUE(p.addTwin(makeTwin(QStringLiteral("z"))));
    ASSERT_TRUE(p.removeTwin(QStringLiteral("hall")));
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.data(model.index(1, 0)).toString(), QStringLiteral("z"));
    p.undoStack()->undo();
    EXPECT_EQ(model.data(model.index(1, 0)).toString(), QStringLiteral("hall"));
}

TEST(PaletteModel, GroupsTheCoreOntologyByCategory)
{
    Project p;
    PaletteModel model(&p);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QHash<int, int> perCategory;
    for (int g = 0; g < model.rowCount(); ++g) {
        const QModelIndex group = model.index(g, 0);
        perCategory.insert(model.data(group, PaletteModel::CategoryRole).toInt(), model.rowCount(group));
    }
    EXPECT_GE(perCategory.value(int(Category::Space)), 6);
    EXPECT_GE(perCategory.value(int(Category::Device)), 4);
    EXPECT_GE(perCategory.value(int(Category::Sensor)), 9);
    EXPECT_GE(perCategory.value(int(Category::Person)), 1);
    // Entries drag their DTMI.
    const QModelIndex space = model.index(0, 0);
    std::unique_ptr<QMimeData> mime(model.mimeData({model.index(0, 0, space)}));
    ASSERT_TRUE(mime);
    EXPECT_TRUE(QString::fromUtf8(mime->data(QString::fromLatin1(PaletteModel::MimeType))).startsWith(QStringLiteral("dtmi:")));
}

TEST(PaletteModel, FilterKeepsMatchingEntriesWithTheirGroups)
{
    Project p;
    PaletteModel model(&p);
    PaletteFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    filter.setText(QStringLiteral("motion"));
    ASSERT_EQ(filter.rowCount(), 1);
    ASSERT_EQ(filter.rowCount(filter.index(0, 0)), 1);
    EXPECT_EQ(filter.index(0, 0, filter.index(0, 0)).data(PaletteModel::ModelIdRole).toString(),
              QStringLiteral("dtmi:twinstudio:core:MotionSensor;1"));
}

// Two types of one name, from two ontologies, say where each comes from.
TEST(PaletteModel, TypesOfOneNameNameTheirOntology)
{
    Project p;
    Diagnostics d;
    ASSERT_TRUE(twintest::importModels(p, R"({"@context": "dtmi:dtdl:context;3", "@id": "dtmi:example:rec:Building;1",
        "@type": "Interface", "displayName": "Building", "extends": "dtmi:twinstudio:core:Space;1"})", &d))
        << (d.isEmpty() ? std::string() : d.first().format().toStdString());
    PaletteModel model(&p);
    PaletteFilterModel filter;
    filter.setSourceModel(&model);
    filter.setText(QStringLiteral("building"));
    ASSERT_EQ(filter.rowCount(), 1);
    const QModelIndex group = filter.index(0, 0);
    QStringList names;
    for (int row = 0; row < filter.rowCount(group); ++row)
        names.append(filter.index(row, 0, group).data().toString());
    names.sort();
    EXPECT_EQ(names, (QStringList{QStringLiteral("Building (example:rec)"), QStringLiteral("Building (twinstudio:core)")}));
}

TEST(TwinFactory, MultisensorBringsItsSensorsAsOneStep)
{
    Project p;
    ASSERT_TRUE(p.addTwin(makeTwin(QStringLiteral("room"))));
    const ProjectContent c = TwinFactory::device(p, QStringLiteral("dtmi:twinstudio:core:Multisensor;1"),
                                                 QStringLiteral("room"), QPointF(1, 2));
    ASSERT_EQ(c.twins.size(), 5);
    Diagnostics d;
    ASSERT_TRUE(p.importContent(c, &d, QString(), QStringLiteral("Add Multisensor")))
        << (d.isEmpty() ? std::string() : d.first().format().toStdString());
    EXPECT_EQ(p.undoStack()->count(), 2);
    const TwinGraph *g = p.graph();
    const int device = g->indexOfTwin(c.twins.first().id);
    EXPECT_EQ(g->parentOf(device), g->indexOfTwin(QStringLiteral("room")));
    EXPECT_EQ(g->childrenOf(device).size(), 4);
    QStringList types;
    for (int s : g->childrenOf(device))
        types.append(g->twin(s).properties.value(QStringLiteral("dataType")).toString());
    types.sort();
    EXPECT_EQ(types, (QStringList{QStringLiteral("CarbonDioxide"), QStringLiteral("Humidity"), QStringLiteral("Motion"),
                                  QStringLiteral("Temperature")}));
    // Each sensor is named after its type, not left with its id as its name.
    QStringList names;
    for (int s : g->childrenOf(device))
        names.append(g->twin(s).displayName());
    names.sort();
    EXPECT_EQ(names, (QStringList{QStringLiteral("CO2 sensor"), QStringLiteral("Humidity sensor"),
                                  QStringLiteral("Motion sensor"), QStringLiteral("Temperature sensor")}));
    // Sensors hang off the device through hasSensor, as the ontology says.
    EXPECT_EQ(g->relationship(g->containmentRelationshipOf(g->childrenOf(device).first())).name, QStringLiteral("hasSensor"));
    EXPECT_EQ(*g->twin(device).geometry.position, QPointF(1, 2));
}

TEST(TwinFactory, RealEstateCoreTypesWorkThroughTheCategoryMap)
{
    TWIN_REQUIRE_SHARED("ontologies/rec-3.3");
    Project p;
    Diagnostics d;
    ASSERT_TRUE(p.importOntology({twintest::sharedPath(QStringLiteral("ontologies/rec-3.3"))}, &d));
    const QString level = QStringLiteral("dtmi:digitaltwins:rec_3_3:core:Level;1");
    const QString room = QStringLiteral("dtmi:digitaltwins:rec_3_3:core:Room;1");
    const QString equipment = QStringLiteral("dtmi:digitaltwins:rec_3_3:asset:OccupancySensorEquipment;1");
    const QString sensor = QStringLiteral("dtmi:digitaltwins:rec_3_3:device:TemperatureSensor;1");
    EXPECT_EQ(p.models().category(room), Category::Space);
    EXPECT_EQ(p.models().category(equipment), Category::Device);
    EXPECT_EQ(p.models().category(sensor), Category::Sensor);

    // Built as the designer does: a level, a room in it, equipment in the room, a sensor on it.
    ProjectContent c = TwinFactory::twin(p, level, QString());
    ASSERT_TRUE(p.importContent(c, &d)) << (d.isEmpty() ? std::string() : d.first().format().toStdString());
    const QString levelId = c.twins.first().id;
    c = TwinFactory::twin(p, room, levelId);
    ASSERT_TRUE(p.importContent(c, &d)) << (d.isEmpty() ? std::string() : d.first().format().toStdString());
    const QString roomId = c.twins.first().id;
    c = TwinFactory::device(p, equipment, roomId, QPointF(1, 1));
    ASSERT_TRUE(p.importContent(c, &d)) << (d.isEmpty() ? std::string() : d.first().format().toStdString());
    const QString equipmentId = c.twins.first().id;
    c = TwinFactory::sensor(p, sensor, equipmentId);
    ASSERT_TRUE(p.importContent(c, &d)) << (d.isEmpty() ? std::string() : d.first().format().toStdString());

    const TwinGraph *g = p.graph();
    const int s = g->indexOfTwin(c.twins.first().id);
    // The tree follows REC's own containment relationships.
    ASSERT_EQ(g->ancestorsOf(s).size(), 3);
    EXPECT_EQ(g->twin(g->ancestorsOf(s).at(1)).id, roomId);
    EXPECT_EQ(g->twin(g->ancestorsOf(s).at(2)).id, levelId);
}
