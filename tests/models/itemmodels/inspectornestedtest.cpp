// SPDX-License-Identifier: GPL-3.0-or-later
#include "functions/demoproject.h"
#include "document/project.h"
#include "itemmodels/inspectormodel.h"

#include "support/projectfixtures.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QUndoStack>

#include <gtest/gtest.h>

using namespace twin;
using Kind = InspectorModel::RowKind;
using Editor = InspectorModel::Editor;
using Composite = InspectorModel::Composite;

namespace {

// An object holding an object, a map of objects with an enum and a unit, an array of
// numbers, and a read-only object.
const char *const kPanelModels = R"([
{
  "@context": ["dtmi:dtdl:context;3", "dtmi:dtdl:extension:quantitativeTypes;1"],
  "@id": "dtmi:test:nested:Panel;1",
  "@type": "Interface",
  "contents": [
    {"@type": "Property", "name": "placement", "writable": true, "schema": {
      "@type": "Object", "fields": [
        {"name": "label", "schema": "string"},
        {"name": "origin", "schema": {"@type": "Object", "fields": [
          {"name": "x", "schema": "double"}, {"name": "y", "schema": "double"}]}}]}},
    {"@type": "Property", "name": "zones", "writable": true, "schema": {
      "@type": "Map", "mapKey": {"name": "zone", "schema": "string"},
      "mapValue": {"name": "setting", "schema": {"@type": "Object", "fields": [
        {"name": "mode", "schema": {"@type": "Enum", "valueSchema": "string", "enumValues": [
          {"name": "eco", "displayName": "Economy", "enumValue": "eco"},
          {"name": "comfort", "displayName": "Comfort", "enumValue": "comfort"}]}},
        {"name": "level", "schema": "byte"},
        {"@type": ["Field", "Temperature"], "name": "setpoint", "schema": "double", "unit": "degreeCelsius"}]}}}},
    {"@type": "Property", "name": "limits", "writable": true, "schema": {"@type": "Array", "elementSchema": "double"}},
    {"@type": "Property", "name": "factory", "schema": {
      "@type": "Object", "fields": [{"name": "batch", "schema": "string"}]}}
  ]
}
])";

QString str(const char *s)
{
    return QString::fromUtf8(s);
}

struct Fixture
{
    Fixture()
    {
        Diagnostics d;
        EXPECT_TRUE(project.setContent(demoProjectContent(), &d));
        EXPECT_TRUE(twintest::importModels(project, QByteArray(kPanelModels), &d))
            << (d.isEmpty() ? std::string() : d.first().format().toStdString());
        QString error;
        const QJsonObject properties{
            {str("zones"), QJsonObject{{str("north"), QJsonObject{{str("mode"), str("eco")}, {str("level"), 2}}}}},
            {str("limits"), QJsonArray{10.0, 20.0, 30.0}},
            {str("factory"), QJsonObject{{str("batch"), str("B7")}}}};
        EXPECT_TRUE(project.addTwinUnder(Twin{str("p1"), str("dtmi:test:nested:Panel;1"), properties, {}},
                                         str("room-101"), &error))
            << error.toStdString();
        project.undoStack()->clear();
        model.setTwin(str("p1"));
    }

    QModelIndex property(const char *name) const { return model.findRow(Kind::Property, str(name)); }
    QModelIndex part(const QModelIndex &parent, const char *name) const { return model.findPart(parent, str(name)); }
    QJsonValue stored(const char *name) const { return project.graph()->findTwin(str("p1"))->properties.value(str(name)); }
    QString shown(const QModelIndex &row) const { return row.siblingAtColumn(InspectorModel::ValueColumn).data().toString(); }
    QStringList partNames(const QModelIndex &parent) const
    {
        QStringList names;
        for (int i = 0; i < model.rowCount(parent); ++i)
            names.append(model.index(i, 0, parent).data(InspectorModel::NameRole).toString());
        return names;
    }

    Project project;
    InspectorModel model{&project};
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

} // namespace

