// SPDX-License-Identifier: GPL-3.0-or-later
#include "functionengine.h"

#include "core/logging.h"
#include "core/vectorstate.h"
#include "functions/functionhost.h"
#include "functions/functionprelude.h"
#include "functions/valuestore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJSEngine>
#include <QMutexLocker>

#include <charconv>

namespace twin {

namespace {

// checkSyntax() wraps the source in a function expression that it only compiles.
const QString kWrapperHead = QStringLiteral("(function(){");
// A function's source is the body of a function made by the Function constructor, so that
// each function has its own scope (top-level var and function declarations of two
// functions do not clash). QJSEngine::evaluate() compiles without V4's property lookup
// caches (every property read and call by name); the Function constructor compiles with
// them. The body returns process in an array: what the top-level code throws comes back
// in its place, and a thrown primitive must not read as "no process".
const QString kBodyTail = QStringLiteral("\n;return [typeof process === 'function' ? process : undefined];");
// Code the Function constructor compiled has no file name, and its body starts on line 2:
// its stack frames read "name@:LINE".
constexpr int kBodyLineOffset = 1;
const QString kBodyFrame = QStringLiteral("@:");

/// Sensor ids and data types passed to the engine as strings it already holds: a new
/// string per call costs an allocation, its hash and an identifier table lookup.
constexpr qsizetype kMaxScriptStrings = 8192;

/// The payload shapes devices send ({"SensorValue": 21.5}, {"value": 1}, a bare number)
/// are recognised here so that JSON.parse(telemetry.Message) in the function returns an
/// equal object without running the general parser (V4's costs ~2 us).
/// Returns 0 (other), 1 (a bare number) or 2 (an object with one number member).
int fastShape(const QString &message, QStringView *key, double *number)
{
    const QStringView m = QStringView(message).trimmed();
    auto isNumber = [](QStringView t, double *out) {
        if (t.isEmpty())
            return false;
        qsizetype i = 0;
        if (t.at(i) == u'-')
            ++i;
        if (i >= t.size() || !t.at(i).isDigit())
            return false;
        if (t.at(i) == u'0' && i + 1 < t.size() && t.at(i + 1).isDigit())
            return false;
        while (i < t.size() && t.at(i).isDigit())
            ++i;
        if (i < t.size() && t.at(i) == u'.') {
            ++i;
            if (i >= t.size() || !t.at(i).isDigit())
                return false;
            while (i < t.size() && t.at(i).isDigit())
                ++i;
        }
        if (i < t.size() && (t.at(i) == u'e' || t.at(i) == u'E')) {
            ++i;
            if (i < t.size() && (t.at(i) == u'+' || t.at(i) == u'-'))
                ++i;
            if (i >= t.size() || !t.at(i).isDigit())
                return false;
            while (i < t.size() && t.at(i).isDigit())
                ++i;
        }
        if (i != t.size() || t.size() > 64)
            return false;
        // Plain ASCII by now: std::from_chars, not QLocale's general conversion.
        char ascii[64];
        for (qsizetype k = 0; k < t.size(); ++k)
            ascii[k] = char(t.at(k).unicode());
        const auto [end, ec] = std::from_chars(ascii, ascii + t.size(), *out);
        return ec == std::errc() && end == ascii + t.size();
    };
    if (m.isEmpty())
        return 0;
    if (m.front() != u'{')
        return isNumber(m, number) ? 1 : 0;
    if (m.back() != u'}')
        return 0;
    const QStringView inner = m.mid(1, m.size() - 2).trimmed();
    if (inner.size() < 3 || inner.front() != u'"')
        return 0;
    const qsizetype close = inner.indexOf(u'"', 1);
    if (close < 0)
        return 0;
    const QStringView name = inner.mid(1, close - 1);
    for (QChar c : name) {
        if (!(c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u' '))
            return 0; // escapes and the like: the general parser decides
    }
    const QStringView rest = inner.mid(close + 1).trimmed();
    if (rest.isEmpty() || rest.front() != u':')
        return 0;
    if (!isNumber(rest.mid(1).trimmed(), number))
        return 0;
    *key = name; // a view into the message: no copy per invocation
    return 2;
}

QJSValue toScript(const QVariant &value)
{
    if (isNumericValueType(value.typeId()))
        return QJSValue(value.toDouble());
    switch (value.typeId()) {
    case QMetaType::Bool:
        return QJSValue(value.toBool());
    case QMetaType::UnknownType:
        return QJSValue(QJSValue::NullValue);
    default:
        return QJSValue(value.toString());
    }
}

} // namespace

FunctionEngine::FunctionEngine(ValueStore *store, FunctionWatchdog *watchdog)
    : m_store(store)
    , m_watchdog(watchdog)
    , m_engine(new QJSEngine)
    , m_host(new FunctionHost(store))
{
    // Nothing installed but the API: no installExtensions(), so no console, no Qt, no
    // translations, no timers; a QJSEngine has no XMLHttpRequest or require at all.
    m_slot = m_watchdog->attach(m_engine);
    // Taken before any code runs: the global object is not frozen, a function may replace it.
    m_functionConstructor = m_engine->globalObject().property(QStringLiteral("Function"));
    const QJSValue factory = functionPreludeFactory(*m_engine);
    if (!factory.isCallable())
        return;
    m_host->setReadHooks([this](const QString &sensorId) { noteCachedSensor(sensorId); },
                         [this](const QString &spaceId, const QString &name) { noteCachedSpaceValue(spaceId, name); });
    QJSEngine::setObjectOwnership(m_host, QJSEngine::CppOwnership);
    QJSValue host = m_engine->newQObject(m_host);
    m_internals = factory.call({host, m_engine->globalObject()});
    if (m_internals.isError())
        qCCritical(lcFunctions) << "the function API script failed:" << m_internals.toString();
    m_invoke = m_internals.property(QStringLiteral("invoke"));
    m_setFunction = m_internals.property(QStringLiteral("setFunction"));
    m_invalidate = m_internals.property(QStringLiteral("invalidate"));
    m_takeEffects = m_internals.property(QStringLiteral("takeEffects"));
    m_effects = m_internals.property(QStringLiteral("effects"));
    m_intern = m_internals.property(QStringLiteral("intern"));
    m_thrownPrimitive = m_internals.property(QStringLiteral("thrownPrimitive"));
}

FunctionEngine::~FunctionEngine()
{
    m_watchdog->detach(m_slot);
    m_invoke = QJSValue();
    m_setFunction = QJSValue();
    m_invalidate = QJSValue();
    m_args.clear();
    m_takeEffects = QJSValue();
    m_effects = QJSValue();
    m_intern = QJSValue();
    m_thrownPrimitive = QJSValue();
    m_debugWrap = QJSValue();
    m_functionConstructor = QJSValue();
    m_strings.clear();
    m_internals = QJSValue();
    m_compiled.clear();
    delete m_engine;
    delete m_host;
}

bool FunctionEngine::installDebugHook(QObject *host, QString *error)
{
    QFile file(QStringLiteral(":/functions/debug.js"));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.fileName() + QStringLiteral(": ") + file.errorString();
        return false;
    }
    const QJSValue factory = m_engine->evaluate(QString::fromUtf8(file.readAll()), QStringLiteral("twinstudio-debug.js"));
    QJSEngine::setObjectOwnership(host, QJSEngine::CppOwnership);
    const QJSValue control = factory.isError() ? factory
                                               : factory.call({m_engine->newQObject(host), m_engine->globalObject(),
                                                               m_internals});
    if (control.isError()) {
        *error = control.toString();
        return false;
    }
    m_debugWrap = control.property(QStringLiteral("wrap"));
    return true;
}

