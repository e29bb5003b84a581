// SPDX-License-Identifier: GPL-3.0-or-later
// What a function must not be able to do, and what happens when it fails.
#include "functionfixture.h"

#include "functions/functionengine.h"
#include "functions/functionwatchdog.h"

#include <QElapsedTimer>
#include <QThread>

#include <cstdio>

#include <gtest/gtest.h>

using namespace twin;
using namespace twintest;

namespace {

class FunctionSandboxTest : public ::testing::Test
{
protected:
    InvocationResult runOnce(const QString &source, int timeoutMs = 0)
    {
        FunctionDefinition d = makeFunction(QStringLiteral("f%1").arg(++m_count), source,
                                            {dataTypeMatcher(QStringLiteral("Temperature"))});
        d.timeoutMs = timeoutMs;
        f.add(d);
        const auto results = f.feed(QStringLiteral("temp-2"), QStringLiteral("21"));
        EXPECT_EQ(results.size(), 1);
        QString error;
        EXPECT_TRUE(f.editor.removeFunction(d.name, &error));
        f.reload();
        return results.isEmpty() ? InvocationResult() : results.first();
    }

    QString probe(const QString &expression)
    {
        const InvocationResult r = runOnce(QStringLiteral("function process() { log(%1); }").arg(expression));
        EXPECT_TRUE(r.ok()) << r.error.message.toStdString();
        return r.logs.value(0);
    }