TEST(InspectorNested, ObjectInObjectHasARowPerFieldWithItsOwnEditor)
{
    Fixture f;
    const QModelIndex placement = f.property("placement");
    EXPECT_EQ(placement.data(InspectorModel::CompositeRole).toInt(), int(Composite::Object));
    EXPECT_EQ(placement.data(InspectorModel::EditorRole).toInt(), int(Editor::Json)) << "the JSON fallback stays";
    EXPECT_EQ(f.partNames(placement), (QStringList{str("label"), str("origin")}));
    const QModelIndex origin = f.part(placement, "origin");
    EXPECT_EQ(origin.data(InspectorModel::RowKindRole).toInt(), int(Kind::Field));
    EXPECT_EQ(f.partNames(origin), (QStringList{str("x"), str("y")}));
    const QModelIndex x = f.part(origin, "x");
    EXPECT_EQ(x.data(InspectorModel::EditorRole).toInt(), int(Editor::Double));
    EXPECT_EQ(x.data(InspectorModel::PathRole).toString(), str("placement/origin/x"));
    EXPECT_TRUE(x.data(InspectorModel::EditableRole).toBool());

    // An unset object is made by editing one of its fields; each edit is one step.
    ASSERT_TRUE(f.model.setData(x.siblingAtColumn(1), 1.5));
    EXPECT_EQ(f.stored("placement").toObject(), (QJsonObject{{str("origin"), QJsonObject{{str("x"), 1.5}}}}));
    // Typing into the same field again merges into its step.
    ASSERT_TRUE(f.model.setData(x.siblingAtColumn(1), 3.0));
    EXPECT_EQ(f.project.undoStack()->count(), 1);
    ASSERT_TRUE(f.model.setData(f.part(origin, "y").siblingAtColumn(1), str("2")));
    ASSERT_TRUE(f.model.setData(f.part(placement, "label").siblingAtColumn(1), str("Lobby")));
    EXPECT_EQ(f.project.undoStack()->count(), 3);
    EXPECT_EQ(f.shown(f.part(origin, "y")), str("2"));
    EXPECT_EQ(f.shown(placement), str("{\"label\":\"Lobby\",\"origin\":{\"x\":3,\"y\":2}}"));

    f.project.undoStack()->undo();
    EXPECT_TRUE(f.stored("placement").toObject().value(str("label")).isUndefined());
    EXPECT_EQ(f.shown(f.part(placement, "label")), QString());
    f.project.undoStack()->undo();
    EXPECT_TRUE(f.stored("placement").toObject().value(str("origin")).toObject().value(str("y")).isUndefined());
    f.project.undoStack()->redo();
    f.project.undoStack()->redo();
    EXPECT_EQ(f.shown(f.part(placement, "label")), str("Lobby"));
    EXPECT_EQ(f.stored("placement").toObject().value(str("origin")).toObject().value(str("x")), QJsonValue(3.0));

    // Emptying a field (but a text's) unsets it.
    ASSERT_TRUE(f.model.setData(f.part(origin, "y").siblingAtColumn(1), QString()));
    EXPECT_EQ(f.stored("placement").toObject().value(str("origin")).toObject(), (QJsonObject{{str("x"), 3.0}}));
}

