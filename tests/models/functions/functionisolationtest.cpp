// SPDX-License-Identifier: GPL-3.0-or-later
// One function cannot change the built-ins another function (or the API script) uses.
#include "functionfixture.h"

#include "functions/functionengine.h"

#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace twin;
using namespace twintest;

namespace {

/// Runs the polluter (for temperature), then the victim (for CO2) in the same engine;
/// returns what the victim logged.
QStringList afterPolluter(const QString &polluter, bool strict)
{
    FunctionFixture f;
    f.add(makeFunction(QStringLiteral("polluter"),
                       (strict ? QStringLiteral("'use strict';\n") : QString()) + polluter,
                       {dataTypeMatcher(QStringLiteral("Temperature"))}));
    f.add(makeFunction(QStringLiteral("victim"),
                       QStringLiteral("function process(t) {\n  var o = JSON.parse('{\"a\": 2}'); var keys = [];\n"
                                      "  for (var k in {}) keys.push(k);\n"
                                      "  log(o.a + ' ' + keys.length + ' ' + [1, 2].map(function (x) { return x * 2; }).join(',')"
                                      " + ' ' + Math.max(1, 3));\n}"),
                       {dataTypeMatcher(QStringLiteral("CarbonDioxide"))}));
    f.feed(QStringLiteral("temp-2"), QStringLiteral("21"));
    const auto results = f.feed(QStringLiteral("co2-1"), QStringLiteral("800"));
    return results.isEmpty() ? QStringList() : results.first().logs;
}

/// Runs \a source once, traced, as the function "liar" for a temperature of 21 on temp-2.
InvocationResult tracedRun(const QString &source)
{
    FunctionFixture f;
    f.add(makeFunction(QStringLiteral("liar"), source, {dataTypeMatcher(QStringLiteral("Temperature"))}));
    FunctionEngine engine(&f.store);
    engine.setTracing(true);
    const auto topology = f.index.snapshot();
    engine.setTopology(topology);
    TelemetrySample sample;
    sample.sensorId = QStringLiteral("temp-2");
    sample.message = QStringLiteral("21");
    sample.valueText = QStringLiteral("21");
    return engine.invoke(topology->functionSlot(QStringLiteral("liar")), sample);
}

} // namespace

TEST(FunctionIsolationTest, PatchedBuiltinsDoNotReachAnotherFunction)
{
    const QString polluter = QStringLiteral(
        "function process() {\n"
        "  try { JSON.parse = function () { return { a: 666 }; }; } catch (e) {}\n"
        "  try { Object.prototype.injected = 1; } catch (e) {}\n"
        "  try { Array.prototype.map = function () { return ['x']; }; } catch (e) {}\n"
        "  try { Math.max = function () { return -1; }; } catch (e) {}\n"
        "  try { Object.defineProperty(Array.prototype, 'join', { value: function () { return 'j'; } }); } catch (e) {}\n"
        "}");
    const QStringList expected{QStringLiteral("2 0 2,4 3")};
    EXPECT_EQ(afterPolluter(polluter, false), expected);
    EXPECT_EQ(afterPolluter(polluter, true), expected);
}

TEST(FunctionIsolationTest, PatchingArrayPushDoesNotFalsifyTheTrace)
{
    const InvocationResult r = tracedRun(QStringLiteral(
        "function process() {\n"
        "  try { Array.prototype.push = function () { return 0; }; } catch (e) {}\n"
        "  try { JSON.stringify = function () { return '[]'; }; } catch (e) {}\n"
        "  setSpaceValue('room-2', 'Comfort', 'ok');\n}"));
    EXPECT_TRUE(r.ok()) << r.error.message.toStdString();
    ASSERT_EQ(r.calls.size(), 1);
    EXPECT_EQ(r.calls.first().api, QStringLiteral("setSpaceValue"));
}

TEST(FunctionIsolationTest, FunctionsStillUseTheBuiltinsNormally)
{
    // Frozen built-ins still build and change the function's own objects and arrays.
    FunctionFixture f;
    f.add(makeFunction(QStringLiteral("plain"),
                       QStringLiteral("function process() {\n  var a = []; a.push(3, 1, 2); a.sort();\n"
                                      "  var o = Object.assign({}, { b: 1 }); o.c = 2;\n"
                                      "  log(a.join('') + JSON.stringify(o) + new Date(0).toISOString());\n}"),
                       {dataTypeMatcher(QStringLiteral("Temperature"))}));
    const auto results = f.feed(QStringLiteral("temp-2"), QStringLiteral("21"));
    ASSERT_EQ(results.size(), 1);
    EXPECT_EQ(results.first().logs, QStringList{QStringLiteral("123{\"b\":1,\"c\":2}1970-01-01T00:00:00.000Z")});
}

TEST(FunctionIsolationTest, WhatTheFunctionCanReachDoesNotFalsifyTheTrace)
{
    // The trace is kept on the host side; this function attacks everything it can reach:
    // a value whose toJSON answers differently each time it is asked, the API's globals
    // and prototypes, and a look-alike twin whose Id changes between reads.
    const InvocationResult r = tracedRun(QStringLiteral("function process() {\n"
                       "  var n = 0;\n"
                       "  var flip = { toJSON: function () { return ++n === 1 ? 'first' : 'second'; } };\n"
                       "  try { setSpaceValue = function () {}; } catch (e) {}\n"
                       "  var proto = Object.getPrototypeOf(getSensorMetadata('temp-2'));\n"
                       "  try { Object.defineProperty(proto, 'Value', { value: function () { return { Value: 'forged' }; } }); }"
                       " catch (e) {}\n"
                       "  setSpaceValue('room-2', 'Comfort', flip);\n"
                       "  var fake = Object.create(proto, { Id: { get: function () { return ++n % 2 ? 'temp-2' : 'co2-1'; } } });\n"
                       "  try { proto.Value.call(fake); } catch (e) {}\n"
                       "  log(getSensorMetadata('temp-2').Value().Value);\n}"));
    ASSERT_TRUE(r.ok()) << r.error.message.toStdString();

    // The value written is the value traced (its toJSON ran once).
    ASSERT_EQ(r.writes.size(), 1);
    QStringList apis;
    for (const ApiCall &c : r.calls)
        apis << c.api;
    ASSERT_EQ(apis, (QStringList{QStringLiteral("getSensorMetadata"), QStringLiteral("setSpaceValue"),
                                 QStringLiteral("Sensor.Value"), QStringLiteral("getSensorMetadata"),
                                 QStringLiteral("Sensor.Value"), QStringLiteral("log")}))
        << apis.join(u' ').toStdString();
    const ApiCall &set = r.calls.at(1);
    ASSERT_EQ(set.arguments.size(), 3);
    EXPECT_EQ(set.arguments.at(2).toString(), r.writes.first().value);
    EXPECT_EQ(r.writes.first().value, QStringLiteral("\"first\""));
    // The look-alike is refused, not described as a twin it is not.
    EXPECT_TRUE(r.calls.at(2).error.contains(QStringLiteral("not a twin"))) << r.calls.at(2).error.toStdString();
    // The real Value() ran (the prototype could not be patched) and was traced as it was.
    const ApiCall &value = r.calls.at(4);
    EXPECT_EQ(value.arguments, QJsonArray{QStringLiteral("Sensor(temp-2)")});
    EXPECT_EQ(value.result.toObject().value(QStringLiteral("Value")).toString(), QStringLiteral("21"));
    EXPECT_EQ(r.logs, QStringList{QStringLiteral("21")});
}
