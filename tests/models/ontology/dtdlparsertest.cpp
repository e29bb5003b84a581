// SPDX-License-Identifier: GPL-3.0-or-later
#include "ontology/dtdlparser.h"

#include "support/testsupport.h"

#include <QFile>

#include <gtest/gtest.h>

using twin::DtdlKind;
using twin::DtdlParser;

namespace {

DtdlParser::Result parse(const QByteArray &json, bool allowUndefined = true)
{
    DtdlParser::Options options;
    options.undefinedExtensions = allowUndefined ? DtdlParser::UndefinedExtensions::Allow
                                                 : DtdlParser::UndefinedExtensions::Refuse;
    return DtdlParser(options).parse({{QStringLiteral("model.json"), json}});
}

bool hasRule(const DtdlParser::Result &r, const char *rule)
{
    for (const auto &d : r.diagnostics) {
        if (d.rule == QLatin1String(rule))
            return true;
    }
    return false;
}

const twin::DtdlElement *find(const DtdlParser::Result &r, const QString &id)
{
    for (const auto &e : r.elements) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

} // namespace

TEST(OntologyParser, ParsesEveryElementClassAndSchema)
{
    const auto r = parse(R"({
      "@context": "dtmi:dtdl:context;3", "@id": "dtmi:ex:All;1", "@type": "Interface",
      "schemas": [{"@id": "dtmi:ex:Mode;1", "@type": "Enum", "valueSchema": "string",
                   "enumValues": [{"name": "eco", "enumValue": "eco"}, {"name": "on", "enumValue": "on"}]}],
      "contents": [
        {"@type": "Telemetry", "name": "t", "schema": "dateTime"},
        {"@type": "Property", "name": "p", "writable": true, "schema": {"@type": "Object", "fields": [
            {"name": "d", "schema": "date"}, {"name": "du", "schema": "duration"}, {"name": "ti", "schema": "time"}]}},
        {"@type": "Property", "name": "m", "schema": {"@type": "Map",
            "mapKey": {"name": "k", "schema": "string"}, "mapValue": {"name": "v", "schema": "dtmi:ex:Mode;1"}}},
        {"@type": "Telemetry", "name": "a", "schema": {"@type": "Array", "elementSchema": "point"}},
        {"@type": "Command", "name": "c", "request": {"name": "r", "schema": "integer"},
                                          "response": {"name": "s", "schema": "string"}},
        {"@type": "Relationship", "name": "rel", "target": "dtmi:ex:All;1", "maxMultiplicity": 3,
         "properties": [{"@type": "Property", "name": "since", "schema": "dateTime"}]},
        {"@type": "Component", "name": "comp", "schema": "dtmi:ex:Part;1"}
      ]})");
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.diagnostics.isEmpty());
    EXPECT_EQ(r.unresolved, QStringList{QStringLiteral("dtmi:ex:Part;1")});
    const auto *all = find(r, QStringLiteral("dtmi:ex:All;1"));
    ASSERT_NE(all, nullptr);
    EXPECT_EQ(all->contents.size(), 7);
}

TEST(OntologyParser, V2CommandPayloadAndSemanticTypes)
{
    const auto r = parse(R"({
      "@context": "dtmi:dtdl:context;2", "@id": "dtmi:ex:V2;1", "@type": "Interface",
      "contents": [
        {"@type": ["Telemetry", "Temperature"], "name": "temp", "schema": "double", "unit": "degreeCelsius"},
        {"@type": "Command", "name": "reboot", "commandType": "synchronous",
         "request": {"name": "delay", "schema": "integer"}}
      ]})");
    EXPECT_TRUE(r.ok()) << (r.diagnostics.isEmpty() ? "" : r.diagnostics.first().format().toStdString());
    bool found = false;
    for (const auto &e : r.elements) {
        if (e.name == u"temp") {
            found = true;
            EXPECT_EQ(e.semanticTypes, QStringList{QStringLiteral("Temperature")});
            EXPECT_EQ(e.unit, QStringLiteral("degreeCelsius"));
        }
    }
    EXPECT_TRUE(found);
}

