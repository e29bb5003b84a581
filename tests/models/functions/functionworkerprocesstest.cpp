// SPDX-License-Identifier: GPL-3.0-or-later
// Functions in worker processes: what the in-process watchdog cannot stop (one huge
// builtin call, recursion that catches every interrupt) ends its process within the time
// limit plus a margin, as an error naming the limit, and the next function still computes
// the right value from the right inputs.
#include "functionfixture.h"

#include "functions/functionruntime.h"
#include "functions/functionworkerprocess.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QMutex>

#include <gtest/gtest.h>

#include <sys/resource.h>

using namespace twin;
using namespace twintest;

namespace {

constexpr int kLimitMs = 100;
/// Time limit, process margin, the watchdog's polls and a new process's start on a
/// loaded machine.
constexpr int kMarginMs = 1500;

TelemetrySample sample(const QString &sensor, const QString &dataType, const QString &message, double value)
{
    TelemetrySample s;
    s.sensorId = sensor;
    s.dataType = dataType;
    s.message = message;
    s.value = value;
    s.valueText = QString::number(value);
    s.timestampMs = 1700000000000;
    s.recordValue = true;
    return s;
}

struct HostileRun
{
    QList<InvocationResult> results;
    QList<qint64> atMs; ///< when each result arrived, from the dispatch
    StoredValue seen;   ///< what the good function computed
    quint64 starts = 0;
};

/// A hostile function on temp-2 and a good one on co2-1 (it reads motion-1's value and
/// writes what it saw on room-1), fed in one batch, then the good one alone again.
HostileRun runHostile(const QString &source)
{
    FunctionFixture f;
    FunctionDefinition hostile = makeFunction(QStringLiteral("hostile"), source, {dataTypeMatcher(QStringLiteral("Temperature"))});
    hostile.timeoutMs = kLimitMs;
    f.add(hostile);
    f.add(makeFunction(QStringLiteral("good"),
                       QStringLiteral("function process(t) { var m = getSensorValue('motion-1', 'Motion');\n"
                                      "  setSpaceValue('room-1', 'Seen', t.Value + '/' + m.Value); }"),
                       {dataTypeMatcher(QStringLiteral("CarbonDioxide"))}));
    f.store.setSensorValue(QStringLiteral("motion-1"), StoredValue{QStringLiteral("Motion"), QStringLiteral("true"), 1});
    HostileRun run;
    QMutex mutex;
    QElapsedTimer timer;
    {
        FunctionRuntime runtime(&f.store, 1, FunctionRuntime::Isolation::Process);
        runtime.setTopology(f.index.snapshot());
        runtime.setResultHandler([&](const InvocationResult &r) {
            QMutexLocker lock(&mutex);
            run.results.append(r);
            run.atMs.append(timer.elapsed());
        });
        timer.start();
        runtime.dispatch({sample(QStringLiteral("temp-2"), QStringLiteral("Temperature"), QStringLiteral("21"), 21),
                          sample(QStringLiteral("co2-1"), QStringLiteral("CarbonDioxide"), QStringLiteral("800"), 800)});
        runtime.waitForIdle();
        EXPECT_TRUE(f.store.spaceValue(QStringLiteral("room-1"), QStringLiteral("Seen"), &run.seen));
        EXPECT_EQ(run.seen.value, QStringLiteral("800/true"));
        // Telemetry no function matches: stored, and every process forgets what it read.
        TelemetrySample motion = sample(QStringLiteral("motion-1"), QStringLiteral("Motion"), QStringLiteral("false"), 0);
        motion.valueText = QStringLiteral("false");
        runtime.dispatch({motion});
        runtime.dispatch({sample(QStringLiteral("co2-1"), QStringLiteral("CarbonDioxide"), QStringLiteral("900"), 900)});
        runtime.waitForIdle();
        EXPECT_TRUE(f.store.spaceValue(QStringLiteral("room-1"), QStringLiteral("Seen"), &run.seen));
    }
    return run;
}

/// \a limit: "time limit", "memory limit", or "limit" where either may come first.
void expectContained(const HostileRun &run, const char *limit)
{
    ASSERT_EQ(run.results.size(), 3);
    const InvocationResult &bad = run.results.at(0);
    EXPECT_EQ(bad.function, QStringLiteral("hostile"));
    EXPECT_EQ(bad.sensorId, QStringLiteral("temp-2"));
    EXPECT_FALSE(bad.ok());
    EXPECT_TRUE(bad.error.message.contains(QLatin1String(limit))) << bad.error.message.toStdString();
    EXPECT_LT(run.atMs.at(0), kLimitMs + kMarginMs);
    EXPECT_TRUE(run.results.at(1).ok()) << run.results.at(1).error.message.toStdString();
    EXPECT_TRUE(run.results.at(2).ok()) << run.results.at(2).error.message.toStdString();
    // The value written last, from the motion value that arrived between the batches.
    EXPECT_EQ(run.seen.value, QStringLiteral("900/false"));
    // The process that ran the whole function never held gigabytes.
    rusage children{};
    getrusage(RUSAGE_CHILDREN, &children);
    EXPECT_LT(qint64(children.ru_maxrss), qint64(1536) * 1024); // KiB
}

class FunctionWorkerProcessTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!QFileInfo(FunctionWorkerProcess::program()).isExecutable())
            GTEST_SKIP() << "twin_function_worker is not built beside the tests: " << FunctionWorkerProcess::program().toStdString();
    }
};

} // namespace

