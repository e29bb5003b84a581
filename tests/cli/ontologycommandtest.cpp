// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using twintest::runTool;

namespace {

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(content);
    return path;
}

QJsonObject lastJsonLine(const QByteArray &out)
{
    const QList<QByteArray> lines = out.trimmed().split('\n');
    return QJsonDocument::fromJson(lines.last()).object();
}

} // namespace

TEST(OntologyCommand, ValidatesTheCoreOntology)
{
    const auto r = runTool(QStringLiteral("twinctl"),
                           {QStringLiteral("ontology"), QStringLiteral("validate"),
                            twintest::sourcePath(QStringLiteral("resources/ontologies/core")), QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject summary = lastJsonLine(r.out);
    EXPECT_EQ(summary.value(QStringLiteral("interfaces")).toInt(), 20);
    EXPECT_GT(summary.value(QStringLiteral("elements")).toInt(), 20);
    EXPECT_EQ(summary.value(QStringLiteral("errors")).toInt(), 0);
    EXPECT_TRUE(summary.value(QStringLiteral("valid")).toBool());
}

TEST(OntologyCommand, InvalidModelExitsOneWithPointers)
{
    QTemporaryDir dir;
    const QString file = write(dir, QStringLiteral("bad.json"), R"({"@context": "dtmi:dtdl:context;3",
      "@id": "dtmi:ex:Bad;1", "@type": "Interface",
      "contents": [{"@type": "Property", "name": "no good", "schema": "string"},
                   {"@type": "Telemetry", "name": "t", "schema": "strnig"}]})");
    const auto r = runTool(QStringLiteral("twinctl"), {QStringLiteral("ontology"), QStringLiteral("validate"), file});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("bad.json#/contents/0/name: error:")) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("[dtdl.name.pattern]"));
    EXPECT_TRUE(r.err.contains("bad.json#/contents/1/schema: error:"));
}

TEST(OntologyCommand, IncompleteModelNamesMissingDtmis)
{
    QTemporaryDir dir;
    const QString file = write(dir, QStringLiteral("a.json"), R"({"@context": "dtmi:dtdl:context;3",
      "@id": "dtmi:ex:A;1", "@type": "Interface", "extends": "dtmi:ex:Missing;1"})");
    const auto r = runTool(QStringLiteral("twinctl"),
                           {QStringLiteral("ontology"), QStringLiteral("validate"), file, QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("dtmi:ex:Missing;1"));
    const QJsonObject summary = lastJsonLine(r.out);
    EXPECT_FALSE(summary.value(QStringLiteral("valid")).toBool());
    EXPECT_EQ(summary.value(QStringLiteral("unresolved")).toArray().first().toString(), QStringLiteral("dtmi:ex:Missing;1"));
}

TEST(OntologyCommand, UndefinedV3ExtensionsOnlyWhenAllowed)
{
    QTemporaryDir dir;
    const QString file = write(dir, QStringLiteral("private.json"), R"({"@context": ["dtmi:dtdl:context;3",
      "dtmi:acme:private;1"], "@id": "dtmi:acme:P;1", "@type": "Interface",
      "contents": [{"@type": ["Property", "Audited"], "name": "p", "schema": "string"}]})");
    const QStringList validate{QStringLiteral("ontology"), QStringLiteral("validate"), file};
    const auto refused = runTool(QStringLiteral("twinctl"), validate);
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains("private.json#/@context/1: error:")) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains("[dtdl.context.undefined]"));
    const auto allowed = runTool(QStringLiteral("twinctl"), validate + QStringList{QStringLiteral("--allow-undefined-extensions")});
    EXPECT_EQ(allowed.exitCode, 0) << allowed.err.toStdString();
    EXPECT_TRUE(allowed.out.contains("1 interfaces")) << allowed.out.toStdString();
    EXPECT_EQ(runTool(QStringLiteral("twinctl"), validate + QStringList{QStringLiteral("--allow-undefined-extensions"),
                                                                          QStringLiteral("--strict-extensions")})
                  .exitCode,
              2);
}

TEST(OntologyCommand, UsageErrorsExitTwo)
{
    EXPECT_EQ(runTool(QStringLiteral("twinctl"), {QStringLiteral("ontology")}).exitCode, 2);
    EXPECT_EQ(runTool(QStringLiteral("twinctl"), {QStringLiteral("ontology"), QStringLiteral("frobnicate")}).exitCode, 2);
    EXPECT_EQ(runTool(QStringLiteral("twinctl"), {QStringLiteral("ontology"), QStringLiteral("validate")}).exitCode, 2);
    EXPECT_EQ(runTool(QStringLiteral("twinctl"), {QStringLiteral("ontology"), QStringLiteral("show")}).exitCode, 2);
    EXPECT_EQ(runTool(QStringLiteral("twinctl"), {QStringLiteral("dtdl-conformance")}).exitCode, 2);
    EXPECT_EQ(runTool(QStringLiteral("twinctl"), {QStringLiteral("dtdl-conformance"), QStringLiteral("/no/such/dir")}).exitCode, 2);
}

TEST(OntologyCommand, EverySubcommandHasHelp)
{
    for (const QStringList &args : {QStringList{QStringLiteral("ontology"), QStringLiteral("--help")},
                                    QStringList{QStringLiteral("ontology"), QStringLiteral("validate"), QStringLiteral("--help")},
                                    QStringList{QStringLiteral("ontology"), QStringLiteral("show"), QStringLiteral("--help")},
                                    QStringList{QStringLiteral("dtdl-conformance"), QStringLiteral("--help")}}) {
        const auto r = runTool(QStringLiteral("twinctl"), args);
        EXPECT_EQ(r.exitCode, 0) << args.join(u' ').toStdString();
        EXPECT_TRUE(r.out.contains("Usage")) << args.join(u' ').toStdString();
    }
}