void FunctionEngine::setTracing(bool on)
{
    if (on == m_tracing)
        return;
    if (!m_internals.property(QStringLiteral("setTracing")).call({on}).toBool()) {
        qCWarning(lcFunctions) << "tracing can only be switched before the first topology";
        return;
    }
    m_tracing = on;
}

void FunctionEngine::setTopology(const std::shared_ptr<const FunctionTopology> &topology)
{
    m_topology = topology;
    if (!topology || topology->generation() == m_loadedGeneration)
        return;
    m_loadedGeneration = topology->generation();
    const QString ids = m_internals.property(QStringLiteral("setTopology"))
                            .call({QString::fromUtf8(topology->scriptJson())})
                            .toString();
    m_nodeIndex.clear();
    int index = 0;
    for (const QStringView id : QStringView(ids).split(QChar(0x1e), Qt::SkipEmptyParts))
        m_nodeIndex.insert(id.toString(), index++);
    m_argsSlot = -1;
    // Compile lazily (compiled()) so that a replaced snapshot costs nothing until used;
    // drop what the new snapshot no longer has.
    QSet<QString> names;
    for (const FunctionDefinition &f : topology->functions())
        names.insert(f.name);
    for (auto it = m_compiled.begin(); it != m_compiled.end();) {
        if (!names.contains(it.key()))
            it = m_compiled.erase(it);
        else
            ++it;
    }
    m_bySlot = QList<Compiled *>(topology->functions().size(), nullptr);
}

