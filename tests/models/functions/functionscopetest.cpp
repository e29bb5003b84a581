// SPDX-License-Identifier: GPL-3.0-or-later
// A function writes values and notifies only inside its assigned twin's subtree, unless
// the project grants it "scope": "project".
#include "functionfixture.h"

#include <QJsonObject>

#include <gtest/gtest.h>

using namespace twin;
using namespace twintest;

namespace {

/// Runs \a source, assigned to room-2 (temp-2's room), for one temperature reading.
InvocationResult runInRoom2(FunctionFixture &f, const QString &source, const QString &scope = QString())
{
    FunctionDefinition d = makeFunction(QStringLiteral("f"), source, {dataTypeMatcher(QStringLiteral("Temperature"))},
                                        QStringLiteral("room-2"));
    d.scope = scope;
    f.add(d);
    const auto results = f.feed(QStringLiteral("temp-2"), QStringLiteral("21"));
    EXPECT_EQ(results.size(), 1);
    return results.value(0);
}

} // namespace

TEST(FunctionScopeTest, WritesInsideTheAssignedTwinAreApplied)
{
    FunctionFixture f;
    const InvocationResult r = runInRoom2(f, QStringLiteral(
        "function process(t) { setSpaceValue('room-2', 'Comfort', 'good'); setSensorValue('temp-2', 'Temperature', 22);"
        " getSpaceMetadata('room-2').Notify('hello'); }"));
    EXPECT_TRUE(r.ok()) << r.error.message.toStdString();
    EXPECT_EQ(r.writes.size(), 2);
    EXPECT_EQ(r.notifications.size(), 1);
    StoredValue v;
    EXPECT_TRUE(f.store.spaceValue(QStringLiteral("room-2"), QStringLiteral("Comfort"), &v));
}

TEST(FunctionScopeTest, AWriteOutsideTheAssignedTwinIsAnErrorAndNotApplied)
{
    FunctionFixture f;
    const InvocationResult r = runInRoom2(f, QStringLiteral(
        "function process(t) {\n  setSpaceValue('room-2', 'Comfort', 'good');\n  setSpaceValue('room-1', 'Comfort', 'bad');\n"
        "  log(getSpaceValue('room-1', 'Comfort').Value);\n}"));
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.error.kind, FunctionError::Kind::Scope);
    EXPECT_EQ(r.error.message,
              QStringLiteral("setSpaceValue: 'room-1' is outside the function's scope (its assigned twin 'room-2' and "
                             "what it contains); \"scope\": \"project\" grants the whole project"));
    StoredValue v;
    EXPECT_FALSE(f.store.spaceValue(QStringLiteral("room-1"), QStringLiteral("Comfort"), &v));
    EXPECT_TRUE(f.store.spaceValue(QStringLiteral("room-2"), QStringLiteral("Comfort"), &v)); // inside: applied
    ASSERT_EQ(r.writes.size(), 1);
    EXPECT_EQ(r.writes.first().twinId, QStringLiteral("room-2"));

    // The refused value is not left in the engine's cache for the next invocation.
    FunctionFixture g;
    g.add(makeFunction(QStringLiteral("writer"), QStringLiteral("function process() { setSpaceValue('room-1', 'X', 'bad'); }"),
                       {dataTypeMatcher(QStringLiteral("Temperature"))}, QStringLiteral("room-2")));
    g.add(makeFunction(QStringLiteral("reader"), QStringLiteral("function process() { log(getSpaceValue('room-1', 'X').Value); }"),
                       {dataTypeMatcher(QStringLiteral("CarbonDioxide"))}));
    g.feed(QStringLiteral("temp-2"), QStringLiteral("21"));
    const auto read = g.feed(QStringLiteral("co2-1"), QStringLiteral("800"));
    ASSERT_EQ(read.size(), 1);
    EXPECT_EQ(read.first().logs, QStringList{QStringLiteral("null")});
}

TEST(FunctionScopeTest, SensorWritesAndNotificationsOutsideAreRefusedEvenWhenCaught)
{
    FunctionFixture f;
    const InvocationResult r = runInRoom2(f, QStringLiteral(
        "function process(t) { try { setSensorValue('co2-1', 'CarbonDioxide', 5); getSensorMetadata('co2-1').Notify('x');"
        " sendNotification('building-1', 'Space', 'y'); } catch (e) {} }"));
    EXPECT_EQ(r.error.kind, FunctionError::Kind::Scope);
    EXPECT_TRUE(r.error.message.startsWith(QStringLiteral("setSensorValue: 'co2-1' is outside"))) << r.error.message.toStdString();
    EXPECT_TRUE(r.writes.isEmpty());
    EXPECT_TRUE(r.notifications.isEmpty());
    EXPECT_TRUE(f.store.notifications().isEmpty());
    StoredValue v;
    EXPECT_FALSE(f.store.sensorValue(QStringLiteral("co2-1"), &v));
}

TEST(FunctionScopeTest, ProjectScopeAndUnassignedFunctionsWriteAnywhere)
{
    const QString source = QStringLiteral("function process(t) { setSpaceValue('room-1', 'Comfort', 'ok'); }");
    {
        FunctionFixture f;
        const InvocationResult r = runInRoom2(f, source, FunctionDefinition::ProjectScope);
        EXPECT_TRUE(r.ok()) << r.error.message.toStdString();
        StoredValue v;
        EXPECT_TRUE(f.store.spaceValue(QStringLiteral("room-1"), QStringLiteral("Comfort"), &v));
    }
    {
        FunctionFixture f;
        f.add(makeFunction(QStringLiteral("g"), source, {dataTypeMatcher(QStringLiteral("Temperature"))}));
        const auto results = f.feed(QStringLiteral("temp-2"), QStringLiteral("21"));
        ASSERT_EQ(results.size(), 1);
        EXPECT_TRUE(results.first().ok()) << results.first().error.message.toStdString();
    }
}

TEST(FunctionScopeTest, ScopeIsReadAndWrittenInTheDefinition)
{
    FunctionDefinition d = makeFunction(QStringLiteral("f"), QStringLiteral("function process() {}"), {}, QStringLiteral("room-2"));
    d.scope = FunctionDefinition::ProjectScope;
    FunctionDefinition back;
    QString error;
    ASSERT_TRUE(FunctionDefinition::fromJson(d.toJson(), &back, &error)) << error.toStdString();
    EXPECT_EQ(back.scope, FunctionDefinition::ProjectScope);
    EXPECT_EQ(back, d);
    EXPECT_FALSE(makeFunction(QStringLiteral("f"), QString()).toJson().contains(QStringLiteral("scope")));

    QJsonObject json = d.toJson();
    json.insert(QStringLiteral("scope"), QStringLiteral("everything"));
    EXPECT_FALSE(FunctionDefinition::fromJson(json, &back, &error));
    EXPECT_EQ(error, QStringLiteral("function 'f': unknown scope \"everything\" (\"project\" grants the whole project; "
                                    "without a scope it writes only inside its assigned twin)"));
}
