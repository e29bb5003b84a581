// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/project.h"
#include "interchange/topologyimport.h"
#include "interchange/topologyimporter.h"
#include "interchangetesthelpers.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace twintest;

namespace {

const QString adt = QStringLiteral("adt-ndjson");

bool importBytes(twin::Project *project, const QString &format, const QByteArray &bytes,
                 twin::Diagnostics *diagnostics, const twin::ProgressCallback &progress = {})
{
    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    return twin::TopologyImport::importInto(project, importer(format), &buffer, QStringLiteral("in.ndjson"),
                                            diagnostics, progress);
}

/// A project holding the golden site (models, twins, relationships), one undo step.
void loadGolden(twin::Project *project)
{
    twin::Diagnostics d;
    ASSERT_TRUE(importBytes(project, adt, readBytes(interchangeData(QStringLiteral("site.ndjson"))), &d))
        << qPrintable(formatted(d));
}

struct Snapshot
{
    int twins;
    int relationships;
    int models;
    int undoIndex;
    explicit Snapshot(const twin::Project &p)
        : twins(p.graph()->twinCount())
        , relationships(p.graph()->relationshipCount())
        , models(p.models().interfaceCount())
        , undoIndex(p.undoStack()->index())
    {
    }
    bool operator==(const Snapshot &) const = default;
};

const QByteArray twinsHeader = "{\"Section\":\"Twins\"}\n";

QByteArray twinLine(const char *id, const char *model = "dtmi:example:Room;1")
{
    return QByteArray("{\"$dtId\":\"") + id + "\",\"$metadata\":{\"$model\":\"" + model + "\"}}\n";
}

} // namespace

TEST(TopologyImport, ImportsTheGoldenSiteAsOneUndoStep)
{
    twin::Project project;
    loadGolden(&project);
    EXPECT_EQ(project.graph()->twinCount(), 5);
    EXPECT_EQ(project.graph()->relationshipCount(), 4);
    EXPECT_EQ(project.content().models.size(), 5);
    EXPECT_EQ(project.undoStack()->count(), 1);
    EXPECT_TRUE(project.isModified());
    project.undoStack()->undo();
    EXPECT_EQ(project.graph()->twinCount(), 0);
    EXPECT_EQ(project.content().models.size(), 0);
    project.undoStack()->redo();
    EXPECT_EQ(project.graph()->twinCount(), 5);
}

TEST(TopologyImport, ProjectContentExportsBackToTheGoldenFile)
{
    twin::Project project;
    loadGolden(&project);
    EXPECT_EQ(writeContent(adt, project.content()), readBytes(interchangeData(QStringLiteral("site.ndjson"))));
}

TEST(TopologyImport, ModelsAlreadyLoadedWithTheSameDefinitionAreSkipped)
{
    twin::Project project;
    loadGolden(&project);
    const QByteArray more = "{\"Section\":\"Models\"}\n"
                            "{\"@context\":\"dtmi:dtdl:context;3\",\"@id\":\"dtmi:example:Sensor;1\",\"@type\":\"Interface\",\"contents\":[{\"@type\":\"Property\",\"name\":\"name\",\"schema\":\"string\"},{\"@type\":\"Property\",\"name\":\"unit\",\"schema\":\"string\"}],\"displayName\":\"Sensor\"}\n"
                            + twinsHeader + twinLine("sensor-t2", "dtmi:example:Sensor;1");
    twin::Diagnostics d;
    EXPECT_TRUE(importBytes(&project, adt, more, &d)) << qPrintable(formatted(d));
    EXPECT_EQ(project.graph()->twinCount(), 6);
    EXPECT_EQ(project.content().models.size(), 5);

    const QByteArray changed = "{\"Section\":\"Models\"}\n{\"@id\":\"dtmi:example:Sensor;1\",\"@type\":\"Interface\"}\n";
    d.clear();
    EXPECT_FALSE(importBytes(&project, adt, changed, &d));
    EXPECT_TRUE(hasError(d, 2, QStringLiteral("already loaded with a different definition"))) << qPrintable(formatted(d));
}

