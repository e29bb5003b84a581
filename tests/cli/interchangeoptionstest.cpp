// SPDX-License-Identifier: GPL-3.0-or-later
// twinctl project import of DTDL, --models and --partial; project export with the models
// the twins use.
#include "support/testsupport.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

using twintest::runTool;

QString str(const char *s)
{
    return QString::fromUtf8(s);
}

using twintest::fileBytes;

void writeBytes(const QString &path, const QByteArray &bytes)
{
    ASSERT_TRUE(twintest::writeFileBytes(path, bytes)) << qPrintable(path);
}

twintest::ProcessResult twinctl(const QStringList &arguments)
{
    return runTool(str("twinctl"), QStringList{str("project")} + arguments);
}

/// A new empty project (or the demo) at \a dir/NAME.
QString newProject(const QTemporaryDir &dir, const char *name, bool demo = false)
{
    const QString path = dir.filePath(str(name));
    QStringList args{str("new"), path};
    if (demo)
        args.append(str("--demo"));
    const auto r = twinctl(args);
    EXPECT_EQ(r.exitCode, 0) << r.err.constData();
    return path;
}

QJsonObject summaryOf(const twintest::ProcessResult &r)
{
    return QJsonDocument::fromJson(r.out).object();
}

QByteArray interfaceJson(const char *id, const char *extra = "", const char *property = "label")
{
    return QByteArray("{\"@context\":\"dtmi:dtdl:context;3\",\"@id\":\"") + id
           + "\",\"@type\":\"Interface\",\"contents\":[{\"@type\":\"Property\",\"name\":\"" + property
           + "\",\"schema\":\"string\"}]" + extra + "}\n";
}

} // namespace

