// SPDX-License-Identifier: GPL-3.0-or-later
#include "functions/demoproject.h"
#include "document/project.h"
#include "itemmodels/inspectormodel.h"

#include "support/projectfixtures.h"
#include "support/testsupport.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace twin;
using Kind = InspectorModel::RowKind;
using Editor = InspectorModel::Editor;

namespace {

// A model with a value of every kind of schema, a read-only property, telemetry, a
// component and a relationship limited to one.
const char *const kGaugeModels = R"([
{
  "@context": ["dtmi:dtdl:context;3", "dtmi:dtdl:extension:quantitativeTypes;1"],
  "@id": "dtmi:test:inspector:Gauge;1",
  "@type": "Interface",
  "contents": [
    {"@type": "Property", "name": "label", "schema": "string", "writable": true},
    {"@type": ["Property", "Temperature"], "name": "limit", "schema": "double", "unit": "degreeCelsius", "writable": true},
    {"@type": "Property", "name": "level", "schema": "byte", "writable": true},
    {"@type": "Property", "name": "enabled", "schema": "boolean", "writable": true},
    {"@type": "Property", "name": "serial", "schema": "string"},
    {"@type": "Property", "name": "mode", "writable": true, "schema": {
      "@type": "Enum", "valueSchema": "string", "enumValues": [
        {"name": "heat", "displayName": "Heating", "enumValue": "heat"},
        {"name": "cool", "displayName": "Cooling", "enumValue": "cool"}]}},
    {"@type": "Property", "name": "speed", "writable": true, "schema": {
      "@type": "Enum", "valueSchema": "integer", "enumValues": [
        {"name": "slow", "enumValue": 1}, {"name": "fast", "enumValue": 2}]}},
    {"@type": "Property", "name": "installed", "schema": "dateTime", "writable": true},
    {"@type": "Property", "name": "interval", "schema": "duration", "writable": true},
    {"@type": "Property", "name": "position", "writable": true, "schema": {
      "@type": "Object", "fields": [{"name": "x", "schema": "double"}, {"name": "y", "schema": "double"}]}},
    {"@type": "Property", "name": "tags", "writable": true, "schema": {
      "@type": "Map", "mapKey": {"name": "tag", "schema": "string"}, "mapValue": {"name": "text", "schema": "string"}}},
    {"@type": "Property", "name": "thresholds", "writable": true, "schema": {"@type": "Array", "elementSchema": "integer"}},
    {"@type": ["Telemetry", "Temperature"], "name": "temperature", "schema": "double", "unit": "degreeCelsius"},
    {"@type": "Telemetry", "name": "alarm", "schema": "boolean"},
    {"@type": "Component", "name": "display", "schema": "dtmi:test:inspector:Display;1"},
    {"@type": "Relationship", "name": "feeds", "target": "dtmi:twinstudio:core:Space;1", "maxMultiplicity": 1}
  ]
},
{
  "@context": "dtmi:dtdl:context;3",
  "@id": "dtmi:test:inspector:Display;1",
  "@type": "Interface",
  "contents": [
    {"@type": "Property", "name": "brightness", "schema": "integer", "writable": true},
    {"@type": "Property", "name": "firmware", "schema": "string"}
  ]
}
])";

const QString kGauge = QStringLiteral("dtmi:test:inspector:Gauge;1");

QString str(const char *s)
{
    return QString::fromUtf8(s);
}

/// The demo site plus a gauge twin "g1" in room-101.
void loadFixture(Project &p)
{
    Diagnostics d;
    ASSERT_TRUE(p.setContent(demoProjectContent(), &d));
    ASSERT_TRUE(twintest::importModels(p, QByteArray(kGaugeModels), &d))
        << (d.isEmpty() ? std::string() : d.first().format().toStdString());
    QString error;
    ASSERT_TRUE(p.addTwinUnder(Twin{str("g1"), kGauge, {{str("serial"), str("SN-1")}}, {}}, str("room-101"), &error))
        << error.toStdString();
    p.undoStack()->clear();
}

