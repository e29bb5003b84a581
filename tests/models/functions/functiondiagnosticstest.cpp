// SPDX-License-Identifier: GPL-3.0-or-later
// The API description and the diagnostics the editor shows as the user types.
#include "functions/functionapidescription.h"
#include "functions/functiondiagnostics.h"
#include "functions/functionprelude.h"

#include <QJSEngine>

#include <gtest/gtest.h>

using namespace twin;

TEST(FunctionApiDescription, DescribesExactlyTheGlobalsTheApiScriptInstalls)
{
    QJSEngine engine;
    const QJSValue factory = functionPreludeFactory(engine);
    ASSERT_TRUE(factory.isCallable()) << factory.toString().toStdString();
    QJSValue global = engine.newObject();
    factory.call({engine.newObject(), global});
    QStringList installed = engine.evaluate(QStringLiteral("(function (g) { return Object.keys(g).join(); })"))
                                .call({global})
                                .toString()
                                .split(u',');
    QStringList described;
    for (const FunctionApiDescription::Function &f : FunctionApiDescription::instance().functions())
        described.append(f.name);
    installed.sort();
    described.sort();
    EXPECT_EQ(installed, described);
    EXPECT_TRUE(FunctionApiDescription::instance().isMethod(QStringLiteral("ChildSensors")));
    EXPECT_TRUE(FunctionApiDescription::instance().completionEntries().contains(
        QStringLiteral("getSensorValue(sensorId, dataType)")));
}

TEST(FunctionDiagnostics, SyntaxErrorsComeFromTheEngineAtTheirLine)
{
    const QList<FunctionDiagnostic> d =
        FunctionDiagnostics::check(QStringLiteral("function process(t) {\n  var x = ;\n}\n"), QStringLiteral("f"));
    ASSERT_EQ(d.size(), 1);
    EXPECT_EQ(d.at(0).severity, FunctionDiagnostic::Severity::Error);
    EXPECT_EQ(d.at(0).line, 2);
    EXPECT_EQ(d.at(0).column, 11);
    EXPECT_TRUE(FunctionDiagnostics::check(QStringLiteral("function process(t) {\n  var x = 1;\n}\n"),
                                           QStringLiteral("f"))
                    .isEmpty());
}

TEST(FunctionDiagnostics, CallsOfApiMembersThatDoNotExistAreFlagged)
{
    const QString source = QStringLiteral(
        "// getNothing(1) in a comment is fine\n"
        "function getHelper(id) { return getSensorMetadata(id); }\n"
        "function process(t) {\n"
        "    var s = getHelper(t.SensorId), text = \"setMood(1)\";\n"
        "    var v = getSensorValu(t.SensorId);\n"
        "    s.Space().ChildSensor().forEach(function (x) { log(x.Value().Value); });\n"
        "}\n");
    const QList<FunctionDiagnostic> d = FunctionDiagnostics::check(source, QStringLiteral("f"));
    ASSERT_EQ(d.size(), 2);
    EXPECT_EQ(d.at(0).line, 5);
    EXPECT_EQ(d.at(0).column, 13);
    EXPECT_EQ(d.at(0).length, 13);
    EXPECT_EQ(d.at(0).severity, FunctionDiagnostic::Severity::Warning);
    EXPECT_EQ(d.at(0).message, QStringLiteral("'getSensorValu' is not a function of the API"));
    EXPECT_EQ(d.at(1).line, 6);
    EXPECT_EQ(d.at(1).message, QStringLiteral("no object of the API has a method 'ChildSensor'"));
}