    FunctionFixture f;
    int m_count = 0;
};

TEST_F(FunctionSandboxTest, NothingButTheApiAndEcmaScript)
{
    EXPECT_EQ(probe(QStringLiteral("typeof require")), QStringLiteral("undefined"));
    EXPECT_EQ(probe(QStringLiteral("typeof XMLHttpRequest")), QStringLiteral("undefined"));
    EXPECT_EQ(probe(QStringLiteral("typeof Qt")), QStringLiteral("undefined"));
    EXPECT_EQ(probe(QStringLiteral("typeof console")), QStringLiteral("undefined"));
    EXPECT_EQ(probe(QStringLiteral("typeof print")), QStringLiteral("undefined"));
    EXPECT_EQ(probe(QStringLiteral("typeof setTimeout")), QStringLiteral("undefined"));
    EXPECT_EQ(probe(QStringLiteral("typeof qsTr")), QStringLiteral("undefined"));
    EXPECT_EQ(probe(QStringLiteral("typeof host")), QStringLiteral("undefined"));
    EXPECT_EQ(probe(QStringLiteral("typeof getSensorMetadata")), QStringLiteral("function"));
}

TEST_F(FunctionSandboxTest, RunawayLoopIsStoppedAtTheTimeLimit)
{
    QElapsedTimer timer;
    timer.start();
    const InvocationResult r = runOnce(QStringLiteral("function process() {\n  while (true) {}\n}"), 50);
    EXPECT_EQ(r.error.kind, FunctionError::Kind::Timeout);
    EXPECT_LT(timer.elapsed(), 2000);
    EXPECT_GE(r.durationNs / 1000000, 45);
    // The engine is usable afterwards.
    EXPECT_EQ(probe(QStringLiteral("1 + 1")), QStringLiteral("2"));
}

/// A store whose reads of one sensor block (as a slow store would), without using CPU.
class SlowStore : public MemoryValueStore
{
public:
    bool sensorValue(const QString &sensorId, StoredValue *value) const override
    {
        if (sensorId == QStringLiteral("co2-1"))
            QThread::msleep(250);
        return MemoryValueStore::sensorValue(sensorId, value);
    }
};

TEST_F(FunctionSandboxTest, TimeLimitCountsCpuTimeNotWaiting)
{
    // 250 ms waiting in a host call is past the 50 ms limit in wall time, but costs the
    // invocation no CPU time: it is not stopped. A busy loop with the same limit is.
    f.add(makeFunction(QStringLiteral("waits"), QStringLiteral("function process() { log(getSensorValue('co2-1').Value); }")));
    f.add(makeFunction(QStringLiteral("spins"), QStringLiteral("function process() { while (true) {} }")));
    SlowStore store;
    store.setSensorValue(QStringLiteral("co2-1"), StoredValue{QStringLiteral("CarbonDioxide"), QStringLiteral("900"), 1});
    FunctionEngine engine(&store);
    engine.setDefaultTimeout(50);
    const auto topology = f.index.snapshot();
    engine.setTopology(topology);
    TelemetrySample sample;
    sample.sensorId = QStringLiteral("temp-2");
    sample.message = QStringLiteral("21");

    const InvocationResult waited = engine.invoke(topology->functionSlot(QStringLiteral("waits")), sample);
    EXPECT_TRUE(waited.ok()) << waited.error.message.toStdString();
    EXPECT_EQ(waited.logs, QStringList{QStringLiteral("900")});
    EXPECT_GE(waited.durationNs / 1000000, 240);

    const InvocationResult spun = engine.invoke(topology->functionSlot(QStringLiteral("spins")), sample);
    EXPECT_EQ(spun.error.kind, FunctionError::Kind::Timeout);
}

TEST_F(FunctionSandboxTest, CatchingTheInterruptDoesNotHelp)
{
    const InvocationResult r = runOnce(
        QStringLiteral("function process() { while (true) { try { while (true) {} } catch (e) {} } }"), 30);
    EXPECT_EQ(r.error.kind, FunctionError::Kind::Timeout);
}

TEST_F(FunctionSandboxTest, RunawayTopLevelCodeIsStopped)
{
    const InvocationResult r = runOnce(QStringLiteral("while (true) {}\nfunction process() {}"), 30);
    EXPECT_EQ(r.error.kind, FunctionError::Kind::Compile);
    EXPECT_TRUE(r.error.message.contains(QStringLiteral("time limit")));
}

TEST_F(FunctionSandboxTest, UnboundedAllocationIsStopped)
{
    // A generous time limit, so that the memory check is what stops it (a loaded machine
    // allocates slowly); a smaller memory limit keeps the test short.
    FunctionWatchdog *watchdog = FunctionWatchdog::shared();
    const qint64 limit = watchdog->memoryLimit();
    watchdog->setMemoryLimit(qint64(64) << 20);
    const qint64 before = FunctionWatchdog::residentBytes();
    QElapsedTimer timer;
    timer.start();
    const InvocationResult r = runOnce(
        QStringLiteral("function process() {\n  var a = [];\n  while (true) a.push(new Array(1e5));\n}"), 120000);
    const qint64 grown = FunctionWatchdog::residentBytes() - before;
    watchdog->setMemoryLimit(limit);
    EXPECT_EQ(r.error.kind, FunctionError::Kind::Memory) << r.error.message.toStdString();
    // Stopped near the limit, far from exhausting the machine.
    EXPECT_LT(grown, qint64(512) << 20);
    std::printf("allocation stopped after %lld ms; resident memory after the stop: %+lld MiB\n",
                static_cast<long long>(timer.elapsed()), static_cast<long long>(grown >> 20));
    EXPECT_EQ(probe(QStringLiteral("'alive'")), QStringLiteral("alive"));
}

TEST_F(FunctionSandboxTest, DeepRecursionIsAnError)
{
    const InvocationResult r = runOnce(QStringLiteral("function f() { return f() + 1; }\nfunction process() { f(); }"));
    EXPECT_EQ(r.error.kind, FunctionError::Kind::Exception);
}

TEST_F(FunctionSandboxTest, ThrownErrorHasLineAndStack)
{
    const InvocationResult r = runOnce(QStringLiteral(
        "function helper(x) {\n  if (x) throw new Error('bad reading');\n}\nfunction process(t) {\n  helper(true);\n}\n"));
    EXPECT_EQ(r.error.kind, FunctionError::Kind::Exception);
    EXPECT_EQ(r.error.line, 2);
    EXPECT_TRUE(r.error.message.contains(QStringLiteral("bad reading")));
    EXPECT_TRUE(r.error.stack.contains(QStringLiteral(".js:5"))) << r.error.stack.toStdString();
}

TEST_F(FunctionSandboxTest, ThrowingWhatIsNotAnErrorIsAFailure)
{
    const struct { const char *thrown; const char *described; } cases[] = {
        {"42", "42"}, {"0", "0"}, {"null", "null"}, {"undefined", "undefined"},
        {"'bad'", "\"bad\""}, {"Symbol('odd')", "Symbol(odd)"}, {"false", "false"},
    };
    for (const auto &c : cases) {
        const InvocationResult r = runOnce(
            QStringLiteral("function process() {\n  log('before');\n  throw %1;\n}").arg(QLatin1String(c.thrown)));
        EXPECT_FALSE(r.ok()) << c.thrown;
        EXPECT_EQ(r.error.kind, FunctionError::Kind::Exception) << c.thrown;
        EXPECT_EQ(r.error.message, QStringLiteral("uncaught exception: %1 (not an Error)").arg(QLatin1String(c.described)))
            << r.error.message.toStdString();
    }
    const InvocationResult object = runOnce(QStringLiteral("function process() { throw { code: 7 }; }"));
    EXPECT_EQ(object.error.kind, FunctionError::Kind::Exception);
    EXPECT_TRUE(object.error.message.contains(QStringLiteral("not an Error"))) << object.error.message.toStdString();
    const InvocationResult topLevel = runOnce(QStringLiteral("throw undefined;\nfunction process() {}"));
    EXPECT_EQ(topLevel.error.kind, FunctionError::Kind::Compile);
    EXPECT_EQ(topLevel.error.message, QStringLiteral("the top-level code threw undefined, which is not an Error"));
    // A caught primitive stays the function's own business.
    EXPECT_TRUE(runOnce(QStringLiteral("function process() { try { throw 1; } catch (e) { log(e); } }")).ok());
}

TEST_F(FunctionSandboxTest, SyntaxErrorIsRefusedWhenSavedWithLineAndColumn)
{
    QString error;
    EXPECT_FALSE(f.editor.addFunction(makeFunction(QStringLiteral("broken"),
                                                   QStringLiteral("function process(t) {\n  var x = ;\n}\n")),
                                      &error));
    EXPECT_EQ(error.left(error.indexOf(QStringLiteral(": error"))), QStringLiteral("broken.js:2:11"));
    SyntaxError s;
    EXPECT_FALSE(FunctionEngine::checkSyntax(QStringLiteral("var a = (;"), QStringLiteral("one"), &s));
    EXPECT_EQ(s.line, 1);
    EXPECT_EQ(s.column, 10);
    EXPECT_TRUE(FunctionEngine::checkSyntax(QStringLiteral("function process() { while (true) {} }"), QStringLiteral("ok"), &s));
    EXPECT_EQ(f.editor.functions().size(), 0);
}

TEST_F(FunctionSandboxTest, MissingProcessIsACompileError)
{
    const InvocationResult r = runOnce(QStringLiteral("function handle() {}"));
    EXPECT_EQ(r.error.kind, FunctionError::Kind::Compile);
    EXPECT_TRUE(r.error.message.contains(QStringLiteral("process")));
}

TEST_F(FunctionSandboxTest, FunctionsDoNotShareGlobals)
{
    f.add(makeFunction(QStringLiteral("a"), QStringLiteral("var x = 'a';\nfunction process() { log(x); }"),
                       {dataTypeMatcher(QStringLiteral("Temperature"))}));
    f.add(makeFunction(QStringLiteral("b"), QStringLiteral("var x = 'b';\nfunction process() { log(x); }"),
                       {dataTypeMatcher(QStringLiteral("Temperature"))}));
    const auto results = f.feed(QStringLiteral("temp-2"), QStringLiteral("1"));
    ASSERT_EQ(results.size(), 2);
    EXPECT_EQ(results.at(0).logs, QStringList{QStringLiteral("a")});
    EXPECT_EQ(results.at(1).logs, QStringList{QStringLiteral("b")});
}

TEST_F(FunctionSandboxTest, RepeatedFailuresDisableTheFunction)
{
    f.replay.health().setFailureLimit(3);
    f.add(makeFunction(QStringLiteral("flaky"), QStringLiteral("function process() { null.x; }"),
                       {dataTypeMatcher(QStringLiteral("Temperature"))}));
    for (int i = 0; i < 2; ++i)
        EXPECT_EQ(f.feed(QStringLiteral("temp-2"), QStringLiteral("1")).size(), 1);
    const auto third = f.feed(QStringLiteral("temp-2"), QStringLiteral("1"));
    ASSERT_EQ(third.size(), 1);
    EXPECT_TRUE(third.first().error.message.contains(QStringLiteral("disabled after 3 failures")));
    EXPECT_TRUE(f.replay.health().isDisabled(QStringLiteral("flaky")));
    EXPECT_TRUE(f.feed(QStringLiteral("temp-2"), QStringLiteral("1")).isEmpty());
    // Recording it in the document shows the reason and can be undone.
    ASSERT_TRUE(f.editor.setEnabled(QStringLiteral("flaky"), false, f.replay.health().disabledReason(QStringLiteral("flaky"))));
    FunctionDefinition d;
    ASSERT_TRUE(f.editor.function(QStringLiteral("flaky"), &d));
    EXPECT_FALSE(d.enabled);
    EXPECT_TRUE(d.disabledReason.contains(QStringLiteral("Cannot read property")));
    f.project.undoStack()->undo();
    ASSERT_TRUE(f.editor.function(QStringLiteral("flaky"), &d));
    EXPECT_TRUE(d.enabled);
}

TEST_F(FunctionSandboxTest, SuccessResetsTheFailureCount)
{
    f.replay.health().setFailureLimit(2);
    f.add(makeFunction(QStringLiteral("sometimes"),
                       QStringLiteral("function process(t) { if (t.Value > 10) throw new Error('high'); }"),
                       {dataTypeMatcher(QStringLiteral("Temperature"))}));
    for (int i = 0; i < 5; ++i) {
        f.feed(QStringLiteral("temp-2"), QStringLiteral("20"));
        f.feed(QStringLiteral("temp-2"), QStringLiteral("5"));
    }
    EXPECT_FALSE(f.replay.health().isDisabled(QStringLiteral("sometimes")));
}

} // namespace