QVariant value(const InspectorModel &m, const QModelIndex &row, int role = Qt::DisplayRole)
{
    return m.data(row.siblingAtColumn(InspectorModel::ValueColumn), role);
}

QJsonValue stored(const Project &p, const char *twin, const char *name)
{
    return p.graph()->findTwin(str(twin))->properties.value(str(name));
}

QStringList childNames(const InspectorModel &m, const QModelIndex &parent, int role = InspectorModel::NameRole)
{
    QStringList names;
    for (int i = 0; i < m.rowCount(parent); ++i)
        names.append(m.index(i, 0, parent).data(role).toString());
    return names;
}

} // namespace

TEST(InspectorModel, PassesModelTesterThroughEdits)
{
    Project p;
    loadFixture(p);
    InspectorModel m(&p);
    QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::Fatal);
    m.setTwin(str("g1"));
    ASSERT_TRUE(m.setData(m.findRow(Kind::Property, str("limit")).siblingAtColumn(1), 30.5));
    EXPECT_FALSE(m.setData(m.findRow(Kind::Property, str("limit")).siblingAtColumn(1), str("warm")));
    ASSERT_TRUE(m.setData(m.findRow(Kind::ComponentProperty, str("brightness"), str("display")).siblingAtColumn(1), 3));
    ASSERT_TRUE(m.addRelationship(str("feeds"), str("room-102")));
    ASSERT_TRUE(m.removeRelationship(m.findRow(Kind::Relationship, str("feeds-room-102"))));
    ASSERT_TRUE(p.removeTwin(str("g1")));
    EXPECT_EQ(m.rowCount(), 0);
    while (p.undoStack()->canUndo())
        p.undoStack()->undo();
    EXPECT_GT(m.rowCount(), 0);
    while (p.undoStack()->canRedo())
        p.undoStack()->redo();
    m.setTwin(str("room-101"));
    m.setTwin(str("ms-101-temp"));
    p.clear();
    EXPECT_EQ(m.rowCount(), 0);
}

TEST(InspectorModel, RowsFollowTheResolvedInterface)
{
    Project p;
    loadFixture(p);
    InspectorModel m(&p);
    m.setTwin(str("th-101"));

    const QModelIndex identity = m.sectionIndex(Kind::Identity);
    ASSERT_TRUE(identity.isValid());
    EXPECT_EQ(childNames(m, identity), (QStringList{str("id"), str("model"), str("category")}));
    EXPECT_EQ(value(m, m.index(0, 0, identity)).toString(), str("th-101"));
    EXPECT_EQ(value(m, m.index(1, 0, identity)).toString(), str("Thermostat"));
    EXPECT_TRUE(m.index(1, InspectorModel::ValueColumn, identity).data(Qt::ToolTipRole).toString().contains(
        str("dtmi:twinstudio:core:Thermostat;1")));
    EXPECT_EQ(value(m, m.index(2, 0, identity)).toString(), str("Device"));
    EXPECT_FALSE(m.flags(m.index(0, 1, identity)) & Qt::ItemIsEditable);
    EXPECT_FALSE(m.index(0, 1, identity).data(InspectorModel::ReadOnlyReasonRole).toString().isEmpty());

    // Inherited properties first, then the thermostat's own.
    EXPECT_EQ(childNames(m, m.sectionIndex(Kind::Property)),
              (QStringList{str("name"), str("hardwareId"), str("setpoint")}));
    const QModelIndex setpoint = m.findRow(Kind::Property, str("setpoint"));
    EXPECT_EQ(setpoint.data(InspectorModel::UnitRole).toString(), str("°C"));
    EXPECT_EQ(setpoint.data(InspectorModel::SchemaRole).toString(), str("double"));
    EXPECT_EQ(setpoint.data(InspectorModel::EditorRole).toInt(), int(Editor::Double));
    EXPECT_TRUE(setpoint.data(InspectorModel::EditableRole).toBool());
    EXPECT_EQ(setpoint.siblingAtColumn(InspectorModel::SchemaColumn).data().toString(), str("double, °C"));
    EXPECT_EQ(value(m, m.findRow(Kind::Property, str("name"))).toString(), str("Thermostat 101"));

    EXPECT_FALSE(m.sectionIndex(Kind::Telemetry).isValid()) << "a thermostat twin has no telemetry of its own";
    const QModelIndex rels = m.sectionIndex(Kind::Relationship);
    ASSERT_EQ(m.rowCount(rels), 1);
    EXPECT_EQ(m.index(0, 0, rels).data(InspectorModel::NameRole).toString(), str("hasSensor"));
    EXPECT_EQ(m.index(0, 0, rels).data(InspectorModel::TargetRole).toString(), str("th-101-temp"));
    EXPECT_EQ(value(m, m.index(0, 0, rels)).toString(), str("Temperature (th-101-temp)"));
    EXPECT_EQ(m.index(0, InspectorModel::SchemaColumn, rels).data().toString(), str("Temperature sensor"));

    m.setTwin(str("ms-101-temp"));
    const QModelIndex temperature = m.findRow(Kind::Telemetry, str("temperature"));
    ASSERT_TRUE(temperature.isValid());
    EXPECT_FALSE(m.flags(temperature.siblingAtColumn(1)) & Qt::ItemIsEditable);
    EXPECT_EQ(temperature.data(InspectorModel::UnitRole).toString(), str("°C"));

    m.setTwin(str("no-such-twin"));
    EXPECT_EQ(m.rowCount(), 0);
}