TEST(TopologyImport, ReportsEveryCrossReferenceErrorWithItsLineAndChangesNothing)
{
    twin::Project project;
    loadGolden(&project);
    const Snapshot before(project);
    const QByteArray input = twinsHeader                                       // 1
        + twinLine("new-1")                                                    // 2
        + twinLine("new-1")                                                    // 3 duplicate in file
        + twinLine("room-101")                                                 // 4 exists in project
        + twinLine("new-2", "dtmi:example:Unknown;1")                          // 5 unknown model
        + twinLine("new-3", "not a dtmi")                                      // 6 invalid DTMI
        + twinLine("bad/id")                                                   // 7 invalid id
        + "{\"Section\":\"Relationships\"}\n"                                  // 8
        + "{\"$dtId\":\"new-1\",\"$relationshipId\":\"r1\",\"$relationshipName\":\"contains\",\"$targetId\":\"ghost\"}\n"   // 9
        + "{\"$dtId\":\"phantom\",\"$relationshipId\":\"r2\",\"$relationshipName\":\"contains\",\"$targetId\":\"new-1\"}\n" // 10
        + "{\"$dtId\":\"floor-0\",\"$relationshipId\":\"r3\",\"$relationshipName\":\"contains\",\"$targetId\":\"new-1\"}\n" // 11
        + "{\"$dtId\":\"floor-0\",\"$relationshipId\":\"r3\",\"$relationshipName\":\"contains\",\"$targetId\":\"new-1\"}\n" // 12
        + "{\"$dtId\":\"floor-0\",\"$relationshipId\":\"contains-room-101\",\"$relationshipName\":\"contains\",\"$targetId\":\"new-1\"}\n"; // 13
    twin::Diagnostics d;
    EXPECT_FALSE(importBytes(&project, adt, input, &d));
    const QString all = formatted(d);
    EXPECT_EQ(d.size(), 9) << qPrintable(all);
    EXPECT_TRUE(hasError(d, 3, QStringLiteral("duplicate twin id 'new-1' (first on line 2)"))) << qPrintable(all);
    EXPECT_TRUE(hasError(d, 4, QStringLiteral("twin 'room-101' already exists")));
    EXPECT_TRUE(hasError(d, 5, QStringLiteral("model dtmi:example:Unknown;1 is neither in the file nor loaded")));
    EXPECT_TRUE(hasError(d, 6, QStringLiteral("not a valid model DTMI")));
    EXPECT_TRUE(hasError(d, 7, QStringLiteral("'/'")));
    EXPECT_TRUE(hasError(d, 9, QStringLiteral("target twin 'ghost' does not exist")));
    EXPECT_TRUE(hasError(d, 10, QStringLiteral("source twin 'phantom' does not exist")));
    EXPECT_TRUE(hasError(d, 12, QStringLiteral("duplicate relationship 'r3' of twin 'floor-0' (first on line 11)")));
    EXPECT_TRUE(hasError(d, 13, QStringLiteral("already has a relationship 'contains-room-101'")));
    EXPECT_TRUE(all.contains(QStringLiteral("in.ndjson:3: error: duplicate twin id")));
    EXPECT_TRUE(Snapshot(project) == before);
}

TEST(TopologyImport, UnknownModelIsAnErrorEvenInAnEmptyProject)
{
    twin::Project project;
    twin::Diagnostics d;
    EXPECT_FALSE(importBytes(&project, adt, twinsHeader + twinLine("a"), &d));
    EXPECT_TRUE(hasError(d, 2, QStringLiteral("neither in the file nor loaded"))) << qPrintable(formatted(d));
    EXPECT_EQ(project.undoStack()->count(), 0);
}

TEST(TopologyImport, SyntaxErrorsStopBeforeTheProjectIsTouched)
{
    twin::Project project;
    loadGolden(&project);
    const Snapshot before(project);
    twin::Diagnostics d;
    EXPECT_FALSE(importBytes(&project, adt, twinsHeader + twinLine("ok") + "{broken\n", &d));
    EXPECT_TRUE(hasError(d, 3, QStringLiteral("invalid JSON"))) << qPrintable(formatted(d));
    EXPECT_TRUE(Snapshot(project) == before);
}

TEST(TopologyImport, SyntaxErrorsAndProjectErrorsAreReportedTogetherWithoutCascades)
{
    twin::Project project;
    loadGolden(&project);
    const QByteArray input = twinsHeader                                           // 1
        + twinLine("fresh")                                                        // 2
        + "{\"$dtId\":\"broken\" \"$metadata\":{}}\n"                      // 3 bad JSON
        + twinLine("room-102")                                                     // 4 exists
        + "{\"Section\":\"Relationships\"}\n"                                // 5
        + "{\"$dtId\":\"broken\",\"$relationshipId\":\"r\",\"$relationshipName\":\"contains\",\"$targetId\":\"fresh\"}\n"; // 6
    twin::Diagnostics d;
    EXPECT_FALSE(importBytes(&project, adt, input, &d));
    EXPECT_EQ(d.size(), 2) << qPrintable(formatted(d));
    EXPECT_TRUE(hasError(d, 3, QStringLiteral("invalid JSON"))) << qPrintable(formatted(d));
    EXPECT_TRUE(hasError(d, 4, QStringLiteral("already exists"))) << qPrintable(formatted(d));
}