TEST_F(FunctionWorkerProcessTest, OneHugeArrayFillEndsItsProcess)
{
    // A sparse array filled element by element: the time limit or the memory limit first.
    expectContained(runHostile(QStringLiteral("function process() { new Array(3e8).fill(1.5); }")), " limit of ");
}

TEST_F(FunctionWorkerProcessTest, AGigabyteStringEndsItsProcess)
{
    expectContained(runHostile(QStringLiteral("function process() { return 'x'.repeat(2 ** 30).length; }")),
                    "memory limit");
}

TEST_F(FunctionWorkerProcessTest, EndlessRecursionInsideTryCatchEndsItsProcess)
{
    expectContained(runHostile(QStringLiteral("function f() { try { f(); } catch (e) { f(); } }\n"
                                              "function process() { f(); }")),
                    "time limit");
}

TEST_F(FunctionWorkerProcessTest, AThrownObjectWhoseToStringLoops)
{
    const HostileRun run = runHostile(QStringLiteral("function process() { throw { toString: function () { while (true) {} } }; }"));
    ASSERT_EQ(run.results.size(), 3);
    EXPECT_FALSE(run.results.at(0).ok());
    EXPECT_LT(run.atMs.at(0), kLimitMs + kMarginMs);
    EXPECT_EQ(run.seen.value, QStringLiteral("900/false"));
}

TEST_F(FunctionWorkerProcessTest, AThrownProxyWhoseGetterLoops)
{
    const HostileRun run = runHostile(QStringLiteral(
        "function process() { throw new Proxy(new Error('x'), { get: function () { while (true) {} },\n"
        "  getPrototypeOf: function () { while (true) {} } }); }"));
    ASSERT_EQ(run.results.size(), 3);
    EXPECT_FALSE(run.results.at(0).ok());
    EXPECT_LT(run.atMs.at(0), kLimitMs + kMarginMs);
    EXPECT_EQ(run.seen.value, QStringLiteral("900/false"));
}

TEST_F(FunctionWorkerProcessTest, AnEndlessLoop)
{
    expectContained(runHostile(QStringLiteral("function process() { while (true) {} }")), "time limit");
}