TEST(InspectorModel, CategoryFollowsTheCategoryMap)
{
    Project p;
    loadFixture(p);
    InspectorModel m(&p);
    m.setTwin(str("th-101"));
    const QModelIndex category = m.index(2, InspectorModel::ValueColumn, m.sectionIndex(Kind::Identity));
    EXPECT_EQ(category.data().toString(), str("Device"));
    QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
    QHash<QString, Category> roots = p.models().categoryRoots();
    roots.insert(str("dtmi:twinstudio:core:Thermostat;1"), Category::Sensor);
    ASSERT_TRUE(p.setCategoryRoots(roots));
    EXPECT_FALSE(changed.isEmpty());
    EXPECT_EQ(category.data().toString(), str("Sensor"));
    p.undoStack()->undo();
    EXPECT_EQ(category.data().toString(), str("Device"));
}

TEST(InspectorModel, EditsAreUndoable)
{
    Project p;
    loadFixture(p);
    InspectorModel m(&p);
    m.setTwin(str("th-101"));
    const QModelIndex setpoint = m.findRow(Kind::Property, str("setpoint")).siblingAtColumn(1);
    ASSERT_TRUE(m.setData(setpoint, 22.5));
    EXPECT_EQ(stored(p, "th-101", "setpoint"), QJsonValue(22.5));
    EXPECT_EQ(p.undoStack()->count(), 1);
    EXPECT_EQ(setpoint.data().toString(), str("22.5 °C"));
    EXPECT_EQ(setpoint.data(Qt::EditRole).toDouble(), 22.5);

    QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
    p.undoStack()->undo();
    EXPECT_TRUE(stored(p, "th-101", "setpoint").isUndefined());
    EXPECT_TRUE(setpoint.data().toString().isEmpty());
    EXPECT_FALSE(changed.isEmpty()) << "undo is shown";
    p.undoStack()->redo();
    EXPECT_EQ(setpoint.data().toString(), str("22.5 °C"));

    // Text typed into a line edit counts too, and an emptied field unsets the value.
    ASSERT_TRUE(m.setData(setpoint, str("19")));
    EXPECT_EQ(stored(p, "th-101", "setpoint"), QJsonValue(19.0));
    ASSERT_TRUE(m.setData(setpoint, QString()));
    EXPECT_TRUE(stored(p, "th-101", "setpoint").isUndefined());

    // Edits made elsewhere show.
    ASSERT_TRUE(p.setTwinProperty(str("th-101"), str("name"), str("Hall thermostat")));
    EXPECT_EQ(value(m, m.findRow(Kind::Property, str("name"))).toString(), str("Hall thermostat"));
}