TEST(OntologyParser, V3SemanticTypesNeedTheExtension)
{
    const QByteArray without = R"({"@context": "dtmi:dtdl:context;3", "@id": "dtmi:ex:S;1", "@type": "Interface",
      "contents": [{"@type": ["Telemetry", "Temperature"], "name": "t", "schema": "double", "unit": "kelvin"}]})";
    EXPECT_FALSE(parse(without, false).ok());
    QByteArray with = without;
    with.replace("\"dtmi:dtdl:context;3\"", "[\"dtmi:dtdl:context;3\", \"dtmi:dtdl:extension:quantitativeTypes;1\"]");
    EXPECT_TRUE(parse(with, false).ok());
    QByteArray wrongUnit = with;
    wrongUnit.replace("kelvin", "metre");
    EXPECT_TRUE(hasRule(parse(wrongUnit), "dtdl.unit.mismatch"));
}

TEST(OntologyParser, AcceptsBomFullIrisAndLocalizedForms)
{
    const auto r = parse("\xEF\xBB\xBF" R"({
      "@context": ["dtmi:dtdl:context;3"], "@id": "dtmi:ex:L;1", "@type": "dtmi:dtdl:class:Interface;3",
      "displayName": {"en": "Lamp", "de": "Lampe"},
      "description": [{"@value": "A lamp", "@language": "en"}, {"@value": "Eine Lampe", "@language": "de"}],
      "dtmi:dtdl:property:contents;3": [{"@type": "Property", "dtmi:dtdl:property:name;3": "on",
                                          "schema": "boolean", "comment": {"@value": "state"}}]})");
    EXPECT_TRUE(r.ok()) << (r.diagnostics.isEmpty() ? "" : r.diagnostics.first().format().toStdString());
    const auto *l = find(r, QStringLiteral("dtmi:ex:L;1"));
    ASSERT_NE(l, nullptr);
    EXPECT_EQ(l->displayName.value(QStringLiteral("de")), QStringLiteral("Lampe"));
    EXPECT_EQ(l->contents.size(), 1);
}

TEST(OntologyParser, UndefinedExtensionsByOption)
{
    const QByteArray json = R"({"@context": ["dtmi:dtdl:context;3", "dtmi:acme:ext;1"], "@id": "dtmi:ex:U;1",
      "@type": "Interface", "contents": [{"@type": ["Property", "Acme"], "name": "x", "schema": "string", "acme": 1}]})";
    EXPECT_TRUE(parse(json, true).ok());
    EXPECT_TRUE(hasRule(parse(json, false), "dtdl.context.undefined"));
}

TEST(OntologyParser, UndefinedExtensionsRefusedInV3ByDefault)
{
    const QByteArray v3 = R"({"@context": ["dtmi:dtdl:context;3", "dtmi:acme:ext;1"], "@id": "dtmi:ex:U;1",
      "@type": "Interface"})";
    const QByteArray v2 = R"({"@context": ["dtmi:dtdl:context;2", "dtmi:acme:ext;1"], "@id": "dtmi:ex:U;1",
      "@type": "Interface"})";
    const auto parseDefault = [](const QByteArray &json) {
        return DtdlParser().parse({{QStringLiteral("model.json"), json}});
    };
    EXPECT_TRUE(hasRule(parseDefault(v3), "dtdl.context.undefined"));
    EXPECT_TRUE(parseDefault(v2).ok());
}

TEST(OntologyParser, ReportsEveryErrorWithPointerAndRule)
{
    const auto r = parse(R"({"@context": "dtmi:dtdl:context;3", "@id": "dtmi:ex:E;1", "@type": "Interface",
      "contents": [{"@type": "Property", "name": "1bad", "schema": "string"},
                   {"@type": "Telemetry", "name": "ok", "schema": "nonsense"},
                   {"@type": "Property", "name": "c", "schema": "string", "comment": 5}]})");
    EXPECT_GE(r.diagnostics.size(), 3);
    EXPECT_TRUE(hasRule(r, "dtdl.name.pattern"));
    bool pointer = false;
    for (const auto &d : r.diagnostics) {
        pointer = pointer || d.pointer == QStringLiteral("/contents/0/name");
        EXPECT_EQ(d.file, QStringLiteral("model.json"));
        EXPECT_FALSE(d.rule.isEmpty());
        EXPECT_FALSE(d.message.isEmpty());
    }
    EXPECT_TRUE(pointer);
}