namespace {

/// Forty telemetry messages of co2-1 (values 0 to 39) in one batch, to a function that
/// logs each value and writes it on room-1, and that \a hostile code ends its process on
/// value 17: the process ran the invocations before it without having sent their results
/// (results leave in batches), so the new process runs them again.
QList<InvocationResult> runHostileInTheMiddle(const QString &hostile, FunctionFixture &f, bool second = false)
{

    FunctionDefinition function = makeFunction(
        QStringLiteral("middle"),
        QStringLiteral("function process(t) { if (t.Value === 17) { %1 }\n"
                       "  log('value ' + t.Value); setSpaceValue('room-1', 'Seen', '' + t.Value); }")
            .arg(hostile),
        {dataTypeMatcher(QStringLiteral("CarbonDioxide"))});
    function.timeoutMs = kLimitMs;
    f.add(function);
    if (second) // a second function on the same telemetry: it runs after the first
        f.add(makeFunction(QStringLiteral("another"), QStringLiteral("function process(t) { log('also ' + t.Value); }"),
                           {dataTypeMatcher(QStringLiteral("CarbonDioxide"))}));
    QList<TelemetrySample> samples;
    for (int i = 0; i < 40; ++i)
        samples.append(sample(QStringLiteral("co2-1"), QStringLiteral("CarbonDioxide"), QString::number(i), i));
    QList<InvocationResult> results;
    QMutex mutex;
    FunctionRuntime runtime(&f.store, 1, FunctionRuntime::Isolation::Process);
    runtime.setTopology(f.index.snapshot());
    runtime.setResultHandler([&](const InvocationResult &r) {
        QMutexLocker lock(&mutex);
        results.append(r);
    });
    runtime.dispatch(samples);
    runtime.waitForIdle();
    return results;
}

/// Each invocation reported once, in the batch's order, the failure on value 17 alone.
void expectBlamedInPlace(const QList<InvocationResult> &results, FunctionFixture &f, const char *limit)
{
    ASSERT_EQ(results.size(), 40);
    for (int i = 0; i < 40; ++i) {
        const InvocationResult &r = results.at(i);
        EXPECT_EQ(r.function, QStringLiteral("middle"));
        EXPECT_EQ(r.sensorId, QStringLiteral("co2-1"));
        if (i == 17) {
            EXPECT_FALSE(r.ok());
            EXPECT_TRUE(r.error.message.contains(QLatin1String(limit))) << r.error.message.toStdString();
            EXPECT_TRUE(r.error.message.contains(QLatin1String("worker process was ended")))
                << r.error.message.toStdString();
            continue;
        }
        EXPECT_TRUE(r.ok()) << i << ": " << r.error.message.toStdString();
        EXPECT_EQ(r.logs, QStringList{QStringLiteral("value %1").arg(i)}) << i;
    }
    StoredValue v;
    ASSERT_TRUE(f.store.spaceValue(QStringLiteral("room-1"), QStringLiteral("Seen"), &v));
    EXPECT_EQ(v.value, QStringLiteral("39"));
    ASSERT_TRUE(f.store.sensorValue(QStringLiteral("co2-1"), &v));
    EXPECT_EQ(v.value, QStringLiteral("39"));
}

} // namespace

TEST_F(FunctionWorkerProcessTest, RecursionInTheMiddleOfABatchIsBlamedInItsPlace)
{
    // Recursion that catches every interrupt: ended from outside, for its time limit.
    FunctionFixture f;
    expectBlamedInPlace(
        runHostileInTheMiddle(QStringLiteral("var f = function () { try { f(); } catch (e) { f(); } }; f();"), f), f,
        "time limit");
}

TEST_F(FunctionWorkerProcessTest, AProcessThatEndsItselfInTheMiddleOfABatchIsBlamedInItsPlace)
{
    // The process exits (memory limit) instead of being ended from outside: the progress
    // word it left names the invocation.
    FunctionFixture f;
    expectBlamedInPlace(runHostileInTheMiddle(QStringLiteral("'x'.repeat(2 ** 30);"), f), f, "memory limit");
}

TEST_F(FunctionWorkerProcessTest, TwoFunctionsPerMessageKeepTheirOrderAcrossARestart)
{
    FunctionFixture f;
    const QList<InvocationResult> results = runHostileInTheMiddle(
        QStringLiteral("var f = function () { try { f(); } catch (e) { f(); } }; f();"), f, true);
    ASSERT_EQ(results.size(), 80);
    QList<InvocationResult> middle;
    for (int i = 0; i < 40; ++i) {
        // Each message's invocations in the order of its functions, messages in order:
        // the failure on message 17 before the second function's result on it, which the
        // new process sent.
        middle.append(results.at(2 * i));
        const InvocationResult &a = results.at(2 * i + 1);
        EXPECT_EQ(a.function, QStringLiteral("another")) << i;
        EXPECT_TRUE(a.ok()) << i << ": " << a.error.message.toStdString();
        EXPECT_EQ(a.logs, QStringList{QStringLiteral("also %1").arg(i)}) << i;
    }
    expectBlamedInPlace(middle, f, "time limit");
}

TEST_F(FunctionWorkerProcessTest, AWorkerThatCannotStartFailsItsInvocationsWithWhy)
{
    qputenv("TWINSTUDIO_FUNCTION_WORKER", "/nonexistent/twin_function_worker");
    FunctionFixture f;
    f.add(makeFunction(QStringLiteral("good"), QStringLiteral("function process(t) { log(t.Value); }"),
                       {dataTypeMatcher(QStringLiteral("CarbonDioxide"))}));
    QList<InvocationResult> results;
    {
        FunctionRuntime runtime(&f.store, 1, FunctionRuntime::Isolation::Process);
        runtime.setTopology(f.index.snapshot());
        runtime.setResultHandler([&](const InvocationResult &r) { results.append(r); });
        runtime.dispatch({sample(QStringLiteral("co2-1"), QStringLiteral("CarbonDioxide"), QStringLiteral("800"), 800)});
        runtime.waitForIdle();
    }
    qunsetenv("TWINSTUDIO_FUNCTION_WORKER");
    ASSERT_EQ(results.size(), 1);
    EXPECT_FALSE(results.at(0).ok());
    EXPECT_TRUE(results.at(0).error.message.contains(QLatin1String("could not start")));
    StoredValue v;
    EXPECT_TRUE(f.store.sensorValue(QStringLiteral("co2-1"), &v)); // recorded all the same
}