TEST(InspectorModel, RefusedValuesAreReportedOnTheirRowAndLeaveTheDocument)
{
    Project p;
    loadFixture(p);
    InspectorModel m(&p);
    m.setTwin(str("g1"));
    const Twin before = *p.graph()->findTwin(str("g1"));

    const struct
    {
        const char *property;
        QVariant value;
        const char *mentions;
    } refused[] = {
        {"limit", str("warm"), "not a number"},
        {"level", 300, "outside the range"},
        {"level", 1.5, "whole number"},
        {"mode", str("dry"), "not one of"},
        {"speed", 3, "not one of"},
        {"enabled", str("maybe"), "true or false"},
        {"position", str("{\"x\": 1,"), "not valid JSON"},
        {"position", str("{\"x\": 1, \"z\": 2}"), "no field 'z'"},
        {"position", str("[1, 2]"), "an object"},
        {"thresholds", str("[1, \"two\"]"), "integer"},
        {"tags", str("{\"a\": 1}"), "a string"},
        {"installed", str("yesterday"), "date and time"},
        {"interval", str("5 minutes"), "duration"},
    };
    QSignalSpy refusals(&m, &InspectorModel::valueRefused);
    for (const auto &r : refused) {
        SCOPED_TRACE(r.property);
        const QModelIndex row = m.findRow(Kind::Property, str(r.property));
        ASSERT_TRUE(row.isValid());
        QString error;
        EXPECT_FALSE(m.setValue(row, r.value, &error));
        EXPECT_TRUE(error.contains(str(r.mentions))) << error.toStdString();
        EXPECT_EQ(row.data(InspectorModel::ErrorRole).toString(), error);
        EXPECT_TRUE(value(m, row, Qt::ToolTipRole).toString().contains(error));
        ASSERT_FALSE(refusals.isEmpty());
        EXPECT_EQ(refusals.last().at(0).value<QModelIndex>(), row.siblingAtColumn(InspectorModel::ValueColumn));
        EXPECT_EQ(refusals.last().at(1).toString(), error);
    }
    EXPECT_EQ(refusals.size(), int(std::size(refused)));
    EXPECT_EQ(*p.graph()->findTwin(str("g1")), before);
    EXPECT_EQ(p.undoStack()->count(), 0);

    // A good value clears the row's error.
    const QModelIndex limit = m.findRow(Kind::Property, str("limit"));
    ASSERT_TRUE(m.setValue(limit, 40));
    EXPECT_TRUE(limit.data(InspectorModel::ErrorRole).toString().isEmpty());
    // Selecting another twin forgets refused edits.
    m.setTwin(str("th-101"));
    m.setTwin(str("g1"));
    EXPECT_TRUE(m.findRow(Kind::Property, str("level")).data(InspectorModel::ErrorRole).toString().isEmpty());
}

TEST(InspectorModel, StoredValuesTheSchemaRefusesAreFlagged)
{
    Project p;
    loadFixture(p);
    // Edits and imports check values; a file written elsewhere may still hold bad ones.
    ASSERT_TRUE(twintest::storeUnchecked(p, Twin{str("g2"), kGauge, {{str("limit"), str("hot")}}, {}}));
    InspectorModel m(&p);
    m.setTwin(str("g2"));
    const QModelIndex limit = m.findRow(Kind::Property, str("limit"));
    EXPECT_TRUE(limit.data(InspectorModel::ErrorRole).toString().contains(str("expected a number")));
    EXPECT_EQ(value(m, limit).toString(), str("\"hot\""));
    EXPECT_TRUE(m.findRow(Kind::Property, str("label")).data(InspectorModel::ErrorRole).toString().isEmpty());
    // Fixing it is an ordinary edit.
    ASSERT_TRUE(m.setValue(limit, 12.0));
    EXPECT_TRUE(limit.data(InspectorModel::ErrorRole).toString().isEmpty());
}

