// SPDX-License-Identifier: GPL-3.0-or-later
// Importing what other tools publish: embedded models that differ from the loaded ones
// (--models keep|replace), values that do not fit their model (--partial), and
// containment that would not be a tree.
#include "document/project.h"
#include "interchange/topologyimport.h"
#include "interchangetesthelpers.h"
#include "support/testsupport.h"

#include <QBuffer>

#include <algorithm>

#include <gtest/gtest.h>

using namespace twintest;

namespace {

QString str(const char *s)
{
    return QString::fromUtf8(s);
}

const char *const recLevel = "dtmi:digitaltwins:rec_3_3:core:Level;1";

/// A project with RealEstateCore 3.3 loaded from ../shared/ontologies.
void loadRec(twin::Project *project)
{
    twin::Diagnostics d;
    ASSERT_TRUE(project->importOntology({sharedPath(str("ontologies/rec-3.3/Ontology"))}, &d)) << qPrintable(formatted(d));
}

/// The example graph: an ADT Explorer export written against an earlier release of REC,
/// so its Building and Level models differ from REC 3.3, and level-2 (line 24) has its
/// levelNumber as a string.
bool importExample(twin::Project *project, twin::Diagnostics *d, const twin::ImportOptions &options = {},
                   twin::TopologyImport::Outcome *outcome = nullptr)
{
    return twin::TopologyImport::importFile(project, nullptr, interchangeData(str("rec-example.explorer.json")), d, {},
                                            options, outcome);
}

bool importNdjson(twin::Project *project, const QByteArray &bytes, twin::Diagnostics *d,
                  const twin::ImportOptions &options = {})
{
    QByteArray data = bytes;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    return twin::TopologyImport::importInto(project, importer(str("adt-ndjson")), &buffer, str("in.ndjson"), d, {},
                                            options);
}

QByteArray siteNdjson(const QByteArray &extraRelationships)
{
    return "{\"Section\":\"Twins\"}\n"                                                                     // 1
           "{\"$dtId\":\"building-a\",\"$metadata\":{\"$model\":\"dtmi:twinstudio:core:Building;1\"}}\n"     // 2
           "{\"$dtId\":\"floor-1\",\"$metadata\":{\"$model\":\"dtmi:twinstudio:core:Floor;1\"}}\n"           // 3
           "{\"$dtId\":\"office-106\",\"$metadata\":{\"$model\":\"dtmi:twinstudio:core:Room;1\"},\"capacity\":\"4\"}\n" // 4
           "{\"Section\":\"Relationships\"}\n"                                                               // 5
           "{\"$dtId\":\"building-a\",\"$relationshipId\":\"c1\",\"$relationshipName\":\"contains\",\"$targetId\":\"floor-1\"}\n"  // 6
           "{\"$dtId\":\"floor-1\",\"$relationshipId\":\"c2\",\"$relationshipName\":\"contains\",\"$targetId\":\"office-106\"}\n" // 7
           + extraRelationships;
}

/// Whether some warning is on \a line and its message contains \a text.
bool hasWarning(const twin::Diagnostics &diagnostics, int line, const QString &text)
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(), [&](const twin::Diagnostic &d) {
        return d.severity == twin::Diagnostic::Severity::Warning && d.line == line && d.message.contains(text);
    });
}

} // namespace

TEST(ImportOptions, PublishedExampleGraphIsRefusedNamingBothDefinitions)
{
    TWIN_REQUIRE_SHARED("ontologies/rec-3.3");
    twin::Project project;
    loadRec(&project);
    const QJsonObject loadedLevel = project.models().interfaceJson(str(recLevel));
    const int steps = project.undoStack()->count();
    twin::Diagnostics d;
    twin::TopologyImport::Outcome outcome;
    EXPECT_FALSE(importExample(&project, &d, {}, &outcome));
    const QString all = formatted(d);
    EXPECT_TRUE(hasError(d, 110, str("model dtmi:digitaltwins:rec_3_3:core:Level;1 is already loaded with a different "
                                     "definition (they differ in contents 'levelNumber', description)")))
        << qPrintable(all);
    EXPECT_TRUE(hasError(d, 86, str("contents 'hasBuildingComponent'"))) << qPrintable(all);
    // Room is embedded as REC 3.3 defines it: no conflict.
    EXPECT_FALSE(all.contains(str("core:Room;1"))) << qPrintable(all);
    EXPECT_EQ(outcome.modelConflicts,
              QStringList({str("dtmi:digitaltwins:rec_3_3:core:Building;1"), str(recLevel)}));
    EXPECT_EQ(project.undoStack()->count(), steps);
    EXPECT_EQ(project.models().interfaceJson(str(recLevel)), loadedLevel);

    // Keeping the loaded models leaves the value that does not fit: still all or nothing.
    twin::ImportOptions keep;
    keep.models = twin::ImportOptions::Models::Keep;
    d.clear();
    EXPECT_FALSE(importExample(&project, &d, keep, &outcome));
    EXPECT_TRUE(hasError(d, 24, str("twin 'level-2' property 'levelNumber': expected an integer"))) << qPrintable(formatted(d));
    EXPECT_TRUE(outcome.modelConflicts.isEmpty());
    EXPECT_TRUE(outcome.partialPossible);
    EXPECT_EQ(project.graph()->twinCount(), 0);
}