FunctionEngine::Compiled *FunctionEngine::compiled(int slot)
{
    if (!m_topology || slot < 0 || slot >= m_bySlot.size())
        return nullptr;
    if (Compiled *c = m_bySlot.at(slot))
        return c;
    const FunctionDefinition &f = m_topology->functions().at(slot);
    std::shared_ptr<Compiled> &entry = m_compiled[f.name];
    if (!entry)
        entry = std::make_shared<Compiled>();
    Compiled &c = *entry;
    if (c.source != f.source || (c.process.isUndefined() && c.error.kind == FunctionError::Kind::None)) {
        c = Compiled();
        c.source = f.source;
        // A copy of this engine's own: results take a reference per invocation, which on the
        // topology's string would bounce its cache line between the workers.
        c.functionName = QString(f.name.constData(), f.name.size());
        c.name = m_intern.call({QJSValue(f.name)}); // held by the engine: no new string per call
        const QJSValue wrapper = m_functionConstructor.callAsConstructor({QJSValue(f.source + kBodyTail)});
        if (wrapper.isError()) {
            // The constructor says "Parse error" only: the parser's own message and place.
            SyntaxError syntax;
            c.error = errorFrom(wrapper, f.name);
            c.error.kind = FunctionError::Kind::Compile;
            if (!checkSyntax(f.source, f.name, &syntax)) {
                c.error.message = QStringLiteral("SyntaxError: ") + syntax.message;
                c.error.line = syntax.line;
                c.error.column = syntax.column;
            }
        } else {
            // Top-level code runs here, under the same limits as an invocation.
            FunctionWatchdog::begin(m_slot, f.timeoutMs > 0 ? f.timeoutMs : m_defaultTimeoutMs);
            const QJSValue done = wrapper.call();
            // Describing what it threw runs its getters and toString: still under the limits.
            const FunctionError thrown = done.isError() ? errorFrom(done, f.name) : FunctionError();
            const FunctionWatchdog::Reason reason = FunctionWatchdog::end(m_slot);
            const QJSValue process = done.isArray() ? done.property(0) : QJSValue();
            if (reason != FunctionWatchdog::Reason::None || done.isError()) {
                c.error = thrown;
                c.error.kind = FunctionError::Kind::Compile;
                if (reason != FunctionWatchdog::Reason::None)
                    c.error.message = QStringLiteral("the top-level code was stopped: %1 limit")
                                          .arg(reason == FunctionWatchdog::Reason::Timeout ? QStringLiteral("time")
                                                                                           : QStringLiteral("memory"));
            } else if (!done.isArray()) {
                c.error.kind = FunctionError::Kind::Compile;
                c.error.message = QStringLiteral("the top-level code threw %1, which is not an Error")
                                      .arg(done.isString() ? u'"' + done.toString() + u'"'
                                           : done.isNumber() || done.isBool() || done.isNull() || done.isUndefined()
                                               ? done.toString()
                                               : QStringLiteral("a value"));
            } else if (!process.isCallable()) {
                c.error.kind = FunctionError::Kind::Compile;
                c.error.message = QStringLiteral("the source defines no function process(telemetry, executionContext)");
            } else {
                // A debug engine sees each invocation's telemetry (to edit it while paused).
                c.process = m_debugWrap.isCallable() ? m_debugWrap.call({process}) : process;
            }
        }
        if (c.error.kind != FunctionError::Kind::None)
            qCWarning(lcFunctions).noquote() << c.error.format(f.name);
    }
    m_bySlot[slot] = &c;
    if (c.process.isCallable())
        m_setFunction.call({QJSValue(slot), c.process, c.name});
    return &c;
}