TEST(InspectorModel, EveryKindOfSchemaHasItsEditorAndValue)
{
    Project p;
    loadFixture(p);
    InspectorModel m(&p);
    m.setTwin(str("g1"));
    auto row = [&](const char *name) { return m.findRow(Kind::Property, str(name)); };
    auto editor = [&](const char *name) { return Editor(row(name).data(InspectorModel::EditorRole).toInt()); };

    EXPECT_EQ(editor("label"), Editor::Text);
    EXPECT_EQ(editor("limit"), Editor::Double);
    EXPECT_EQ(editor("level"), Editor::Integer);
    EXPECT_EQ(row("level").data(InspectorModel::MinimumRole).toDouble(), -128.0);
    EXPECT_EQ(row("level").data(InspectorModel::MaximumRole).toDouble(), 127.0);
    EXPECT_EQ(editor("enabled"), Editor::Boolean);
    EXPECT_EQ(editor("mode"), Editor::Enum);
    EXPECT_EQ(editor("installed"), Editor::DateTime);
    EXPECT_EQ(editor("interval"), Editor::Duration);
    EXPECT_EQ(editor("position"), Editor::Json);
    EXPECT_EQ(editor("tags"), Editor::Json);
    EXPECT_EQ(editor("thresholds"), Editor::Json);
    EXPECT_EQ(row("thresholds").siblingAtColumn(2).data().toString(), str("array of integer"));

    // Enum: by value, by name or by display name; shown by display name.
    EXPECT_EQ(row("mode").data(InspectorModel::EnumLabelsRole).toStringList(), (QStringList{str("Heating"), str("Cooling")}));
    ASSERT_TRUE(m.setValue(row("mode"), str("Cooling")));
    EXPECT_EQ(stored(p, "g1", "mode"), QJsonValue(str("cool")));
    EXPECT_EQ(value(m, row("mode")).toString(), str("Cooling"));
    ASSERT_TRUE(m.setValue(row("speed"), 2));
    EXPECT_EQ(stored(p, "g1", "speed"), QJsonValue(2));
    EXPECT_EQ(value(m, row("speed")).toString(), str("fast"));

    ASSERT_TRUE(m.setValue(row("enabled"), true));
    EXPECT_EQ(stored(p, "g1", "enabled"), QJsonValue(true));
    ASSERT_TRUE(m.setValue(row("level"), -5));
    EXPECT_EQ(stored(p, "g1", "level"), QJsonValue(-5));

    const QDateTime when(QDate(2026, 3, 1), QTime(8, 30), Qt::UTC);
    ASSERT_TRUE(m.setValue(row("installed"), when));
    EXPECT_EQ(stored(p, "g1", "installed"), QJsonValue(str("2026-03-01T08:30:00.000Z")));
    EXPECT_EQ(value(m, row("installed"), Qt::EditRole).toDateTime(), when);

    ASSERT_TRUE(m.setValue(row("interval"), str("PT5M")));
    EXPECT_EQ(stored(p, "g1", "interval"), QJsonValue(str("PT5M")));

    ASSERT_TRUE(m.setValue(row("position"), str("{\"x\": 1.5, \"y\": 2}")));
    EXPECT_EQ(stored(p, "g1", "position").toObject(), (QJsonObject{{str("x"), 1.5}, {str("y"), 2}}));
    EXPECT_EQ(value(m, row("position"), Qt::EditRole).toString(), str("{\"x\":1.5,\"y\":2}"));
    ASSERT_TRUE(m.setValue(row("tags"), str("{\"zone\": \"north\"}")));
    EXPECT_EQ(stored(p, "g1", "tags").toObject().value(str("zone")), QJsonValue(str("north")));
    ASSERT_TRUE(m.setValue(row("thresholds"), str("[10, 20, 30]")));
    EXPECT_EQ(stored(p, "g1", "thresholds").toArray().size(), 3);
    EXPECT_EQ(value(m, row("thresholds")).toString(), str("[10,20,30]"));
}