TEST(OntologyCommand, ShowPrintsResolvedInterface)
{
    const auto r = runTool(QStringLiteral("twinctl"),
                           {QStringLiteral("ontology"), QStringLiteral("show"), QStringLiteral("dtmi:twinstudio:core:Floor;1")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    EXPECT_EQ(o.value(QStringLiteral("@id")).toString(), QStringLiteral("dtmi:twinstudio:core:Floor;1"));
    QStringList names;
    for (const auto &c : o.value(QStringLiteral("contents")).toArray())
        names.append(c.toObject().value(QStringLiteral("name")).toString());
    EXPECT_TRUE(names.contains(QStringLiteral("elevation")));
    EXPECT_TRUE(names.contains(QStringLiteral("contains"))); // inherited from Space
    EXPECT_EQ(runTool(QStringLiteral("twinctl"), {QStringLiteral("ontology"), QStringLiteral("show"),
                                                 QStringLiteral("dtmi:no:Such;1")})
                  .exitCode,
              1);
}

TEST(OntologyCommand, ShowWithRepeatedOntologies)
{
    QTemporaryDir dir;
    const QString a = write(dir, QStringLiteral("a.json"), R"({"@context": "dtmi:dtdl:context;3",
      "@id": "dtmi:ex:A;1", "@type": "Interface", "contents": [{"@type": "Property", "name": "p", "schema": "string"}]})");
    const QString b = write(dir, QStringLiteral("b.json"), R"({"@context": "dtmi:dtdl:context;3",
      "@id": "dtmi:ex:B;1", "@type": "Interface", "extends": "dtmi:ex:A;1"})");
    const auto r = runTool(QStringLiteral("twinctl"), {QStringLiteral("ontology"), QStringLiteral("show"),
                                                      QStringLiteral("dtmi:ex:B;1"), QStringLiteral("--ontology"), a,
                                                      QStringLiteral("--ontology"), b});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("\"definedIn\": \"dtmi:ex:A;1\""));
}

TEST(OntologyCommand, RealOntologiesValidate)
{
    TWIN_REQUIRE_SHARED("ontologies/rec-3.3");
    const auto r = runTool(QStringLiteral("twinctl"),
                           {QStringLiteral("ontology"), QStringLiteral("validate"),
                            twintest::sharedPath(QStringLiteral("ontologies/rec-3.3")), QStringLiteral("--json")});
    EXPECT_EQ(r.exitCode, 0) << r.err.left(2000).toStdString();
    EXPECT_EQ(lastJsonLine(r.out).value(QStringLiteral("interfaces")).toInt(), 767);
}

TEST(OntologyCommand, ConformanceRunsTheSpecCases)
{
    TWIN_REQUIRE_SHARED("dtdl-conformance/v3");
    for (const char *version : {"v2", "v3"}) {
        const auto r = runTool(QStringLiteral("twinctl"),
                               {QStringLiteral("dtdl-conformance"),
                                twintest::sharedPath(QStringLiteral("dtdl-conformance/") + QLatin1String(version))});
        EXPECT_EQ(r.exitCode, 0) << version << r.out.right(2000).toStdString();
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        EXPECT_EQ(lines.last(), version == std::string_view("v2") ? QByteArray("6624 passed, 0 failed")
                                                                  : QByteArray("6760 passed, 0 failed"));
    }
}

TEST(OntologyCommand, ConformanceFailuresAndKnownFailures)
{
    QTemporaryDir dir;
    // The second case claims an invalid name is valid, so the parser "fails" it.
    write(dir, QStringLiteral("Cases.json"), R"([
      {"valid": true, "options": ["DisallowUndefinedExtensions"], "input": [
        {"@context": "dtmi:dtdl:context;3", "@id": "dtmi:ex:A;1", "@type": "Interface"}]},
      {"valid": true, "options": ["DisallowUndefinedExtensions"], "input": [
        {"@context": "dtmi:dtdl:context;3", "@id": "dtmi:ex:B;1", "@type": "Interface",
         "contents": [{"@type": "Property", "name": "not valid", "schema": "string"}]}]},
      {"valid": false, "options": ["AllowUndefinedExtensions"], "expect": {"unresolvedIdentifiers": ["dtmi:ex:Gone;1"]},
       "input": [{"@context": "dtmi:dtdl:context;3", "@id": "dtmi:ex:C;1", "@type": "Interface", "extends": "dtmi:ex:Gone;1"}]}
    ])");
    const auto failing = runTool(QStringLiteral("twinctl"), {QStringLiteral("dtdl-conformance"), dir.path()});
    EXPECT_EQ(failing.exitCode, 1);
    EXPECT_TRUE(failing.out.contains("FAIL Cases.json#1: ")) << failing.out.toStdString();
    EXPECT_TRUE(failing.out.trimmed().endsWith("2 passed, 1 failed")) << failing.out.toStdString();

    QTemporaryDir listDir;
    const QString list = write(listDir, QStringLiteral("known.txt"), "# comment\nCases.json#1 the case itself is wrong\n");
    const auto known = runTool(QStringLiteral("twinctl"), {QStringLiteral("dtdl-conformance"), dir.path(),
                                                          QStringLiteral("--known-failures"), list});
    EXPECT_EQ(known.exitCode, 0);
    EXPECT_TRUE(known.out.contains("KNOWN Cases.json#1: "));
    EXPECT_TRUE(known.out.trimmed().endsWith("2 passed, 1 failed"));
}