FunctionError FunctionEngine::compileError(int slot)
{
    const Compiled *c = compiled(slot);
    return c ? c->error : FunctionError{FunctionError::Kind::Compile, QStringLiteral("no such function"), 0, 0, {}};
}

FunctionError FunctionEngine::errorFrom(const QJSValue &error, const QString &function) const
{
    FunctionError e;
    e.kind = FunctionError::Kind::Exception;
    e.message = error.toString();
    e.line = error.property(QStringLiteral("lineNumber")).toInt();
    if (error.property(QStringLiteral("fileName")).toString().isEmpty())
        e.line = qMax(0, e.line - kBodyLineOffset);
    // The function's own frames ("name@:LINE") named after it, with the lines of its
    // source; the line that failed is that of its first frame (frames of the API script
    // come first when an API call threw).
    const QString file = QStringLiteral("@") + function + QStringLiteral(".js:");
    QStringList frames = error.property(QStringLiteral("stack")).toString().split(u'\n');
    bool first = true;
    for (QString &frame : frames) {
        const qsizetype at = frame.lastIndexOf(kBodyFrame);
        bool isNumber = false;
        const int line = at >= 0 ? QStringView(frame).mid(at + kBodyFrame.size()).toInt(&isNumber) : 0;
        if (!isNumber)
            continue;
        frame = frame.left(at) + file + QString::number(qMax(0, line - kBodyLineOffset));
        if (first)
            e.line = qMax(0, line - kBodyLineOffset);
        first = false;
    }
    e.stack = frames.join(u'\n');
    return e;
}

void FunctionEngine::noteCachedSensor(const QString &sensorId)
{
    if (m_ownCachedSensors.contains(sensorId))
        return;
    m_ownCachedSensors.insert(sensorId);
    {
        QMutexLocker lock(&m_dirtyMutex);
        m_cachedSensors.insert(sensorId);
    }
    m_cachedFilter.add(CachedKeyFilter::keyOf(sensorId));
}

void FunctionEngine::noteCachedSpaceValue(const QString &spaceId, const QString &name)
{
    QSet<StringKey> &names = m_ownCachedSpaceValues[spaceId];
    if (names.contains(name))
        return;
    names.insert(name);
    {
        QMutexLocker lock(&m_dirtyMutex);
        m_cachedSpaceValues[spaceId].insert(name);
    }
    m_cachedFilter.add(CachedKeyFilter::keyOf(spaceId, name));
}

void FunctionEngine::invalidateSensor(const QString &sensorId)
{
    if (!m_cachedFilter.writtenThenMayContain(CachedKeyFilter::keyOf(sensorId)))
        return;
    QMutexLocker lock(&m_dirtyMutex);
    if (!m_cachedSensors.contains(sensorId))
        return;
    m_dirty.insert(sensorId);
    m_hasDirty.store(true, std::memory_order_release);
}