TEST(InspectorModel, ReadOnlyPropertiesCannotBeEdited)
{
    Project p;
    loadFixture(p);
    InspectorModel m(&p);
    m.setTwin(str("g1"));
    const QModelIndex serial = m.findRow(Kind::Property, str("serial"));
    EXPECT_EQ(value(m, serial).toString(), str("SN-1"));
    EXPECT_FALSE(serial.data(InspectorModel::EditableRole).toBool());
    EXPECT_FALSE(m.flags(serial.siblingAtColumn(1)) & Qt::ItemIsEditable);
    EXPECT_TRUE(serial.data(InspectorModel::ReadOnlyReasonRole).toString().contains(str("not writable")));
    QString error;
    EXPECT_FALSE(m.setValue(serial, str("SN-2"), &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(stored(p, "g1", "serial"), QJsonValue(str("SN-1")));
}

TEST(InspectorModel, ComponentPropertiesAreNestedRows)
{
    Project p;
    loadFixture(p);
    InspectorModel m(&p);
    m.setTwin(str("g1"));
    const QModelIndex display = m.findRow(Kind::Component, str("display"));
    ASSERT_TRUE(display.isValid());
    EXPECT_EQ(childNames(m, display), (QStringList{str("brightness"), str("firmware")}));
    const QModelIndex brightness = m.findRow(Kind::ComponentProperty, str("brightness"), str("display"));
    EXPECT_EQ(brightness.parent(), display);
    EXPECT_FALSE(m.findRow(Kind::ComponentProperty, str("firmware"), str("display")).data(InspectorModel::EditableRole).toBool());

    ASSERT_TRUE(m.setValue(brightness, 7));
    const QJsonObject component = stored(p, "g1", "display").toObject();
    EXPECT_EQ(component.value(str("brightness")), QJsonValue(7));
    EXPECT_TRUE(component.contains(str("$metadata")));
    EXPECT_EQ(value(m, brightness).toString(), str("7"));

    QString error;
    EXPECT_FALSE(m.setValue(brightness, str("bright"), &error));
    EXPECT_EQ(stored(p, "g1", "display").toObject().value(str("brightness")), QJsonValue(7));
    EXPECT_EQ(brightness.data(InspectorModel::ErrorRole).toString(), error);

    p.undoStack()->undo();
    EXPECT_TRUE(stored(p, "g1", "display").isUndefined());
    EXPECT_TRUE(value(m, brightness).toString().isEmpty());
}

TEST(InspectorModel, FollowsTheTwinThroughRemovalAndUndo)
{
    Project p;
    loadFixture(p);
    InspectorModel m(&p);
    m.setTwin(str("g1"));
    ASSERT_TRUE(p.removeTwin(str("g1")));
    EXPECT_EQ(m.rowCount(), 0);
    EXPECT_TRUE(m.relationshipOptions().isEmpty());
    p.undoStack()->undo();
    ASSERT_TRUE(m.findRow(Kind::Property, str("serial")).isValid());
    EXPECT_EQ(value(m, m.findRow(Kind::Property, str("serial"))).toString(), str("SN-1"));

    // Opening another document shows the twin of that name, if there is one.
    Diagnostics d;
    ASSERT_TRUE(p.setContent(demoProjectContent(), &d));
    EXPECT_EQ(m.rowCount(), 0);
    m.setTwin(str("room-101"));
    EXPECT_EQ(value(m, m.findRow(Kind::Property, str("name"))).toString(), str("Office 101"));
}

TEST(InspectorModel, RelationshipOptionsFollowTheCoreOntology)
{
    Project p;
    loadFixture(p);
    InspectorModel m(&p);
    auto option = [&](const char *name) {
        for (const auto &o : m.relationshipOptions()) {
            if (o.name == str(name))
                return o;
        }
        return InspectorModel::RelationshipOption();
    };

    // A multisensor carries sensors only, and not the ones it has already.
    m.setTwin(str("ms-101"));
    const auto hasSensor = option("hasSensor");
    ASSERT_EQ(hasSensor.name, str("hasSensor"));
    EXPECT_EQ(hasSensor.count, 4);
    EXPECT_EQ(hasSensor.targetName, str("Sensor"));
    EXPECT_FALSE(hasSensor.targets.isEmpty());
    for (const QString &id : hasSensor.targets)
        EXPECT_EQ(p.categoryOf(*p.graph()->findTwin(id)), Category::Sensor) << id.toStdString();
    EXPECT_FALSE(hasSensor.targets.contains(str("ms-101-temp")));
    EXPECT_TRUE(hasSensor.targets.contains(str("ms-102-temp")));

    // A person's role is on a space.
    m.setTwin(str("person-alice"));
    const auto hasRole = option("hasRole");
    EXPECT_TRUE(hasRole.targets.contains(str("room-101")));
    EXPECT_TRUE(hasRole.targets.contains(str("building-a")));
    EXPECT_FALSE(hasRole.targets.contains(str("ms-101")));
    EXPECT_FALSE(hasRole.targets.contains(str("person-bob")));
    QString error;
    EXPECT_FALSE(m.addRelationship(str("hasRole"), str("ms-101"), &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(m.addRelationship(str("knows"), str("person-bob"), &error));
    EXPECT_TRUE(error.contains(str("knows")));

    QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
    ASSERT_TRUE(m.addRelationship(str("hasRole"), str("room-101"), &error)) << error.toStdString();
    EXPECT_EQ(inserted.size(), 1);
    const QModelIndex rels = m.sectionIndex(Kind::Relationship);
    EXPECT_EQ(childNames(m, rels, InspectorModel::TargetRole), (QStringList{str("room-101")}));
    EXPECT_FALSE(option("hasRole").targets.contains(str("room-101")));
    p.undoStack()->undo();
    EXPECT_EQ(m.rowCount(rels), 0);
    p.undoStack()->redo();
    ASSERT_EQ(m.rowCount(rels), 1);
    ASSERT_TRUE(m.removeRelationship(m.index(0, 0, rels), &error)) << error.toStdString();
    EXPECT_EQ(m.rowCount(rels), 0);
    EXPECT_FALSE(m.removeRelationship(m.sectionIndex(Kind::Identity), &error));
}

TEST(InspectorModel, MaxMultiplicityIsRespected)
{
    Project p;
    loadFixture(p);
    InspectorModel m(&p);
    m.setTwin(str("g1"));
    auto feeds = [&] {
        for (const auto &o : m.relationshipOptions()) {
            if (o.name == str("feeds"))
                return o;
        }
        return InspectorModel::RelationshipOption();
    };
    EXPECT_EQ(feeds().maxMultiplicity, 1);
    EXPECT_FALSE(feeds().isFull());
    EXPECT_TRUE(feeds().targets.contains(str("room-102")));
    EXPECT_FALSE(feeds().targets.contains(str("th-101"))) << "a thermostat is no space";
    ASSERT_TRUE(m.addRelationship(str("feeds"), str("room-102")));
    EXPECT_TRUE(feeds().isFull());
    EXPECT_TRUE(feeds().targets.isEmpty());
    QString error;
    EXPECT_FALSE(m.addRelationship(str("feeds"), str("room-103"), &error));
    EXPECT_TRUE(error.contains(str("the most its model allows"))) << error.toStdString();
    EXPECT_EQ(m.rowCount(m.sectionIndex(Kind::Relationship)), 1);
}

TEST(InspectorModel, RelationshipOptionsFollowRealEstateCore)
{
    TWIN_REQUIRE_SHARED("ontologies/rec-3.3");
    Project p;
    Diagnostics d;
    ASSERT_TRUE(p.importOntology({twintest::sharedPath(QStringLiteral("ontologies/rec-3.3"))}, &d));
    auto rec = [](const char *path) { return QStringLiteral("dtmi:digitaltwins:rec_3_3:%1;1").arg(str(path)); };
    for (const auto &[id, model] : {std::pair{"facade", "building:Facade"}, std::pair{"balcony", "building:Balcony"},
                                    std::pair{"hq", "core:Building"}, std::pair{"lobby", "core:Room"}}) {
        QString error;
        ASSERT_TRUE(p.addTwin(Twin{str(id), rec(model), {}, {}}, &error)) << error.toStdString();
    }
    InspectorModel m(&p);
    m.setTwin(str("balcony"));
    QHash<QString, InspectorModel::RelationshipOption> options;
    for (const auto &o : m.relationshipOptions())
        options.insert(o.name, o);
    ASSERT_TRUE(options.contains(str("isPartOf")));
    EXPECT_EQ(options.value(str("isPartOf")).maxMultiplicity, 1);
    EXPECT_EQ(options.value(str("isPartOf")).targets, QStringList{str("facade")});
    EXPECT_EQ(options.value(str("componentOfBuilding")).targets, QStringList{str("hq")});

    ASSERT_TRUE(m.addRelationship(str("isPartOf"), str("facade")));
    QString error;
    EXPECT_FALSE(m.addRelationship(str("isPartOf"), str("facade"), &error));
    for (const auto &o : m.relationshipOptions()) {
        if (o.name == str("isPartOf")) {
            EXPECT_TRUE(o.isFull());
        }
    }
    EXPECT_FALSE(m.addRelationship(str("componentOfBuilding"), str("lobby"), &error));
    EXPECT_TRUE(m.addRelationship(str("componentOfBuilding"), str("hq"), &error)) << error.toStdString();

    // REC properties: maps of custom tags are edited as JSON.
    const QModelIndex tags = m.findRow(Kind::Property, str("customTags"));
    ASSERT_TRUE(tags.isValid());
    EXPECT_EQ(tags.data(InspectorModel::EditorRole).toInt(), int(Editor::Json));
}

TEST(InspectorModel, LiveValuesShowOnTheirTelemetryRow)
{
    Project p;
    loadFixture(p);
    InspectorModel m(&p);
    const QDateTime ts(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    m.setLiveValue(str("ms-101-temp"), QString(), 21.5, ts);
    m.setLiveValue(str("g1"), str("alarm"), true, ts);

    m.setTwin(str("ms-101-temp"));
    const QModelIndex temperature = m.findRow(Kind::Telemetry, str("temperature"));
    EXPECT_EQ(value(m, temperature).toString(), str("21.5 °C"));
    EXPECT_EQ(temperature.data(InspectorModel::LiveTimestampRole).toDateTime(), ts);

    QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
    m.setLiveValue(str("ms-101-temp"), str("temperature"), 22.0, ts.addSecs(1));
    ASSERT_EQ(changed.size(), 1);
    EXPECT_EQ(changed.first().at(0).value<QModelIndex>(), temperature.siblingAtColumn(1));
    EXPECT_EQ(value(m, temperature).toString(), str("22 °C"));
    m.setLiveValue(str("ms-102-temp"), QString(), 19.0, ts);
    EXPECT_EQ(changed.size(), 1) << "values of other twins are kept quietly";

    m.setTwin(str("g1"));
    EXPECT_TRUE(value(m, m.findRow(Kind::Telemetry, str("temperature"))).toString().isEmpty());
    EXPECT_EQ(value(m, m.findRow(Kind::Telemetry, str("alarm"))).toString(), str("true"));
    m.clearLiveValues();
    EXPECT_TRUE(value(m, m.findRow(Kind::Telemetry, str("alarm"))).toString().isEmpty());
}
