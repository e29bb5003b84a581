// SPDX-License-Identifier: GPL-3.0-or-later
// The comfort function (comfort.js) through TwinStudio's function runtime, time limit on:
// invocations per second of one worker thread, of a worker per core, and of one engine
// called in this thread;
// and, for the engine alone, engine_harness.js (the function with plain-ECMAScript
// helpers, the same text node_vm_bench.js runs) in a bare QJSEngine.
// Usage: function_bench [ROOMS] [INVOCATIONS] [FUNCTION.js] [PART]
// PART (engine, probed, runtime, workers, harness, process or processes) runs only that part, e.g. under a profiler
// (FUNCTION.js "" for the default).
#include "core/vectorstate.h"
#include "document/project.h"
#include "functions/functioneditor.h"
#include "functions/functiondebughost.h"
#include "functions/functionengine.h"
#include "functions/functioninstrumenter.h"
#include "functions/functionindex.h"
#include "functions/functionruntime.h"
#include "functions/memoryvaluestore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJSEngine>
#include <QJsonDocument>
#include <QThread>

#include <cstdio>
#include <ctime>

using namespace twin;

namespace {

/// CPU seconds of the whole process (all threads) and of its running children (the
/// function worker processes): on a shared machine the wall clock measures the neighbours too.
double processCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    double seconds = double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
    const QString self = QString::number(QCoreApplication::applicationPid());
    for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (pid.at(0).isDigit() && stat.open(QIODevice::ReadOnly)) {
            const QByteArray line = stat.readAll();
            const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
            clockid_t clock;
            if (fields.size() > 1 && fields.at(1) == self.toLatin1() && clock_getcpuclockid(pid.toInt(), &clock) == 0
                && clock_gettime(clock, &ts) == 0)
                seconds += double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
        }
    }
    return seconds;
}

void addTwin(Project &p, const QString &id, const QString &model, const QJsonObject &props = {})
{
    QString error;
    if (!p.addTwin(Twin{id, QStringLiteral("dtmi:twinstudio:core:%1;1").arg(model), props, {}}, &error))
        qFatal("%s", qPrintable(error));
}

void addRel(Project &p, const QString &source, const QString &name, const QString &target)
{
    QString error;
    if (!p.addRelationship(Relationship{name + u'-' + target, source, name, target, {}}, &error))
        qFatal("%s", qPrintable(error));
}

/// The engine alone: the plain-ECMAScript harness in a bare QJSEngine, as Node runs it.
void benchEngineHarness(const QString &source, int rooms, int count)
{
    QFile file(QStringLiteral(TWIN_ENGINE_HARNESS_JS));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    QJSEngine engine;
    const QJSValue harness = engine.evaluate(QString::fromUtf8(file.readAll()), file.fileName());
    QJSValue run = harness.call({source, rooms});
    if (run.isError() || !run.isCallable())
        qFatal("engine_harness.js: %s", qPrintable(run.toString()));
    run.call({qMin(count, 20000)}); // warm up
    // The state a FunctionEngine invocation starts in (core/vectorstate.h): the ceiling is
    // measured under the same conditions as what is compared with it.
    clearUpperVectorState();
    QElapsedTimer t;
    t.start();
    const double cpu = processCpuSeconds();
    const QJSValue last = run.call({count});
    if (last.isError())
        qFatal("engine_harness.js: %s", qPrintable(last.toString()));
    std::printf("v4_harness_invocations_per_s=%.0f v4_harness_invocations_per_cpu_s=%.0f\n",
                count / (double(t.nsecsElapsed()) / 1e9), count / (processCpuSeconds() - cpu));
}

