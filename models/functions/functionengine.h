// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/stringkey.h"
#include "functions/cachedkeyfilter.h"
#include "functions/functiontopology.h"
#include "functions/functionwatchdog.h"
#include "functions/invocationresult.h"

#include <QHash>
#include <QJSValue>
#include <QMutex>
#include <QSet>

#include <atomic>
#include <memory>

class QJSEngine;

namespace twin {

class FunctionHost;
class ValueStore;

/**
 * One JavaScript engine running user-defined functions: a plain QJSEngine (no Qt, no
 * XMLHttpRequest, no require, no console: only ECMAScript and the v1 API), the API
 * script, and each function compiled once per change of its source.
 *
 * Not thread-safe: create it, and use it, in one thread (a worker, or the caller's for
 * replays). invalidate() is the exception: any thread may call it.
 *
 * Each invocation runs under the shared FunctionWatchdog (time and memory limits).
 * Values the function sets are written to the ValueStore, notifications go to its sink,
 * and all of it is reported in the InvocationResult.
 */
class FunctionEngine
{
public:
    static constexpr int DefaultTimeoutMs = 100;

    explicit FunctionEngine(ValueStore *store, FunctionWatchdog *watchdog = FunctionWatchdog::shared());
    ~FunctionEngine();
    FunctionEngine(const FunctionEngine &) = delete;
    FunctionEngine &operator=(const FunctionEngine &) = delete;

    /// Loads a snapshot: the graph for the API and the functions (compiled when new or
    /// changed). Cheap when the generation did not change.
    void setTopology(const std::shared_ptr<const FunctionTopology> &topology);
    const std::shared_ptr<const FunctionTopology> &topology() const { return m_topology; }

    /// Records every API call (arguments, result, calling line) in the results, on the
    /// host side (FunctionHost). Slower. Only before the first topology: then the API is
    /// fixed (a call later is refused with a warning).
    void setTracing(bool on);
    bool isTracing() const { return m_tracing; }
    /// The time limit when the function sets none (default 100 ms).
    void setDefaultTimeout(int ms) { m_defaultTimeoutMs = qMax(1, ms); }
    int defaultTimeout() const { return m_defaultTimeoutMs; }

    /// Why the function in \a slot did not compile (Kind::None when it did).
    FunctionError compileError(int slot);

    /// Runs the function in \a slot of the topology for \a sample. The sample's value must
    /// already be in the ValueStore (the pipeline or the replay put it there).
    InvocationResult invoke(int slot, const TelemetrySample &sample);

    /// Forgets the cached value of a sensor or of a space value: another thread changed it.
    /// Costs nothing but a look-up when this engine never read or wrote that value (each
    /// worker mostly touches its own sensors' values). Thread-safe.
    void invalidateSensor(const QString &sensorId);
    void invalidateSpaceValue(const QString &spaceId, const QString &name);
    void invalidateAll();

    /// Makes this engine a debug engine: the probes of instrumented sources
    /// (FunctionInstrumenter) report to \a host. Call before the first topology; live
    /// engines never have one. False with why when the debug script fails.
    bool installDebugHook(QObject *host, QString *error);

    /// Checks \a source for syntax errors without running it.
    static bool checkSyntax(const QString &source, const QString &name, SyntaxError *error);

private:
    struct Compiled
    {
        QString source;
        QJSValue process;
        QJSValue name;
        QString functionName;
        FunctionError error;
    };

    Compiled *compiled(int slot);
    void applyEffects(int slot, int count, InvocationResult *result, qint64 timeMs);
    /// True (and the invocation's error) when the function in \a slot may not write on or
    /// notify \a twinId.
    bool refuseOutsideScope(int slot, const QString &call, const QString &twinId, InvocationResult *result);
    const QJSValue &scriptString(const QString &text);
    /// Fills m_args for one invocation (see api.js invoke).
    void setArguments(int slot, const TelemetrySample &sample, int shape, QStringView shapeKey, double shapeNumber,
                      qint64 received, qint64 correlation);
    void readTrace(InvocationResult *result);
    FunctionError errorFrom(const QJSValue &error, const QString &function) const;

    ValueStore *const m_store;
    FunctionWatchdog *const m_watchdog;
    QJSEngine *m_engine = nullptr;
    FunctionHost *m_host = nullptr;
    FunctionWatchdog::Slot *m_slot = nullptr;
    QJSValue m_internals;
    QJSValue m_invoke;
    QJSValue m_setFunction;
    QJSValue m_invalidate;
    QJSValueList m_args;
    int m_argsSlot = -1;
    QString m_argsDataType;
    QString m_argsShapeKey;
    QHash<StringKey, int> m_nodeIndex; ///< twin id -> node index of the API script
    QJSValue m_takeEffects;
    QJSValue m_effects;
    QJSValue m_intern;
    QJSValue m_thrownPrimitive;
    QJSValue m_debugWrap; ///< debug engines: wraps each process (debug.js)
    QJSValue m_functionConstructor; ///< compiles each function (see compiled())
    QHash<QString, QJSValue> m_strings;
    std::shared_ptr<const FunctionTopology> m_topology;
    quint64 m_loadedGeneration = 0;
    QHash<QString, std::shared_ptr<Compiled>> m_compiled;
    QList<Compiled *> m_bySlot;
    bool m_tracing = false;
    bool m_refusedWrites = false;
    int m_defaultTimeoutMs = DefaultTimeoutMs;
    qint64 m_correlation = 0;

    /// Records that the API script may now cache this value (it read or wrote it), before
    /// it reads or writes the store: a writer that misses the mark wrote before the read.
    void noteCachedSensor(const QString &sensorId);
    void noteCachedSpaceValue(const QString &spaceId, const QString &name);

    // Values the API script may hold: one copy read by the engine's thread without a lock,
    // one under m_dirtyMutex for invalidating threads.
    QSet<StringKey> m_ownCachedSensors;
    QHash<StringKey, QSet<StringKey>> m_ownCachedSpaceValues;
    QSet<StringKey> m_cachedSensors;
    QHash<StringKey, QSet<StringKey>> m_cachedSpaceValues;

    CachedKeyFilter m_cachedFilter; ///< m_cachedSensors and m_cachedSpaceValues, read without a lock
    alignas(64) QMutex m_dirtyMutex;
    QSet<QString> m_dirty;
    bool m_dirtyAll = false;
    std::atomic<bool> m_hasDirty{false};
};

} // namespace twin
