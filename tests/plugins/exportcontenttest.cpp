// SPDX-License-Identifier: GPL-3.0-or-later
// Exports carry the models their twins need, built-in ones included, so that a twin
// platform without TwinStudio's core ontology accepts them.
#include "functions/demoproject.h"
#include "document/project.h"
#include "interchange/exportcontent.h"
#include "interchange/topologyexporter.h"
#include "interchange/topologyimport.h"
#include "interchangetesthelpers.h"
#include "ontology/modelregistry.h"

#include <QBuffer>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace twintest;

namespace {

QString str(const char *s)
{
    return QString::fromUtf8(s);
}

void loadDemo(twin::Project *project)
{
    twin::Diagnostics d;
    ASSERT_TRUE(project->setContent(twin::demoProjectContent(), &d)) << qPrintable(formatted(d));
}

/// The interfaces in the Models section of an ADT NDJSON file.
QList<QJsonObject> modelsSection(const QByteArray &ndjson)
{
    QList<QJsonObject> models;
    QString section;
    for (const QByteArray &line : ndjson.split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.contains(str("Section")))
            section = o.value(str("Section")).toString();
        else if (section == str("Models"))
            models.append(o);
    }
    return models;
}

} // namespace

TEST(ExportContent, AdtExportOfTheDemoCarriesEveryModelItsTwinsUse)
{
    twin::Project project;
    loadDemo(&project);
    ASSERT_TRUE(project.content().models.isEmpty()); // the demo uses the built-in ontology only
    const QByteArray ndjson = writeContent(str("adt-ndjson"), twin::ExportContent::of(project));
    ASSERT_TRUE(ndjson.contains("{\"Section\":\"Models\"}")) << ndjson.left(400).constData();
    const QList<QJsonObject> models = modelsSection(ndjson);
    QSet<QString> ids;
    for (const QJsonObject &m : models)
        ids.insert(m.value(str("@id")).toString());
    for (const twin::Twin &t : project.content().twins)
        EXPECT_TRUE(ids.contains(t.model)) << qPrintable(t.model);
    // Complete: bases, relationship targets and component schemas are there too, so a
    // registry without the core ontology (an empty Azure Digital Twins instance) takes it.
    twin::ModelRegistry bare;
    twin::Diagnostics d;
    EXPECT_TRUE(bare.addInterfaces(models, &d)) << qPrintable(formatted(d));
    EXPECT_EQ(bare.interfaceCount(), models.size());

    // And an empty project takes it back whole.
    twin::Project copy;
    QByteArray data = ndjson;
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    ASSERT_TRUE(twin::TopologyImport::importInto(&copy, importer(str("adt-ndjson")), &buffer, str("demo.ndjson"), &d))
        << qPrintable(formatted(d));
    EXPECT_EQ(copy.graph()->twinCount(), project.graph()->twinCount());
    EXPECT_EQ(copy.graph()->relationshipCount(), project.graph()->relationshipCount());
    for (const QJsonObject &m : models)
        EXPECT_EQ(copy.models().interfaceJson(m.value(str("@id")).toString()), m);
    for (const twin::Twin &t : project.content().twins) {
        const twin::Twin *c = copy.graph()->findTwin(t.id);
        ASSERT_TRUE(c) << qPrintable(t.id);
        EXPECT_EQ(c->model, t.model);
        EXPECT_EQ(c->properties, t.properties);
    }
}

TEST(ExportContent, BuiltInModelsCanBeLeftOutAndNeverGoIntoNativeFiles)
{
    twin::Project project;
    loadDemo(&project);
    EXPECT_TRUE(twin::ExportContent::of(project, false).models.isEmpty());
    EXPECT_FALSE(twin::ExportContent::of(project).models.isEmpty());
    EXPECT_FALSE(exporter(str("native"))->carriesBuiltInModels());
    for (const char *format : {"adt-ndjson", "explorer-json", "dtdl"})
        EXPECT_TRUE(exporter(str(format))->carriesBuiltInModels()) << format;
}

TEST(ExportContent, ClosureFollowsExtendsAndRelationshipTargets)
{
    twin::Project project;
    const QSet<QString> needed =
        twin::ExportContent::closure(project.models(), {str("dtmi:twinstudio:core:TemperatureSensor;1")});
    EXPECT_TRUE(needed.contains(str("dtmi:twinstudio:core:TemperatureSensor;1")));
    EXPECT_TRUE(needed.contains(str("dtmi:twinstudio:core:Sensor;1")));
    EXPECT_FALSE(needed.contains(str("dtmi:twinstudio:core:Person;1")));
}