void FunctionEngine::invalidateSpaceValue(const QString &spaceId, const QString &name)
{
    if (!m_cachedFilter.writtenThenMayContain(CachedKeyFilter::keyOf(spaceId, name)))
        return;
    QMutexLocker lock(&m_dirtyMutex);
    const auto it = m_cachedSpaceValues.constFind(spaceId);
    if (it == m_cachedSpaceValues.cend() || !it->contains(name))
        return;
    m_dirty.insert(spaceId + QChar(1) + name);
    m_hasDirty.store(true, std::memory_order_release);
}

void FunctionEngine::invalidateAll()
{
    QMutexLocker lock(&m_dirtyMutex);
    m_dirtyAll = true;
    m_hasDirty.store(true, std::memory_order_release);
}

const QJSValue &FunctionEngine::scriptString(const QString &text)
{
    const auto it = m_strings.constFind(text);
    if (it != m_strings.cend())
        return *it;
    if (m_strings.size() >= kMaxScriptStrings)
        m_strings.clear();
    return *m_strings.insert(text, m_intern.call({QJSValue(text)}));
}

InvocationResult FunctionEngine::invoke(int slot, const TelemetrySample &sample)
{
    // What ran before may have left the vector registers' upper halves in use: every call
    // frame QJSEngine sets up would pay for it (core/vectorstate.h).
    clearUpperVectorState();
    InvocationResult result;
    result.sensorId = sample.sensorId;
    Compiled *c = compiled(slot); // compiling (once per change) is not part of the duration
    QElapsedTimer timer;
    timer.start();
    if (!c) {
        result.error = {FunctionError::Kind::Compile, QStringLiteral("no function in slot %1").arg(slot), 0, 0, {}};
        return result;
    }
    const FunctionDefinition &f = m_topology->functions().at(slot);
    result.function = c->functionName;
    if (c->error.kind != FunctionError::Kind::None) {
        result.error = c->error;
        result.durationNs = timer.nsecsElapsed();
        return result;
    }

    if (m_hasDirty.load(std::memory_order_acquire)) {
        QString dirty;
        QMutexLocker lock(&m_dirtyMutex);
        if (m_dirtyAll)
            m_internals.property(QStringLiteral("invalidateAll")).call();
        else
            dirty = QStringList(m_dirty.cbegin(), m_dirty.cend()).join(QChar(0x1e));
        m_dirty.clear();
        m_dirtyAll = false;
        m_hasDirty.store(false, std::memory_order_release);
        lock.unlock();
        if (!dirty.isEmpty())
            m_invalidate.call({dirty});
    }

    noteCachedSensor(sample.sensorId); // the API script caches the sample's value
    QStringView fastKey;
    double fastNumber = 0;
    const int fast = fastShape(sample.message, &fastKey, &fastNumber);
    const qint64 received = sample.receivedMs > 0 ? sample.receivedMs : QDateTime::currentMSecsSinceEpoch();
    const qint64 correlation = sample.correlationId > 0 ? sample.correlationId : ++m_correlation;
    setArguments(slot, sample, fast, fastKey, fastNumber, received, correlation);

    FunctionWatchdog::begin(m_slot, f.timeoutMs > 0 ? f.timeoutMs : m_defaultTimeoutMs);
    const QJSValue returned = m_invoke.call(m_args);
    // Describing a thrown Error reads its message and stack, which may be getters or a
    // toString of the function's own that never return: still under the limits.
    const FunctionError thrown = returned.isError() ? errorFrom(returned, f.name) : FunctionError();
    const FunctionWatchdog::Reason reason = FunctionWatchdog::end(m_slot);

    int effects = 0;
    if (reason != FunctionWatchdog::Reason::None) {
        const int limit = f.timeoutMs > 0 ? f.timeoutMs : m_defaultTimeoutMs;
        result.error.kind = reason == FunctionWatchdog::Reason::Timeout ? FunctionError::Kind::Timeout
                                                                         : FunctionError::Kind::Memory;
        result.error.message = reason == FunctionWatchdog::Reason::Timeout
            ? QStringLiteral("stopped: ran longer than the time limit of %1 ms").arg(limit)
            : QStringLiteral("stopped: allocated more than the memory limit of %1 MiB")
                  .arg(m_watchdog->memoryLimit() >> 20);
        result.error.line = thrown.line;
        // What it set before it was stopped is dropped, and its garbage collected now.
        m_takeEffects.call();
        m_internals.property(QStringLiteral("invalidateAll")).call();
        m_engine->collectGarbage();
    } else if (returned.isError()) {
        result.error = thrown;
        effects = m_takeEffects.call().toInt();
    } else if (!returned.isNumber()) {
        // It threw something that is not an Error (a completed call returns its effect
        // count). Such a value carries no stack, so no line is known.
        result.error.kind = FunctionError::Kind::Exception;
        result.error.message = returned.strictlyEquals(m_thrownPrimitive)
            ? QStringLiteral("uncaught exception: %1 (not an Error)")
                  .arg(m_thrownPrimitive.property(QStringLiteral("text")).toString())
            : QStringLiteral("uncaught exception: an object that is not an Error");
        effects = m_takeEffects.call().toInt();
    } else {
        effects = returned.toInt();
    }
    if (effects > 0)
        applyEffects(slot, effects, &result, received);
    if (m_refusedWrites) {
        // The API script's cache holds what it was refused.
        m_internals.property(QStringLiteral("invalidateAll")).call();
        m_refusedWrites = false;
    }
    if (m_tracing)
        readTrace(&result);
    result.durationNs = timer.nsecsElapsed();
    return result;
}