TEST(OntologyParser, EnforcesLimits)
{
    const QByteArray longName(513, 'a');
    EXPECT_TRUE(hasRule(parse(R"({"@context": "dtmi:dtdl:context;3", "@id": "dtmi:ex:N;1", "@type": "Interface",
        "contents": [{"@type": "Property", "name": ")" + longName + R"(", "schema": "string"}]})"),
                        "dtdl.name.length"));
    const QByteArray longId = "dtmi:ex:" + QByteArray(130, 'a') + ";1";
    EXPECT_TRUE(hasRule(parse(R"({"@context": "dtmi:dtdl:context;3", "@id": ")" + longId + R"(", "@type": "Interface"})"),
                        "dtdl.id.length"));
    EXPECT_TRUE(hasRule(parse(R"({"@context": "dtmi:dtdl:context;3", "@id": "dtmi:dtdl:mine;1", "@type": "Interface"})"),
                        "dtdl.id.reserved"));
    // Array nesting deeper than 5 levels.
    QByteArray schema = "\"string\"";
    for (int i = 0; i < 7; ++i)
        schema = "{\"@type\": \"Array\", \"elementSchema\": " + schema + "}";
    EXPECT_TRUE(hasRule(parse(R"({"@context": "dtmi:dtdl:context;3", "@id": "dtmi:ex:D;1", "@type": "Interface",
        "contents": [{"@type": "Property", "name": "p", "schema": )" + schema + "}]}"),
                        "dtdl.schema.depth"));
    // Extends deeper than 10 levels.
    QByteArray docs = "[";
    for (int i = 0; i < 13; ++i) {
        docs += R"({"@context": "dtmi:dtdl:context;3", "@type": "Interface", "@id": "dtmi:ex:X)" + QByteArray::number(i)
            + ";1\"" + (i > 0 ? R"(, "extends": "dtmi:ex:X)" + QByteArray::number(i - 1) + ";1\"" : QByteArray()) + "},";
    }
    docs.chop(1);
    docs += "]";
    EXPECT_TRUE(hasRule(parse(docs), "dtdl.extends.depth"));
}

TEST(OntologyParser, UnresolvedDependenciesAreIncompleteNotInvalid)
{
    const auto r = parse(R"({"@context": "dtmi:dtdl:context;3", "@id": "dtmi:ex:I;1", "@type": "Interface",
      "extends": "dtmi:ex:Base;1",
      "contents": [{"@type": "Property", "name": "p", "schema": "dtmi:ex:Schema;1"},
                   {"@type": "Component", "name": "c", "schema": "dtmi:ex:Part;1"},
                   {"@type": "Relationship", "name": "r", "target": "dtmi:ex:NotADependency;1"}]})");
    EXPECT_TRUE(r.diagnostics.isEmpty());
    EXPECT_EQ(r.unresolved, (QStringList{QStringLiteral("dtmi:ex:Base;1"), QStringLiteral("dtmi:ex:Part;1"),
                                         QStringLiteral("dtmi:ex:Schema;1")}));
}

TEST(OntologyParser, SurvivesHostileInput)
{
    // Malformed JSON: reported with a line, no crash.
    auto r = parse("{\"@context\": \"dtmi:dtdl:context;3\",\n \"@id\": ");
    ASSERT_EQ(r.diagnostics.size(), 1);
    EXPECT_EQ(r.diagnostics.first().rule, QStringLiteral("json.syntax"));
    EXPECT_GT(r.diagnostics.first().line, 0);
    // Deep nesting.
    EXPECT_FALSE(parse(QByteArray(100000, '[') + QByteArray(100000, ']')).ok());
    QByteArray deep = "\"string\"";
    for (int i = 0; i < 500; ++i)
        deep = "{\"@type\": \"Array\", \"elementSchema\": " + deep + "}";
    EXPECT_FALSE(parse(R"({"@context": "dtmi:dtdl:context;3", "@id": "dtmi:ex:D;1", "@type": "Interface",
        "contents": [{"@type": "Property", "name": "p", "schema": )" + deep + "}]}").ok());
    // Huge strings.
    const QByteArray huge(8 * 1024 * 1024, 'x');
    r = parse(R"({"@context": "dtmi:dtdl:context;3", "@id": "dtmi:ex:H;1", "@type": "Interface", "description": ")"
              + huge + "\"}");
    EXPECT_TRUE(hasRule(r, "dtdl.description.length"));
    // Cycles in extends.
    r = parse(R"([{"@context": "dtmi:dtdl:context;3", "@id": "dtmi:ex:A;1", "@type": "Interface", "extends": "dtmi:ex:B;1"},
                  {"@context": "dtmi:dtdl:context;3", "@id": "dtmi:ex:B;1", "@type": "Interface", "extends": "dtmi:ex:A;1"}])");
    EXPECT_TRUE(hasRule(r, "dtdl.extends.cycle"));
    // Self-referencing schema.
    r = parse(R"({"@context": "dtmi:dtdl:context;3", "@id": "dtmi:ex:S;1", "@type": "Interface",
        "schemas": [{"@id": "dtmi:ex:Loop;1", "@type": "Array", "elementSchema": "dtmi:ex:Loop;1"}]})");
    EXPECT_FALSE(r.ok());
    // Not JSON objects at all.
    EXPECT_FALSE(parse("42").ok());
    EXPECT_FALSE(parse("").ok());
    EXPECT_FALSE(parse(QByteArray("\0\0\0", 3)).ok());
}