/// The runtime with \a workers worker threads: invocations per wall and per CPU second.
void benchRuntime(MemoryValueStore *store, const std::shared_ptr<const FunctionTopology> &topology,
                  const QList<TelemetrySample> &samples, int count, int workers, const char *wallKey,
                  const char *cpuKey, FunctionRuntime::Isolation isolation = FunctionRuntime::Isolation::Thread)
{
    FunctionRuntime runtime(store, workers, isolation);
    runtime.setTopology(topology);
    const int batch = 512;
    QList<TelemetrySample> warm = samples.mid(0, qMin<qsizetype>(batch, samples.size()));
    for (int i = 0; i < 40; ++i)
        runtime.dispatch(warm);
    runtime.waitForIdle();
    const quint64 before = runtime.invocations();
    QList<QList<TelemetrySample>> batches;
    for (int i = 0; i < count; i += batch) {
        QList<TelemetrySample> b;
        for (int j = i; j < qMin(count, i + batch); ++j)
            b.append(samples.at(j % samples.size()));
        batches.append(b);
    }
    QElapsedTimer t;
    t.start();
    const double cpu = processCpuSeconds();
    for (const auto &b : std::as_const(batches))
        runtime.dispatch(b);
    runtime.waitForIdle();
    const double seconds = double(t.nsecsElapsed()) / 1e9;
    const double cpuSeconds = processCpuSeconds() - cpu;
    const quint64 done = runtime.invocations() - before;
    std::printf("%s_invocations_per_s=%.0f %s_invocations_per_cpu_s=%.0f %s_workers=%d invocations=%llu failures=%llu\n",
                wallKey, done / seconds, cpuKey, done / cpuSeconds, wallKey, workers,
                static_cast<unsigned long long>(done), static_cast<unsigned long long>(runtime.failures()));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // The probed engine compiles the system's acorn.js, whose style the compiler's lint
    // remarks on: noise between the figures.
    QLoggingCategory::setFilterRules(QStringLiteral("qt.qml.compiler.warning=false"));
    const int rooms = argc > 1 ? std::atoi(argv[1]) : 50;
    const int count = argc > 2 ? std::atoi(argv[2]) : 400000;

    QFile file(argc > 3 && *argv[3] ? QString::fromLocal8Bit(argv[3]) : QStringLiteral(TWIN_COMFORT_JS));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    const QString source = QString::fromUtf8(file.readAll());

    Project project;
    addTwin(project, QStringLiteral("building"), QStringLiteral("Building"));
    for (int r = 0; r < rooms; ++r) {
        const QString n = QString::number(r);
        addTwin(project, QStringLiteral("room-") + n, QStringLiteral("Room"));
        addTwin(project, QStringLiteral("device-") + n, QStringLiteral("Multisensor"));
        addTwin(project, QStringLiteral("temperature-") + n, QStringLiteral("TemperatureSensor"),
                {{QStringLiteral("dataType"), QStringLiteral("Temperature")}});
        addTwin(project, QStringLiteral("humidity-") + n, QStringLiteral("HumiditySensor"),
                {{QStringLiteral("dataType"), QStringLiteral("Humidity")}});
        addRel(project, QStringLiteral("building"), QStringLiteral("contains"), QStringLiteral("room-") + n);
        addRel(project, QStringLiteral("room-") + n, QStringLiteral("contains"), QStringLiteral("device-") + n);
        addRel(project, QStringLiteral("device-") + n, QStringLiteral("hasSensor"), QStringLiteral("temperature-") + n);
        addRel(project, QStringLiteral("device-") + n, QStringLiteral("hasSensor"), QStringLiteral("humidity-") + n);
    }
    FunctionEditor editor(&project);
    FunctionDefinition comfort;
    comfort.name = QStringLiteral("comfort");
    comfort.source = source;
    Matcher m;
    MatcherCondition c;
    c.value = QStringLiteral("Temperature");
    m.conditions = {c};
    comfort.matchers = {m};
    QString error;
    if (!editor.addFunction(comfort, &error))
        qFatal("%s", qPrintable(error));
    FunctionIndex index(&project);
    const auto topology = index.snapshot();

    MemoryValueStore store;
    for (int r = 0; r < rooms; ++r)
        store.setSensorValue(QStringLiteral("humidity-%1").arg(r), StoredValue{QStringLiteral("Humidity"), QStringLiteral("45"), 1});

    // Samples as the pipeline hands them over: decoded, with the raw payload.
    QList<TelemetrySample> samples;
    const int distinct = rooms * 16;
    for (int i = 0; i < distinct; ++i) {
        TelemetrySample s;
        s.sensorId = QStringLiteral("temperature-%1").arg(i % rooms);
        s.dataType = QStringLiteral("Temperature");
        const double v = 20 + (i % 16) * 0.25;
        s.value = v;
        s.valueText = QString::number(v);
        s.message = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("SensorValue"), v}}).toJson(QJsonDocument::Compact));
        s.timestampMs = 1700000000000 + i;
        s.receivedMs = s.timestampMs;
        samples.append(s);
    }

    const QString part = argc > 4 ? QString::fromLocal8Bit(argv[4]) : QString();
    const auto runs = [&part](const char *name) { return part.isEmpty() || part == QLatin1String(name); };

    // One engine, called in this thread (the replay path), time limit on; then the same
    // with the source instrumented for the debugger and no breakpoint (the probes' cost).
    const auto measureEngine = [&](FunctionEngine &engine, const std::shared_ptr<const FunctionTopology> &topo,
                                   const char *label) {
        engine.setTopology(topo);
        const int slot = topo->functionSlot(QStringLiteral("comfort"));
        for (int i = 0; i < qMin(count, 20000); ++i)
            engine.invoke(slot, samples.at(i % distinct));
        QElapsedTimer t;
        t.start();
        const double cpu = processCpuSeconds();
        int failures = 0;
        for (int i = 0; i < count; ++i)
            failures += !engine.invoke(slot, samples.at(i % distinct)).ok();
        const double perSecond = count / (double(t.nsecsElapsed()) / 1e9);
        const double perCpuSecond = count / (processCpuSeconds() - cpu);
        std::printf("%s_invocations_per_s=%.0f %s_invocations_per_cpu_s=%.0f failures=%d\n", label, perSecond, label,
                    perCpuSecond, failures);
    };
    if (runs("engine")) {
        FunctionEngine engine(&store);
        measureEngine(engine, topology, "engine");
    }
    if (runs("probed")) {
        FunctionDefinition probed = comfort;
        QList<int> lines;
        if (!FunctionInstrumenter::instrument(comfort.source, &probed.source, &lines, &error))
            qFatal("%s", qPrintable(error));
        FunctionDebugHost host;
        FunctionEngine engine(&store);
        if (!engine.installDebugHook(&host, &error))
            qFatal("%s", qPrintable(error));
        measureEngine(engine, FunctionTopology::build(project, {probed}), "probed_engine");
    }

    // The runtime fed in batches, as the pipeline feeds it: one worker thread, then a
    // worker per core (sensors spread over the workers).
    if (runs("runtime"))
        benchRuntime(&store, topology, samples, count, 1, "runtime_1_worker", "runtime");
    const int cores = QThread::idealThreadCount();
    if (runs("workers") && cores > 1)
        benchRuntime(&store, topology, samples, count, cores, "runtime_all_workers", "runtime_all_workers");
    else if (runs("workers"))
        std::printf("runtime_all_workers_invocations_per_s=0 runtime_all_workers_invocations_per_cpu_s=0\n");
    if (runs("harness"))
        benchEngineHarness(source, rooms, count);
    // The same runtime with the functions in worker processes (the default): one, and one
    // per core (CPU: this process's and the workers').
    if (runs("process"))
        benchRuntime(&store, topology, samples, count, 1, "runtime_process_1_worker", "runtime_process",
                     FunctionRuntime::Isolation::Process);
    if (runs("processes"))
        benchRuntime(&store, topology, samples, count, qMax(1, cores), "runtime_process_all_workers",
                     "runtime_process_all_workers", FunctionRuntime::Isolation::Process);

    StoredValue v;
    if (store.spaceValue(QStringLiteral("room-0"), QStringLiteral("Comfort"), &v))
        std::printf("room-0 Comfort=%s\n", qPrintable(v.value));
    return 0;
}