bool FunctionEngine::refuseOutsideScope(int slot, const QString &call, const QString &twinId,
                                        InvocationResult *result)
{
    if (m_topology->mayWrite(slot, twinId))
        return false;
    // Checked here, after the call: the function cannot get around it. Its first such
    // call is the invocation's error (unless it failed already).
    if (result->error.kind == FunctionError::Kind::None) {
        const FunctionDefinition &f = m_topology->functions().at(slot);
        result->error.kind = FunctionError::Kind::Scope;
        result->error.message = QStringLiteral("%1: '%2' is outside the function's scope (its assigned twin '%3' "
                                               "and what it contains); \"scope\": \"%4\" grants the whole project")
                                    .arg(call, twinId, f.assignedTo, FunctionDefinition::ProjectScope);
    }
    m_refusedWrites = true;
    return true;
}

void FunctionEngine::setArguments(int slot, const TelemetrySample &sample, int shape, QStringView shapeKey,
                                  double shapeNumber, qint64 received, qint64 correlation)
{
    // One argument list, kept between calls: what did not change since the last call is
    // not converted again, and nothing is allocated for the list itself.
    enum { Slot, Sensor, SensorId, Message, Value, ValueText, DataType, Timestamp, Enqueued, Received, Correlation,
           Shape, ShapeKey, ShapeNumber, Count };
    if (m_args.size() != Count) {
        m_args = QJSValueList(Count);
        m_argsSlot = -1;
        m_argsDataType = QString();
        m_argsShapeKey = QString();
        m_args[DataType] = QJSValue(QString());
        m_args[ShapeKey] = QJSValue(QString());
    }
    if (slot != m_argsSlot) {
        m_args[Slot] = QJSValue(slot);
        m_argsSlot = slot;
    }
    const auto index = m_nodeIndex.constFind(sample.sensorId);
    if (index != m_nodeIndex.cend()) {
        m_args[Sensor] = QJSValue(*index); // the script takes the id from its node
    } else {
        m_args[Sensor] = QJSValue(-1);
        m_args[SensorId] = QJSValue(sample.sensorId);
    }
    m_args[Message] = QJSValue(sample.message);
    m_args[Value] = toScript(sample.value);
    m_args[ValueText] = sample.valueText.isNull() ? QJSValue(QJSValue::NullValue) : QJSValue(sample.valueText);
    if (sample.dataType != m_argsDataType) {
        m_args[DataType] = scriptString(sample.dataType);
        m_argsDataType = sample.dataType;
    }
    m_args[Timestamp] = QJSValue(double(sample.timestampMs > 0 ? sample.timestampMs : received));
    m_args[Enqueued] = QJSValue(double(sample.enqueuedMs > 0 ? sample.enqueuedMs : received));
    m_args[Received] = QJSValue(double(received));
    m_args[Correlation] = QJSValue(double(correlation));
    m_args[Shape] = QJSValue(shape);
    if (shapeKey != m_argsShapeKey) {
        m_argsShapeKey = shapeKey.toString();
        m_args[ShapeKey] = scriptString(m_argsShapeKey);
    }
    m_args[ShapeNumber] = QJSValue(shapeNumber);
}