TEST(TopologyImport, ExplorerAndNativeErrorsCarryLinesToo)
{
    twin::Project project;
    loadGolden(&project);
    const Snapshot before(project);
    const QByteArray explorerInput =
        "{\"digitalTwinsGraph\":{\"digitalTwins\":[\n"
        "{\"$dtId\":\"x\",\"$metadata\":{\"$model\":\"dtmi:example:Room;1\"}},\n"
        "{\"$dtId\":\"floor-0\",\"$metadata\":{\"$model\":\"dtmi:example:Floor;1\"}}\n"
        "],\"relationships\":[\n"
        "{\"$relationshipId\":\"r\",\"$sourceId\":\"x\",\"$relationshipName\":\"contains\",\"$targetId\":\"nobody\"}\n"
        "]}}\n";
    twin::Diagnostics d;
    EXPECT_FALSE(importBytes(&project, QStringLiteral("explorer-json"), explorerInput, &d));
    EXPECT_TRUE(hasError(d, 3, QStringLiteral("already exists"))) << qPrintable(formatted(d));
    EXPECT_TRUE(hasError(d, 5, QStringLiteral("'nobody' does not exist"))) << qPrintable(formatted(d));

    const QByteArray nativeInput =
        "{\n    \"format\": \"twinstudio-project\",\n    \"version\": 1,\n    \"twins\": [\n"
        "        {\"$dtId\":\"y\",\"$metadata\":{\"$model\":\"dtmi:example:Nope;1\"}}\n    ]\n}\n";
    d.clear();
    EXPECT_FALSE(importBytes(&project, QStringLiteral("native"), nativeInput, &d));
    EXPECT_TRUE(hasError(d, 5, QStringLiteral("neither in the file nor loaded"))) << qPrintable(formatted(d));
    EXPECT_TRUE(Snapshot(project) == before);
}

TEST(TopologyImport, CancelledImportLeavesTheProjectUnchanged)
{
    twin::Project project;
    loadGolden(&project);
    const Snapshot before(project);
    twin::ProjectContent site = generatedSite(20000);
    site.models.clear(); // the golden models are different; twins use generated ones
    twin::ProjectContent withModels = generatedSite(1);
    site.models = withModels.models;
    twin::Diagnostics d;
    EXPECT_FALSE(importBytes(&project, adt, writeContent(adt, site), &d, [](qint64 done, qint64 total) {
        return done < total / 2;
    }));
    EXPECT_TRUE(formatted(d).contains(QStringLiteral("cancelled"))) << qPrintable(formatted(d));
    EXPECT_TRUE(Snapshot(project) == before);
}

TEST(TopologyImport, ImportFilePicksTheFormatByContent)
{
    for (const QString &name : {QStringLiteral("site.ndjson"), QStringLiteral("site.explorer.json"),
                               QStringLiteral("site.native.json")}) {
        twin::Project project;
        twin::Diagnostics d;
        EXPECT_TRUE(twin::TopologyImport::importFile(&project, nullptr, interchangeData(name), &d))
            << qPrintable(name) << qPrintable(formatted(d));
        EXPECT_EQ(project.graph()->twinCount(), 5) << qPrintable(name);
    }
    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("mystery.txt"));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("hello\n");
    f.close();
    twin::Project project;
    twin::Diagnostics d;
    EXPECT_FALSE(twin::TopologyImport::importFile(&project, nullptr, path, &d));
    EXPECT_TRUE(formatted(d).contains(QStringLiteral("not recognised"))) << qPrintable(formatted(d));
}

TEST(TopologyImport, NativeImportKeepsGeometry)
{
    twin::Project project;
    twin::Diagnostics d;
    ASSERT_TRUE(twin::TopologyImport::importFile(&project, importer(QStringLiteral("native")),
                                                 interchangeData(QStringLiteral("site.native.json")), &d))
        << qPrintable(formatted(d));
    const twin::Twin *sensor = project.graph()->findTwin(QStringLiteral("sensor-t1"));
    ASSERT_NE(sensor, nullptr);
    ASSERT_TRUE(sensor->geometry.position.has_value());
    EXPECT_EQ(*sensor->geometry.position, QPointF(3.25, 1.75));
}

