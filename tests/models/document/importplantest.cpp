// SPDX-License-Identifier: GPL-3.0-or-later
// Project::importContent with ImportOptions: models loaded with another definition, and
// partial imports.
#include "document/project.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace twin;

namespace {

QString str(const char *s)
{
    return QString::fromUtf8(s);
}

QJsonObject sensorModel(const char *unitSchema)
{
    return QJsonObject{
        {str("@context"), str("dtmi:dtdl:context;3")},
        {str("@id"), str("dtmi:example:Gauge;1")},
        {str("@type"), str("Interface")},
        {str("contents"), QJsonArray{QJsonObject{{str("@type"), str("Property")}, {str("name"), str("reading")},
                                                 {str("schema"), str(unitSchema)}}}},
    };
}

Twin gauge(const char *id, const QJsonValue &reading)
{
    return Twin{str(id), str("dtmi:example:Gauge;1"), QJsonObject{{str("reading"), reading}}, {}};
}

/// A project with the Gauge model (reading: integer) and one gauge.
void loadGauge(Project *p)
{
    ProjectContent c;
    c.models = {sensorModel("integer")};
    c.twins = {gauge("g0", 3)};
    Diagnostics d;
    ASSERT_TRUE(p->importContent(c, &d)) << (d.isEmpty() ? "" : qPrintable(d.first().format()));
}

} // namespace

TEST(ImportPlan, ModelWithAnotherDefinitionIsRefusedKeptOrReplaced)
{
    Project p;
    loadGauge(&p);
    ProjectContent c;
    c.models = {sensorModel("double")};
    c.twins = {gauge("g1", 2.5)};
    Diagnostics d;
    EXPECT_FALSE(p.importContent(c, &d, str("in.json")));
    ASSERT_FALSE(d.isEmpty());
    EXPECT_TRUE(d.first().message.contains(str("already loaded with a different definition")));

    // Kept: the twin is checked against the loaded definition (integer), and fails.
    ImportOptions keep;
    keep.models = ImportOptions::Models::Keep;
    d.clear();
    EXPECT_FALSE(p.importContent(c, &d, str("in.json"), QString(), keep));
    c.twins = {gauge("g1", 2)};
    EXPECT_TRUE(p.importContent(c, &d, str("in.json"), QString(), keep));
    EXPECT_EQ(p.models().interfaceJson(str("dtmi:example:Gauge;1")), sensorModel("integer"));
    p.undoStack()->undo();

    // Replaced: the file's definition counts, and undo brings the project's back.
    ImportOptions replace;
    replace.models = ImportOptions::Models::Replace;
    c.twins = {gauge("g1", 2.5)};
    d.clear();
    ASSERT_TRUE(p.importContent(c, &d, str("in.json"), QString(), replace)) << qPrintable(d.first().format());
    EXPECT_EQ(p.models().interfaceJson(str("dtmi:example:Gauge;1")), sensorModel("double"));
    EXPECT_EQ(p.graph()->twinCount(), 2);
    p.undoStack()->undo();
    EXPECT_EQ(p.models().interfaceJson(str("dtmi:example:Gauge;1")), sensorModel("integer"));
    EXPECT_EQ(p.graph()->twinCount(), 1);
    p.undoStack()->redo();
    EXPECT_EQ(p.models().interfaceJson(str("dtmi:example:Gauge;1")), sensorModel("double"));
}

TEST(ImportPlan, ReplacingIsRefusedWhenTwinsOfTheProjectWouldNotFit)
{
    Project p;
    loadGauge(&p);
    ProjectContent c;
    c.models = {sensorModel("string")};
    ImportOptions replace;
    replace.models = ImportOptions::Models::Replace;
    Diagnostics d;
    EXPECT_FALSE(p.importContent(c, &d, str("in.json"), QString(), replace));
    ASSERT_FALSE(d.isEmpty());
    EXPECT_TRUE(d.first().message.contains(str("g0"))) << qPrintable(d.first().message);
    EXPECT_EQ(p.models().interfaceJson(str("dtmi:example:Gauge;1")), sensorModel("integer"));
}

TEST(ImportPlan, PartialImportLeavesOutInvalidTwinsAndTheirRelationships)
{
    Project p;
    ProjectContent c;
    c.twins = {Twin{str("floor"), str("dtmi:twinstudio:core:Floor;1"), {}, {}},
               Twin{str("room-1"), str("dtmi:twinstudio:core:Room;1"), QJsonObject{{str("capacity"), 4}}, {}},
               Twin{str("room-2"), str("dtmi:twinstudio:core:Room;1"), QJsonObject{{str("capacity"), str("four")}}, {}}};
    c.relationships = {{str("c1"), str("floor"), str("contains"), str("room-1"), {}},
                       {str("c2"), str("floor"), str("contains"), str("room-2"), {}},
                       {str("c3"), str("room-1"), str("contains"), str("floor"), {}}};
    Diagnostics d;
    EXPECT_FALSE(p.importContent(c, &d, str("in.json")));
    EXPECT_EQ(p.graph()->twinCount(), 0);

    ImportOptions partial;
    partial.partial = true;
    d.clear();
    ASSERT_TRUE(p.importContent(c, &d, str("in.json"), QString(), partial));
    EXPECT_EQ(p.graph()->twinCount(), 2);
    EXPECT_EQ(p.graph()->relationshipCount(), 1);
    EXPECT_EQ(p.undoStack()->count(), 1);
    QStringList messages;
    for (const Diagnostic &x : std::as_const(d)) {
        EXPECT_EQ(x.severity, Diagnostic::Severity::Warning) << qPrintable(x.format());
        messages.append(x.message);
    }
    ASSERT_EQ(messages.size(), 3) << qPrintable(messages.join(u'\n'));
    EXPECT_TRUE(messages.at(0).startsWith(str("left out: twin 'room-2'"))) << qPrintable(messages.at(0));
    EXPECT_TRUE(messages.at(1).contains(str("'c2'")) && messages.at(1).contains(str("room-2")));
    EXPECT_TRUE(messages.at(2).contains(str("'c3'")) && messages.at(2).contains(str("cycle")));

    // Nothing valid: nothing imported, and an error.
    ProjectContent bad;
    bad.twins = {Twin{str("room-3"), str("dtmi:twinstudio:core:Room;1"), QJsonObject{{str("capacity"), true}}, {}}};
    d.clear();
    EXPECT_FALSE(p.importContent(bad, &d, str("in.json"), QString(), partial));
    EXPECT_TRUE(hasErrors(d));
    EXPECT_EQ(p.undoStack()->count(), 1);
}