TEST(InterchangeOptions, ImportsDtdlFilesAndFoldersRecognisedByContent)
{
    QTemporaryDir tmp;
    const QString project = newProject(tmp, "site.twinproj");
    QDir(tmp.path()).mkpath(str("models/sub"));
    writeBytes(tmp.filePath(str("models/pump.json")), "\xEF\xBB\xBF" + interfaceJson("dtmi:example:Pump;1"));
    writeBytes(tmp.filePath(str("models/sub/valve.json")),
               interfaceJson("dtmi:example:Valve;1", ",\"extends\":\"dtmi:example:Pump;1\"", "size"));
    auto r = twinctl({str("import"), project, tmp.filePath(str("models")), str("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_EQ(summaryOf(r).value(str("format")).toString(), str("dtdl"));
    EXPECT_EQ(summaryOf(r).value(str("models")).toInt(), 2);
    // Loading an interface again is refused, like File → Import Ontology does.
    r = twinctl({str("import"), project, tmp.filePath(str("models"))});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("dtmi:example:Pump;1 is already loaded")) << r.err.constData();

    // One file, recognised by its @context (a byte order mark first, as many have) or named.
    writeBytes(tmp.filePath(str("tank.json")), "\xEF\xBB\xBF" + interfaceJson("dtmi:example:Tank;1"));
    r = twinctl({str("import"), project, tmp.filePath(str("tank.json")), str("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_EQ(summaryOf(r).value(str("models")).toInt(), 1);
    writeBytes(tmp.filePath(str("hose.txt")), interfaceJson("dtmi:example:Hose;1"));
    r = twinctl({str("import"), project, tmp.filePath(str("hose.txt")), str("--format"), str("dtdl"), str("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    const auto info = twinctl({str("info"), project, str("--json")});
    EXPECT_TRUE(info.out.contains("\"models\":4") || info.out.contains("\"models\": 4")) << info.out.constData();
}

TEST(InterchangeOptions, DtdlImportIsAllOrNothingWithFileAndLine)
{
    QTemporaryDir tmp;
    const QString project = newProject(tmp, "site.twinproj");
    QDir(tmp.path()).mkpath(str("models"));
    writeBytes(tmp.filePath(str("models/a.json")), interfaceJson("dtmi:example:A;1"));
    writeBytes(tmp.filePath(str("models/b.json")),
               "{\"@context\":\"dtmi:dtdl:context;3\",\n\"@id\":\"dtmi:example:B;1\",\n\"@type\":\"Interface\",\n"
               "\"extends\":\"dtmi:example:Missing;1\"}\n");
    const QByteArray before = fileBytes(project);
    const auto r = twinctl({str("import"), project, tmp.filePath(str("models"))});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("dtmi:example:Missing;1")) << r.err.constData();
    EXPECT_TRUE(r.err.contains("nothing imported")) << r.err.constData();
    EXPECT_EQ(fileBytes(project), before);
    // The options of topology files do not apply.
    EXPECT_EQ(twinctl({str("import"), project, tmp.filePath(str("models")), str("--partial")}).exitCode, 2);
    EXPECT_EQ(twinctl({str("import"), project, tmp.filePath(str("models/a.json")), str("--models"), str("sometimes")}).exitCode, 2);
}

TEST(InterchangeOptions, PublishedExampleGraphImportsWithModelsKeptAndPartial)
{
    TWIN_REQUIRE_SHARED("ontologies/rec-3.3");
    QTemporaryDir tmp;
    const QString project = newProject(tmp, "rec.twinproj");
    auto r = twinctl({str("import"), project, twintest::sharedPath(str("ontologies/rec-3.3/Ontology"))});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    const QString example = twintest::sourcePath(str("tests/data/interchange/rec-example.explorer.json"));
    const QByteArray before = fileBytes(project);

    r = twinctl({str("import"), project, example});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains((example + str(":110: error: model dtmi:digitaltwins:rec_3_3:core:Level;1 is already "
                                              "loaded with a different definition")).toUtf8()))
        << r.err.constData();
    EXPECT_EQ(fileBytes(project), before);
    r = twinctl({str("import"), project, example, str("--partial")});
    EXPECT_EQ(r.exitCode, 1) << "a partial import still needs the models settled";
    r = twinctl({str("import"), project, example, str("--models"), str("keep")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains((example + str(":24: error: twin 'level-2' property 'levelNumber'")).toUtf8()))
        << r.err.constData();
    EXPECT_EQ(fileBytes(project), before);

    r = twinctl({str("import"), project, example, str("--models"), str("keep"), str("--partial"), str("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_TRUE(r.err.contains((example + str(":24: warning: left out: twin 'level-2'")).toUtf8())) << r.err.constData();
    EXPECT_TRUE(r.err.contains((example + str(":71: warning: left out: relationship 'room-201-isPartOf-level-2'")).toUtf8()))
        << r.err.constData();
    const QJsonObject summary = summaryOf(r);
    EXPECT_EQ(summary.value(str("twins")).toInt(), 4);
    EXPECT_EQ(summary.value(str("relationships")).toInt(), 3);
    EXPECT_EQ(summary.value(str("warnings")).toInt(), 3);

    // Nothing left to import (every twin is there already): exit 1.
    r = twinctl({str("import"), project, example, str("--models"), str("keep"), str("--partial")});
    EXPECT_EQ(r.exitCode, 1) << r.err.constData();
    EXPECT_TRUE(r.err.contains("nothing in the file could be imported")) << r.err.constData();
}

TEST(InterchangeOptions, ExportOfTheDemoCarriesEveryModelItsTwinsUse)
{
    QTemporaryDir tmp;
    const QString demo = newProject(tmp, "demo.twinproj", true);
    const QString ndjson = tmp.filePath(str("demo.ndjson"));
    auto r = twinctl({str("export"), demo, str("--format"), str("adt-ndjson"), str("--output"), ndjson, str("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    const int exportedModels = summaryOf(r).value(str("models")).toInt();
    EXPECT_GT(exportedModels, 0);

    QSet<QString> models;
    QSet<QString> used;
    QString section;
    int twins = 0;
    for (const QByteArray &line : fileBytes(ndjson).split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.contains(str("Section"))) {
            section = o.value(str("Section")).toString();
        } else if (section == str("Models")) {
            models.insert(o.value(str("@id")).toString());
        } else if (section == str("Twins")) {
            used.insert(o.value(str("$metadata")).toObject().value(str("$model")).toString());
            ++twins;
        }
    }
    EXPECT_EQ(models.size(), exportedModels);
    for (const QString &m : std::as_const(used))
        EXPECT_TRUE(models.contains(m)) << qPrintable(m);

    const QString copy = newProject(tmp, "copy.twinproj");
    r = twinctl({str("import"), copy, ndjson, str("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_EQ(summaryOf(r).value(str("twins")).toInt(), twins);
    const auto original = twinctl({str("info"), demo, str("--json")});
    const auto imported = twinctl({str("info"), copy, str("--json")});
    const QJsonObject a = summaryOf(original);
    const QJsonObject b = summaryOf(imported);
    for (const char *key : {"twins", "relationships", "models"})
        EXPECT_EQ(a.value(str(key)), b.value(str(key))) << key;

    // For a target that has the core ontology already.
    r = twinctl({str("export"), demo, str("--format"), str("dtdl"), str("--output"), tmp.filePath(str("models/")),
                 str("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_EQ(summaryOf(r).value(str("models")).toInt(), exportedModels);
    // TwinStudio reads that folder back: the built-in models in it are its own.
    r = twinctl({str("import"), copy, tmp.filePath(str("models")), str("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_EQ(summaryOf(r).value(str("format")).toString(), str("dtdl"));
    r = twinctl({str("export"), demo, str("--format"), str("adt-ndjson"), str("--output"), ndjson,
                 str("--no-builtin-models"), str("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.constData();
    EXPECT_EQ(summaryOf(r).value(str("models")).toInt(), 0);
    EXPECT_FALSE(fileBytes(ndjson).contains("{\"Section\":\"Models\"}"));
}