TEST(InspectorNested, MapEntriesAreRowsThatCanBeAddedRenamedAndRemoved)
{
    Fixture f;
    const QModelIndex zones = f.property("zones");
    EXPECT_EQ(zones.data(InspectorModel::CompositeRole).toInt(), int(Composite::Map));
    EXPECT_EQ(f.partNames(zones), QStringList{str("north")});
    const QModelIndex north = f.part(zones, "north");
    EXPECT_EQ(north.data().toString(), str("north"));
    EXPECT_TRUE(f.model.flags(north) & Qt::ItemIsEditable) << "the key is edited on the name";
    EXPECT_EQ(north.data(InspectorModel::EditorRole).toInt(), int(Editor::Text));
    // The entry's value is an object: its fields, with the enum's editor and labels.
    const QModelIndex mode = f.part(north, "mode");
    EXPECT_EQ(mode.data(InspectorModel::EditorRole).toInt(), int(Editor::Enum));
    EXPECT_EQ(mode.data(InspectorModel::EnumLabelsRole).toStringList(), (QStringList{str("Economy"), str("Comfort")}));
    EXPECT_EQ(f.shown(mode), str("Economy"));
    const QModelIndex setpoint = f.part(north, "setpoint");
    EXPECT_EQ(setpoint.data(InspectorModel::UnitRole).toString(), str("°C"));
    ASSERT_TRUE(f.model.setData(setpoint.siblingAtColumn(1), 21.5));
    EXPECT_EQ(f.shown(setpoint), str("21.5 °C"));
    EXPECT_EQ(setpoint.siblingAtColumn(2).data().toString(), str("double, °C"));
    f.project.undoStack()->undo();
    ASSERT_TRUE(f.model.setData(mode.siblingAtColumn(1), str("comfort")));
    EXPECT_EQ(f.stored("zones").toObject().value(str("north")).toObject().value(str("mode")), QJsonValue(str("comfort")));

    QSignalSpy inserted(&f.model, &QAbstractItemModel::rowsInserted);
    QString error;
    ASSERT_TRUE(f.model.addEntry(zones, str("south"), &error)) << error.toStdString();
    EXPECT_FALSE(inserted.isEmpty());
    EXPECT_EQ(f.partNames(zones), (QStringList{str("north"), str("south")}));
    EXPECT_EQ(f.stored("zones").toObject().value(str("south")), QJsonValue(QJsonObject()));
    const int steps = f.project.undoStack()->count();
    EXPECT_EQ(steps, 2);

    // Keys: not twice, not empty.
    EXPECT_FALSE(f.model.addEntry(zones, str("south"), &error));
    EXPECT_TRUE(error.contains(str("already has the key"))) << error.toStdString();
    EXPECT_FALSE(f.model.addEntry(f.part(zones, "north"), str(" "), &error));
    EXPECT_TRUE(error.contains(str("empty")));
    EXPECT_EQ(zones.data(InspectorModel::ErrorRole).toString(), error);
    EXPECT_EQ(f.project.undoStack()->count(), steps);

    // Renaming through the name column.
    ASSERT_TRUE(f.model.setData(f.part(zones, "south"), str("west")));
    EXPECT_EQ(f.partNames(zones), (QStringList{str("north"), str("west")}));
    EXPECT_FALSE(f.model.setData(f.part(zones, "west"), str("north")));

    ASSERT_TRUE(f.model.removeEntry(f.part(zones, "north"), &error)) << error.toStdString();
    EXPECT_EQ(f.partNames(zones), QStringList{str("west")});
    EXPECT_EQ(f.project.undoStack()->count(), steps + 2);

    f.project.undoStack()->undo();
    EXPECT_EQ(f.partNames(zones), (QStringList{str("north"), str("west")}));
    EXPECT_EQ(f.shown(f.part(f.part(zones, "north"), "mode")), str("Comfort"));
    f.project.undoStack()->undo();
    EXPECT_EQ(f.partNames(zones), (QStringList{str("north"), str("south")}));
    f.project.undoStack()->undo();
    EXPECT_EQ(f.partNames(zones), QStringList{str("north")});
    f.project.undoStack()->redo();
    EXPECT_EQ(f.partNames(zones), (QStringList{str("north"), str("south")}));
}

