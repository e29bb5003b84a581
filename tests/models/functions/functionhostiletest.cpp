// SPDX-License-Identifier: GPL-3.0-or-later
// Functions that try to hang the runtime through what it does with their errors: each
// invocation ends within its time limit plus a margin, as an error, and the next one runs.
#include "functionfixture.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

using namespace twin;
using namespace twintest;

namespace {

constexpr int kLimitMs = 100;
/// What a loaded machine may add to the limit: the watchdog polls every 5 ms and counts
/// CPU time, so a preempted invocation takes longer in wall time.
constexpr int kMarginMs = 2000;

struct Outcome
{
    InvocationResult result;
    qint64 elapsedMs = 0;
    QStringList next; ///< what a good function logged right after
};

Outcome runHostile(const QString &source)
{
    FunctionFixture f;
    FunctionDefinition hostile = makeFunction(QStringLiteral("hostile"), source, {dataTypeMatcher(QStringLiteral("Temperature"))});
    hostile.timeoutMs = kLimitMs;
    f.add(hostile);
    f.add(makeFunction(QStringLiteral("good"), QStringLiteral("function process(t) { log('fine ' + t.Message); }"),
                       {dataTypeMatcher(QStringLiteral("CarbonDioxide"))}));
    Outcome o;
    QElapsedTimer timer;
    timer.start();
    const auto results = f.feed(QStringLiteral("temp-2"), QStringLiteral("21"));
    o.elapsedMs = timer.elapsed();
    EXPECT_EQ(results.size(), 1);
    o.result = results.value(0);
    const auto after = f.feed(QStringLiteral("co2-1"), QStringLiteral("800"));
    if (!after.isEmpty())
        o.next = after.first().logs;
    return o;
}

void expectContained(const Outcome &o, const char *what)
{
    EXPECT_FALSE(o.result.ok()) << what;
    EXPECT_LT(o.elapsedMs, kLimitMs + kMarginMs) << what;
    EXPECT_EQ(o.next, QStringList{QStringLiteral("fine 800")}) << what;
}

} // namespace

TEST(FunctionHostileTest, AnErrorWhoseToStringNeverReturns)
{
    const Outcome o = runHostile(QStringLiteral(
        "function process() { var e = new Error('x');\n"
        "  Object.defineProperty(e, 'toString', { value: function () { while (true) {} } }); throw e; }"));
    expectContained(o, "toString loop");
    EXPECT_EQ(o.result.error.kind, FunctionError::Kind::Timeout) << o.result.error.message.toStdString();
}

TEST(FunctionHostileTest, AnErrorWhoseStackGetterNeverReturns)
{
    const Outcome o = runHostile(QStringLiteral(
        "function process() { var e = new Error('x');\n"
        "  Object.defineProperty(e, 'stack', { get: function () { while (true) {} } }); throw e; }"));
    expectContained(o, "stack getter loop");
}

TEST(FunctionHostileTest, AnObjectWhoseToStringNeverReturns)
{
    const Outcome o = runHostile(QStringLiteral("function process() { throw { toString: function () { while (true) {} } }; }"));
    expectContained(o, "object toString loop");
    EXPECT_EQ(o.result.error.kind, FunctionError::Kind::Exception);
}

TEST(FunctionHostileTest, AProxyWhoseGettersNeverReturn)
{
    const Outcome o = runHostile(QStringLiteral(
        "function process() { throw new Proxy(new Error('x'), { get: function () { while (true) {} },\n"
        "  getPrototypeOf: function () { while (true) {} } }); }"));
    expectContained(o, "proxy");
}