TEST_F(FunctionWorkerProcessTest, TheThreadIsolationStaysAvailable)
{
    if (qEnvironmentVariableIsEmpty("TWINSTUDIO_FUNCTION_ISOLATION")) {
        EXPECT_EQ(FunctionRuntime::defaultIsolation(), FunctionRuntime::Isolation::Process);
    }
    FunctionFixture f;
    f.add(makeFunction(QStringLiteral("good"), QStringLiteral("function process(t) { setSpaceValue('room-1', 'Seen', t.Message); }"),
                       {dataTypeMatcher(QStringLiteral("CarbonDioxide"))}));
    FunctionRuntime runtime(&f.store, 1, FunctionRuntime::Isolation::Thread);
    EXPECT_EQ(runtime.isolation(), FunctionRuntime::Isolation::Thread);
    runtime.setTopology(f.index.snapshot());
    runtime.dispatch({sample(QStringLiteral("co2-1"), QStringLiteral("CarbonDioxide"), QStringLiteral("800"), 800)});
    runtime.waitForIdle();
    StoredValue v;
    ASSERT_TRUE(f.store.spaceValue(QStringLiteral("room-1"), QStringLiteral("Seen"), &v));
    EXPECT_EQ(v.value, QStringLiteral("800"));
}

TEST(FunctionWorkerInvalidationTest, IsToldToForgetOnlyValuesItMayHold)
{
    // The sample's sensor, what its function read and what it wrote: nothing else is sent.
    FunctionFixture f;
    f.add(makeFunction(QStringLiteral("reader"),
                       QStringLiteral("function process(t) { var m = getSensorValue('motion-1', 'Motion');\n"
                                      "  setSpaceValue('room-1', 'Seen', m.Value); }"),
                       {dataTypeMatcher(QStringLiteral("CarbonDioxide"))}));
    f.store.setSensorValue(QStringLiteral("motion-1"), StoredValue{QStringLiteral("Motion"), QStringLiteral("true"), 1});
    const auto topology = f.index.snapshot();
    FunctionWorkerProcess process(&f.store);
    process.invalidateSensor(QStringLiteral("co2-1"));
    EXPECT_EQ(process.pendingInvalidations(), 0) << "nothing sent yet, nothing cached";
    const TelemetrySample co2 = sample(QStringLiteral("co2-1"), QStringLiteral("CarbonDioxide"), QStringLiteral("800"), 800);
    const QList<int> functionSlots{topology->functionSlot(QStringLiteral("reader"))};
    QList<InvocationResult> results;
    process.run(topology, {FunctionWorkerProcess::Job{&co2, &functionSlots}},
                {[&f](const TelemetrySample &s) {
                     f.store.recordSensorValue(s.sensorId, StoredValue{s.dataType, s.valueText, s.timestampMs});
                 },
                 [&results](const InvocationResult &r) { results.append(r); },
                 [](const QString &) { return false; }});
    ASSERT_EQ(results.size(), 1);
    ASSERT_TRUE(results.at(0).ok()) << results.at(0).error.message.toStdString();
    for (int i = 0; i < 50; ++i) {
        process.invalidateSensor(QStringLiteral("temp-%1").arg(i));
        process.invalidateSpaceValue(QStringLiteral("room-%1").arg(i), QStringLiteral("Comfort"));
    }
    // A false hit of the filter now and then is allowed; a hundred values it never saw are not sent.
    EXPECT_LT(process.pendingInvalidations(), 20);
    const qsizetype before = process.pendingInvalidations();
    process.invalidateSensor(QStringLiteral("co2-1"));
    process.invalidateSensor(QStringLiteral("motion-1"));
    process.invalidateSpaceValue(QStringLiteral("room-1"), QStringLiteral("Seen"));
    EXPECT_EQ(process.pendingInvalidations(), before + 3);
}