TEST(InspectorNested, ArrayElementsCanBeAddedRemovedAndReordered)
{
    Fixture f;
    const QModelIndex limits = f.property("limits");
    EXPECT_EQ(limits.data(InspectorModel::CompositeRole).toInt(), int(Composite::Array));
    ASSERT_EQ(f.model.rowCount(limits), 3);
    const QModelIndex second = f.part(limits, "1");
    EXPECT_EQ(second.data().toString(), str("Item 2"));
    EXPECT_EQ(f.shown(second), str("20"));
    EXPECT_EQ(second.data(InspectorModel::EditorRole).toInt(), int(Editor::Double));

    QString error;
    ASSERT_TRUE(f.model.setData(second.siblingAtColumn(1), 25.0));
    ASSERT_TRUE(f.model.moveEntry(f.part(limits, "1"), -1, &error)) << error.toStdString();
    EXPECT_EQ(f.stored("limits").toArray(), (QJsonArray{25.0, 10.0, 30.0}));
    EXPECT_FALSE(f.model.moveEntry(f.part(limits, "0"), -1, &error));
    EXPECT_TRUE(error.contains(str("first")));
    ASSERT_TRUE(f.model.moveEntry(f.part(limits, "0"), 2, &error)) << error.toStdString();
    EXPECT_EQ(f.stored("limits").toArray(), (QJsonArray{10.0, 30.0, 25.0}));

    // Added after the selected element, or at the end for the array itself.
    ASSERT_TRUE(f.model.addEntry(f.part(limits, "0"), QString(), &error)) << error.toStdString();
    EXPECT_EQ(f.stored("limits").toArray(), (QJsonArray{10.0, 0.0, 30.0, 25.0}));
    ASSERT_TRUE(f.model.addEntry(limits, QString(), &error));
    EXPECT_EQ(f.model.rowCount(limits), 5);
    ASSERT_TRUE(f.model.removeEntry(f.part(limits, "1"), &error));
    EXPECT_EQ(f.stored("limits").toArray(), (QJsonArray{10.0, 30.0, 25.0, 0.0}));
    EXPECT_EQ(f.model.rowCount(limits), 4);
    EXPECT_EQ(f.project.undoStack()->count(), 6) << "one step per edit, none merged";

    // Undo walks back every step; redo forward again.
    const QList<QJsonArray> history = {
        {10.0, 0.0, 30.0, 25.0, 0.0}, {10.0, 0.0, 30.0, 25.0}, {10.0, 30.0, 25.0}, {25.0, 10.0, 30.0},
        {10.0, 25.0, 30.0}, {10.0, 20.0, 30.0}};
    for (const QJsonArray &expected : history) {
        f.project.undoStack()->undo();
        EXPECT_EQ(f.stored("limits").toArray(), expected);
        EXPECT_EQ(f.model.rowCount(limits), expected.size());
    }
    while (f.project.undoStack()->canRedo())
        f.project.undoStack()->redo();
    EXPECT_EQ(f.stored("limits").toArray(), (QJsonArray{10.0, 30.0, 25.0, 0.0}));
    EXPECT_EQ(f.shown(f.part(limits, "2")), str("25"));

    // An element cannot be emptied; a map or an array is needed to add entries.
    EXPECT_FALSE(f.model.setValue(f.part(limits, "0"), QString(), &error));
    EXPECT_TRUE(error.contains(str("remove it")));
    EXPECT_FALSE(f.model.removeEntry(limits, &error));
    EXPECT_FALSE(f.model.addEntry(f.property("placement"), str("k"), &error));
}