TEST(OntologyParser, ExtendsCycleIsReportedAsACycleNamingItsMembers)
{
    // 1000 interfaces, each extending the next, the last extending the first; one more
    // extends a member.
    QByteArray json = "[";
    const int n = 1000;
    for (int i = 0; i < n; ++i) {
        json += QStringLiteral(R"({"@context": "dtmi:dtdl:context;3", "@id": "dtmi:ex:C%1;1", "@type": "Interface",
            "extends": "dtmi:ex:C%2;1"},)").arg(i).arg((i + 1) % n).toUtf8();
    }
    json += R"({"@context": "dtmi:dtdl:context;3", "@id": "dtmi:ex:Outside;1", "@type": "Interface",
               "extends": "dtmi:ex:C500;1"}])";
    const DtdlParser::Result r = parse(json);
    int cycles = 0;
    for (const twin::Diagnostic &d : r.diagnostics) {
        EXPECT_FALSE(d.message.contains(QStringLiteral("levels deep"))) << d.message.toStdString();
        cycles += d.rule == QStringLiteral("dtdl.extends.cycle");
        if (d.message.startsWith(QStringLiteral("dtmi:ex:C7;1 ")))
            EXPECT_EQ(d.message, QStringLiteral("dtmi:ex:C7;1 is in a cycle of 1000 interfaces that extend each other: "
                                                "dtmi:ex:C7;1 → dtmi:ex:C8;1 → dtmi:ex:C9;1 → dtmi:ex:C10;1 → … "
                                                "(996 more) → dtmi:ex:C7;1"));
        if (d.message.startsWith(QStringLiteral("dtmi:ex:Outside;1")))
            EXPECT_TRUE(d.message.contains(QStringLiteral("cycle"))) << d.message.toStdString();
    }
    EXPECT_EQ(cycles, n + 1);

    const DtdlParser::Result self = parse(R"({"@context": "dtmi:dtdl:context;3", "@id": "dtmi:ex:S;1",
        "@type": "Interface", "extends": "dtmi:ex:S;1"})");
    ASSERT_TRUE(hasRule(self, "dtdl.extends.cycle"));
    bool named = false;
    for (const twin::Diagnostic &d : self.diagnostics)
        named = named || d.message == QStringLiteral("dtmi:ex:S;1 extends itself");
    EXPECT_TRUE(named);
}

TEST(OntologyParser, DtmiSyntax)
{
    EXPECT_TRUE(DtdlParser::isValidDtmi(u"dtmi:com:example:Thermostat;1"));
    EXPECT_FALSE(DtdlParser::isValidDtmi(u"dtmi:com:example:Thermostat"));
    EXPECT_FALSE(DtdlParser::isValidDtmi(u"dtmi:foo//bar;1"));
    EXPECT_FALSE(DtdlParser::isValidDtmi(u"dtmi:foo:bar;01"));
    EXPECT_FALSE(DtdlParser::isValidDtmi(u"dtmi:foo_:bar;1"));
    EXPECT_TRUE(DtdlParser::isValidDtmi(u"dtmi:foo:bar;1.2", true, true));
    EXPECT_FALSE(DtdlParser::isValidDtmi(u"dtmi:foo:bar;1.2", true, false));
}

TEST(OntologyParser, SurvivesTruncationAndCorruption)
{
    QFile f(twintest::sourcePath(QStringLiteral("resources/ontologies/core/sensors.json")));
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray doc = f.readAll();
    ASSERT_TRUE(parse(doc).ok());
    const char replacements[] = "{}[]\",:0x\\";
    for (qsizetype n = 0; n < doc.size(); n += 3) {
        EXPECT_FALSE(parse(doc.left(n)).ok()) << "prefix of " << n << " bytes accepted";
        QByteArray corrupted = doc;
        corrupted[n] = replacements[n % (sizeof(replacements) - 1)];
        const auto r = parse(corrupted); // any outcome but a crash or a hang
        EXPECT_LE(r.elements.size(), size_t(doc.size()));
    }
}