TEST(ImportOptions, PartialImportOfThePublishedExampleWarnsForEachRecordLeftOut)
{
    TWIN_REQUIRE_SHARED("ontologies/rec-3.3");
    twin::Project project;
    loadRec(&project);
    const QJsonObject loadedLevel = project.models().interfaceJson(str(recLevel));
    twin::ImportOptions options;
    options.models = twin::ImportOptions::Models::Keep;
    options.partial = true;
    twin::Diagnostics d;
    ASSERT_TRUE(importExample(&project, &d, options)) << qPrintable(formatted(d));
    const twin::TwinGraph *g = project.graph();
    EXPECT_EQ(g->twinCount(), 4);
    EXPECT_EQ(g->relationshipCount(), 3);
    EXPECT_EQ(g->indexOfTwin(str("level-2")), -1);
    EXPECT_EQ(g->twin(g->parentOf(g->indexOfTwin(str("room-101")))).id, str("level-1"));
    EXPECT_EQ(project.models().interfaceJson(str(recLevel)), loadedLevel);
    const QString file = interchangeData(str("rec-example.explorer.json"));
    QStringList lines;
    for (const twin::Diagnostic &x : std::as_const(d)) {
        EXPECT_EQ(x.severity, twin::Diagnostic::Severity::Warning);
        lines.append(x.format());
    }
    EXPECT_EQ(lines, QStringList({
                         file + str(":24: warning: left out: twin 'level-2' property 'levelNumber': expected an "
                                    "integer (integer) [twin.value.schema]"),
                         file + str(":59: warning: left out: relationship 'level-2-isPartOf-building-a': twin "
                                    "'level-2' was left out"),
                         file + str(":71: warning: left out: relationship 'room-201-isPartOf-level-2': twin "
                                    "'level-2' was left out"),
                     }));
    // One undo step takes it all back.
    project.undoStack()->undo();
    EXPECT_EQ(g->twinCount(), 0);
}

TEST(ImportOptions, ReplacingTheModelsUsesTheFilesDefinitionsUntilUndone)
{
    TWIN_REQUIRE_SHARED("ontologies/rec-3.3");
    twin::Project project;
    loadRec(&project);
    const QJsonObject loadedLevel = project.models().interfaceJson(str(recLevel));
    const int models = project.models().interfaceCount();
    twin::ImportOptions options;
    options.models = twin::ImportOptions::Models::Replace;
    options.partial = true;
    twin::Diagnostics d;
    ASSERT_TRUE(importExample(&project, &d, options)) << qPrintable(formatted(d));
    EXPECT_TRUE(hasWarning(d, 24, str("expected a number (double)"))) << qPrintable(formatted(d));
    const QJsonObject level = project.models().interfaceJson(str(recLevel));
    EXPECT_EQ(level.value(str("contents")).toArray().first().toObject().value(str("schema")).toString(), str("double"));
    EXPECT_EQ(project.models().interfaceCount(), models);
    // An interface extending the replaced one still resolves through it.
    EXPECT_TRUE(project.models().isA(str("dtmi:digitaltwins:rec_3_3:building:RoofLevel;1"), str(recLevel)));
    EXPECT_NE(project.models().content(str("dtmi:digitaltwins:rec_3_3:building:RoofLevel;1"), str("levelNumber")), nullptr);
    project.undoStack()->undo();
    EXPECT_EQ(project.models().interfaceJson(str(recLevel)), loadedLevel);
    EXPECT_EQ(project.models().interfaceCount(), models);
}

TEST(ImportOptions, ContainmentThatIsNoTreeIsAnErrorNamingItsLine)
{
    twin::Project project;
    const QByteArray input = siteNdjson(
        "{\"$dtId\":\"office-106\",\"$relationshipId\":\"c3\",\"$relationshipName\":\"contains\",\"$targetId\":\"building-a\"}\n" // 8
        "{\"$dtId\":\"building-a\",\"$relationshipId\":\"c4\",\"$relationshipName\":\"contains\",\"$targetId\":\"office-106\"}\n"); // 9
    twin::Diagnostics d;
    EXPECT_FALSE(importNdjson(&project, input, &d));
    EXPECT_TRUE(hasError(d, 8, str("relationship 'c3' would make a containment cycle"))) << qPrintable(formatted(d));
    EXPECT_TRUE(hasError(d, 9, str("'office-106' is already contained by 'floor-1'"))) << qPrintable(formatted(d));
    EXPECT_EQ(project.graph()->twinCount(), 0);
}

TEST(ImportOptions, PartialImportOfAnAdtFileLeavesOutWhatDoesNotFit)
{
    twin::Project project;
    twin::ImportOptions partial;
    partial.partial = true;
    const QByteArray input = siteNdjson(
        "{\"$dtId\":\"office-106\",\"$relationshipId\":\"c3\",\"$relationshipName\":\"contains\",\"$targetId\":\"building-a\"}\n" // 8
        "{broken\n");                                                                                                             // 9
    twin::Diagnostics d;
    ASSERT_TRUE(importNdjson(&project, input, &d, partial)) << qPrintable(formatted(d));
    EXPECT_FALSE(twin::hasErrors(d)) << qPrintable(formatted(d));
    EXPECT_TRUE(hasWarning(d, 4, str("left out: twin 'office-106' property 'capacity'"))) << qPrintable(formatted(d));
    EXPECT_TRUE(hasWarning(d, 7, str("left out: relationship 'c2'"))) << qPrintable(formatted(d));
    EXPECT_TRUE(hasWarning(d, 8, str("left out: relationship 'c3' would make a containment cycle"))) << qPrintable(formatted(d));
    EXPECT_TRUE(hasWarning(d, 9, str("left out: invalid JSON"))) << qPrintable(formatted(d));
    EXPECT_EQ(project.graph()->twinCount(), 2);
    EXPECT_EQ(project.graph()->relationshipCount(), 1);
}