void FunctionEngine::applyEffects(int slot, int count, InvocationResult *result, qint64 timeMs)
{
    // The API script leaves them in one reused array: a kind, then its fields. (Converting
    // the whole array with QJSValue::toVariant() costs more than reading its elements.)
    const auto text = [this](quint32 at) {
        const QJSValue v = m_effects.property(at);
        if (v.isNull())
            return QString(); // null: cleared
        QString s = v.toString();
        if (s.isNull())
            s = QStringLiteral("");
        return s;
    };
    quint32 at = 0;
    const quint32 end = quint32(count);
    while (at < end) {
        const int kind = m_effects.property(at).toInt();
        if (kind == 1 || kind == 2) {
            ValueWrite w;
            w.kind = kind == 1 ? ValueWrite::Kind::Sensor : ValueWrite::Kind::Space;
            w.twinId = text(at + 1);
            w.name = text(at + 2);
            w.value = text(at + 3);
            at += 4;
            if (refuseOutsideScope(slot, kind == 1 ? QStringLiteral("setSensorValue") : QStringLiteral("setSpaceValue"),
                                   w.twinId, result))
                continue;
            if (kind == 1)
                noteCachedSensor(w.twinId);
            else
                noteCachedSpaceValue(w.twinId, w.name);
            if (kind == 1)
                m_store->setSensorValue(w.twinId, StoredValue{w.name, w.value, timeMs});
            else
                m_store->setSpaceValue(w.twinId, w.name, StoredValue{w.name, w.value, timeMs});
            result->writes.append(w);
        } else if (kind == 3) {
            result->logs.append(text(at + 1));
            at += 2;
        } else if (kind == 4) {
            FunctionNotification n;
            n.twinId = text(at + 1);
            n.type = text(at + 2);
            n.payload = text(at + 3);
            n.function = result->function;
            n.timeMs = timeMs;
            at += 4;
            if (refuseOutsideScope(slot, QStringLiteral("sendNotification"), n.twinId, result))
                continue;
            m_store->notify(n);
            result->notifications.append(n);
        } else {
            qCWarning(lcFunctions) << "malformed effects from" << result->function;
            break;
        }
    }
}

void FunctionEngine::readTrace(InvocationResult *result)
{
    // Recorded on the host side as the calls returned (FunctionHost::traceCall).
    result->calls.append(m_host->takeTrace());
}

bool FunctionEngine::checkSyntax(const QString &source, const QString &name, SyntaxError *error)
{
    // Evaluating a function expression compiles its body without running it.
    QJSEngine engine;
    QStringList trace;
    const QJSValue r = engine.evaluate(kWrapperHead + source + QStringLiteral("\n})"),
                                       name + QStringLiteral(".js"), 1, &trace);
    if (!r.isError())
        return true;
    if (error) {
        error->function = name;
        error->message = r.property(QStringLiteral("message")).toString();
        error->line = r.property(QStringLiteral("lineNumber")).toInt();
        error->column = 1;
        if (!trace.isEmpty()) {
            const QStringList parts = trace.first().split(u':');
            if (parts.size() >= 3) {
                error->line = parts.at(1).toInt();
                error->column = parts.at(2).toInt();
            }
        }
        if (error->line == 1)
            error->column = qMax(1, error->column - int(kWrapperHead.size()));
    }
    return false;
}

} // namespace twin