TEST(TopologyImport, NativeImportBringsFunctionsWithTheirTestsAsPartOfTheStep)
{
    twin::ProjectContent content;
    content.twins = {twin::Twin{QStringLiteral("room-1"), QStringLiteral("dtmi:twinstudio:core:Room;1"), {}, {}}};
    const QJsonObject function{
        {QStringLiteral("name"), QStringLiteral("comfort")},
        {QStringLiteral("source"), QStringLiteral("function process(t) {}")},
        {QStringLiteral("matchers"), QJsonArray{}},
        {QStringLiteral("tests"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("quiet")}}}}};
    content.functions = {function};
    const QByteArray file = writeContent(QStringLiteral("native"), content);

    twin::Project project;
    twin::Diagnostics d;
    ASSERT_TRUE(importBytes(&project, QStringLiteral("native"), file, &d)) << qPrintable(formatted(d));
    ASSERT_EQ(project.functions().size(), 1);
    EXPECT_EQ(project.functions().at(0).toObject(), function);
    EXPECT_EQ(project.undoStack()->count(), 1);
    project.undoStack()->undo();
    EXPECT_TRUE(project.functions().isEmpty());
    EXPECT_EQ(project.graph()->twinCount(), 0);
    project.undoStack()->redo();
    EXPECT_EQ(project.functions().size(), 1);

    // A function of that name is there already: nothing is imported.
    content.twins = {twin::Twin{QStringLiteral("room-2"), QStringLiteral("dtmi:twinstudio:core:Room;1"), {}, {}}};
    d.clear();
    EXPECT_FALSE(importBytes(&project, QStringLiteral("native"), writeContent(QStringLiteral("native"), content), &d));
    EXPECT_TRUE(formatted(d).contains(QStringLiteral("duplicate function 'comfort'"))) << qPrintable(formatted(d));
    EXPECT_EQ(project.graph()->twinCount(), 1);
    EXPECT_EQ(project.functions().size(), 1);
}

TEST(TopologyImport, NativeImportBringsConnectionProfilesWithoutSecrets)
{
    twin::ProjectContent content;
    content.twins = {twin::Twin{QStringLiteral("room-1"), QStringLiteral("dtmi:twinstudio:core:Room;1"), {}, {}}};
    // As a hand-written file might have it.
    content.connections = {QJsonObject{{QStringLiteral("id"), QStringLiteral("gw")},
                                       {QStringLiteral("url"), QStringLiteral("mqtt://op:Imp0rt-pw@gw:1883")},
                                       {QStringLiteral("password"), QStringLiteral("Imp0rt-pw")}}};
    twin::Project project;
    twin::Diagnostics d;
    ASSERT_TRUE(importBytes(&project, QStringLiteral("native"), writeContent(QStringLiteral("native"), content), &d))
        << qPrintable(formatted(d));
    ASSERT_EQ(project.connections().size(), 1);
    const QJsonObject gw = project.connections().at(0).toObject();
    EXPECT_EQ(gw.value(QStringLiteral("url")).toString(), QStringLiteral("mqtt://gw:1883"));
    EXPECT_EQ(gw.value(QStringLiteral("username")).toString(), QStringLiteral("op"));
    EXPECT_FALSE(QJsonDocument(project.connections()).toJson().contains("Imp0rt-pw"));
    project.undoStack()->undo();
    EXPECT_TRUE(project.connections().isEmpty());
    project.undoStack()->redo();
    EXPECT_EQ(project.connections().size(), 1);

    // The export carries the profile, without the password.
    const QByteArray exported = writeContent(QStringLiteral("native"), project.content());
    EXPECT_TRUE(exported.contains("mqtt://gw:1883"));
    EXPECT_FALSE(exported.contains("Imp0rt-pw"));

    // The same id again: the project's stays, with a warning.
    content.twins = {twin::Twin{QStringLiteral("room-2"), QStringLiteral("dtmi:twinstudio:core:Room;1"), {}, {}}};
    d.clear();
    ASSERT_TRUE(importBytes(&project, QStringLiteral("native"), writeContent(QStringLiteral("native"), content), &d));
    EXPECT_TRUE(formatted(d).contains(QStringLiteral("connection 'gw' already"))) << qPrintable(formatted(d));
    EXPECT_EQ(project.connections().size(), 1);
}