TEST(InspectorNested, InvalidValuesAreRefusedWithAMessage)
{
    Fixture f;
    const QModelIndex level = f.part(f.part(f.property("zones"), "north"), "level");
    QSignalSpy refused(&f.model, &InspectorModel::valueRefused);
    QString error;
    EXPECT_FALSE(f.model.setValue(level, 500, &error));
    EXPECT_TRUE(error.contains(str("outside the range"))) << error.toStdString();
    EXPECT_EQ(level.data(InspectorModel::ErrorRole).toString(), error);
    EXPECT_TRUE(level.siblingAtColumn(1).data(Qt::ToolTipRole).toString().contains(error));
    ASSERT_EQ(refused.size(), 1);
    EXPECT_EQ(refused.first().at(0).value<QModelIndex>(), level.siblingAtColumn(1));
    EXPECT_FALSE(f.model.setValue(f.part(f.part(f.property("zones"), "north"), "mode"), str("turbo"), &error));
    EXPECT_TRUE(error.contains(str("not one of")));
    EXPECT_FALSE(f.model.setValue(f.part(f.property("limits"), "0"), str("hot"), &error));
    EXPECT_TRUE(error.contains(str("not a number")));
    EXPECT_EQ(f.project.undoStack()->count(), 0);
    EXPECT_EQ(f.stored("zones").toObject().value(str("north")).toObject().value(str("level")), QJsonValue(2));

    // A good value clears the error.
    ASSERT_TRUE(f.model.setValue(level, 7, &error)) << error.toStdString();
    EXPECT_TRUE(level.data(InspectorModel::ErrorRole).toString().isEmpty());

    // A bad value stored elsewhere is flagged on its own part only.
    QJsonArray limits = f.stored("limits").toArray();
    limits.replace(1, str("warm"));
    Twin stored = *f.project.graph()->findTwin(str("p1"));
    stored.properties.insert(str("limits"), limits);
    ASSERT_TRUE(twintest::storeUnchecked(f.project, stored));
    f.model.setTwin(str("p1"));
    const QModelIndex arrayRow = f.property("limits");
    EXPECT_TRUE(f.part(arrayRow, "1").data(InspectorModel::ErrorRole).toString().contains(str("expected a number")));
    EXPECT_TRUE(f.part(arrayRow, "2").data(InspectorModel::ErrorRole).toString().isEmpty());
    EXPECT_FALSE(arrayRow.data(InspectorModel::ErrorRole).toString().isEmpty());
}

TEST(InspectorNested, PartsOfReadOnlyValuesAreReadOnly)
{
    Fixture f;
    const QModelIndex batch = f.part(f.property("factory"), "batch");
    EXPECT_EQ(f.shown(batch), str("B7"));
    EXPECT_FALSE(batch.data(InspectorModel::EditableRole).toBool());
    EXPECT_FALSE(f.model.flags(batch.siblingAtColumn(1)) & Qt::ItemIsEditable);
    QString error;
    EXPECT_FALSE(f.model.setValue(batch, str("B8"), &error));
    EXPECT_TRUE(error.contains(str("not writable")));
}

TEST(InspectorNested, ComputedValuesShowInTheirSection)
{
    Fixture f;
    EXPECT_FALSE(f.model.sectionIndex(Kind::Computed).isValid());
    const QDateTime ts(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    QSignalSpy inserted(&f.model, &QAbstractItemModel::rowsInserted);
    f.model.setComputedValue(str("p1"), str("comfort"), str("good"), ts);
    f.model.setComputedValue(str("room-101"), str("occupied"), str("true"), ts);
    const QModelIndex section = f.model.sectionIndex(Kind::Computed);
    ASSERT_TRUE(section.isValid());
    EXPECT_EQ(section.data().toString(), str("Computed"));
    EXPECT_EQ(f.model.index(f.model.rowCount() - 1, 0).data().toString(), str("Relationships"));
    const QModelIndex comfort = f.model.findRow(Kind::Computed, str("comfort"));
    EXPECT_EQ(f.shown(comfort), str("good"));
    EXPECT_EQ(comfort.data(InspectorModel::LiveTimestampRole).toDateTime(), ts);
    EXPECT_FALSE(comfort.siblingAtColumn(2).data().toString().isEmpty()) << "the time";
    EXPECT_FALSE(f.model.flags(comfort.siblingAtColumn(1)) & Qt::ItemIsEditable);
    f.model.setComputedValue(str("p1"), str("alpha"), str("1"), ts);
    EXPECT_EQ(f.model.rowCount(section), 2);
    EXPECT_EQ(f.model.index(0, 0, section).data().toString(), str("alpha"));
    f.model.setComputedValue(str("p1"), str("comfort"), str("poor"), ts.addSecs(1));
    EXPECT_EQ(f.shown(f.model.findRow(Kind::Computed, str("comfort"))), str("poor"));

    f.model.setTwin(str("room-101"));
    EXPECT_EQ(f.shown(f.model.findRow(Kind::Computed, str("occupied"))), str("true"));
    f.model.clearLiveValues();
    EXPECT_FALSE(f.model.sectionIndex(Kind::Computed).isValid());
}
